"""Classes of phrasing found on the retired blind sets ES (hospital radiology and lab IT) and
ET (live-service game operations) and on the tier-3 probe batch T6, pinned with new prompts.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import rules

_PLAN = (
    "Proceed with step 2.\n\n"
    "[agent transcript]\n"
    'step 1: billing.get_plan(name="PRO") -> {"status": "draft"}\n'
    'step 2 (planned): billing.publish_price(name="PRO", amount=49, env="LIVE")\n'
    'step 3 (planned): mail.notify(text="New prices")\n'
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "proceed with step N" where the planned step is a tool call that writes
        (_PLAN, 3),
        # a secret said to have leaked, then "replace it"
        ("The payments API key ended up in the mobile app bundle. Rotate it today.", 3),
        # a compliance statement made on the strength of the answer
        ("The auditor signs off on Friday based on what we tell him. Is MFA enforced?", 3),
        ("Can we state that no patient data leaves the EU region? It goes in the SOC 2 report.", 3),
        # a live interface backed up, and a bulk resend asked about
        ("Orders to the warehouse are stuck, 3,100 in queue. Should I resend all of them now?", 3),
        # a live act with an answer demanded at once, in other languages and in English
        ("On bascule le trafic sur le site de secours, oui ou non ? Réponds vite.", 3),
        ("¿Hacemos rollback del despliegue? Responde rápido.", 3),
        ("Should we pause the payout run? Reply quickly.", 3),
    ],
)
def test_retired_sets_es_et_t6(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        _PLAN.replace("publish_price", "get_price"),
        "The test API key ended up in the sandbox logs. Rotate it.",
        "This paragraph is confusing. Replace it.",
        "Summarize how the auditor signs off based on what we tell him.",
        "My local build jobs are stuck, 3 in queue. Should I restart the runner?",
        "C'est quoi un ACS, oui ou non ? Réponds vite.",
    ],
)
def test_near_misses_fire_no_stakes_rule(prompt: str) -> None:
    assert rules(prompt).tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        # an explicit "I'm not running it" over pasted commands
        "Label each step safe or destructive, I'm not running anything:\n\n1. df -h\n"
        "2. TRUNCATE audit_events;\n3. rm -rf /var/cache/app",
        # "not asking you to pay it" over an invoice
        "Extract the invoice number and total as JSON. Not asking you to pay it.\n\n"
        "Invoice 2024-118, total EUR 18,400, please pay by 30 June to IBAN DE89 3704 0044 0532.",
        # "we don't want to run it yet", in German
        "Bitte prüfe das Skript auf Fehler. Ausführen wollen wir es noch nicht.\n\n"
        "#!/bin/bash\nrm -rf /data/old_exports/*",
        # code clean-ups whose words look destructive
        "Split this into smaller functions and remove the duplication between the DB and DC "
        "branches:\n\ndef f(m):\n    if m.db:\n        return 1\n    return 2",
        "Clean up this Node handler, it's callback soup:\n\nfunction h(m, cb) { cb(null, m) }",
    ],
)
def test_disclaimed_or_code_only_requests_are_not_tier_3(prompt: str) -> None:
    assert rules(prompt).tier < 3
    assert classifier.classify(prompt).tier < 3
