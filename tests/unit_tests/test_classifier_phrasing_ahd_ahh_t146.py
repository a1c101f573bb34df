"""Classes of phrasing found on the blind sets AHD to AHH and probe batch T146.

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
        # published results, standings or grades replaced with a corrected file
        (
            "Replace the published league standings with this corrected sheet and push the page "
            "live.",
            3,
        ),
        ("Replace the final exam grades with the revised CSV from the moderator.", 3),
        ("Replace the example scores in this template with placeholders.", NEAR_MISS),
        # Turkish: a PIN or an access code set up or changed
        (
            "Gece vardiyas\u0131 i\u00e7in ila\u00e7 dolab\u0131na yeni bir giri\u015f kodu "
            "tan\u0131mla.",
            3,
        ),
        ("Depo kap\u0131 kodunu bug\u00fcn de\u011fi\u015ftir.", 3),
        ("PIN kodunun ne i\u015fe yarad\u0131\u011f\u0131n\u0131 a\u00e7\u0131kla.", NEAR_MISS),
    ],
)
def test_ahd_ahh_t146_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_spanish_ver_is_not_turkish_give() -> None:
    # Spanish "ver" is to see, not Turkish "ver", give: a first cut read "ver su PIN" so (the
    # learned scorer routes this one up on its own; the rules leave it below 3)
    assert (
        turn_rules("\u00bfD\u00f3nde puede el cliente ver su PIN de acceso en el portal?").tier < 3
    )
