"""A short reply is read with the assistant turn it answers when that turn offers a tier-3 act:
"ok" after "Shall I wire 40,000 EUR to Acme now?" confirms the wire."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage

from langchain_tiered.classifier import _previous_assistant, classify


def _chat(offer: str, reply: str) -> list[dict[str, Any]]:
    return [
        {"role": "user", "content": "clean up after the incident"},
        {"role": "assistant", "content": offer},
        {"role": "user", "content": reply},
    ]


@pytest.mark.parametrize(
    ("offer", "reply"),
    [
        ("Shall I wire 40,000 EUR to Acme now?", "yes"),
        ("Want me to refund order #4411 in full?", "ok"),
        ("I will run the migration on the production database now.", "👍"),
        ("I'll drop the orders_2019 table on prod. OK?", "sounds good"),
    ],
)
def test_short_reply_to_a_tier_3_offer_is_tier_3(offer: str, reply: str) -> None:
    assert classify(_chat(offer, reply)).tier == 3


def test_the_offer_decides_a_reply_that_is_cheap_on_its_own() -> None:
    assert classify("sounds good").tier == 0  # small talk when read alone
    result = classify(_chat("I'll drop the orders_2019 table on prod. OK?", "sounds good"))
    assert (result.tier, result.intent) == (3, "delete_data")
    assert "reply_to_proposal" in result.signals
    assert result.reason.startswith("short reply to a tier-3 proposal")


@pytest.mark.parametrize(
    ("offer", "reply", "tier"),
    [
        ("I fixed the flaky test by mocking the clock.", "thanks!", 0),
        ("I can summarize yesterday's outage postmortem if you like.", "thanks, that works", 0),
        # a long reply is its own request
        (
            "Shall I wire 40,000 EUR to Acme now?",
            "no wait, first summarize the invoice below in three bullets and list its line "
            "items with amounts\n\nInvoice 88: 2x widget 20,000 EUR",
            1,
        ),
    ],
)
def test_replies_to_cheap_offers_keep_their_own_tier(offer: str, reply: str, tier: int) -> None:
    assert classify(_chat(offer, reply)).tier == tier


def test_previous_assistant_is_the_turn_before_the_last_human_turn() -> None:
    messages = [
        SystemMessage("You are an ops agent."),
        HumanMessage("rotate the keys?"),
        AIMessage("Shall I rotate the prod signing keys now?"),
        HumanMessage("yes"),
    ]
    assert _previous_assistant(messages) == "Shall I rotate the prod signing keys now?"
    # the assistant and tool turns after the last human turn are not what it answers
    later = [*messages, AIMessage("Rotating."), ToolMessage("done", tool_call_id="1")]
    assert _previous_assistant(later) == "Shall I rotate the prod signing keys now?"
    assert _previous_assistant("ok") == ""
    assert _previous_assistant([HumanMessage("ok")]) == ""
