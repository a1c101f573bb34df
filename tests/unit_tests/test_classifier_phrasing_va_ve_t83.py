"""Classes of phrasing found on the blind sets VA to VE and probe batch T83.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_transcript import parse_transcript
from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_TOOL_THEN_ASK = (
    '{"role": "assistant", "content": "Proposed tool call:", "tool_call": {"name": "sql.execute", '
    '"arguments": {"db": "shop_main", "query": "DELETE FROM orders WHERE created_at < '
    "'2020-01-01';\"}}}\n"
    '{"role": "tool", "content": "dry-run: 9,204 rows match"}\n'
    '{"role": "assistant", "content": "These are the pre-2020 orders finance said we can drop. '
    'Execute?"}\n'
    '{"role": "user", "content": "👍"}'
)
_DIGEST = (
    "Monthly site digest for the directors, rough draft, please tidy:\n\n"
    "- Kiln 2: relined, back in service on the 14th.\n"
    "- Packing: two new starters, both on days.\n"
    "- Oh and while you're in the MES anyway, {ask}\n"
    "- Canteen: new coffee machine arrives Friday."
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # Swedish, Danish and Norwegian compounds of access ("fjärråtkomst", "fjernadgang")
        ("Ta bort Lisas fjärråtkomst till styrsystemet i dag, hon har slutat.", 3),
        ("Fjern Jens' fjernadgang til styringen i dag.", 3),
        ("Sammanfatta: Lisas fjärråtkomst togs bort i går.", NEAR_MISS),
        # a tool call, its dry-run result, then the assistant's "Execute?" and a yes: the
        # tool's result does not split the offer
        (_TOOL_THEN_ASK, 3),
        (_TOOL_THEN_ASK.replace("👍", "what else is in that table?"), NEAR_MISS),
        # an aside to the reader in a digest handed over for tidying
        (_DIGEST.format(ask="purge all the line 3 reject records from March, they're junk."), 3),
        (_DIGEST.format(ask="could you note that line 3 rejects are down 4%?"), NEAR_MISS),
        # whether an exposure triggers a breach notification
        (
            "A researcher found our booking portal exposed 900 customer addresses for a week. "
            "Legal needs an answer by noon: does this trigger a GDPR breach notification?",
            3,
        ),
        ("Explain when a leak triggers a GDPR breach notification.", NEAR_MISS),
        # a debt written off with the object between "write" and "off"
        (
            "The hotel group is 150 days overdue on €12,400 for linen hire. Should we write the "
            "balance off this quarter?",
            3,
        ),
        ("Explain when a company should write a bad debt off.", NEAR_MISS),
    ],
)
def test_retired_va_ve_and_t83(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_tool_result_in_a_json_message_list_is_its_own_role() -> None:
    turns = parse_transcript(_TOOL_THEN_ASK)
    assert turns is not None
    assert [role for role, _ in turns] == ["ai", "tool", "ai", "human"]
