"""End to end over real HTTP: tagged chains reach the right tier's deployment.

Every tier points at the loopback server (tests/loopback_provider.py), which speaks the
Ollama, Anthropic and OpenAI wire formats; LiteLLM makes real HTTP requests to it.
"""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel

from langchain_tiered import TieredChatModel
from tests.loopback_provider import LoopbackProvider
from tests.tiered_loopback import TEST_KEY, loopback_config

prompt = ChatPromptTemplate.from_messages([("human", "{text}")])


@pytest.fixture
def llm(loopback_provider: LoopbackProvider) -> TieredChatModel:
    return TieredChatModel(config=loopback_config(loopback_provider))


def only_request(provider: LoopbackProvider) -> Any:
    assert len(provider.requests) == 1, provider.requests
    return provider.requests[0]


def test_classify_chain_reaches_tier0_ollama(
    llm: TieredChatModel, loopback_provider: LoopbackProvider
) -> None:
    triage = (prompt | llm).with_config(metadata={"intent": "classify", "complexity": 2})
    msg = triage.invoke({"text": "bug or feature?"})
    sent = only_request(loopback_provider)
    assert (sent.path, sent.model) == ("/api/chat", "qwen2.5:7b")
    assert msg.content == "qwen2.5:7b says: bug or feature?"
    meta = msg.response_metadata
    assert (meta["tier"], meta["model_group"], meta["model_name"]) == (0, "local", "qwen2.5:7b")
    assert meta["routing_reason"] == "intent 'classify' with complexity 2 <= 2 -> tier 0"
    assert [a["outcome"] for a in meta["attempts"]] == ["ok"]
    assert msg.usage_metadata == {
        "input_tokens": sent.input_tokens,
        "output_tokens": sent.output_tokens,
        "total_tokens": sent.input_tokens + sent.output_tokens,
    }


def test_code_tag_reaches_tier2_anthropic(
    llm: TieredChatModel, loopback_provider: LoopbackProvider
) -> None:
    msg = (prompt | llm).with_config(tags=["intent:code"]).invoke({"text": "fix it"})
    sent = only_request(loopback_provider)
    assert (sent.path, sent.model) == ("/v1/messages", "claude-sonnet-4-5")
    assert sent.headers["x-api-key"] == TEST_KEY
    assert (msg.response_metadata["tier"], msg.response_metadata["model_group"]) == (
        2,
        "frontier",
    )
    assert msg.response_metadata["model_name"] == "claude-sonnet-4-5"


def test_explicit_tier_wins_over_rules(
    llm: TieredChatModel, loopback_provider: LoopbackProvider
) -> None:
    msg = llm.invoke(
        "Drop the legacy table", config={"metadata": {"tier": 3}, "tags": ["intent:classify"]}
    )
    assert only_request(loopback_provider).model == "claude-opus-4-5"
    assert msg.response_metadata["tier"] == 3
    assert msg.response_metadata["routing_reason"] == "explicit tier 3 -> tier 3"


@pytest.mark.parametrize(
    ("config", "path", "model"),
    [
        ({"metadata": {"tier": 0}}, "/api/chat", "qwen2.5:7b"),
        (
            {"metadata": {"intent": "summarize", "complexity": 3}},
            "/v1/messages",
            "claude-haiku-4-5",
        ),
        ({"tags": ["intent:refactor"]}, "/v1/messages", "claude-sonnet-4-5"),
        ({"metadata": {"intent": "deploy"}}, "/v1/messages", "claude-opus-4-5"),
    ],
)
async def test_async_stream_per_tier(
    llm: TieredChatModel,
    loopback_provider: LoopbackProvider,
    config: dict[str, Any],
    path: str,
    model: str,
) -> None:
    chunks = [c async for c in llm.astream("hello there", config=config)]
    sent = only_request(loopback_provider)
    assert (sent.path, sent.model, sent.stream) == (path, model, True)
    merged = chunks[0]
    for chunk in chunks[1:]:
        merged += chunk
    assert merged.content == f"{model} says: hello there"
    assert merged.response_metadata["model_name"].endswith(model)
    assert merged.usage_metadata is not None
    assert merged.usage_metadata["input_tokens"] == sent.input_tokens
    assert merged.usage_metadata["output_tokens"] == sent.output_tokens


def test_sync_stream_and_batch(llm: TieredChatModel, loopback_provider: LoopbackProvider) -> None:
    text = "".join(str(c.content) for c in llm.stream("abc", config={"tags": ["tier:1"]}))
    assert text == "claude-haiku-4-5 says: abc"
    results = llm.batch(["a", "b"], config=[{"tags": ["tier:0"]}, {"tags": ["tier:3"]}])
    assert [r.response_metadata["model_group"] for r in results] == ["local", "expert"]


class Person(BaseModel):
    name: str
    age: int


@pytest.mark.parametrize("tier", [0, 1, 2])
def test_tools_and_structured_output_same_on_every_tier(
    llm: TieredChatModel, loopback_provider: LoopbackProvider, tier: int
) -> None:
    cfg: Any = {"metadata": {"tier": tier}}
    with_tool = llm.bind_tools([Person], tool_choice="Person")
    msg = with_tool.invoke("Erick is 27", config=cfg)
    assert msg.tool_calls
    assert msg.tool_calls[0]["name"] == "Person"
    assert set(msg.tool_calls[0]["args"]) == {"name", "age"}
    person = llm.with_structured_output(Person).invoke("Erick is 27", config=cfg)
    assert isinstance(person, Person)
    as_json = llm.with_structured_output(Person, method="json_schema").invoke("x", config=cfg)
    assert isinstance(as_json, Person)


def test_stop_max_tokens_temperature_passed_through(
    loopback_provider: LoopbackProvider,
) -> None:
    llm = TieredChatModel(config=loopback_config(loopback_provider), temperature=0.3, max_tokens=3)
    msg = llm.invoke("one two three four five", config={"tags": ["tier:2"]}, stop=["never"])
    body = only_request(loopback_provider).body
    assert body["temperature"] == 0.3
    assert body["max_tokens"] == 3
    assert body["stop_sequences"] == ["never"]
    assert msg.response_metadata["finish_reason"] == "length"
    assert len(str(msg.content).split()) == 3
