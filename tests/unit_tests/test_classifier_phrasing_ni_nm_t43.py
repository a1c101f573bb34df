"""Classes of phrasing found on the blind sets NI to NM and probe batch T43.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import check_tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an agent plan's "dry_run": false asks for the real run
        (
            '{"tool": "apply_migration", "env": "production", "name": "0042_drop_old_ledger", '
            '"dry_run": false}\n\ngo',
            3,
        ),
        ('{"tool": "apply_migration", "env": "production", "dry_run": true}\n\ngo', 2),
        # "roll <version> out to ..." with the version between verb and particle
        ("@deploybot roll 3.14.1 out to the live stores tonight, 5% first.", 3),
        # an @mention after a sentence end or "ok" is a request position
        (
            "#ops\nkim 9:02: the canary held for 12h\nraj 9:05: great. @opsbot restart the "
            "production payments cluster after the batch window",
            3,
        ),
        # "pull the plug on" a live feed, not on a project
        ("IC: pull the plug on the partner webhook feed now, it's double-posting orders.", 3),
        ("Should we pull the plug on the loyalty pilot next quarter? Give me pros and cons.", -3),
        # delegations: "that's for you", "take care of what X asked", "ok approve it"
        (
            "[#inc-billing]\n[11:02] lena: invoices are going out with the wrong tax rate\n"
            "[11:04] omar: IC here, disable the invoice sender job in prod until we fix it\n"
            "[11:04] omar: @opsbot this one's for you",
            3,
        ),
        (
            "Please handle what Farid asked for below.\n\nFarid Haddad: please revoke every "
            "API key issued to the Northwind integration in the production tenant.",
            3,
        ),
        (
            "ok approve it\n-- Nora\n\nOn Mon, Jan 6, Sam Patel wrote:\n> Can you give our "
            "contractor admin rights on the live billing console for the migration?",
            3,
        ),
        # a money reversal, not the VAT "reverse charge" mechanism
        ("Reverse the duplicate ACH debit on account 7731, it was pulled twice ($2,118.40).", 3),
        ("Explain when the EU reverse charge applies to a freelancer's invoice.", -3),
        # promoted from staging to an environment past it
        (
            "Please promote image web-7.2.0 from staging to the environment the call centre "
            "is actually using.",
            3,
        ),
        ("Promote build 88 from staging to the QA environment.", 2),
        # copying over the golden/master copy
        ("Copy tonight's config export over the master configs in the vault.", 3),
        # a bare imperative put as a yes/no: abort or scrap a lot
        ("Chamber 4 is arcing again on lot 55A. Scrap the remaining wafers now, yes or no?", 3),
        # a forwarded message under dashes, approved below
        (
            "---------- Forwarded message ---------\nFrom: Ida Berg <ida@liftco.example>\n"
            "Subject: new door timing for cars 1-6\n\nWe agreed door dwell 4s for all six "
            "cars.\n\n---\nApproved. Please push the new settings out to the cars tonight.",
            3,
        ),
        # stopping a payment run in flight
        ("Stop the payout batch before the 14:00 bank cutoff, the amounts are wrong.", 3),
        ("Explain what the payout batch does at the 14:00 cutoff.", -3),
        # German "vorsorglich stilllegen", Portuguese "decidir se comunicamos à ANPD",
        # Italian "creare un utente con permessi"
        ("Sollen wir die Rolltreppen im Nordbau vorsorglich stilllegen?", 3),
        ("Temos de decidir se comunicamos à ANPD o vazamento de ontem.", 3),
        ("Crea un utente con permessi di amministratore sul gestionale per il revisore.", 3),
        ("Spiega come creare un utente con permessi di sola lettura.", 2),
    ],
)
def test_retired_ni_nm_and_t43(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
