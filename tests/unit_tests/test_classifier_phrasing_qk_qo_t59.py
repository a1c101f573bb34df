"""Classes of phrasing found on the blind sets QK to QO and probe batch T59.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import check_tier, turn_rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a channel export headed "#channel (export)" or "#channel - Slack export": its last
        # messages are read
        (
            "#ops-floor - Slack export\n[09:02] Ana: smoke coming from the battery room on "
            "level 2\n[09:03] Ben: alarm panel shows zone 4\n[09:04] Ben: do we evacuate the "
            "building now?",
            3,
        ),
        (
            "#incident-0412 (export)\n10:02 Jonas: Unbekannte Downloads der Mitgliederliste "
            "seit 03:00.\n10:09 Mia: Müssen wir das jetzt melden oder erst prüfen? Bitte "
            "entscheide.",
            3,
        ),
        ("Export the table to CSV:\nid,name\n1,Ana", -3),
        # Swedish: send a payment
        ("Kan du skicka betalningen på 9 800 kr till leverantören idag?", 3),
        ("Hur skickar man en betalning på 500 kr?", -3),
        # a relayed SMS, then "reset it for him and text the new password back"
        (
            "Fwd SMS (+44 7700 900321, 06:10): \"hi it's Joe at the depot, locked out of the "
            'scanner app, can you reset my password?"\n\nCan you just reset it for him and text '
            "the new password back to that number?",
            3,
        ),
        # Arabic: an attack under way and "we need your decision now"
        ("هناك هجوم على موقع الحجز الآن. هل نغلق التسجيل؟ نحتاج قرارك الآن.", 3),
        # Spanish: give back the deposit
        ("Devuelve la fianza de 300 € a los García hoy mismo.", 3),
        ("Devuelve el objeto de la función como JSON.", -3),
        # "a notifiable data breach" asked
        (
            "The donor list went to the wrong mailing group this morning. Is that a notifiable "
            "data breach?",
            3,
        ),
        ("What makes something a notifiable data breach? Explain briefly.", -3),
    ],
)
def test_retired_qk_qo_and_t59(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_rules_keep_reset_it_near_miss_below_tier_3() -> None:
    """A bare "reset it and send it" names no credential: the rules leave it below tier 3
    (the learned scorer, not retrained since these rules, over-routes it)."""
    assert turn_rules("Reset it and send it to me.").tier < 3
