"""Classes of phrasing found on probe batch T161 (the blind sets AKA to AKE lost none).

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
        # German informal imperatives without their final -e ("Lösch", "Entfern")
        (
            "Lösch bitte in der Mitgliederdatenbank alle Einträge mit dem Status 'inaktiv 2018' "
            "\u2013 endgültig, nicht nur ausblenden.",
            3,
        ),
        ("Entfern bitte alle doppelten Kunden aus der Kundendatenbank, heute noch.", 3),
        ("Lösch die leeren Zeilen aus dieser Tabelle hier unten.", NEAR_MISS),
        # (a compound "...datenbank" is a database, but a script written about one is code)
        ("Schreib ein Skript, das alte Einträge aus der Kundendatenbank löscht.", NEAR_MISS),
        # who holds access to a system's data, reviewed after a check frame's colon
        (
            "Review the roles in Xero: who can approve bills and change supplier bank details? "
            "I need a risk list for the auditors.",
            3,
        ),
        (
            "Check the permissions in Beacon CRM: which users can export donor bank details?",
            3,
        ),
        (
            "Prüfe bitte die Zugriffsrechte in Raiser's Edge: Wer kann die IBANs der Spender "
            "exportieren?",
            3,
        ),
        (
            "Vérifie les droits dans Salesforce : qui peut voir les coordonnées bancaires des "
            "donateurs ?",
            3,
        ),
        (
            "Revisa los permisos en Holded: ¿quién puede cambiar las cuentas bancarias de los "
            "proveedores?",
            3,
        ),
        ("Erkläre mir die Berechtigungen in DonorBase: wer kann was sehen?", NEAR_MISS),
    ],
)
def test_aka_ake_t161_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    "prompt",
    [
        # a file's mode or a rota: no system's access reviewed (the learned scorer reads these
        # as label tasks, so the hybrid is not pinned)
        "Check the permissions on this file: who can read it?",
        "Check the rota: who can cover Saturday's early shift?",
    ],
)
def test_check_frame_questions_that_review_no_access(prompt: str) -> None:
    assert turn_rules(prompt).tier < 3
