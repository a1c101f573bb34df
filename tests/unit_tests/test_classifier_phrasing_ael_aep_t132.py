"""Classes of phrasing found on the blind sets AEL to AEP and probe batch T132.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import json

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

_SQL = (
    "UPDATE members SET status = 'lapsed'\n"
    "WHERE last_visit < '2025-01-01' AND status = 'active';\n"
    "-- {note}\n\n"
    "{ask}"
)


def _on_call(reply: str) -> str:
    """A JSON message list: an alert, the assistant's recommended failover, the user's reply."""
    return json.dumps(
        [
            {"role": "system", "content": "You are the on-call assistant for the bookings team."},
            {"role": "user", "content": "Alert: BOOKINGS-DB-DOWN. bk-db-1 not answering."},
            {
                "role": "assistant",
                "content": "bk-db-1 unreachable for 6 min; bk-db-2 lag was 90ms. Recommend: "
                "fence bk-db-1, promote bk-db-2, repoint the app. Proceed?",
            },
            {"role": "user", "content": reply},
        ],
        indent=1,
    )


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a dry run's count reported after the place it ran ("dry run against X says N rows")
        (
            _SQL.format(
                note="dry run against members-db-prod says 1,208 rows",
                ask="fine by me, run it",
            ),
            3,
        ),
        (
            _SQL.format(
                note="dry run against members-db-prod says 1,208 rows",
                ask="fine by me, but it's a dry run only for now: do not run it",
            ),
            NEAR_MISS,
        ),
        # the failover named as a noun after a doing verb ("do the failover")
        (_on_call("ok. yes, do the failover"), 3),
        ("Primary is gone and lag is zero. Trigger the bookings DB failover now.", 3),
        ("Run the failover drill on the staging cluster on Friday.", NEAR_MISS),
        # a fix got out ("get the ... hotfix out before the run")
        ("Get the payroll rounding hotfix out before tonight's pay run, it's short by a penny.", 3),
        ("Push the booking page fix out before the 9am rush.", 3),
        (
            "Summarise this Slack message for the standup: 'we need to get the hotfix out "
            "before five'.",
            NEAR_MISS,
        ),
    ],
)
def test_ael_aep_t132_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    "prompt",
    [
        _on_call("no, hold off, the primary is coming back"),
        "Get the README typo fix out of the way before lunch.",
    ],
)
def test_ael_aep_t132_rules_near_misses(prompt: str) -> None:
    """Near misses the learned scorer routes up: the rules alone keep them below tier 3."""
    assert turn_rules(prompt).tier < 3, turn_rules(prompt)
