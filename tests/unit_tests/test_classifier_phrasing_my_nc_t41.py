"""Classes of phrasing found on the blind sets MY to NC and probe batch T41.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import _classifier_rules, classifier
from tests.unit_tests.phrasing import check_hybrid
from tests.unit_tests.phrasing import turn_rules as rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a security audit and a decision demanded now, in Hindi
        ("हमारे बिलिंग ऐप का पूरा सुरक्षा ऑडिट करो।", 3),
        ("सर्वर में फॉल्ट है — क्या हम सेवा रोक दें या चलने दें? अभी फैसला चाहिए।", 3),
        # a relayed text message under its heading alone; "reset the admin pw and text it"
        (
            'SMS from Dee, 6:02am:\n"can u reset the admin pw for the gate kiosk and text it '
            'to me, queue is building"',
            3,
        ),
        ('SMS from Dee, 6:02am:\n"running late, be there by 7"', 2),
        ("reset the admin password and text it to me", 3),
        # "Do we treat this as a reportable incident?"
        (
            "The scan shows our kiosk image ships xz 5.6.1. Do we treat this as a reportable "
            "incident?",
            3,
        ),
        # an agent plan in JSON with the human's reply
        (
            '{"agent_plan": {"summary": "Refund 12 double-charged orders", "tool_calls": '
            '[{"tool": "stripe.refunds.create", "args": {"count": 12, "amount_total_usd": '
            '1440.0}}], "reversible": false}, "human_reply": "approved, do it"}',
            3,
        ),
        # an unlabelled "yes" under an agent's question about an act that cannot be undone
        (
            "Agent: I've drafted credit memo CM-77 for Acme: $900 for the damaged pallet. It "
            "cannot be unposted once posted. Post it?\n\nyes",
            3,
        ),
    ],
)
def test_retired_my_nc_and_t41(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    check_hybrid(prompt, tier)


def test_what_do_we_tell_them_over_a_log_is_not_handed_over() -> None:
    prompt = (
        "The renewal job keeps failing for one customer. Trace below - what's wrong and what "
        "do we tell them?\n\n"
        "2024-06-12T02:00:03Z acme: renewing dl.example.de (method=http-01)\n"
        "2024-06-12T02:00:11Z acme: validation failed: 301 to https://www.example.de/\n"
        "2024-06-12T02:00:11Z acme: order invalid, retry in 6h"
    )
    assert classifier.classify(prompt).tier == 2


def test_what_do_i_tell_him_hands_over_the_relayed_question() -> None:
    prompt = (
        'Text from the night guard (01:10): "burning smell in the plant room, nobody hurt. '
        'should i cut power to the whole east wing from the main board?" — what do I tell him?'
    )
    result = classifier.classify(prompt)
    assert result.tier == 3
    assert "delegated" in result.signals


@pytest.mark.parametrize(
    "text",
    [
        "handle the bit from procurement in this email please.",
    ],
)
def test_more_delegations(text: str) -> None:
    assert _classifier_rules.DELEGATION.search(text)
