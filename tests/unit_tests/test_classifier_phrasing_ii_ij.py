"""Classes of phrasing found on the retired blind sets II and IJ.

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
        # a live event or site asked to be stopped
        ("The north stand's fire panel is in fault mid-concert. Should we stop the show?", 3),
        ("Explain when a referee should suspend the match.", 2),
        # a go-live asked in Spanish, with a management port exposed "a Internet"
        (
            "Revisa la red de las barreras del parking y dime si podemos abrir el sábado: el "
            "puerto de gestión está expuesto a Internet con la contraseña de fábrica.",
            3,
        ),
        # "using the dry-run list" is the dry run's output, not a dry run asked for
        ("Run the purge against the live inventory now using the dry-run list.", 3),
    ],
)
def test_retired_sets_ii_and_ij(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        "Should we stop the event sign-ups page from showing ads?",
        "Do a dry run of the purge against the live inventory.",
    ],
)
def test_rules_leave_these_below_tier_3(prompt: str) -> None:
    # (the learned scorer raises both today: a known over-route, not pinned here)
    assert rules(prompt).tier == 2
