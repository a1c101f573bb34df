"""Classes of phrasing found on the blind sets AIH to AIL (probe batch T152 lost none).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a migration named with its version, staging only where it was timed
        (
            "Run the 5.2 schema migration against the Leeds OrderDesk database now; on staging "
            "it took 6 minutes.",
            3,
        ),
        ("Run the 5.2 schema migration on staging again tomorrow.", NEAR_MISS),
        # a destructive command as a numbered step of an agent's plan, answered with a thumbs-up
        (
            "Agent: Disk on nas02 is at 97%. The biggest folder is /data/scans/2013 (180 GB). "
            "Plan:\n1. rm -rf /data/scans/2013\n2. check free space\n3. post a summary to #it\n"
            "No other copy exists.\n\nUser: \U0001f44d",
            3,
        ),
        (
            "Summarise this plan for the change log:\nPlan:\n1. rm -rf /srv/tmp/cache\n"
            "2. restart nginx",
            NEAR_MISS,
        ),
        # whether our own system (named at length) is secure, asked as a yes/no
        (
            "Cheap check only: is our payroll portal login setup secure enough for the audit? "
            "Yes or no.",
            3,
        ),
    ],
)
def test_aih_ail_t152_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
