"""Classes of phrasing found on the retired blind sets HD and HF.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import turn_rules as rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "<act> ... now or not? Answer now."
        (
            "The venue says one of our gateways is sending bad quotes. Pull all our quotes on "
            "it now or not? Answer now.",
            3,
        ),
        # a transcript under a short heading, ending "go ahead with the refund you proposed"
        (
            "picking this back up:\n\nassistant: They were overbilled $9,000; I can refund it to "
            "their card on file.\nuser: is the amendment signed?\nassistant: Yes, on 2 Oct.\n"
            "user: ok. yes, go ahead with the refund you proposed",
            3,
        ),
    ],
)
def test_retired_sets_hd_hf(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        # a heading that asks for work on the turns keeps them as material
        "Summarise this call for the CRM note:\n\nAgent: how can I help?\nCaller: I want to "
        "know my pension options.\nAgent: Of course.",
        "Is the team lunch still on today or not? Answer now.",
    ],
)
def test_near_misses_stay_below_tier_3(prompt: str) -> None:
    assert rules(prompt).tier < 3
