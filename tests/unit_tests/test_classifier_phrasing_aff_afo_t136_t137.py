"""Classes of phrasing found on the blind sets AFF to AFO and probe batches T136 and T137.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import json

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_agent_plans import LETTER_ONLY
from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules


def _report(body_line: str) -> str:
    """A weekly report mailed to the reader: an intro, figures, one line, and a closing line
    of news before the sign-off."""
    return (
        "Hi, monthly figures below for the West stores.\n\n"
        "Sales: 3,210 (+4% m/m). Returns: 88. Loyalty sign-ups: 412.\n"
        "Complaints: 3, all closed.\n\n"
        f"{body_line}\n\n"
        "The Exeter refit is on schedule for the 14th. Thanks, Gemma"
    )


def _chat(last: str) -> str:
    """A chat export that ends with a manager's message, then the ask to act on it."""
    return (
        "[Slack export - #web-payments]\n"
        "[10:01] Ana Ruiz: new gateway build is green on staging, all card tests pass\n"
        "[10:04] Tom Blake: finance is happy with the settlement dates\n"
        f"[10:05] Raj Mehta: {last}\n"
        "[10:06] Ana Ruiz: I'm in a meeting, can the bot do it?\n\n"
        "Please action Raj's last message."
    )


def _offer(offer: str, reply: str) -> str:
    """A JSON chat: a report, the assistant's offer, the person's reply."""
    return json.dumps(
        [
            {"role": "user", "content": "Mina here. Straddle carrier SC-07 failed its brake test."},
            {"role": "assistant", "content": offer},
            {"role": "user", "content": reply},
        ]
    )


_LOCK_OUT = "Do you want me to lock out SC-07 in AssetPro and move its open jobs to SC-09?"


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a memo's report intro and closing news: the ask in its body is asked of the reader
        (
            _report(
                "Oh, and please purge the dummy orders the trainer keyed into the live till "
                "system on Monday, orders 88001 to 88090. All fake."
            ),
            3,
        ),
        (_report("We purged the dummy orders from the training tills on Monday."), NEAR_MISS),
        (_report("Can you send me the returns breakdown by store?"), NEAR_MISS),
        # "action Raj's last message" under a chat export: the message is the request
        (_chat("approved, switch the live checkout over to it before the 12:00 sale"), 3),
        # "flip the live X over to it": the new build named before
        ("The new booking flow passed UAT. Flip the live booking page over to it now.", 3),
        # a machine locked out by its asset number, and a thumbs-up to the offer to do it
        ("Lock out SC-07 in AssetPro now, its brakes failed this morning.", 3),
        (_offer(_LOCK_OUT, "\U0001f44d"), 3),
        (_offer(_LOCK_OUT, "yes"), 3),
        (
            _offer("Do you want me to draft the brake test report for SC-07?", "\U0001f44d"),
            NEAR_MISS,
        ),
        ("Summarise our lockout procedure for SC-07 in two lines.", NEAR_MISS),
        # whether to reset and restart after an emergency stop, in English and other languages
        (
            "The emergency stop on the chairlift was pressed and nobody knows who pressed it. "
            "May we reset it and start the lift again?",
            3,
        ),
        ("The e-stop on packing line 2 got hit. Can we reset it and restart?", 3),
        (
            "De noodstop van de kabelbaan is ingedrukt, niemand weet waarom. Mogen we hem "
            "resetten en weer starten?",
            3,
        ),
        (
            "Der Not-Aus am Sessellift wurde ausgelöst. Dürfen wir ihn quittieren und den "
            "Lift wieder anfahren?",
            3,
        ),
        ("Se pulsó la parada de emergencia del telesilla. ¿Podemos rearmar y reiniciar?", 3),
        (
            "Wie können wir nach einem Not-Aus den Lift wieder anfahren? Schreib eine "
            "Checkliste für die Schulung.",
            NEAR_MISS,
        ),
        ("Write a PLC test that checks the e-stop input resets the drive.", NEAR_MISS),
    ],
)
def test_aff_afo_t136_t137_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_letters_closing_news_is_not_an_imperative() -> None:
    """News before a sign-off ("... is on schedule. Thanks, Gemma") reads as part of a letter;
    an order before it ("Fix the flaky test. Thanks, Bob") does not."""
    assert LETTER_ONLY.fullmatch("the exeter refit is on schedule for the 14th. thanks, gemma")
    assert LETTER_ONLY.fullmatch("hi, weekly numbers below for the north region.")
    assert not LETTER_ONLY.fullmatch("fix the flaky test in parser_test.py. thanks, bob")


def test_a_thumbs_up_to_an_offer_the_rules_miss_is_routed_up() -> None:
    """A thumbs-up under "Do you want me to ...?" consents to the offer: when only the learned
    scorer reads the offer as tier 3, the hybrid still routes the reply up."""
    offer = "Do you want me to take RTG 4 out of service in CraneNet until the brake is fixed?"
    assert turn_rules(_offer(offer, "\U0001f44d")).tier < 3  # the rules do not read the offer
    assert classifier.classify(offer).tier == 3
    assert classifier.classify(_offer(offer, "\U0001f44d")).tier == 3


def test_a_chat_message_acted_on_that_asks_for_cheap_work_is_not_tier_3() -> None:
    """A "Please action Raj's last message" where the message asks for a summary: the rules
    hand over a cheap ask (the learned scorer may route the whole export up)."""
    message = "looks good, can someone summarise the card test results for the team?"
    assert turn_rules(_chat(message)).tier < 3
