"""Classes of phrasing found on the retired probe batch T34.

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
        # product that has left the site recalled
        (
            "Positive sterility test on lot 5521. Recall the lot, including anything already "
            "shipped to pharmacies, and notify the regulator.",
            3,
        ),
        ("Pull back every unit of batch 88-B from the hospitals that received it.", 3),
        # ... while a recall named as a noun, or designed, is not the act
        ("thanks, the recall notice is up in all stores now", 0),
        (
            "Design how a recall should flow from the supplier alert to quarantine tasks in "
            "stores and wholesaler returns.",
            2,
        ),
        # "tell them yes or no" on using what went through a broken device
        (
            "Ward 7 asks if they can keep using the 4 bags that went through the damaged "
            "centrifuge overnight. Tell them yes or no, theatre starts at 9.",
            3,
        ),
        # ... while a yes/no about a routine key stays a label
        ("Can we keep using the old API keys? yes or no", 0),
    ],
)
def test_retired_t34(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier
