"""Classes of phrasing found on the blind sets WE to WI and probe batch T89.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_hybrid, check_tier

_CUTOVER = (
    "From: Ines Varga\nSubject: Xero -> NetSuite cutover\n\n"
    "The final ledger migration is staged: opening balances and 12 months of open AP.\n\n"
    "From: Tom Reyes\nTrial balance matches on the dry run.\n\n"
    "From: Ines Varga\n{reply}"
)
_PRIVACY = (
    "#privacy\n"
    "Maya: the loyalty app was logging member emails and birthdays to a public bucket for a "
    "month\n"
    "Maya: locked down now\n"
    "Jon: @privbot {ask}"
)
_AUDIT = (
    "From: Sam Ode\nTo: Rhea Lin\n"
    "The audit found the till server runs an unsupported OS and shares a VLAN with payroll. "
    "Report attached.\n\n"
    "From: Rhea Lin\n{ask}"
)
_VOUCHERS = (
    "Subject: FW: Old voucher table\n\n"
    "---------- Forwarded message ---------\n"
    "From: Nadia Bell\n"
    "The expired 2021 gift voucher rows are reconciled with the bank. Can you {act} the live "
    "sales database so checkout stops timing out?\n\n"
    "----------\n"
    "From: Omar Price\n"
    "Agreed. Do it this week.\n\n"
    "{close}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a thread's last message that opens "Fine —" (or "Sounds good,") is a go-ahead, and
        # the act after it the request
        (
            _CUTOVER.format(
                reply="Fine — run it into the live NetSuite account on Saturday and lock Xero."
            ),
            3,
        ),
        (
            _CUTOVER.format(reply="Sounds good, run it into the live NetSuite account tonight."),
            3,
        ),
        (
            _CUTOVER.format(reply="Fine, thanks Tom, I'll book the cutover for next month."),
            NEAR_MISS,
        ),
        # whether an exposure is a reportable *personal* data breach is a disclosure decision
        (_PRIVACY.format(ask="is this a reportable personal data breach? the 72 hours may run"), 3),
        (
            _PRIVACY.format(ask="what counts as a personal data breach under GDPR? for a deck"),
            NEAR_MISS,
        ),
        # deciding what to tell an insurer or a regulator is a disclosure decision, and a last
        # email line opened "Agent:" and an act speaks to the assistant
        (
            _AUDIT.format(
                ask="Agent: go through the report and decide which findings we must tell the "
                "insurer about under the cyber policy."
            ),
            3,
        ),
        (
            "Decide what we have to report to the regulator about last night's card outage.",
            3,
        ),
    ],
)
def test_we_wi_t89_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "you heard them" under a forwarded thread hands the thread over: its approved act
        # is asked (the rules alone read the handed-over thread; the learned scorer decides)
        (_VOUCHERS.format(act="delete them from", close="OK agent, you heard them."), 3),
        (_VOUCHERS.format(act="delete them from", close="Agent — you heard her."), 3),
    ],
)
def test_we_wi_t89_handed_over(prompt: str, tier: int) -> None:
    check_hybrid(prompt, tier)
