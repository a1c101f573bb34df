"""Routing inputs reach TieredChatModel from every place LangChain puts them.

Calls use LiteLLM's own ``mock_response`` so no HTTP happens here; the loopback end-to-end
tests in ``tests/integration_tests/test_tier_routing_http.py`` do the same over real HTTP.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import BaseMessage
from langchain_core.outputs import LLMResult
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableLambda

from langchain_tiered import RoutingInputError, TieredChatModel

TIERS = Path(__file__).resolve().parents[2] / "litellm_config" / "tiers.yaml"
SECRET = "sk-ant-do-not-leak-0123456789abcdef"


@pytest.fixture
def llm(monkeypatch: pytest.MonkeyPatch) -> TieredChatModel:
    monkeypatch.setenv("ANTHROPIC_API_KEY", SECRET)
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    return TieredChatModel.from_yaml(TIERS).bind(mock_response="ok")  # type: ignore[return-value]


class Recorder(BaseCallbackHandler):
    def __init__(self) -> None:
        self.start_metadata: dict[str, Any] = {}
        self.llm_output: dict[str, Any] = {}

    def on_chat_model_start(
        self,
        serialized: dict[str, Any],
        messages: list[list[BaseMessage]],
        *,
        run_id: UUID,
        metadata: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        self.start_metadata = dict(metadata or {})

    def on_llm_end(self, response: LLMResult, **kwargs: Any) -> None:
        self.llm_output = dict(response.llm_output or {})


prompt = ChatPromptTemplate.from_messages([("human", "{text}")])


def test_chain_metadata_routes_to_tier0(llm: Any) -> None:
    triage = (prompt | llm).with_config(metadata={"intent": "classify", "complexity": 2})
    msg = triage.invoke({"text": "bug or feature?"})
    assert msg.response_metadata["tier"] == 0
    assert msg.response_metadata["model_group"] == "local"
    assert msg.response_metadata["routing_reason"] == (
        "intent 'classify' with complexity 2 <= 2 -> tier 0"
    )
    assert msg.response_metadata["model_name"] == "qwen2.5:7b"


def test_chain_tag_routes_to_tier2(llm: Any) -> None:
    fix = (prompt | llm).with_config(tags=["intent:code"])
    msg = fix.invoke({"text": "fix the bug"})
    assert (msg.response_metadata["tier"], msg.response_metadata["model_group"]) == (2, "frontier")


def test_explicit_tier_in_invoke_config_wins(llm: Any) -> None:
    msg = llm.invoke(
        "Drop the legacy table",
        config={"metadata": {"tier": 3}, "tags": ["intent:classify", "complexity:1"]},
    )
    assert msg.response_metadata["tier"] == 3
    assert msg.response_metadata["model_group"] == "expert"


def test_parent_runnable_metadata_reaches_nested_model(llm: Any) -> None:
    inner = RunnableLambda(lambda text: llm.invoke(text))
    outer = (RunnableLambda(lambda x: x) | inner).with_config(
        metadata={"intent": "summarize", "complexity": 3}
    )
    msg = outer.invoke("summarise this")
    assert msg.response_metadata["tier"] == 1


def test_config_merge_follows_langchain(llm: Any) -> None:
    """LangChain's merge_configs: the config a call passes down overrides a bound config."""
    chain = (prompt | llm.with_config(metadata={"intent": "code"})).with_config(
        metadata={"intent": "classify"}
    )
    assert chain.invoke({"text": "x"}).response_metadata["tier"] == 0
    alone = prompt | llm.with_config(metadata={"intent": "code"})
    assert alone.invoke({"text": "x"}).response_metadata["tier"] == 2


def test_model_level_metadata_is_a_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", SECRET)
    model = TieredChatModel.from_yaml(TIERS, metadata={"intent": "summarize"})
    assert model.route("x").tier == 1
    assert model.route("x", config={"metadata": {"tier": 3}}).tier == 3


