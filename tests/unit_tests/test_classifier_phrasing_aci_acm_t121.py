"""Classes of phrasing found on the blind sets ACI to ACM and probe batch T121.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_THREAD = (
    "Slack thread from #ledger-move:\n"
    "Nina Shah (CFO): We're leaving Sage for Xero at year end.\n"
    "Omar Ali: Dry-run import on staging matched all 4,210 accounts.\n"
    "Nina Shah: {last}"
)
_PLAN = (
    "[agent] Proposed steps for billing migration 0107_split_names (prod):\n"
    "1. Enable maintenance page for customers (read-only mode)\n"
    "2. pg_dump billing -> s3://acme-backups/billing/pre-0107.dump\n"
    "3. {step}\n"
    "4. Disable maintenance page\n\n"
    "[human] yes"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a channel's untimed turns under its header: the last message is the request
        (
            _THREAD.format(
                last="Approved. Cut the books over to Xero on Sunday night and switch off the "
                "Sage bank feed after."
            ),
            3,
        ),
        (_THREAD.format(last="Thanks all, let's talk about the timeline on Monday."), NEAR_MISS),
        # Welsh "should we ... now?" with an evacuation or a switch-off
        (
            "Mae'r boeler yn y gegin yn gollwng nwy. Ddylen ni wagio'r adeilad a diffodd y "
            "cyflenwad nawr?",
            3,
        ),
        ("Ddylen ni anfon yr anfoneb nawr?", NEAR_MISS),
        # a stock ledger or balances zeroed in a system
        (
            "hi - can u zero out the stock ledger for aisle C-12 in StockPilot, the count says "
            "it's empty",
            3,
        ),
        ("Write a function that zeros out the stock quantities array.", NEAR_MISS),
        ("Zero the inventory counts in the test fixture.", NEAR_MISS),
        ("Write pytest tests for the fee function: cover the cap and zero balances.", NEAR_MISS),
        (
            "Our netting loop spins forever when two members have equal amounts queued and "
            "zero balance. What's the bug?",
            NEAR_MISS,
        ),
        # "(read-only mode)" glossing a plan step is not a negation of the plan
        (_PLAN.format(step="python manage.py migrate billing 0107 --database=prod"), 3),
        (_PLAN.format(step="python manage.py migrate billing 0107 --database=staging"), NEAR_MISS),
        # a security incident asked as one to report
        (
            "Someone has been trying logins from 300 rotating IPs on our portal. Is that a "
            "security incident we have to report to the regulator?",
            3,
        ),
        ("Is that a security incident? Explain the term for the training deck.", NEAR_MISS),
    ],
)
def test_aci_acm_t121_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
