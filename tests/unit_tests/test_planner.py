"""The offline planner: parses workloads, routes like live calls, counts and prices offline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import litellm
import pytest

from langchain_tiered.config import load_config
from langchain_tiered.planner import (
    DEFAULT_OUTPUT_TOKENS,
    TokenCounter,
    estimate_tokens,
    load_classifier,
    parse_task,
    parse_workload,
    plan_tasks,
)
from langchain_tiered.pricing import Pricer

ROOT = Path(__file__).resolve().parents[2]
TIERS = ROOT / "litellm_config" / "tiers.yaml"
EXAMPLE = ROOT / "examples" / "github_monitor.jsonl"


class FakeVerdict:
    def __init__(self, tier: int, intent: str) -> None:
        self.tier, self.intent, self.complexity = tier, intent, 2
        self.confidence, self.reason = 0.9, f"fake says {intent}"


def jsonl(*rows: Any) -> list[str]:
    return [row if isinstance(row, str) else json.dumps(row) for row in rows]


def test_parse_workload_reports_bad_lines_and_keeps_the_rest() -> None:
    lines = jsonl(
        {"prompt": "Is this a bug?", "intent": "classify", "complexity": 1},
        "",
        "{not json",
        [1, 2],
        {"prompt": "x", "complexty": 2},
        {"intent": "code"},
        {"prompt": "a", "messages": [{"role": "user", "content": "b"}]},
        {"messages": [{"content": "no role"}]},
        {"prompt": "x", "expected_output_tokens": -5},
        {"prompt": "   "},
        {
            "messages": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}],
            "expected_output_tokens": 50,
            "id": 7,
        },
    )
    tasks, errors = parse_workload(lines)
    assert [t.line for t in tasks] == [1, 11]
    assert tasks[1].id == "7"
    assert tasks[1].expected_output_tokens == 50
    assert tasks[0].messages == ({"role": "user", "content": "Is this a bug?"},)
    assert tasks[0].routing == {"intent": "classify", "complexity": 1}
    found = {e.line: e.message for e in errors}
    assert sorted(found) == [3, 4, 5, 6, 7, 8, 9, 10]
    assert found[3].startswith("not valid JSON")
    assert "expected a JSON object, got list" in found[4]
    assert "unknown field 'complexty'" in found[5]
    assert "complexity" in found[5]
    assert "needs 'prompt'" in found[6]
    assert "not both" in found[7]
    assert "messages[0]" in found[8]
    assert "expected_output_tokens" in found[9]
    assert "non-empty string" in found[10]
    assert str(errors[0]) == f"line 3: {found[3]}"


def test_parse_task_rejects_non_objects() -> None:
    with pytest.raises(ValueError, match="got str"):
        parse_task("prompt", 1)


def test_plan_routes_like_the_live_policy_and_prices_each_task() -> None:
    config = load_config(TIERS)
    pricer = Pricer(config)
    tasks, errors = parse_workload(
        jsonl(
            {"prompt": "Is this a bug or a feature?", "intent": "classify", "complexity": 1},
            {"prompt": "Summarize the thread", "intent": "summarize", "complexity": 3},
            {"prompt": "Fix the crash", "intent": "code", "expected_output_tokens": 777},
            {"prompt": "Deploy to production", "intent": "deploy"},
            {"prompt": "untagged", "complexity": 11},
            {"prompt": "Pin me", "tier": 1},
        )
    )
    assert errors == []
    plan = plan_tasks(tasks, config, pricer)
    assert [e.line for e in plan.errors] == [5]
    assert "complexity=11" in plan.errors[0].message
    assert [row.tasks for row in plan.rows] == [1, 2, 1, 1]
    code = plan.planned[2]
    assert (code.decision.tier, code.model, code.output_tokens) == (
        2,
        "anthropic/claude-sonnet-4-5",
        777,
    )
    assert plan.planned[0].output_tokens == DEFAULT_OUTPUT_TOKENS["classify"]
    for planned in plan.planned:
        assert planned.cost_usd == pricer.cost(
            planned.decision.model_group, planned.input_tokens, planned.output_tokens
        )
        assert planned.baseline_cost_usd == pricer.baseline_cost(
            planned.input_tokens, planned.output_tokens
        )
    assert plan.total.tasks == 5
    assert plan.total.cost_usd == pytest.approx(sum(p.cost_usd for p in plan.planned))
    assert plan.rows[0].cost_usd == 0.0
    assert plan.rows[0].savings_pct == 100.0
    assert plan.routing_sources == {"rule": 4, "tier": 1}
    data = plan.to_dict()
    assert data["total"]["tasks"] == 5
    assert data["errors"][0]["line"] == 5
    assert json.loads(json.dumps(data)) == data


def test_classifier_is_used_only_for_untagged_tasks() -> None:
    config = load_config(TIERS)
    seen: list[Any] = []

    def classify(text: Any) -> FakeVerdict:
        seen.append(text)
        return FakeVerdict(1, "summarize")

    tasks, _ = parse_workload(
        jsonl(
            {"prompt": "tagged", "intent": "code"},
            {"prompt": "untagged prompt"},
            {"messages": [{"role": "user", "content": "untagged messages"}]},
        )
    )
    plan = plan_tasks(tasks, config, Pricer(config), classify=classify)
    assert seen == ["untagged prompt", [{"role": "user", "content": "untagged messages"}]]
    assert [p.decision.tier for p in plan.planned] == [2, 1, 1]
    assert plan.planned[1].decision.source == "classifier"
    assert plan.planned[1].output_tokens == DEFAULT_OUTPUT_TOKENS["summarize"]
    assert plan.routing_sources == {"rule": 1, "classifier": 2}
    without = plan_tasks(tasks, config, Pricer(config))
    assert [p.decision.tier for p in without.planned] == [2, 2, 2]  # the default tier


def test_load_classifier_finds_the_module() -> None:
    found = load_classifier()
    assert found is not None
    assert callable(found)


@pytest.mark.parametrize(
    "model",
    [
        "ollama_chat/qwen2.5:7b",
        "anthropic/claude-haiku-4-5",
        "anthropic/claude-sonnet-4-5",
        "anthropic/claude-opus-4-5",
        "openai/gpt-4o",
        "openai/anthropic/claude-haiku-4.5",
    ],
)
def test_token_counter_is_litellms_and_offline(model: str) -> None:
    # pytest-socket blocks every non-loopback address: a download would fail this test.
    messages = [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "Is issue #42 'Crash on save' a bug or a feature?"},
    ]
    counter = TokenCounter()
    assert counter.count(model, messages) == litellm.token_counter(model=model, messages=messages)
    assert counter.methods == {"litellm": 1}


def test_token_counter_avoids_tokenizer_downloads() -> None:
    counter = TokenCounter()
    tokens = counter.count("meta-llama/llama-3-8b-instruct", [{"role": "user", "content": "hi"}])
    assert tokens > 0
    assert counter.methods == {"tiktoken": 1}


def test_token_counter_falls_back_to_an_estimate(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(**_: Any) -> int:
        raise RuntimeError("no tokenizer")

    monkeypatch.setattr(litellm, "token_counter", broken)
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": "x" * 10},
        {"role": "user", "content": [{"text": "ab"}]},
    ]
    counter = TokenCounter()
    assert counter.count("openai/gpt-4o", messages) == estimate_tokens(messages) == 3 + 4 + 1 + 4
    assert counter.methods == {"estimate": 1}


def test_github_monitor_example_plans_cleanly() -> None:
    config = load_config(TIERS)
    tasks, errors = parse_workload(EXAMPLE.read_text(encoding="utf-8").splitlines())
    assert errors == []
    assert len(tasks) == 160
    intents = [t.routing.get("intent") for t in tasks]
    assert (intents.count("classify"), intents.count("summarize"), intents.count("code")) == (
        90,
        50,
        10,
    )
    plan = plan_tasks(tasks, config, Pricer(config), classify=load_classifier())
    assert plan.errors == []
    assert [row.tasks for row in plan.rows] == [100, 50, 10, 0]
    assert plan.routing_sources == {"rule": 150, "classifier": 10}
    assert plan.rows[0].cost_usd == 0.0
    assert plan.rows[2].cost_usd == pytest.approx(plan.rows[2].baseline_cost_usd)
    assert 30 < plan.total.savings_pct < 70
    assert plan.token_methods == {"litellm": 160}
