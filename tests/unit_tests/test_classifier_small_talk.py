# ruff: noqa: RUF001  (fullwidth punctuation in CJK turns is intended)
"""Conversational turns that ask for nothing are tier 0; anything that asks, confirms or acts is
not (``langchain_tiered._classifier_small_talk``)."""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_rules import ACTION_WORDS
from langchain_tiered._classifier_small_talk import small_talk


@pytest.mark.parametrize(
    "turn",
    [
        "thanks, that did the trick",
        "cool cool 👍",
        "ok, waiting for the CI run to finish on my side",
        "good morning! first coffee, then we'll pick up the SSO ticket",
        "got it, I'll ping you when the vendor answers",
        "np, all good on our end",
        "Vielen Dank, alles klar.",
        "merci, c'est parfait",
        "grazie mille, tutto chiaro",
        "谢谢，明白了",
        "감사합니다 확인했어요",
    ],
)
def test_small_talk_is_tier_0(turn: str) -> None:
    result = classifier.classify(turn)
    assert small_talk(turn, False, ACTION_WORDS) is not None
    assert (result.tier, result.intent) == (0, "classify")
    assert "small_talk" in result.signals


@pytest.mark.parametrize(
    "turn",
    [
        "thanks, now write the integration tests too",  # a request verb opens a clause
        "ok, go ahead",  # a confirmation
        "great, ship it",  # an action word
        "perfect, can you also add retries?",  # a question
        "thanks! I need the Q3 numbers in a table",  # a need stated
        "oh no, the payroll run is stuck",  # a live problem reported
        "danke, jetzt bitte deployen",  # "now, please" in German
        "ok cool, rotate the signing keys",
        "haha yes, friday releases",  # a "yes" may confirm an action asked for earlier
        "Top up the test wallet with $5.",  # a verb that looks like a pleasantry ("top!")
        "right-size the node pool",
        "cool-down the retry queue",
    ],
)
def test_requests_behind_pleasantries_are_not_small_talk(turn: str) -> None:
    assert small_talk(turn, False, ACTION_WORDS) is None
    assert "small_talk" not in classifier.classify(turn).signals


def test_long_multiline_or_material_turns_are_not_small_talk() -> None:
    assert small_talk("thanks", True, ACTION_WORDS) is None  # pasted material follows
    assert small_talk("thanks\nalso the logs:", False, ACTION_WORDS) is None
    assert small_talk("ok " + "word " * 30, False, ACTION_WORDS) is None
    assert small_talk("merci " + "mot " * 12, False, ACTION_WORDS) is None


@pytest.mark.parametrize(
    ("turn", "tier"),
    [
        ("thanks, that worked. now drop the old users table on prod", 3),
        ("ok do it", 3),
        ("lol ok, merge it to main", 3),
    ],
)
def test_stakes_still_come_first(turn: str, tier: int) -> None:
    assert classifier.classify(turn).tier == tier
