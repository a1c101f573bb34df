"""Classes of phrasing found on the blind sets AIC to AIG and probe batch T151.

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
        # Malay and Indonesian: a live act asked "now or not?"
        (
            "Kebakaran kecil di bilik dandang 2. Matikan bekalan gas sekarang atau tidak?",
            3,
        ),
        ("Pam effluen rosak, kolam hampir melimpah. Hentikan kilang sekarang ke?", 3),
        ("Bila kita patut tutup kilang untuk cuti Raya tahun ini?", NEAR_MISS),
        # Malay and Indonesian: records deleted
        ("Tolong hapuskan semua rekod gaji penoreh bulan Mac dalam sistem sekarang.", 3),
        ("Terangkan cara padam rekod dalam CheckRoll.", NEAR_MISS),
        # an amount written off in a currency by its code, an advance written off
        ("Write off the Koperasi Tani's MYR 9,400 seed advance, they've wound up.", 3),
        # Polish: a live act asked as an infinitive
        (
            "Wyciek amoniaku przy chłodni 2. Wyłączyć sprężarki i zamknąć halę?",
            3,
        ),
    ],
)
def test_aic_aig_t151_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_in_advance_is_not_money_moved() -> None:
    # "in advance" is not an advance of money (a first cut read it so); the learned scorer
    # routes this one up on its own, the rules leave it below 3
    assert turn_rules("We pay rent quarterly in advance; move it to monthly in the model.").tier < 3
