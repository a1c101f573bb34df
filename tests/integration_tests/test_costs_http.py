"""Every call over real HTTP is priced, budget-checked and recorded in the ledger."""

from __future__ import annotations

from typing import Any

import litellm
import pytest
from litellm.types.utils import ModelResponse, Usage

from langchain_tiered import TieredChatModel
from langchain_tiered.errors import BudgetExceededError, FallbackExhaustedError
from langchain_tiered.ledger import MemoryLedger
from tests.loopback_provider import LoopbackProvider
from tests.tiered_loopback import loopback_config


def make(
    provider: LoopbackProvider, budgets: list[dict[str, Any]] | None = None, **reliability: Any
) -> tuple[TieredChatModel, MemoryLedger]:
    config = loopback_config(provider, **reliability)
    config["tiering"]["costs"] = {"budgets": budgets or [], "ledger": {"backend": "none"}}
    ledger = MemoryLedger()
    return TieredChatModel(config=config).use_ledger(ledger), ledger


def litellm_cost(model: str, usage: dict[str, Any]) -> float:
    response = ModelResponse(
        model=model,
        usage=Usage(
            prompt_tokens=usage["input_tokens"],
            completion_tokens=usage["output_tokens"],
            total_tokens=usage["total_tokens"],
        ),
    )
    return float(litellm.completion_cost(completion_response=response, model=model))


@pytest.mark.parametrize("mode", ["invoke", "ainvoke", "stream", "astream"])
async def test_cost_matches_litellm_and_reaches_the_ledger(
    loopback_provider: LoopbackProvider, mode: str
) -> None:
    llm, ledger = make(loopback_provider)
    cfg: Any = {"metadata": {"intent": "summarize", "complexity": 2}}
    if mode == "invoke":
        msg = llm.invoke("summarise these three short lines please", config=cfg)
    elif mode == "ainvoke":
        msg = await llm.ainvoke("summarise these three short lines please", config=cfg)
    else:
        if mode == "stream":
            chunks = list(llm.stream("summarise these three short lines please", config=cfg))
        else:
            chunks = [c async for c in llm.astream("summarise these three lines", config=cfg)]
        msg = chunks[0]
        for chunk in chunks[1:]:
            msg += chunk
    meta = msg.response_metadata
    assert msg.usage_metadata is not None
    expected = litellm_cost("anthropic/claude-haiku-4-5", dict(msg.usage_metadata))
    assert expected > 0
    assert meta["cost_usd"] == pytest.approx(expected, rel=1e-9)
    baseline = litellm_cost("anthropic/claude-sonnet-4-5", dict(msg.usage_metadata))
    assert meta["baseline_cost_usd"] == pytest.approx(baseline, rel=1e-9)
    assert meta["baseline_model_group"] == "frontier"
    assert ledger.flush(5)
    [record] = ledger.query()
    assert (record.tier, record.model_group, record.intent, record.outcome) == (
        1,
        "efficient",
        "summarize",
        "ok",
    )
    assert record.cost_usd == pytest.approx(expected, rel=1e-9)
    assert record.input_tokens == msg.usage_metadata["input_tokens"]


def test_local_tier_costs_nothing(loopback_provider: LoopbackProvider) -> None:
    llm, _ = make(loopback_provider)
    msg = llm.invoke("bug or feature?", config={"tags": ["intent:classify"]})
    assert msg.response_metadata["cost_usd"] == 0
    assert msg.response_metadata["baseline_cost_usd"] > 0


def test_hard_cap_raises_before_anything_is_sent(loopback_provider: LoopbackProvider) -> None:
    llm, _ = make(loopback_provider, [{"period": "daily", "limit_usd": 1e-9, "mode": "hard"}])
    with pytest.raises(BudgetExceededError):
        llm.invoke("write the code", config={"tags": ["intent:code"]})
    assert loopback_provider.requests == []


def test_soft_cap_downgrades_but_never_tier3(loopback_provider: LoopbackProvider) -> None:
    llm, _ = make(
        loopback_provider,
        [{"period": "daily", "limit_usd": 1e-9, "mode": "soft", "tier": 2}],
    )
    msg = llm.invoke("refactor this", config={"tags": ["intent:refactor"]})
    assert msg.response_metadata["tier"] < 2
    assert "budget" in msg.response_metadata["routing_reason"]
    explicit = llm.invoke("refactor this", config={"metadata": {"tier": 2}})
    assert explicit.response_metadata["tier"] == 2  # an explicit tier is never downgraded
    deploy = llm.invoke("ship it", config={"tags": ["intent:deploy"]})
    assert deploy.response_metadata["tier"] == 3


def test_failed_call_is_recorded(loopback_provider: LoopbackProvider) -> None:
    llm, ledger = make(loopback_provider, retries={"attempts": 1}, escalate=False)
    loopback_provider.set_down("claude-opus-4-5")
    with pytest.raises(FallbackExhaustedError):
        llm.invoke("drop it", config={"metadata": {"tier": 3}})
    assert ledger.flush(5)
    [record] = ledger.query()
    assert (record.tier, record.outcome, record.cost_usd) == (3, "exhausted", 0.0)
