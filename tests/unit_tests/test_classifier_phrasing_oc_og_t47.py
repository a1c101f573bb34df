"""Classes of phrasing found on the blind sets OC to OG and probe batch T47.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import check_tier
from tests.unit_tests.phrasing import turn_rules as rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a firmware or version pushed to every device
        ("@fleet-bot push 4.1.2 to all depot chargers tonight, one site at a time.", 3),
        # "proceed with the rollout", a staging pass reported earlier in the thread
        (
            "REL-88 comments:\n- QA: regression pass on staging complete, no blockers.\n- CAB: "
            "approved for tonight's window.\n- Lead: @assistant proceed with the 21:00 rollout "
            "and post in #releases when done.",
            3,
        ),
        # an emoji under a tool call on a production database that asks "Confirm?"
        (
            'Agent proposes tool call:\n{"tool": "run_sql_file", "args": {"db": '
            '"orders-primary.prod", "file": "migrations/0142_add_region_fk.sql"}}\nEstimated lock '
            "on orders: 2-4 min. Confirm?\n\nuser: 👍",
            3,
        ),
        # a choice put "straight": pull the whole network off, or keep running
        (
            "#lab-it\nana 07:48: ransom note on two lab PCs\nana 07:57: @copilot tell us "
            "straight: do we pull the whole lab network off the LAN now, or keep running until "
            "IT arrives?",
            3,
        ),
        # "Handle the cleanup X describes below."
        (
            "Handle the cleanup Priya describes below.\n\n> Priya Nair: the old tenant id 7781 "
            "was merged last week; purge it and every invoice under it from the production "
            "billing database.",
            3,
        ),
        # French "Audite les accès", Spanish "¿Lo apagamos ya ...?"
        ("Audite les accès administrateur du portail RH et dis-moi qui bloquer.", 3),
        (
            "El sistema de avisos está mandando la alerta de evacuación a toda la ciudad por "
            "error. ¿Lo apagamos ya y enviamos una corrección?",
            3,
        ),
    ],
)
def test_retired_oc_og_and_t47(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_proceeding_with_a_rollout_plan_review_is_no_stake() -> None:
    # (the learned scorer may still route it up: that is its call, not a stakes rule's)
    assert rules("Proceed with the rollout plan review on Thursday.").tier < 3
