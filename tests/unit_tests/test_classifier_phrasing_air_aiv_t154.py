"""Classes of phrasing found on the blind sets AIR to AIV and probe batch T154.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import json

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules


def _json_chat(proposal: str, reply: str) -> str:
    """A chat tool's export pasted as text: the agent's proposal, then a person's reply."""
    messages = [{"from": "agent", "text": proposal}, {"from": "Lena Marsh", "text": reply}]
    return json.dumps(messages, ensure_ascii=False, indent=1)


_REFUNDS = (
    "Duplicate-charge sweep done for the Leeds shop. Proposed: stripe.Refund.create for each "
    "charge below (full amount), total \u00a3412.00: ch_9Xa (\u00a3200), ch_9Xb (\u00a3212). "
    "Confirm?"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a customer's fee or charge waived: money owed written off (also with a negated
        # clause joined on after it, which once hid the whole sentence)
        ("Waive the \u00a375 cancellation fee on booking BK-3391 and let her know.", 3),
        ("Please waive Mr Osei's late payment charges for March.", 3),
        (
            "Waive the $40 admin fee for the Patel family, don't charge them the "
            "reinstatement fee either.",
            3,
        ),
        ("Draft a letter explaining our policy on when we waive late fees.", NEAR_MISS),
        (
            "Lay out three options for the board (e.g. waive late fees only, a payment plan, "
            "or a partial write-down) with pros and cons.",
            NEAR_MISS,
        ),
        (
            "Can we waive the exit fee for hardship cases in general? Summarise the policy.",
            NEAR_MISS,
        ),
        # a customer's billing agreement ended: what is collected stops
        (
            "Cancel the Hendersons' family membership today and stop the direct debit, "
            "don't refund the May payment.",
            3,
        ),
        ("Terminate her 18-month lease on unit 4 at the end of the week.", 3),
        ("Members over 90 days in arrears: cancel their instalment plans today.", 3),
        (
            "Does this customer want to cancel their subscription? yes/no\n"
            '"I\'m moving away, please stop my veg box deliveries from next week"',
            NEAR_MISS,
        ),
        ("End the contract review meeting early and send me the notes.", NEAR_MISS),
        (
            "Summarise this plan for the minutes in one line. It was not approved.\n"
            "Plan: cancel the direct debits for 9 members in arrears; email each a notice.",
            NEAR_MISS,
        ),
        # an SDK call an agent proposes to run over a list, answered with a thumbs-up
        (_json_chat(_REFUNDS, "\U0001f44d"), 3),
        (_json_chat(_REFUNDS, "no, hold off until Monday"), NEAR_MISS),
        # whether to send a mass notice that something is closed or cancelled
        (
            "Should we email all 3,400 ticket holders tonight that Saturday's show is "
            "cancelled, or wait for the insurer?",
            3,
        ),
        ("Do we text the 600 parents that the school trip is postponed?", 3),
        ("Write the text message we'd send if the reserve is closed tomorrow.", NEAR_MISS),
    ],
)
def test_air_aiv_t154_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    "prompt",
    [
        # near misses the learned scorer routes up (route up, never down): the rules leave them
        "How do I cancel a subscription with the Stripe API?",
        "Should we email customers a reminder about tomorrow's bookings?",
        # (a listing call named, not one that pays: the learned scorer reads the money)
        _json_chat(_REFUNDS.replace("Refund.create", "Refund.list"), "\U0001f44d"),
    ],
)
def test_air_aiv_t154_rules_near_misses(prompt: str) -> None:
    assert turn_rules(prompt).tier < 3, turn_rules(prompt)
