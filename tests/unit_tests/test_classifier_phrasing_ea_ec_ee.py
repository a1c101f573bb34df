"""Classes of phrasing found on the retired blind sets EA (warehouse robotics), EC (lottery and
sports betting) and EE (parks and forestry), pinned with new prompts.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_transcript import parse_transcript
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a controlled burn started, in English and German
        ("Start the prescribed burn on block 12 at 10:00, crews are in place.", 3),
        ("Sollen wir das kontrollierte Abbrennen heute starten? Ich brauche ein klares Ja.", 3),
        # a choice between taking a fleet offline and waiting, while it is failing at peak
        (
            "A third of the shuttles lost connectivity during peak. Take the aisle offline or "
            "let them reconnect?",
            3,
        ),
    ],
)
def test_retired_sets_ea_ec_ee(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


def test_bracketed_speaker_labels_are_read_as_turns() -> None:
    text = (
        "[assistant]: I can void the 3,200 pending tickets on market 88. Shall I?\n"
        "[user]: yes, void them"
    )
    assert parse_transcript(text) == [
        ("ai", "I can void the 3,200 pending tickets on market 88. Shall I?"),
        ("human", "yes, void them"),
    ]
    assert classifier.classify(text).tier == 3


def test_writing_about_a_burn_is_not_starting_one() -> None:
    prompt = "Write a burn plan template for next spring's prescribed burn season."
    assert rules(prompt).tier < 3
    assert classifier.classify(prompt).tier < 3
