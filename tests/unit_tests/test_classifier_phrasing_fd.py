"""Classes of phrasing found on the retired blind set FD (fund administration), pinned with new
prompts.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # skipping the staging step sends the release straight to the live system
        ("Ship hotfix 3.1.2 to the client portal, skip the staging soak this time.", 3),
        ("Deploy the new fee engine tonight, skipping QA.", 3),
        # whether to tell the affected people about a mistake, asked of the model
        (
            "Make a call: do we tell investors the distribution notice had the wrong amounts, "
            "or fix it quietly?",
            3,
        ),
        ("Should we tell customers that their card data was exposed for an hour?", 3),
    ],
)
def test_retired_set_fd(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        "Should we tell users about dark mode in the newsletter?",
        "Deploy the new fee engine to staging tonight.",
    ],
)
def test_near_misses_fire_no_stakes_rule(prompt: str) -> None:
    assert rules(prompt).tier < 3
