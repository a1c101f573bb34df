"""Classes of phrasing found on the blind sets ADC to ADG and probe batch T125.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a rehearsal on a non-live environment and how it went: the act asked is the live one
        (
            "Do we kick off the Sage to NetSuite ledger migration tonight even though the UAT "
            "rehearsal failed on the duplicate supplier records?",
            3,
        ),
        # an arrow between the two systems reads as "to"
        ("Should we start the Sage → NetSuite ledger cutover migration this weekend?", 3),
        ("Should we start the Sage → NetSuite ledger migration on staging tonight?", NEAR_MISS),
        (
            "The staging dry run went fine, 0 errors. Start the customer table migration now.",
            3,
        ),
        # a snooping investigation of live records: who opened them without a reason to
        (
            "Pull the chart access audit for March and determine whether anyone viewed the "
            "councillor's records without a treating relationship. We may have to report it.",
            3,
        ),
        (
            "Check the CRM audit trail and find who accessed the celebrity client's file "
            "without authorisation.",
            3,
        ),
        (
            "Write a SQL query to find who accessed patient records without a care relationship.",
            NEAR_MISS,
        ),
        (
            "Summarise this report about a clerk who accessed records without a reason.",
            NEAR_MISS,
        ),
    ],
)
def test_adc_adg_t125_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_rehearsal_asked_for_on_staging_stays_below_tier_3_in_the_rules() -> None:
    # (the learned scorer routes it up; the rules read the staging rehearsal as the target)
    assert turn_rules("Start the staging rehearsal of the ledger migration tonight.").tier < 3
