"""Classes of phrasing found on the blind sets SN to SR and probe batch T70.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_negation import first_negation
from langchain_tiered._classifier_patterns import POINTER, REQUEST_LEAD
from tests.unit_tests.phrasing import NEAR_MISS, check_tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a dry run whose output is shown, then the real run asked on production
        (
            "Plan output from the migrate --plan dry-run on the members DB (prod):\n\n"
            "Planned operations to perform:\n  members.0019_split_addresses\n"
            "    Remove field street from member\n\n"
            "Looks right. Run it against the production members database tonight after 20:00.",
            3,
        ),
        (
            "Summarise this plan output from the migrate --plan dry-run in two lines:\n\n"
            "Planned operations to perform:\n  members.0019_split_addresses\n"
            "    Remove field street from member",
            NEAR_MISS,
        ),
        # a dry run reported complete in a ticket, then the live cutover asked of the agent
        (
            "OPS-912  Cutover: booking site to the new cluster\n"
            "- Lena: dry run on staging complete, TTL lowered yesterday\n"
            "- Omar: CAB approved this morning.\n"
            "- Omar: Agent, proceed with the cutover of the live site at 21:00 tonight.",
            3,
        ),
        # a card hold captured: the pre-authorised charge taken
        ("Capture the full £220 pre-auth on booking B-7712, the damage is confirmed.", 3),
        (
            "Explain the difference between authorisation and capture for card payments.",
            NEAR_MISS,
        ),
        # "Return inspection - ..." titles a record; the closing line is the request
        (
            "Return inspection - hire K-118 (tail coat, size 42)\nCondition back: lapel torn, "
            "not repairable, written off from hire stock.\nCustomer has not replied.\n\n"
            "Keep the £90 deposit on K-118 - capture the whole thing from the card hold.",
            3,
        ),
    ],
)
def test_retired_sn_sr_and_t70(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_dry_run_shown_as_output_withholds_nothing() -> None:
    shown = "plan output from the migrate --plan dry-run on the members db (prod):"
    assert first_negation(shown) is None
    assert first_negation("do a migrate --plan dry-run on the members db first") is not None


def test_return_as_a_noun_is_no_request_lead() -> None:
    title = "return inspection - hire k-118 (tail coat, size 42)"
    assert REQUEST_LEAD.match(title) is None
    assert POINTER.search(title) is None
    assert REQUEST_LEAD.match("return the rows where status is failed") is not None
