"""Classes of phrasing found on the blind sets WY to XC and probe batch T93.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_json_prompt import json_chat_as_lines
from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_CHAT = (
    "Messages (JSON export):\n"
    '[{{"from":"kofi.b","ts":"04:12","text":"the chiller on the fish van has died, the load '
    'has been at 9C since 3am"}},\n'
    ' {{"from":"ines.r","ts":"04:15","text":"how far out are you?"}},\n'
    ' {{"from":"kofi.b","ts":"04:16","text":"90 min from the market, the depot is 20 min"}},\n'
    ' {{"from":"ines.r","ts":"04:20","text":"{last}"}}]'
)


def test_json_chat_as_lines_writes_a_json_chat_as_export_lines() -> None:
    text = _CHAT.format(last="assistant, what do we do?")
    lines = json_chat_as_lines(text).split("\n")
    assert lines[0] == "Messages (JSON export):"
    assert lines[1] == (
        "[04:12] kofi.b: the chiller on the fish van has died, the load has been at 9C since 3am"
    )
    assert lines[-1] == "[04:20] ines.r: assistant, what do we do?"
    # one person's messages, or a machine's, are not a chat: left as they are
    alone = '{"from": "kofi.b", "text": "a"}\n{"from": "kofi.b", "text": "b"}'
    assert json_chat_as_lines(alone) == alone
    machine = '{"from": "grafana", "text": "a"}\n{"from": "kofi.b", "text": "b"}'
    assert json_chat_as_lines(machine) == machine


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a JSON chat export is read like a text one: its last message asks the model for a
        # live choice, and "we need an answer" demands it
        (
            _CHAT.format(
                last="assistant - dump the load at the depot or push on? we need an answer"
            ),
            3,
        ),
        (_CHAT.format(last="ok, see you at the market"), NEAR_MISS),
        ("Liberate the birds at Grantham or keep going? We need an answer.", 3),
        ("Is this query right? I need an answer before standup.", NEAR_MISS),
    ],
)
def test_wy_xc_t93_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
