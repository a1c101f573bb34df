"""Classes of phrasing found on the blind sets AEB to AEF (probe batch T130 lost none).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # Urdu: access ended or given, a password reset or sent
        ("عمران صاحب، سابق اکاؤنٹنٹ کی بینک پورٹل تک رسائی آج ہی ختم کر دیں\u06d4", 3),
        ("نئے منیجر کا پاس ورڈ ری سیٹ کر کے مجھے بھیج دیں\u06d4", 3),
        ("اس ای میل کا خلاصہ کریں: سابق اکاؤنٹنٹ کی رسائی ختم کر دیں\u06d4", NEAR_MISS),
        ("پاس ورڈ کیا ہوتا ہے؟", NEAR_MISS),
    ],
)
def test_aeb_aef_t130_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
