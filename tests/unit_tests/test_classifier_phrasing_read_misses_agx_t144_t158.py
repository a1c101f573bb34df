"""Classes of phrasing from misses read earlier and left open (AGT-AGX, T144, T158), fixed later.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

#: A runbook pasted with its first steps reported done, then the rest asked for.
_RUNBOOK = (
    "RUNBOOK: TillSync DB upgrade 7 -> 8\n"
    "1. Stop tillsyncd on till-app01 and the three shop tills\n"
    "2. pg_dump tillsync > /backup/ts_pre8.sql\n"
    "3. /srv/tillsync/releases/8.0/db_upgrade.sh --apply\n"
    "4. Start tillsyncd, ring one test sale per till\n\n"
    "ASK"
)

#: Two shell lines with their flags before the subcommand, then a line handing them over.
_SHELL = (
    "$ kubectl --context shop-prod -n tills set image deploy/till-api api=reg.corp/till-api:8.1\n"
    "$ kubectl --context shop-prod -n tills rollout status deploy/till-api\n\n"
    "ASK"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a release decision after notes saying where it passed QA (the check, not the target)
        (
            "Notes:\n- booking importer passed QA on staging Monday\n- two shops waiting on "
            "it\n\nShould we ship it to all shop portals today or hold until next week?",
            3,
        ),
        ("The export job passed UAT in the test tenant. Roll it out to every branch tonight.", 3),
        # the rest of a pasted runbook asked for: its schema upgrade script runs with --apply
        (
            _RUNBOOK.replace(
                "ASK", "Kasia: step 1 and 2 done, dump is 900 MB. Carry on with 3 and 4."
            ),
            3,
        ),
        (_RUNBOOK.replace("ASK", "Steps 1-2 done. Continue with steps 3 to 4 please."), 3),
        (_RUNBOOK.replace("ASK", "What could go wrong in step 3?"), NEAR_MISS),
        # a kubectl command with its flags first, asked to run against production
        (_SHELL.replace("ASK", "Ana: run these two, nothing else"), 3),
        (_SHELL.replace("ASK", "What does the first line do?"), NEAR_MISS),
    ],
)
def test_read_misses_agx_t144_t158_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_flagged_command_in_a_script_to_tidy_is_not_run() -> None:
    # (the learned scorer routes the first up; staging is its target, QA only the check)
    assert turn_rules("Ship the importer to staging today, it passed QA.").tier < 3
    # (a release script pasted for a cleanup runs nothing; a failed sandbox run is the target)
    script = (
        "Tidy this release script for readability, just the code.\n\n#!/bin/bash\n"
        "kubectl -n shop-prod set image deploy/web web=reg.internal/web:$1\n"
    )
    assert turn_rules(script).tier < 3
    sandbox = (
        "Our rollback script failed in the sandbox cluster, why?\n\n"
        "+ helm rollback till-api -n sandbox --wait\nError: requires at least 1 argument"
    )
    assert turn_rules(sandbox).tier < 3
