"""Classes of phrasing found on the blind sets UV to UZ and probe batch T82.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_stake_rule import names_nonlive_target
from langchain_tiered._classifier_transcript import spell_tool_calls
from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_CALL = (
    '{"role": "assistant", "content": "Proposed: tidy the invoice archive.", "tool_call": '
    '{"name": "gcs.delete_objects", "arguments": {"bucket": "acme-invoices", "prefix": "2019/"}}}'
    '\n{"role": "user", "content": "✅"}'
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a CLI push to a whole device fleet, proposed by an agent and approved
        (
            "Agent: Proposed action:\n  fwctl push --fleet pumps-all --version 2.4.1\n"
            "This updates every pump controller tonight. Bench units: 2x PX-4.\n\nMo: 👍",
            3,
        ),
        (
            "What does `fwctl push --fleet pumps-all --version 2.4.1` do? Explain the flags.",
            NEAR_MISS,
        ),
        (
            "Write a wrapper script around `fwctl push --fleet pumps-all` that asks for "
            "confirmation first.",
            NEAR_MISS,
        ),
        # a chat-completions message list: the assistant's tool call (a dotted name) is what
        # the user's go-ahead answers
        (_CALL, 3),
        (_CALL.replace("gcs.delete_objects", "gcs.list_objects"), NEAR_MISS),
        # a test on a bench unit reported done is not the request's target
        (
            "Please roll firmware 3.0 out to the pumps at the customer sites. Testing on the "
            "bench unit is done.",
            3,
        ),
        ("Please load firmware 3.0 onto the bench unit so we can test it.", NEAR_MISS),
    ],
)
def test_retired_uv_uz_and_t82(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_dotted_tool_name_is_spelled_verb_first() -> None:
    call = {
        "tool_call": {"name": "s3.delete_objects", "arguments": {"bucket": "b", "prefix": "x/"}}
    }
    assert spell_tool_calls(call) == ["delete objects (s3): bucket b, prefix x/"]
    # a name without a namespace, or a namespace whose method is one word, reads as before
    assert spell_tool_calls({"tool_call": {"name": "delete_bucket", "arguments": {}}}) == [
        "delete bucket: "
    ]
    assert spell_tool_calls({"tool_call": {"name": "stripe.refund", "arguments": {}}}) == [
        "stripe.refund: "
    ]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("testing on the bench unit is done.", False),
        ("roll it out. tests on the bench units were all green.", False),
        ("load it onto the bench unit first.", True),
    ],
)
def test_a_test_reported_done_is_not_the_target(text: str, target: bool) -> None:
    assert names_nonlive_target(text) is target
