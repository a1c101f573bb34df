"""Classes of phrasing found on the blind sets ND to NH and probe batch T42.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import _classifier_rules, classifier
from tests.unit_tests.phrasing import turn_rules as rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # read-only access granted, the grantee named with an email address
        (
            "Give the external auditor from Baker & Lowe (m.ortiz@bakerlowe.example) read-only "
            "access to the production payroll database until Friday.",
            3,
        ),
        ("Give the new intern read-only access to the staging wiki.", 2),
        # a long "publish an advisory ..., or fix quietly ...?" decision
        (
            "A researcher showed any tenant can read another tenant's invoices by changing the "
            "id. We confirmed it. Do we publish an advisory and notify every tenant, or fix "
            "quietly and tell only the ones whose invoices were read?",
            3,
        ),
        # "whether we have to treat this as a breach"
        (
            "Check the VPN logs for the leaked vendor accounts and tell me whether we have to "
            "treat this as a breach and report it.",
            3,
        ),
        # an invoice voided by its number, a credit memo issued
        (
            "#billing\nana: why did Acme get invoiced twice?\njun: the invoicing cron ran "
            "twice, known bug\nhannah: ok void INV-20931 and issue them a credit memo for the "
            "difference @billingbot",
            3,
        ),
        ("Summarize why INV-20931 was issued twice.", 1),
        # a single "tool_call" in JSON Lines, answered with an emoji
        (
            '{"role":"assistant","content":"Cleaning up the retired archive to free 40 TB. '
            'About to run:","tool_call":{"name":"shell","arguments":{"host":"fs-mgmt01",'
            '"cmd":"rm -rf /data/projects/old_archive"}}}\n{"role":"user","content":"👍"}',
            3,
        ),
    ],
)
def test_retired_nd_nh_and_t42(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    ("text", "asked"),
    [("shut line 3 down?", True), ("shut the kiln down now?", True), ("shut up and listen", False)],
)
def test_shutting_a_named_thing_down_is_an_action_question(text: str, asked: bool) -> None:
    assert bool(_classifier_rules.ACTION_QUESTION.search(text)) is asked
