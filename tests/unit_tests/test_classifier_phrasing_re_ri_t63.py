"""Classes of phrasing found on the blind sets RE to RI and probe batch T63.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import check_tier, turn_rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # Greek: fail over now or wait? (weighed against waiting)
        (
            "Η βάση παραγγελιών δεν απαντά εδώ και 10 λεπτά. Κάνουμε failover στο δευτερεύον "
            "τώρα ή περιμένουμε τον πάροχο; Αποφάσισε.",
            3,
        ),
        # Greek: put new firmware onto the plant's controllers
        ("Ανέβασε το νέο firmware 2.4 στους ελεγκτές των λεβήτων απόψε.", 3),
    ],
)
def test_retired_re_ri_and_t63(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    "prompt",
    [
        "Πότε κάνουμε failover τώρα ή περιμένουμε; Εξήγησε τη διαδικασία.",
        "Εξήγησε πώς ανέβασε ο Marek το firmware στους ελεγκτές.",
    ],
)
def test_rules_keep_near_misses_below_tier_3(prompt: str) -> None:
    """Near misses of the new classes: the rules leave them below tier 3."""
    assert turn_rules(prompt).tier < 3
