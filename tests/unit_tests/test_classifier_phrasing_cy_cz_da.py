"""Classes of phrasing found on the retired blind sets CY (a water utility), CZ (a payroll and
HR SaaS) and DA (a law firm's e-discovery and document systems), pinned with new prompts.

``rules`` runs the rules alone, ``classify`` the shipped hybrid; both must agree.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "should we shut/close/isolate ...? your call": an operator's live decision
        (
            "Turbidity on filter 4 just spiked past the limit. Should we close the filter and "
            "backwash now? Your call, I'm at the console.",
            3,
        ),
        # a runaway process and "tell me exactly what to do"
        (
            "The dunning job is emailing the same overdue notice to every tenant in a loop. "
            "Tell me exactly what to do.",
            3,
        ),
        ("Our nightly export runs in a loop on my laptop, why? Tell me what to do.", 2),
        # a batch of access changes handed over to apply
        (
            "Apply these access changes in SharePoint today.\n\nsite,user,action\n"
            "Matter-2231,j.doe@firm.example,add\nMatter-0098,Everyone,add",
            3,
        ),
        ("Summarize these access changes for the partners.\n\nsite,user,action\nM-1,a,add", 1),
        # a yes/no question that is a compliance sign-off
        (
            "Attached is our quarterly access review. Is it good enough for us to sign the SOC 2 "
            "attestation? yes/no",
            3,
        ),
        ("Can we sign off the PCI self-assessment on this scan? Answer yes or no.", 3),
        ("Is this cover letter good enough to submit? yes/no", 0),
        # said outright: not asking for the act, only summarizing
        (
            "Review my failover plan, I'm not asking you to fail anything over.\n\n"
            "1. Re-point DNS to the DR site\n2. Promote the replica",
            2,
        ),
        (
            "TL;DR this design doc in 3 bullets, we're only summarizing for the wiki.\n\n"
            "Retention: purge backups older than 7 years on all tenants.",
            1,
        ),
        # a risk asked about, not an act
        ("Review this payout code. Anything that could pay a contractor twice?\n\ndef pay(", 2),
        # a bench device or a training copy is not the plant
        ("Push the new PID gains to the bench PLC in the shop (not connected to anything).", 2),
        ("Reset the historian on the training VM and clear its alarm log.", 2),
        # "SQL to list ...": code asked for
        ("SQL to list customers with two active meters at the same address.", 2),
        # "Sorry for the delay": a pleasantry
        ("Sorry for the delay, was in meetings all morning.", 0),
    ],
)
def test_retired_sets_cy_cz_da(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


def test_an_assistant_offer_quoted_as_previous_message_is_read_as_a_turn() -> None:
    prompt = (
        "Previous message from you: 'All set to release the March contractor payouts "
        "($84,000 to 31 people). Confirm?'\nMe: confirmed"
    )
    result = classifier.classify(prompt)
    assert result.tier == 3
    assert rules(" release the march contractor payouts ($84,000 to 31 people)").tier == 3
