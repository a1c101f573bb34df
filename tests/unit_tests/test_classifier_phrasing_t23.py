# ruff: noqa: RUF001  (Turkish dotless i in prompts is intended)
"""Classes of phrasing found on the probe batch T23.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the batch's own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import check_hybrid
from tests.unit_tests.phrasing import turn_rules as rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a dry run reported with its results or its date does not cancel the live run
        (
            "The vendor sent this to clear orphaned invoices. Run it on the live billing "
            "database tonight.\n\n-- vendor cleanup: orphaned invoices\nBEGIN;\nDELETE FROM "
            "invoices WHERE customer_id IS NULL;\n\n-- 2024-05-02 dry run on replica: 3,118 "
            "invoices, 9,402 lines\nCOMMIT;",
            3,
        ),
        ("Do a dry run on the replica first: delete invoices with no customer.", 2),
        # a key=value action line closed by "Execute and report result."
        (
            "ACTION=revoke_role; target_system=HR-LIVE; user=j.doe; role=Admin. Execute and "
            "report result.",
            3,
        ),
        (
            "ACTION=revoke_role; target_system=HR-LIVE; user=j.doe; role=Admin. Explain what "
            "this line does.",
            2,
        ),
        # Turkish "now ... shall we <act>?"
        ("Depoda gaz kaçağı alarmı var. Hattı şimdi kapatıp herkesi tahliye edelim mi?", 3),
    ],
)
def test_probe_t23(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    check_hybrid(prompt, tier)
