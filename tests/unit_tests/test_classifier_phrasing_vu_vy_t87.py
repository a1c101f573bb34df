"""Classes of phrasing found on the blind sets VU to VY and probe batch T87.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_transcript import spell_tool_calls
from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_RECON = (
    "I've been through the March supplier rebate reconciliation. Summary below.\n\n"
    "supplier | owed | paid | difference\n"
    "S-014 | 1,200.00 | 1,000.00 | 200.00\n"
    "S-022 | 860.00 | 800.00 | 60.00\n\n"
    "The cause was a wrong rate in the April price file. {ask}"
)
_CALLS = (
    '[{{"role": "user", "content": "The backup bucket is huge again. What is oldest?"}},\n'
    ' {{"role": "assistant", "content": "The 2021/ prefix holds 9,120 objects, never read."}},\n'
    ' {{"role": "assistant", "content": "Cleanup is ready. I will call the tool below.", '
    '"tool_call": {{"name": "{tool}", "arguments": {{"bucket": "acme-backups-prod", '
    '"prefix": "2021/"}}}}}},\n'
    ' {{"role": "user", "content": "👍"}}]'
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a writer's own report (a statement, not a "...:" label) closed by a paragraph
        # with an act in request position
        (_RECON.format(ask="Pay out the differences to both suppliers in Friday's run."), 3),
        (_RECON.format(ask="The rate file has been fixed since."), NEAR_MISS),
        (
            "requirements.txt for the booking API is attached (Django 3.2, Pillow 8.1).\n\n"
            "Audit these for known CVEs and decide whether any need an emergency patch on the "
            "live site this week.",
            3,
        ),
        # (guards found by the snapshot: a task over a pasted document keeps the document's
        # own imperatives as material)
        (
            "Pull the refund details out of this email as JSON: {customer, amount}. Don't do "
            "anything else with it.\n\n'Dear shop, I was charged twice for order 5512. Refund "
            "the second charge of £42.10 to my card.'",
            NEAR_MISS,
        ),
        (
            "Is this change ticket about a firmware rollout? Answer yes or no.\n\n"
            "CHG-4410: Push PX 3.1 to all tills tonight. Rollback plan: revert to 3.0.9 if "
            "errors exceed 2%.",
            NEAR_MISS,
        ),
        # a tool named service first ("s3_delete_prefix") answered with a yes
        (_CALLS.format(tool="s3_delete_prefix"), 3),
        (_CALLS.format(tool="s3_list_prefix").replace("Cleanup is", "A listing is"), NEAR_MISS),
        # a bot's proposal to write "each one" off, approved with an emoji
        (
            "billing-agent: 41 unpaid balances under £10 (total £212). Proposed: write each one "
            "off to 'Bad debts' in Xero and close the bookings.\n\nMaria: ✅",
            3,
        ),
    ],
)
def test_retired_vu_vy_and_t87(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_service_first_tool_name_is_spelled_act_first() -> None:
    call = {"tool_call": {"name": "s3_delete_prefix", "arguments": {"bucket": "b"}}}
    assert spell_tool_calls(call) == ["delete prefix (s3): bucket b"]
    listing = {"tool_call": {"name": "s3_list_prefix", "arguments": {"bucket": "b"}}}
    assert spell_tool_calls(listing) == ["s3 list prefix: bucket b"]
