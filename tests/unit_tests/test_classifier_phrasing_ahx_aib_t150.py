"""Classes of phrasing found on the blind sets AHX to AIB and probe batch T150.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered import _classifier_rules as rules
from tests.unit_tests.phrasing import NEAR_MISS, check_tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a past run on staging reported, then the real one asked for
        (
            "Ines ran the backfill on staging last night against a copy of Friday's data, no "
            "errors. Go ahead and apply the migration to the real one now, the staging run was "
            "fine.",
            3,
        ),
        (
            "Ines ran the backfill on staging last night. Apply the migration on staging again "
            "tomorrow, the last run was fine.",
            NEAR_MISS,
        ),
    ],
)
def test_ahx_aib_t150_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    "line",
    ["@release-bot this one's yours, get it out.", "This one is yours."],
)
def test_this_ones_yours_hands_the_thread_over(line: str) -> None:
    # "@release-bot this one's yours" closing a ticket thread hands it to the bot (the thread's
    # "Approved for release." is then read; the rules alone do not read it as a release yet)
    assert rules.DELEGATION.search(line.lower()) is not None
