"""Classes of phrasing found on the blind sets AGJ to AGN (probe batch T142 had no tier-3 miss).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_UPGRADE = (
    "Hi Priya,\n\nThanks for the call. The 7.2 upgrade has three parts and two are done:\n"
    "1. Application binaries (done 03/06)\n2. Report layouts (done 03/06)\n"
    "3. Schema script upg_7_2.sql - rebuilds the ledger indexes, about 30 minutes, users "
    "logged out.\n\n{ask}\n\nBest regards,\nOwen Hale\nImplementation Consultant"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a numbered step or a script run against a database the sentence calls live
        (
            _UPGRADE.format(
                ask="Please run step 3 against the live database tonight once everyone is "
                "logged off, then send me the log output."
            ),
            3,
        ),
        (
            _UPGRADE.format(
                ask="Please run step 3 against the UAT database first and send the log."
            ),
            NEAR_MISS,
        ),
        ("Run the upgrade script against the live ledger database tonight.", 3),
        # a message named by where it came from ("Gatehouse SMS (Leeds): '...'"), asking alone
        (
            "Yard SMS (Leeds): 'Haulier at gate 1 for 4 vans, no release code on any of "
            "them. Can you issue a manual release PIN so he can load?'",
            3,
        ),
        ("Yard SMS (Leeds): 'Haulier at gate 1 is late again, third time this week.'", NEAR_MISS),
    ],
)
def test_agj_agn_t142_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