def test_langgraph_node(llm: Any) -> None:
    from langgraph.graph import END, START, MessagesState, StateGraph

    def node(state: MessagesState) -> dict[str, Any]:
        return {"messages": [llm.invoke(state["messages"])]}

    builder = StateGraph(MessagesState)
    builder.add_node("triage", node)
    builder.add_edge(START, "triage")
    builder.add_edge("triage", END)
    graph = builder.compile()
    out = graph.invoke(
        {"messages": [("human", "bug or feature?")]},
        config={"metadata": {"intent": "classify"}, "tags": ["complexity:1"]},
    )
    reply = out["messages"][-1]
    assert (reply.response_metadata["tier"], reply.response_metadata["model_group"]) == (0, "local")


async def test_async_batch_and_stream(llm: Any) -> None:
    results = await llm.abatch(
        ["a", "b"],
        config=[{"metadata": {"tier": 1}}, {"tags": ["intent:deploy"]}],
    )
    assert [r.response_metadata["tier"] for r in results] == [1, 3]
    chunks = [c async for c in llm.astream("x", config={"metadata": {"tier": 0}})]
    merged = chunks[0]
    for chunk in chunks[1:]:
        merged += chunk
    assert merged.content == "ok"
    assert merged.response_metadata["tier"] == 0
    assert merged.response_metadata["model_group"] == "local"
    assert merged.usage_metadata is not None
    assert merged.usage_metadata["total_tokens"] > 0


def test_decision_reaches_callbacks_logger_and_run_metadata(
    llm: Any, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder()
    with caplog.at_level(logging.INFO, logger="langchain_tiered"):
        llm.invoke("x", config={"callbacks": [recorder], "tags": ["intent:code"]})
    assert recorder.start_metadata["tiered_tier"] == 2
    assert recorder.start_metadata["tiered_model_group"] == "frontier"
    assert "intent 'code'" in recorder.start_metadata["tiered_routing_reason"]
    assert recorder.llm_output["tier"] == 2
    assert recorder.llm_output["attempts"][0]["model_group"] == "frontier"
    assert any("model_group=frontier" in r.getMessage() for r in caplog.records)
    everything = repr(recorder.start_metadata) + repr(recorder.llm_output) + caplog.text
    assert SECRET not in everything


def test_route_does_not_call_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    model = TieredChatModel.from_yaml(TIERS)
    decision = model.route("x", config={"tags": ["intent:log_filter", "complexity:1"]})
    assert (decision.tier, decision.model_group) == (0, "local")
    assert model._router is None  # no router was built, nothing was sent


def test_bad_routing_input_is_a_value_error(llm: Any) -> None:
    with pytest.raises(RoutingInputError, match="complexity"):
        llm.invoke("x", config={"metadata": {"complexity": 12}})
    with pytest.raises(ValueError, match=r"configured tiers \[0, 1, 2, 3\]"):
        llm.invoke("x", config={"metadata": {"tier": 4}})


def test_missing_key_fails_at_call_naming_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    model = TieredChatModel.from_yaml(TIERS)
    from langchain_tiered import MissingSecretError

    with pytest.raises(MissingSecretError, match="ANTHROPIC_API_KEY"):
        model.invoke("x", config={"metadata": {"tier": 1}}, mock_response="ok")
    # tier 0 needs no key and still works
    msg = model.invoke("x", config={"metadata": {"tier": 0}}, mock_response="fine")
    assert msg.content == "fine"


def test_pinned_model_group(llm: Any) -> None:
    msg = llm.invoke("x", model="frontier-openai")
    assert msg.response_metadata["model_group"] == "frontier-openai"
    assert msg.response_metadata["tier"] == 2
    with pytest.raises(RoutingInputError, match="model group"):
        llm.invoke("x", model="nope")


def test_short_reply_to_an_assistant_offer_routes_with_the_offer(llm: Any) -> None:
    from langchain_core.messages import AIMessage, HumanMessage

    chat = [
        HumanMessage("tidy up the vendor payments"),
        AIMessage("Shall I wire 40,000 EUR to Acme Supplies now?"),
        HumanMessage("yes"),
    ]
    assert llm.invoke(chat).response_metadata["tier"] == 3  # the "yes" confirms the wire
    thanks = [HumanMessage("fix the flaky test"), AIMessage("Done."), HumanMessage("thanks!")]
    assert llm.invoke(thanks).response_metadata["tier"] == 0
