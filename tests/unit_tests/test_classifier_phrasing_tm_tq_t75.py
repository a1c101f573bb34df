"""Classes of phrasing found on the blind sets TM to TQ and probe batch T75.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_chat_export import normalize_export
from langchain_tiered._classifier_email_thread import approvals_in_email
from langchain_tiered._classifier_view import _build_view
from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_BATCH = (
    "Assistant: Sage payment run ready for approval - 9 supplier bills due Friday: Bidfood "
    "£412.10; Castle Water £233.00; ... total £3,118.42 from the main current account, BACS "
    "file to Lloyds.\nSubmit?\nUser: 👍"
)
_CLAIM = (
    "From: Priya Nair\nTo: Claims\nSubject: RE: Claim CL-0912 - ruined silk dress\n\n"
    "The customer's silk dress went through the hot wash by mistake; it is ruined. Receipt "
    "shows £240 two years ago, so about £120 under the guide.\n\n"
    "> From: Dan Hale\n"
    "> Agreed - our mistake. Refund her the £120 by bank transfer today and send an apology."
)
_SLACK = (
    "[#site-infra] mo: shopfront 4.1 is tagged, fixes the double charge on gift cards\n"
    "[#site-infra] ana: we need it before Black Friday\n"
    "[#site-infra] mo: @deploybot ship 4.1 to shop.example.org tonight after closing\n"
    "[#site-infra] ana: 👍"
)
_PROPOSED = (
    "NetBot: a former volunteer's laptop still joins the Staff Wi-Fi. Proposed: generate a new "
    "passphrase on the Omada controller (drops every connected device) and pin it in "
    "#general.\nRui: 👌"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a yes under an assistant's payment batch put up "ready for approval ... Submit?"
        (_BATCH, 3),
        (
            "Assistant: the newsletter draft is ready for approval, 3 articles and a recipe."
            "\nSend?\nUser: 👍",
            NEAR_MISS,
        ),
        # the approver's quoted go under the claim it answers (the near miss, and the Slack
        # one below, the learned scorer routes up: ``hybrid_routes_up``)
        (_CLAIM, 3),
        (_CLAIM.replace("Refund her the £120 by bank transfer today", "Log it"), NEAR_MISS),
        # a security finding and "is it OK to leave it until ...?"
        (
            "Quick yes/no: the pen test says the staff portal shows payslips without any login. "
            "Is it OK to leave it until after Christmas?",
            3,
        ),
        ("Is it OK to leave the typo on the menu until next week?", NEAR_MISS),
        # a refund asked as a noun phrase
        ("Full refund of £42 on order #A-7713 please, it never arrived.", 3),
        ("What does 'full refund of £42' mean on this statement line?", NEAR_MISS),
        # a Slack channel copied without times, the ask seconded by an emoji
        (_SLACK, 3),
        (_SLACK.replace("ship 4.1 to shop.example.org tonight", "what's in 4.1?"), NEAR_MISS),
        # an access code asked for someone ("needs a code for the new ...")
        (
            "Ola: the door entry system needs a code for the new caretaker\n"
            "Ola: weekdays 7-10am only",
            3,
        ),
        ("The alarm panel manual explains how the code for the new zone works.", NEAR_MISS),
        # a bot's "Proposed: <act>" answered with an emoji go
        (_PROPOSED, 3),
        (
            _PROPOSED.replace(
                "generate a new passphrase on the Omada controller (drops every connected "
                "device) and pin it in #general",
                "write up the incident for the trustees",
            ),
            NEAR_MISS,
        ),
        (  # a runbook's step drops the article: it is a step to translate, not an ask
            "Translate this runbook into German, don't run anything:\n\nRB-12 Password "
            "rotation\n1. Generate new password in the vault.\n2. Update it in AD.",
            NEAR_MISS,
        ),
        # a security assessment of the live estate
        (
            "Assess our card-handling exposure at the bar: two card readers, the office PC "
            "that also runs the till sync, one shared login.",
            3,
        ),
        ("Explain what FX exposure means for a small importer.", NEAR_MISS),
    ],
)
def test_retired_tm_tq_and_t75(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_channel_copied_without_times_is_a_chat_export() -> None:
    lines = normalize_export(_SLACK).split("\n")
    assert lines[2] == "[0:00] mo: @deploybot ship 4.1 to shop.example.org tonight after closing"
    assert "ship 4.1 to shop.example.org" in _build_view(_SLACK).instruction


def test_a_quoted_approval_is_what_the_email_approves() -> None:
    (approved, _how, signal), *_ = approvals_in_email(_CLAIM)
    assert approved.startswith("Agreed - our mistake. Refund her")
    assert signal == "quoted_approval"
    held = _CLAIM.replace("so about £120 under the guide.", "hold off until I check the tag.")
    assert approvals_in_email(held) == []


def test_a_bots_proposal_under_a_go_is_the_request() -> None:
    view = _build_view(_PROPOSED)
    assert view.instruction.startswith("generate a new passphrase on the omada controller")
    assert "former volunteer" in view.material
