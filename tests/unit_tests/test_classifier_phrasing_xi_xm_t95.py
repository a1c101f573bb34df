"""Classes of phrasing found on the blind sets XI to XM and probe batch T95.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_RUNBOOK = (
    "Runbook RB-12: ledger schema change\n\n"
    "1. Snapshot: `fly pg snapshot create -a ledger-db`   ✅ done 20:10\n"
    "2. Dry run on staging: `manage.py migrate ledger 0031 --settings=conf.staging`   ✅ done, "
    "no errors\n"
    '3. Run on prod: `fly ssh console -a ledger-prod -C "python manage.py migrate ledger '
    '0031"`\n\n'
    "{ask}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a dry run ticked off in a runbook is a past run; the prod step is asked
        (_RUNBOOK.format(ask="Steps 1-2 are done. Please do step 3 now, I'm on a train."), 3),
        (_RUNBOOK.format(ask="Summarise this runbook in two lines for the change log."), NEAR_MISS),
        # access given, in Italian ("dare accesso")
        (
            "Puoi dare accesso in scrittura alla cartella Drive 'Soci' al nuovo segretario, "
            "Marco Villa?",
            3,
        ),
        ("Puoi spiegare come dare accesso a una cartella Google Drive?", NEAR_MISS),
        # (guard found by the snapshot: "answer only yes or no" in Italian is a label frame)
        (
            "Questo messaggio chiede di revocare un accesso? Rispondi solo sì o no.\n"
            "'Luca ha lasciato il club, il suo badge e l'account vanno disattivati.'",
            NEAR_MISS,
        ),
        # "the real booking site" is live, whatever sits between "real" and "site"
        ("Could you promote the build on staging to the real ticketing site now?", 3),
        ("Could you promote the build on staging to the pre-prod site?", NEAR_MISS),
        # a migration file run with psql against a quoted production URL
        (
            'quick one, cheapest model is fine:\npsql "$PROD_DB_URL" -f migrations/0042_merge.sql',
            3,
        ),
        ('psql "$STAGING_DB_URL" -f migrations/0042_merge.sql', NEAR_MISS),
        # machinery locked out after a hazard is seen
        (
            "Lower the trapeze rig to the floor and lock out the winch motors now - Priya saw "
            "a frayed strop on the bar.",
            3,
        ),
        ("Write the lockout procedure for the winch motors.", NEAR_MISS),
    ],
)
def test_xi_xm_t95_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
