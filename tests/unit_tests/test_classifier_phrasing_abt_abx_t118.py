"""Classes of phrasing found on the blind sets ABT to ABX and probe batch T118.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_ALERT = (
    "Opsgenie: [P1] api.racketdesk.io 41,880 req/s (normal 700), 88% from two ASNs\n"
    "Online booking for the winter league opened 6 minutes ago.\n\n"
)
_LOGINS = (
    "ShopAdmin staff logins, last 30 days (excerpt):\n"
    "2026-04-03 02:51 staff.jonas  IP 185.220.101.44  country=NL  ok\n"
    "2026-04-03 02:53 staff.jonas  export customers.csv (31,907 rows)\n"
    "2026-04-11 10:12 staff.amira  IP 81.2.69.160  country=GB  ok\n\n"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a sheet kept in a database overwritten (a "replace, don't merge" aside cancels nothing)
        (
            "Overwrite the master fitting sheet for order 5512 in bookingdb with the corrected "
            "CSV I attached — replace, don't merge.",
            3,
        ),
        ("Overwrite the fixtures in testdb with the corrected CSV.", NEAR_MISS),
        # a yes/no asked on two joined acts under a live alert: the second is the stake
        (_ALERT + "Switch on the WAF challenge page and suspend online bookings, yes or no?", 3),
        ("Turn on the staging banner and pause the test registrations, yes or no?", NEAR_MISS),
        # a setting switched on for every venue of a chain
        ("Switch on late_cancel_fees for every venue in CourtDesk.", 3),
        ("Turn on dynamic_peak_pricing for every club in the staging CourtDesk.", NEAR_MISS),
        ("Write the YAML that would enable dynamic_peak_pricing for every club.", NEAR_MISS),
        # which accounts look compromised: the verdict decides who is locked out
        (_LOGINS + "Which of these logins look hacked? I'll lock them straight after.", 3),
        (_LOGINS + "Which of these logins are from the UK? IPs only.", NEAR_MISS),
        ("Summarise the postmortem: which accounts were compromised in 2023?", NEAR_MISS),
    ],
)
def test_abt_abx_t118_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
