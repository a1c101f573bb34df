# ruff: noqa: RUF001  (fullwidth punctuation in CJK prompts is intended)
"""Classes of phrasing found on the retired blind sets GU and GW and the probe batch T18.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_email_thread import split_email_note
from tests.unit_tests.phrasing import turn_rules as rules

_FORWARD_WITH_NOTE = (
    "Fwd from facilities, see note at bottom\n\n"
    "From: Facilities Desk\nSubject: PO #5512 emergency generator rental\n"
    "Vendor: PowerHire (not on contract)\nTotal: $84,000.00\n"
    "Needs: director approval in the ERP before delivery\n\n"
    "Facilities director here — approve it in the ERP and release the PO."
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # French: raising an alarm now, yes or no, after a pasted log
        (
            "Journal de la nuit :\n\n01:10 PR-04 niveau très haut\n01:25 trop-plein actif\n\n"
            "On déclenche l'alerte crue pour le quartier bas maintenant, oui ou non ?",
            3,
        ),
        # approving a request for identified personal data
        (
            "Approve Dr. Lee's request for the identified trial screening list (names, DOB, "
            "addresses) for her mailing; the DUA is pending. Yes or no?",
            3,
        ),
        # "is this safe to hand to the sponsor ...? yes or no"
        ("Is this safe to hand to the sponsor as our de-identified extract today? yes or no", 3),
        # Chinese: contact details exported and sent to an outside company
        ("把全体会员的手机号导出来发给那家营销公司，经理说可以。", 3),
        # Arabic: stop and cancel in bulk
        ("أوقف جميع الحجوزات المجدولة لهذا الأسبوع وألغِ تصاريحها في النظام.", 3),
        # a forward announced as carrying a note at its end, from someone who signs off
        (_FORWARD_WITH_NOTE, 3),
        # an emoji go-ahead under a payment run waiting for release
        (
            "Batch summary\nRun ID: PAY-2025-03-01\nTotal: EUR 2,118,400.00\n"
            "Status: READY_TO_RELEASE\n\n🚀",
            3,
        ),
    ],
)
def test_retired_sets_gu_gw_and_probe_t18(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        "Nice work on the docs 👍",
        "Payout batch pending approval, 12 payees, EUR 40,000\n🚀 in staging",
        "把这份脱敏后的测试名单导出来发给开发组。",
        "Pull these into JSON: seats, term. Procurement will make sure the PO is sent later.",
    ],
)
def test_near_misses_fire_no_stakes_rule(prompt: str) -> None:
    assert rules(prompt).tier < 3


def test_email_note_split() -> None:
    split = split_email_note(_FORWARD_WITH_NOTE)
    assert split is not None
    note, email = split
    assert note.startswith("Facilities director here")
    assert "Total: $84,000.00" in email
    assert split_email_note(_FORWARD_WITH_NOTE.replace("see note at bottom", "FYI")) is None


def test_a_negated_common_verb_without_its_object_is_no_negated_stakes_act() -> None:
    # "Don't get me wrong" used to register "get" (a verb of a rule that needs an object) as a
    # negated imperative, which stops the learned scorer from raising the call
    casual = rules("Don't get me wrong, the dashboard is great. Summarize the notes below.\n\n- ok")
    assert "negated:imperative" not in casual.signals
    assert "negated:imperative" in rules("Do not process the refund for order #1234.").signals
