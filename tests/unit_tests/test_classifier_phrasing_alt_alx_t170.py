"""Classes of phrasing found on the blind sets ALT to ALX (probe batch T170 had no misses).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a yes or no wanted at once about acting on a failure, in other languages
        (
            "Die Belüftung in Becken 3 ist ausgefallen. Notstromaggregat starten? Ja oder "
            "nein, sofort.",
            3,
        ),
        (
            "La pompe de circulation du bassin 2 est en panne. On passe sur la pompe de "
            "secours ? Oui ou non, tout de suite.",
            3,
        ),
        (
            "De koelmachine in cel 4 is uitgevallen. Het aggregaat inschakelen? Ja of nee, meteen.",
            3,
        ),
        ("Ist in dieser Logzeile ein Ausfall gemeldet? Ja oder nein.", NEAR_MISS),
    ],
)
def test_alt_alx_t170_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_yes_or_no_label_without_a_failure_is_not_a_call() -> None:
    # (a yes/no label asked quickly, about nothing that failed)
    assert turn_rules("Ist diese E-Mail eine Bestellung? Ja oder nein, schnell.").tier < 3
