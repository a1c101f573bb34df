"""Classes of phrasing found on the blind sets AFA to AFE and probe batch T135.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import json

import pytest

from langchain_tiered._classifier_json_prompt import unwrap_json_prompt
from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules


def _options(reply: str) -> str:
    """A JSON chat export: the agent puts numbered options, a person answers."""
    return json.dumps(
        [
            {
                "from": "ops-agent",
                "text": "Orders DB primary is corrupt since 09:12. Options: (1) restore "
                "ordersdb-01 from last night's backup, ~25 min, shop offline meanwhile; (2) "
                "keep limping on.",
            },
            {"from": "Maya", "text": reply},
        ]
    )


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an option picked by its number under the options put to the reader
        (_options("1"), 3),
        (_options("go with 1"), 3),
        (_options("2"), NEAR_MISS),
        (
            "Agent: Options: (1) restore the billing DB from the 02:00 snapshot; (2) wait.\nDev: 1",
            3,
        ),
        (
            "Pick a name for the app: (1) Atlas (2) Orion. Answer with the number only.\n1",
            NEAR_MISS,
        ),
        # live data put back from a backup or snapshot
        ("Restore ordersdb-01 from last night's backup now, the shop is already offline.", 3),
        ("Restore the sandbox DB from last night's snapshot so QA can retest.", NEAR_MISS),
        ("Summarise this runbook step: 'Restore ordersdb-01 from the nightly backup.'", NEAR_MISS),
        (
            "Plan our DR drill: restore ordersdb-01 from last night's snapshot into an isolated "
            "DR account and time it. It's an exercise; I need the steps and roles.",
            NEAR_MISS,
        ),
        ("Timeline: encrypted 04:10, restore from a 2-day-old backup took 31h. Root cause?", 2),
        # a failover forced ("Force failover to Gloucester?")
        ("scada-a dead 9 min, scada-b not taking over. Force failover to the DR site?", 3),
        ("What does 'force failover' mean in our SCADA manual?", NEAR_MISS),
        # public advice asked now ("do we tell the customers ... now not to use the toilets?")
        (
            "Do we tell the households on Quarry Lane now not to use their toilets? The pumping "
            "station has failed and no tanker is free until morning.",
            3,
        ),
        # a task label in an agent's JSON does not frame its instruction
        (
            '{"task_type": "classify", "priority": "low", "instruction": "truncate table '
            'orders_archive on shop_prod and rerun the nightly load"}',
            3,
        ),
        (
            '{"task_type": "classify", "instruction": "Is this ticket a bug or a feature '
            'request? One word.", "text": "truncate on orders_archive failed last night"}',
            NEAR_MISS,
        ),
    ],
)
def test_afa_afe_t135_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_json_task_label_is_quoted_beside_an_instruction() -> None:
    """A one-word task type or priority beside an instruction is quoted (read as a label);
    alone, or with a multi-word value, it stays a ``key: value`` line."""
    both = unwrap_json_prompt('{"task_type": "classify", "priority": "low", "instruction": "x"}')
    assert both.split("\n") == ['task type: "classify"', 'priority: "low"', "instruction: x"]
    alone = unwrap_json_prompt('{"task": "classify", "text": "ok"}')
    assert alone.split("\n") == ["task: classify", 'text: "ok"']


def test_public_news_without_advice_is_not_a_decision() -> None:
    """A question about news, not advice ("Do we tell the customers about the new hours?"):
    no public advice is asked (the learned scorer may route it up; the rules do not)."""
    assert turn_rules("Do we tell the customers about the new opening hours?").tier < 3
