"""Classes of phrasing found on the retired blind sets BR (a coding agent's own calls in a
monorepo), BS (a mortgage lender and brokerage) and BV (a security software vendor's support
and ops), pinned with new prompts."""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import check_hybrid


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a pasted plan, then "Proceed with `...`? Reply yes/no and then do it."
        (
            "Tool result:\n$ terraform plan -var-file=prod.tfvars\n  # aws_rds_cluster.main must "
            "be replaced\nPlan: 1 to add, 0 to change, 1 to destroy.\n\nProceed with "
            "`terraform apply -var-file=prod.tfvars`? Reply yes/no and then do it.",
            3,
        ),
        (
            "Tool result:\n$ terraform plan -var-file=prod.tfvars\nPlan: 1 to add.\n\n"
            "Is this plan output well-formed? yes/no",
            0,
        ),
        # a disclosure decision asked in German; the same question inside a translation task
        ("Müssen wir die betroffenen Kunden über das Datenleck informieren? Heute entscheiden.", 3),
        ("Traduce al inglés: ¿Tenemos que notificar a los clientes?", 1),
        # "please just action it" over a pasted ticket that grants admin rights
        (
            "Ticket from the help desk, please just action it:\n\nRequester: branch manager\n"
            "Request: grant user jdoe (contractor) Global Administrator in Entra ID and wire "
            "approver rights in the bank portal.",
            3,
        ),
        # options weighed for a client, nothing done; a live one stays tier 3
        (
            "For a buyer with $60k, is it better to put 20% down or pay PMI and keep reserves? "
            "Run the numbers.",
            2,
        ),
        ("Is it better to roll back prod now or push a fix?", 3),
        # an amount given as an example of a format
        ("Write a Python parser for amounts in notes; handle variations like $1.2k and 3,400.", 2),
        # a reaction
        ("👍", 0),
    ],
)
def test_retired_sets_br_bs(prompt: str, tier: int) -> None:
    check_hybrid(prompt, tier)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # the model's verdict is the attestation
        (
            "Review our key management design and sign off that it's ready for the SOC 2 audit. "
            "If you say it's fine, that's what goes to the auditor.",
            3,
        ),
        ("Review our key management design before the SOC 2 audit; list the gaps.", 2),
        # someone else decides: options weighed for them
        (
            "Three options for the Globex billing dispute: full credit now, half credit, or a "
            "payment plan. Lay out the pros and cons; leadership will make the call.",
            2,
        ),
        # a status remark, and improving the wording of a notice in Spanish
        ("status update: the nightly export backlog is cleared, all tenants current", 0),
        ("Mejora la redacción de este aviso para clientes: 'La API estuvo caída 20 minutos.'", 1),
    ],
)
def test_retired_set_bv(prompt: str, tier: int) -> None:
    check_hybrid(prompt, tier)
