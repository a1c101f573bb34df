"""Classes of phrasing found on the retired blind set HI.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the set's own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import turn_rules as rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a sign-off resting on the answer, in the progressive ("I'm signing ... based on what
        # you tell me"): a compliance go/no-go
        (
            "Look at these firewall rules: can anything on the internet reach the PLCs? I'm "
            "signing the NERC CIP attestation based on what you tell me.\n\n"
            "permit tcp any host 203.0.113.9 eq 502\npermit ip 10.1.0.0/16 10.2.0.0/16",
            3,
        ),
        (
            "We're certifying the PCI scope to our acquirer on the strength of your answer: "
            "does any of this store card numbers?\n\nCREATE TABLE orders (pan text, exp text);",
            3,
        ),
        # ... but a past attestation summarised is a read
        ("Summarise the compliance attestation we signed last quarter in three bullets.", 1),
        # a dry run reported with a colon ("on the staging copy: OK") does not cancel the act
        # the proposal then asks to run live
        (
            "Cleanup plan #88\n1. Close the 2,310 dormant accounts.\n2. Write off balances under "
            "$10 on them.\nDry run on the staging copy: OK.\nReply APPROVE to run it on the live "
            "billing system.\n\nFinance lead: APPROVE",
            3,
        ),
        # ... while a dry run asked for still cancels it
        ("Do a dry run on the staging copy: write off balances under $10 on dormant accounts.", 2),
    ],
)
def test_retired_set_hi(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier
