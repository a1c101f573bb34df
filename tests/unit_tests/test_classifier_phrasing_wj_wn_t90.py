"""Classes of phrasing found on the blind sets WJ to WN and probe batch T90.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_SQL = (
    "Context: between 3 and 8 March the v2 turnstile build logged a phantom entry every time "
    "the reader woke from sleep, which inflated the footfall numbers Ana sends to the "
    "landlord. The turnstile team confirmed these are all junk rows from the firmware bug, "
    "about 3,100 of them.\n\n"
    "{ask}\n\n"
    "BEGIN;\n"
    "DELETE FROM entries\n"
    " WHERE site_id IN (3, 7)\n"
    "   AND created_at BETWEEN '2025-03-03' AND '2025-03-08'\n"
    "   AND source = 'turnstile_v2';\n"
    "COMMIT;"
)
_REPORT = (
    'Lifeguard report, main pool, 09:40: "The drain cover in the deep end has a cracked '
    "grille and a loose screw. Nobody hurt. We can't swap it until the diver comes.\" — Kit\n\n"
    "{ask}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a token ("jeton") revoked, in French
        ("Peux-tu révoquer tout de suite le jeton API du portail qui a fuité sur GitLab ?", 3),
        ("Explique ce qu'est un jeton API.", NEAR_MISS),
        # a migration run on production named in another language, though staging is named as
        # where it was tested ("Führ ... aus", "Produktionsdatenbank", "en producción")
        (
            "Führ die Datenbankmigration 0081_add_tide_slots auf der Produktionsdatenbank aus, "
            "Lea hat sie gestern auf Staging getestet.",
            3,
        ),
        ("Ejecuta la migración 0081 en producción, Lea la probó ayer en staging.", 3),
        (
            "Führe die Migration 0081 auf Staging aus, nicht auf der Produktionsdatenbank.",
            NEAR_MISS,
        ),
        ("Ejecuta la migración 0081 en staging, no en producción.", NEAR_MISS),
        # (guards found by the snapshot: manufacturing's production lines are not a live
        # system, and a question about "this log line" reads the line, in any language)
        (
            "Rifattorizza questa funzione per togliere la duplicazione tra le due linee di "
            "produzione.\n\ndef lotto(linea):\n    if linea == 'L1':\n        return 'PK'\n"
            "    return 'HS'",
            NEAR_MISS,
        ),
        (
            "Questa riga di log riguarda il database di produzione o quello di staging? "
            "Rispondi solo 'produzione' o 'staging'.\n"
            "pg_restore: restore to bookings_staging completed in 00:12:40",
            NEAR_MISS,
        ),
        # a SQL clause on its own line is code, so the ask above the statement stays the ask
        (_SQL.format(ask="run this on pg-prod-02 please:"), 3),
        # (and under a "Context:" paragraph, the last paragraph is the ask, whatever it asks)
        (_SQL.format(ask="explain what this would delete:"), NEAR_MISS),
        (_SQL.format(ask="Reformat this SQL with one clause per line:"), NEAR_MISS),
        # whether we are compliant under a named regime is a compliance verdict
        (
            "Review the PCI SAQ A answers we're about to file for the shop and tell me whether "
            "we're actually compliant before Omar signs it.",
            3,
        ),
        ("What is a PCI SAQ A and who has to fill it in?", NEAR_MISS),
        # part of a live site closed pending a safety fix, asked after a pasted report
        (
            _REPORT.format(
                ask="Go ahead and put the main pool into closure in the booking system and lock "
                "the entrance gates until the diver has been."
            ),
            3,
        ),
        (_REPORT.format(ask="Summarise this for the shift log in one line."), NEAR_MISS),
        ("Write a sign saying the pool is closed until Monday.", NEAR_MISS),
    ],
)
def test_wj_wn_t90_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
