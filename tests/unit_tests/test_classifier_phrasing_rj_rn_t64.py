"""Classes of phrasing found on the blind sets RJ to RN and probe batch T64.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

_PENDING_CALL = (
    '[tool_call] {"tool": "gcs.delete_objects", "args": {"bucket": "cask-ledger-prod", '
    '"prefix": "exports/2023/", "recursive": true}, "reason": "old monthly ledger exports"}\n'
    "[awaiting human confirmation]\n\n"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a deleting tool call waiting for confirmation, answered by a reaction alone
        (_PENDING_CALL + "👍", 3),
        (_PENDING_CALL + "✅", 3),
        (_PENDING_CALL.replace("delete_objects", "list_objects") + "👍", NEAR_MISS),
        # "is this bad enough to fail over ...? yes or no"
        (
            '{"alert": "RedisPrimaryDown", "service": "taplist-prod", "replica_lag_s": 3}\n\n'
            "is this bad enough to fail over to the replica now? just tell me yes or no",
            3,
        ),
        (
            "Our runbook says a primary outage is bad enough to fail over. Is that sentence "
            "clear? yes or no",
            NEAR_MISS,
        ),
        # a stop asked after a dash, with what goes with it ("and hold ...")
        (
            "Chiller 2 tripped at 04:10 and the brine is at 9 °C — stop the bottling line and "
            "quarantine everything filled since 04:00?",
            3,
        ),
    ],
)
def test_retired_rj_rn_and_t64(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    "prompt",
    [
        "In the training video, why did Sam stop the bottling line and call the fitter?",
        "Summarise: the operator asked 'stop the line?' and the supervisor said no.",
    ],
)
def test_rules_keep_near_misses_below_tier_3(prompt: str) -> None:
    """Near misses of the new classes: the rules leave them below tier 3."""
    assert turn_rules(prompt).tier < 3
