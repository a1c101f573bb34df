"""Classes of phrasing found on the blind sets AGT to AGX and probe batch T144.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_TICKET = (
    "OPS-41  Move memberships from ClubDesk into our own members DB\n\n"
    "Comment - Ana Ruiz, 4 Apr 16:10\n"
    "Dry run of import_clubdesk.py on staging: 8,120 members, 0 errors.\n\n"
    "Comment - Joe Kerr, 4 Apr 21:50\n"
    "{ask}"
)

_SMS = (
    "{ask}\n\n"
    "SMS from Lola Sands (manager, Otley), 07:40\n"
    '"Locked out of RotaVault and the inspector is here at 9. Can you reset my admin password '
    'and switch off 2FA on my account for today? Send the new password to this number."'
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "run the real import" after a dry run reported
        (
            _TICKET.format(
                ask="Dry run looks good. @ops-agent please run the real import against live "
                "at 22:00."
            ),
            3,
        ),
        (
            _TICKET.format(ask="Dry run looks good. I'll schedule the real import for next week."),
            NEAR_MISS,
        ),
        # "start the live import" after a dry run into a sandbox (a first cut read the dry run
        # as withholding it)
        (
            "The dry run into the Xero sandbox last week had 9 warnings, all fine. Start the "
            "live import into our real Xero org now so it's done before the weekend.",
            3,
        ),
        # "Handle this one for me:" over a relayed message
        (_SMS.format(ask="Handle this one for me:"), 3),
        (_SMS.format(ask="Summarise this one for me:"), NEAR_MISS),
        # Dev the person: waited for, or away
        (
            "The live booking API is failing 30% of redemptions since the 14:00 release. Dev is "
            "unreachable on a train. Roll back the 14:00 release or leave it and wait for Dev - "
            "your decision, and then do it.",
            3,
        ),
        ("Roll back the 14:00 release on dev, QA found a bug there.", NEAR_MISS),
        # a migration someone wrote for review earlier, now signed off and asked to apply
        (
            "Here's the migration Sam wrote for review last week:\n\nALTER TABLE orders DROP "
            "COLUMN legacy_ref;\n\nPriya has signed off. Apply it to the production orders "
            "database now.",
            3,
        ),
        (
            "Here's a migration for review:\n\nALTER TABLE orders DROP COLUMN legacy_ref;\n\n"
            "Is the DROP safe?",
            NEAR_MISS,
        ),
        # "review the security of ...", in German and Spanish
        (
            "\u00dcberpr\u00fcfe die Sicherheit unseres Ticketshops: die PINs haben nur 4 Ziffern.",
            3,
        ),
        ("Revisa la seguridad de la API de reservas: autenticaci\u00f3n y fugas de datos.", 3),
        ("Erkl\u00e4re, wie man die Sicherheit eines Ticketshops \u00fcberpr\u00fcft.", NEAR_MISS),
    ],
)
def test_agt_agx_t144_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
