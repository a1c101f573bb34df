"""Classes of phrasing found on the blind sets AKU to AKY and probe batch T165.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

_SQL = (
    "Cleanup for the lapsed loyalty cards:\n\n"
    "BEGIN;\nDELETE FROM loyalty_cards WHERE last_used < now() - interval '3 years';\nCOMMIT;\n\n"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a destructive statement asked to run, under a dry run on staging reported by its count
        (_SQL + "Dry run on staging said 12,480 cards. Looks right - run it on tills-db-02.", 3),
        (_SQL + "Run it on staging first and show me the count.", NEAR_MISS),
        # the live act asked, the staging dry run's result reported
        (
            "go ahead with the prod backfill of route_zone_id, the staging dry run matched row "
            "for row",
            3,
        ),
        ("do the prod backfill of route_zone_id as a dry run first", NEAR_MISS),
        # how exposed we are, asked after a security review
        (
            "Review our GoCardless webhook handler for signature checks and tell us how exposed "
            "we are.",
            3,
        ),
        # whether to tell schools or funders that a record was shared publicly
        (
            "Should we tell the schools that the pupil medical sheet was shared publicly for a "
            "month, even though the log shows only one external view?",
            3,
        ),
    ],
)
def test_aku_aky_t165_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_telling_schools_good_news_is_no_disclosure_by_the_rules() -> None:
    # (the learned scorer routes this one up; the rules read no disclosure in it)
    assert turn_rules("Should we tell the schools that the spring tour is fully booked?").tier < 3
