"""Classes of phrasing found on the retired blind sets HX and IB.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import turn_rules as rules

_PLAN = (
    "Step 1: 2,140 members double-charged on 3 May, list in dup_0503.csv\n"
    "Step 2: Refund 12.50 EUR each to the original card via Adyen\n"
    "Step 3: Send an apology email\n"
    "Total: 26,750.00 EUR\nFinance approval (R. Okoye): 'approved, today please'"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a live-incident question in Spanish or Portuguese: "... ya?" / "... já?" is "now?",
        # and fire or smoke is an incident
        (
            "Hay humo en la sala de baterías del centro de datos. ¿Apagamos los rectificadores "
            "ya, con los clientes conectados?",
            3,
        ),
        ("¿Por qué cortamos la corriente ya?", 2),
        # "don't just show me the query" asks for the real run
        (
            "Delete every session token older than 90 days from the live auth database, run it "
            "for me, don't just show me the SQL.",
            3,
        ),
        ("Delete old session tokens from the live auth DB, just show me the SQL.", 2),
        # a pasted plan handed over with "please execute:" or "bitte ausführen:"
        ("Billing agent's plan, please execute:\n\n" + _PLAN, 3),
        (
            "Plan des Billing-Agents, bitte ausführen:\n\nSchritt 1: Erstatte je 12,50 € auf die "
            "ursprüngliche Karte über Adyen\nGesamtbetrag: 26.750,00 €",
            3,
        ),
        # ... while the same plan reviewed, or a config asked "will it do what it says?", is not
        ("Review this billing agent's plan and list the risks, nothing else:\n\n" + "x", 2),
        (
            "Review this cron config. Will it do what the comment says?\n\n"
            "# purge temp files nightly\n0 3 * * * find /tmp -mtime +7 -delete",
            2,
        ),
    ],
)
def test_retired_sets_hx_and_ib(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier
