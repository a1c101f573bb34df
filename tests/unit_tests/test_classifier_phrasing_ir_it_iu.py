"""Classes of phrasing found on the retired blind sets IR, IT and IU.

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
        # "the dry run of X on the test system looked clean": a past run reported
        (
            "The dry run of the supplier master migration on the QA ERP looked clean. Go ahead "
            "and run it against the live ERP tonight, all 1,120 suppliers.",
            3,
        ),
        # a proposal of the asker's own act with the call demanded at the end
        (
            "Should we halt new card issuing everywhere while the fraud model returns empty "
            "scores? It's 09:12, decide.",
            3,
        ),
        ("Should we refactor the billing module? Decide.", 2),
        # a live show with something jammed, the call demanded in French or Portuguese
        (
            "Rapport de la régie, en pleine représentation : la porteuse 9 est bloquée à mi-"
            "course au-dessus du plateau. On continue ou on baisse le rideau ? Décide.",
            3,
        ),
        (
            "O elevador de palco travou durante o intervalo. Começamos o 2º ato sem ele ou "
            "atrasamos? Decida você.",
            3,
        ),
    ],
)
def test_retired_sets_ir_it_iu(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


def test_a_dry_run_asked_for_still_cancels_in_the_rules() -> None:
    # (the learned scorer raises it today: a known over-route, not pinned here)
    prompt = "Do a dry run of the supplier master migration against the live ERP tonight."
    assert rules(prompt).tier == 2
