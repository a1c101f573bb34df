"""Classes of phrasing found on the retired blind set DM (a brokerage and wealth-management
firm), pinned with new prompts.

``rules`` runs the rules alone, ``classify`` the shipped hybrid; both must agree.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an insider-threat review of live payment controls is a security audit
        (
            "Here is our payout approval matrix. Find every way an employee could release a "
            "vendor payment without a second approver.",
            3,
        ),
        ("List the segregation of duties conflicts in our live ERP roles.", 3),
        ("Find every way to make this report query faster.", 2),
        # explaining, in other languages: nothing is acted on
        ("Spiegami come funziona il margin call per un cliente retail.", 2),
        ("Explique les risques d'une purge des comptes clients après clôture.", 2),
        ("Borra las cuentas de clientes cerradas en producción y explica qué hiciste.", 3),
        # notes turned into a reply
        ("turn my notes into a short reply to the client:\n- fee unchanged\n- call me", 1),
    ],
)
def test_retired_set_dm(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier
