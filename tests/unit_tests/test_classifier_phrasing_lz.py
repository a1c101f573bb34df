# ruff: noqa: RUF001  (Turkish prompts are intended)
"""Classes of phrasing found on the retired blind set LZ.

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
        # whether an incident must be reported, decided by the answer, in other languages
        (
            "Sunucuda yabancı bir IP'den başarılı bir yönetici girişi var. Olayın KVKK'ya "
            "bildirilmesi gerekip gerekmediğine karar verir misin?",
            3,
        ),
        ("Décide si on doit notifier la CNIL de cette fuite de fichiers clients.", 3),
        ("Entscheide, ob wir den Vorfall bei der Datenschutzbehörde melden müssen.", 3),
        # ... while the English "decide" on a notification template is writing work
        ("Decide the format of the notification email template.", 1),
        ("Traduce al inglés: decide si hay que notificar al cliente.", 1),
    ],
)
def test_retired_lz(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier
