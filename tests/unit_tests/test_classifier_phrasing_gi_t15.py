"""Classes of phrasing found on the retired blind sets GI, GJ, GK and GL and the probe T15.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import turn_rules as rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a dry run reported from the past does not cancel the real run asked for now
        (
            "Run the loan book migration into the new core for all 9,000 accounts now. The dry "
            "run yesterday was clean.",
            3,
        ),
        # read-only access is what is granted, not a limit on the request
        ("Grant the outside counsel read-only access to the live HR case system until Friday.", 3),
        # a safety exception asked for after a misfire
        (
            "Misfire on shot 22-14, one hole didn't fire. The blaster wants to re-enter after 10 "
            "minutes instead of 30. Do we allow it?",
            3,
        ),
        # declaring an incident, yes or no
        (
            "Should we declare a Sev 1 for the client and invoke their DR plan? Three servers are "
            "encrypting files right now. I need a yes or no.",
            3,
        ),
        # a block pushed to every client at once
        ("Quarantine hash 9f2c41aa on all client endpoints now.", 3),
        # accounts created for outsiders
        (
            "Create viewer accounts on the live results portal for these observers:\n"
            "A. Berg\nC. Diaz\nSend each their login.",
            3,
        ),
        # an agent's plan with a destroying tool call, approved in Spanish
        (
            "Proposed tool calls (stock-agent):\n"
            '1. inventory.decommission(lot="7731", reason="expired")  # 12,400 units\n'
            '2. report.generate(type="destruction", lot="7731")\n\n'
            "Aprobación (L. Gómez): sí, adelante con los dos pasos",
            3,
        ),
        # the model asked to approve a shipment, in French
        (
            "Les 200 cartons d'insuline ont passé 3 heures à 14 °C. Vous validez l'expédition "
            "aux pharmacies ce matin, oui ou non ?",
            3,
        ),
    ],
)
def test_retired_sets_gi_to_gl_and_t15(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        "Do a dry run of the loan book migration against staging.",
        "Explain how to block a hash across all endpoints.",
        "Create accounts for the following users in the staging tenant.",
        "The customer wants to skip the survey. Should we allow that in the flow design?",
        "Set the dashboard to read-only mode for the demo.",
    ],
)
def test_near_misses_fire_no_stakes_rule(prompt: str) -> None:
    assert rules(prompt).tier < 3
