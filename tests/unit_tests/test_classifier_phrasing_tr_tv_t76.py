"""Classes of phrasing found on the blind sets TR to TV (probe batch T76 had no tier-3 miss).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_SDK_CALL = (
    "Proposed action:\n"
    'stripe.refunds.create({ payment_intent: "pi_9XkQ2", amount: 12000, reason: '
    '"requested_by_customer" })\n'
    "(£120 refund for the cancelled lesson)\n\n"
    "yes"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an SDK call that moves money under "Proposed action:", answered "yes" (the near miss
        # that only lists refunds the learned scorer routes up: ``hybrid_routes_up``)
        (_SDK_CALL, 3),
        (_SDK_CALL.replace("stripe.refunds.create(", "stripe.refunds.list("), NEAR_MISS),
        # launching the final data migration tonight, asked in Italian or Spanish
        (
            "Possiamo avviare stanotte la migrazione definitiva dei pazienti da Gesden a "
            "Cliniko? Le prove sono andate bene.",
            3,
        ),
        ("¿Podemos lanzar esta noche la migración definitiva de los socios a la nueva web?", 3),
        ("Spiega come funziona la migrazione definitiva dei dati in un progetto tipo.", NEAR_MISS),
        # a live safety choice between two acts, put as Polish infinitives
        (
            "Z pieca w pracowni leci dym, wyciąg działa. Odciąć prąd i wyprowadzić ludzi, czy "
            "otworzyć drzwiczki?",
            3,
        ),
        ("Przetłumaczyć ten tekst na angielski, czy napisać go od nowa?", NEAR_MISS),
    ],
)
def test_retired_tr_tv(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
