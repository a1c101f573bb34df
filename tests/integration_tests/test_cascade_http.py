"""The cascade over real HTTP: cheap tier first, one tier up while the answer fails."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from langchain_tiered import TieredChatModel
from langchain_tiered.ledger import MemoryLedger
from tests.loopback_provider import LoopbackProvider
from tests.tiered_loopback import loopback_config

QWEN, HAIKU, SONNET = "qwen2.5:7b", "claude-haiku-4-5", "claude-sonnet-4-5"


def make(provider: LoopbackProvider, **cascade: Any) -> tuple[TieredChatModel, MemoryLedger]:
    config = loopback_config(provider)
    config["tiering"]["costs"] = {"ledger": {"backend": "none"}}
    if cascade:
        config["tiering"]["cascade"] = cascade
    ledger = MemoryLedger()
    return TieredChatModel(config=config).use_ledger(ledger), ledger


def asked(provider: LoopbackProvider) -> list[str]:
    return [r.model for r in provider.requests if r.path != "/api/show"]


LABELS: Any = {"metadata": {"intent": "classify", "labels": ["bug", "feature"]}}


@pytest.mark.parametrize("mode", ["invoke", "ainvoke"])
async def test_invalid_label_escalates_one_tier(
    loopback_provider: LoopbackProvider, mode: str
) -> None:
    llm, ledger = make(loopback_provider)
    loopback_provider.set_reply(f"ollama_chat/{QWEN}", "hard to say")
    loopback_provider.set_reply(f"anthropic/{HAIKU}", "bug")
    if mode == "invoke":
        msg = llm.invoke("bug or feature: app crashes", config=LABELS)
    else:
        msg = await llm.ainvoke("bug or feature: app crashes", config=LABELS)
    assert msg.content == "bug"
    assert asked(loopback_provider) == [QWEN, HAIKU]
    meta = msg.response_metadata
    assert meta["tier"] == 1
    assert "cascade: tier 0 answer failed validation -> tier 1" in meta["routing_reason"]
    assert [c["valid"] for c in meta["cascade"]] == [False, True]
    assert meta["cascade_cost_usd"] == 0.0  # the failed try was on the free local tier
    assert [a["outcome"] for a in meta["attempts"]] == ["invalid", "ok"]
    assert ledger.flush(5)
    assert [r.outcome for r in ledger.query()] == ["invalid", "ok"]


def test_valid_output_never_escalates(loopback_provider: LoopbackProvider) -> None:
    llm, _ = make(loopback_provider)
    loopback_provider.set_reply(f"ollama_chat/{QWEN}", "Feature.")
    msg = llm.invoke("bug or feature: add dark mode", config=LABELS)
    assert asked(loopback_provider) == [QWEN]
    assert "cascade" not in msg.response_metadata


def test_stops_at_the_ceiling(loopback_provider: LoopbackProvider) -> None:
    llm, ledger = make(loopback_provider, ceiling=1)
    loopback_provider.set_reply(f"ollama_chat/{QWEN}", "unsure")
    loopback_provider.set_reply(f"anthropic/{HAIKU}", "still unsure")
    msg = llm.invoke("bug or feature?", config=LABELS)
    assert asked(loopback_provider) == [QWEN, HAIKU]  # never tier 2
    assert msg.content == "still unsure"
    assert ledger.flush(5)
    assert [r.outcome for r in ledger.query()] == ["invalid", "invalid"]
    assert msg.response_metadata["cascade_cost_usd"] > 0  # haiku's failed try was paid


class Ticket(BaseModel):
    kind: str
    severity: int


def test_structured_output_escalates_on_bad_json(loopback_provider: LoopbackProvider) -> None:
    llm, _ = make(loopback_provider)
    loopback_provider.set_reply(f"ollama_chat/{QWEN}", "kind: bug")  # not JSON
    structured = llm.with_structured_output(Ticket, method="json_schema")
    ticket = structured.invoke("classify this ticket", config={"metadata": {"tier": 0}})
    assert isinstance(ticket, Ticket)
    assert asked(loopback_provider) == [QWEN, HAIKU]


def test_user_validator_and_disabled_cascade(loopback_provider: LoopbackProvider) -> None:
    llm, _ = make(loopback_provider)
    cfg: Any = {"metadata": {"tier": 1, "validate": lambda m: "sonnet" in str(m.content)}}
    msg = llm.invoke("hello", config=cfg)
    assert msg.response_metadata["tier"] == 2
    assert asked(loopback_provider) == [HAIKU, SONNET]
    loopback_provider.reset()
    off, _ = make(loopback_provider, enabled=False)
    off.invoke("hello", config=cfg)
    assert asked(loopback_provider) == [HAIKU]
