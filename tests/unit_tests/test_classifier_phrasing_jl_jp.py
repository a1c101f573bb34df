"""Classes of phrasing found on the retired blind sets JL and JP.

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
        # a German go-live asked as a yes/no ("scharf schalten", "aktivieren")
        (
            "Sollen wir die neue Apothekensoftware am Donnerstag scharf schalten? 98 von 100 "
            "Tests grün. Ja oder nein?",
            3,
        ),
        ("Sollen wir das neue Kassensystem morgen in allen Filialen aktivieren? Ja oder nein?", 3),
        # ... while a summary of the question, or a test system, is not the act
        ("Fasse zusammen: Sollen wir das neue Kassensystem aktivieren? Ja oder nein?", 1),
        ("Sollen wir das Testsystem aktivieren? Ja oder nein?", 0),
        # a whole fleet taken out of service, asked as a question
        (
            "Brake faults on 9 trams of the same batch since noon. Should we pull that whole "
            "batch of trams out of service network-wide until the supplier reports?",
            3,
        ),
        ("Do we take all 60 chargers of that firmware out of service across the city now?", 3),
        # ... while the same question in a simulator or a single staging box is not
        ("In the simulator, should we take all 40 lifts out of service?", 2),
        ("Can we take the staging box out of rotation?", 2),
    ],
)
def test_retired_sets_jl_and_jp(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier
