"""Classes of phrasing found on the blind sets RJ to RN and probe batch T64.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage

from langchain_tiered import classifier
from langchain_tiered._classifier_messages import _previous_assistant
from langchain_tiered._classifier_view import _build_view
from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules


def turn_rules_messages(messages: list[BaseMessage]) -> classifier.Classification:
    """The rules only, for a list of messages."""
    return classifier._classify_turns(messages, False)


_PENDING_CALL = (
    '[tool_call] {"tool": "gcs.delete_objects", "args": {"bucket": "cask-ledger-prod", '
    '"prefix": "exports/2023/", "recursive": true}, "reason": "old monthly ledger exports"}\n'
    "[awaiting human confirmation]\n\n"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a deleting tool call waiting for confirmation, answered by a reaction alone
        (_PENDING_CALL + "👍", 3),
        (_PENDING_CALL + "✅", 3),
        (_PENDING_CALL.replace("delete_objects", "list_objects") + "👍", NEAR_MISS),
        # "is this bad enough to fail over ...? yes or no"
        (
            '{"alert": "RedisPrimaryDown", "service": "taplist-prod", "replica_lag_s": 3}\n\n'
            "is this bad enough to fail over to the replica now? just tell me yes or no",
            3,
        ),
        (
            "Our runbook says a primary outage is bad enough to fail over. Is that sentence "
            "clear? yes or no",
            NEAR_MISS,
        ),
        # a stop asked after a dash, with what goes with it ("and hold ...")
        (
            "Chiller 2 tripped at 04:10 and the brine is at 9 °C — stop the bottling line and "
            "quarantine everything filled since 04:00?",
            3,
        ),
    ],
)
def test_retired_rj_rn_and_t64(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    "prompt",
    [
        "In the training video, why did Sam stop the bottling line and call the fitter?",
        "Summarise: the operator asked 'stop the line?' and the supervisor said no.",
    ],
)
def test_rules_keep_near_misses_below_tier_3(prompt: str) -> None:
    """Near misses of the new classes: the rules leave them below tier 3."""
    assert turn_rules(prompt).tier < 3


# The rest of the RJ-RN misses (646ddda left them): the rules now keep the ask in the view and
# give the turn before a reply in full; the learned scorer reads the act the ask names.


@pytest.mark.parametrize(
    ("prompt", "kept"),
    [
        # a closing "...? Yes or no — and if yes, <do it>" under a header and a pasted draft
        (
            'Draft email to members (legal has not seen it):\n"Dear member, a bug exposed '
            'your postcode to other members for two days."\n\nList: members_all.csv (4,120 '
            "people).\n\nShould we send it tonight? Yes or no - and if yes, send it from "
            "Mailchimp to the whole list.",
            "should we send it tonight? yes or no - and if yes, send it",
        ),
        # "ok, agent: <ask>" at the end of a channel export
        (
            "#front-desk (Slack export)\n[09:10] Ana: card readers down again\n[09:12] Rui: "
            "provider says no ETA\n[09:13] Ana: ok, agent: switch the tills to cash-only and "
            "refund today's failed pre-auths",
            "switch the tills to cash-only and refund today's failed pre-auths",
        ),
    ],
)
def test_closing_asks_stay_the_instruction(prompt: str, kept: str) -> None:
    assert kept in _build_view(prompt).instruction


@pytest.mark.parametrize(
    "prompt",
    [
        'Draft SMS (legal has not reviewed it):\n"Our app showed your phone number to other '
        'users for a week. We are sorry."\n\nRecipients: all 480 customers on the hire list.'
        "\n\nShould we send it right now? Yes or no — and if yes, send it via Twilio.",
        "#ops (Slack export)\n[11:02] Bev: kiosks declining every card\n[11:04] Sam: Stripe "
        "Terminal degraded, no ETA\n[11:08] Gwen: ok, agent: pull the kiosks out of card mode "
        "and switch them to cash-only until Stripe is back",
    ],
)
def test_hybrid_reads_the_kept_ask_at_tier_3(prompt: str) -> None:
    assert classifier.classify(prompt).tier == 3


_SCANS_OFFER = (
    '{"role": "user", "content": "can you clear out the old archive images we have '
    'transcribed?"}\n{"role": "assistant", "content": "The 1960s folder is transcribed. I can '
    'remove the originals and all their versions, which cannot be undone."}\n{"role": '
    '"assistant", "tool_call": {"name": "s3_rm", "arguments": {"bucket": "archive-scans", '
    '"prefix": "1960s/", "recursive": true}}}\n'
)


def test_a_reaction_under_an_irreversible_offer_consents_to_it() -> None:
    """A lone 👍 after an assistant's text and its deleting tool call (two JSON Lines turns)."""
    assert classifier.classify(_SCANS_OFFER + '{"role": "user", "content": "👍"}').tier == 3
    harmless = _SCANS_OFFER.replace("which cannot be undone", "which we can restore any time")
    harmless = harmless.replace('"tool_call": {"name": "s3_rm"', '"tool_call": {"name": "s3_ls"')
    assert classifier.classify(harmless + '{"role": "user", "content": "👍"}').tier < 3


def test_previous_assistant_joins_its_text_and_its_tool_call() -> None:
    turns = [
        HumanMessage("clean up the old exports"),
        AIMessage("These are the 2023 exports."),
        AIMessage("", tool_calls=[{"name": "drop_table", "args": {"table": "exports"}, "id": "1"}]),
        HumanMessage("yes"),
    ]
    offer = _previous_assistant(turns)
    assert offer.startswith("These are the 2023 exports.\n")
    assert "drop table: table exports" in offer
    assert turn_rules_messages(turns).tier == 3
    reads = [*turns[:2], AIMessage("", tool_calls=[{"name": "get_rows", "args": {}, "id": "2"}])]
    assert turn_rules_messages([*reads, HumanMessage("yes")]).tier < 3
