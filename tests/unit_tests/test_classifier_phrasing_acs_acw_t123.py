"""Classes of phrasing found on the blind sets ACS to ACW and probe batch T123.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

_PLAN = (
    "[agent] I'm connected to billing-db-prod-02. Plan:\n"
    "1. Take RDS snapshot pre-0311\n"
    "2. UPDATE invoices SET due_date = issued_at + interval '30 days' WHERE terms='net30';  "
    "-- ~210k rows\n"
    "3. VACUUM ANALYZE invoices;\n"
    "Estimated 10 min. Proceed?\n\n"
    "[Marta] {reply}"
)
_CHANGE = (
    'CHG-0733 - Enable "lights off at 23:00" schedule for Harbour Quay car park\n'
    "Requested by: Leo Grant\n"
    "Approved: Sana K.\n"
    "Implementation: {implementation}\n\n"
    "{ask}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an "[agent]" plan asking to go on, answered by a person in brackets
        (_PLAN.format(reply="go"), 3),
        # a change record closed by "Implement <its id>.": its implementation line is the act
        (
            _CHANGE.format(
                implementation="set the schedule on live controllers HQ-01/L1-L6",
                ask="Implement CHG-0733.",
            ),
            3,
        ),
        (
            _CHANGE.format(
                implementation="set the schedule on the staging controller HQ-TEST",
                ask="Implement CHG-0733.",
            ),
            NEAR_MISS,
        ),
        (
            _CHANGE.format(
                implementation="set the schedule on live controllers HQ-01/L1-L6",
                ask="Summarise CHG-0733 for the weekly report.",
            ),
            NEAR_MISS,
        ),
    ],
)
def test_acs_acw_t123_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_plan_turned_down_stays_below_tier_3_in_the_rules() -> None:
    # (the learned scorer routes such a transcript up; the rules must not read "no" as a yes)
    assert turn_rules(_PLAN.format(reply="no, wait for Monday")).tier < 3
