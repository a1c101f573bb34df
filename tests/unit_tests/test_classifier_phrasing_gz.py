"""Classes of phrasing found on the retired blind set GZ (rail infrastructure).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the set's own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import turn_rules as rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a forwarded "change of bank details" email, then a PM's note releasing the invoice
        (
            "---------- Forwarded message ---------\nFrom: billing@supplier-payments.example\n"
            "Subject: Change of bank details\n\nOur bank details have changed.\n"
            "Account no: 55123498\nOur invoice SP-4410 (£12,300.00) is overdue, please pay "
            "today to the new account.\n\n----------\nFrom: Tom Reid (PM)\nTo: AP team\n"
            "looks fine, update the supplier and release SP-4410 today",
            3,
        ),
        # "is this the moment to declare ...? yes or no"
        (
            "Two trains stuck in the tunnel and passengers walking out. Is this the moment to "
            "declare a major incident? Just tell me yes or no.",
            3,
        ),
    ],
)
def test_retired_set_gz(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        "Is this the moment to refactor the parser? yes or no",
        "Release notes for v2.3: summarize the changes in SP-4410.",
    ],
)
def test_near_misses_fire_no_stakes_rule(prompt: str) -> None:
    assert rules(prompt).tier < 3
