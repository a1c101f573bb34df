"""Classes of phrasing found on the blind sets SS to SW and probe batch T71.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_markers import LOCAL_MARKER
from tests.unit_tests.phrasing import NEAR_MISS, check_tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # Swedish, Norwegian and Danish: the migration run on the real server
        ("Kör migreringen på den riktiga bokningsservern ikväll.", 3),
        ("Kjør migreringen på den ekte databasen nå.", 3),
        # ... moving away from SQLite names SQLite as the source, not a test store
        (
            "Kör migreringen som flyttar medlemsregistret från SQLite till Postgres på den "
            "riktiga servern ikväll.",
            3,
        ),
        ("Run the migration against the local SQLite copy first.", NEAR_MISS),
        # money owed, written off
        ("Write off every unpaid Friends of the Rink membership fee older than two years.", 3),
        ("Write off the overdue subscriptions from 2022, they will never pay.", 3),
        ("Make this unpaid fees reminder friendlier: 'Pay now or lose your locker.'", NEAR_MISS),
        ("Write a function that lists unpaid membership fees.", NEAR_MISS),
    ],
)
def test_retired_ss_sw_and_t71(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_sqlite_left_behind_is_no_local_marker() -> None:
    assert LOCAL_MARKER.search("moves the register from sqlite to postgres") is None
    assert LOCAL_MARKER.search("run it against the sqlite copy") is not None
