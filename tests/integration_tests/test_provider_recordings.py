"""Replay genuine Anthropic Messages / OpenAI recordings through ``TieredChatModel``.

The recordings in ``cassettes/provider_recordings/`` are real provider traffic (see the README
there). Each test routes a call to the tier whose model group points at the recorded provider
and model, lets LiteLLM's ``Router`` send it, answers it from the recording (matched on method,
scheme, host and path only; our bodies differ from LangChain's) and checks what LangChain gets
back: text, tool calls, parsed JSON, usage, the answering model and the routing decision. It also
checks what LiteLLM put on the wire (``Replay.sent``), e.g. the ``tool_result`` of an agent loop.

Nothing leaves the machine: replay runs in vcrpy record mode ``"none"`` and pytest-socket allows
loopback only. The keys below are literal fakes that never reach a provider.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    ToolMessage,
)
from langchain_core.runnables import Runnable, RunnableConfig
from pydantic import BaseModel, Field
from vcr.errors import CannotOverwriteExistingCassetteException

from langchain_tiered import TieredChatModel
from tests.recordings import (
    PROVIDER_RECORDINGS,
    GzipRecordingPersister,
    ReadOnlyCassetteError,
    Replay,
    load_recording,
    use_recording,
)

Mode = Literal["sync", "async"]
MODES = pytest.mark.parametrize("mode", ["sync", "async"])

ANTHROPIC_KEY = "sk-ant-test-not-a-real-key"
OPENAI_KEY = "sk-test-not-a-real-key"


def _deployment(group: str, model: str, key: str) -> dict[str, Any]:
    return {"model_name": group, "litellm_params": {"model": model, "api_key": key}}


CONFIG: dict[str, Any] = {
    "model_list": [
        _deployment("openai-nano", "openai/gpt-5-nano", OPENAI_KEY),
        _deployment("efficient", "anthropic/claude-haiku-4-5", ANTHROPIC_KEY),
        _deployment("frontier", "anthropic/claude-sonnet-4-5", ANTHROPIC_KEY),
        _deployment("openai-mini", "openai/gpt-4o-mini", OPENAI_KEY),
        # LiteLLM's ``openai/responses/`` route sends chat completions to /v1/responses.
        _deployment("responses-mini", "openai/responses/gpt-4o-mini", OPENAI_KEY),
        _deployment("responses-gpt-5.4", "openai/responses/gpt-5.4", OPENAI_KEY),
        _deployment("responses-gpt-5.2", "openai/responses/gpt-5.2", OPENAI_KEY),
    ],
    "router_settings": {"num_retries": 0},
    "tiering": {
        "default_tier": 2,
        "tiers": [
            {"tier": 0, "model_groups": ["openai-nano"]},
            {"tier": 1, "model_groups": ["efficient"]},
            {"tier": 2, "model_groups": ["frontier"]},
            {"tier": 3, "model_groups": ["openai-mini"]},
            {"tier": 4, "model_groups": ["responses-mini"]},
            {"tier": 5, "model_groups": ["responses-gpt-5.4"]},
            {"tier": 6, "model_groups": ["responses-gpt-5.2"]},
        ],
        "rules": [
            {"intents": ["summarize"], "max_complexity": 4, "tier": 1},
            {"intents": ["code"], "tier": 2},
        ],
    },
}
"""One tier per recorded provider/model; the model groups are named unlike the models."""

GET_WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the weather for a location.",
        "parameters": {
            "type": "object",
            "properties": {"location": {"type": "string"}},
            "required": ["location"],
        },
    },
}


class _Person(BaseModel):
    """A person with a name and age."""

    name: str = Field(description="The person's name")
    age: int = Field(description="The person's age in years")


# ------------------------------------------------------------------------------ helpers
@pytest.fixture
def llm() -> TieredChatModel:
    """A fresh model (and LiteLLM Router) per test."""
    return TieredChatModel(config=CONFIG)


def recording(name: str) -> Path:
    """The path of one provider recording, e.g. ``anthropic/test_agent_loop``."""
    return PROVIDER_RECORDINGS / f"{name}.yaml.gz"


@cache
def _recorded(name: str) -> dict[str, Any]:
    return load_recording(recording(name))


def recorded_body(name: str, index: int) -> bytes:
    """The raw response body of interaction ``index``."""
    body: bytes = _recorded(name)["responses"][index]["body"]["string"]
    return body


def recorded_json(name: str, index: int) -> dict[str, Any]:
    """The JSON response body of a non-streamed interaction."""
    result: dict[str, Any] = json.loads(recorded_body(name, index))
    return result


def recorded_request_json(name: str, index: int) -> dict[str, Any]:
    """The JSON request body LangChain sent when recording."""
    result: dict[str, Any] = json.loads(_recorded(name)["requests"][index]["body"])
    return result


def sse_events(name: str, index: int) -> list[dict[str, Any]]:
    """The ``data:`` JSON events of a streamed interaction (``[DONE]`` left out)."""
    events = []
    for line in recorded_body(name, index).decode("utf-8").splitlines():
        if line.startswith("data: ") and line[6:].strip() != "[DONE]":
            events.append(json.loads(line[6:]))
    return events


def anthropic_stream_delta(name: str, index: int, delta_type: str, key: str) -> str:
    """Concatenated ``content_block_delta`` fields of one kind, e.g. ``text_delta``/``text``."""
    return "".join(
        e["delta"][key]
        for e in sse_events(name, index)
        if e["type"] == "content_block_delta" and e["delta"]["type"] == delta_type
    )


def openai_stream_text(name: str, index: int) -> str:
    """Concatenated ``choices[0].delta.content`` of a Chat Completions stream."""
    return "".join(
        e["choices"][0]["delta"].get("content") or ""
        for e in sse_events(name, index)
        if e["choices"]
    )


async def invoke(runnable: Runnable[Any, Any], value: Any, mode: Mode, tier: int) -> Any:
    """``invoke`` or ``ainvoke`` routed to ``tier`` through run metadata."""
    config: RunnableConfig = {"metadata": {"tier": tier}}
    if mode == "sync":
        return runnable.invoke(value, config)
    return await runnable.ainvoke(value, config)


async def stream(
    runnable: Runnable[Any, Any], value: Any, mode: Mode, metadata: dict[str, Any]
) -> list[AIMessageChunk]:
    """All chunks of ``stream`` or ``astream`` with ``metadata`` (routing inputs)."""
    config: RunnableConfig = {"metadata": metadata}
    if mode == "sync":
        return list(runnable.stream(value, config))
    return [chunk async for chunk in runnable.astream(value, config)]


def summed(chunks: Sequence[BaseMessage]) -> AIMessageChunk:
    """The chunks added up, as LangChain aggregates a stream; checks usage is reported once."""
    parts = [c for c in chunks if isinstance(c, AIMessageChunk)]
    assert len(parts) == len(chunks), "a stream yields AIMessageChunk objects"
    assert len(parts) > 1, "a stream should produce several chunks"
    with_usage = [c for c in parts if c.usage_metadata]
    assert len(with_usage) == 1, f"usage must be on exactly one chunk, got {len(with_usage)}"
    total = parts[0]
    for chunk in parts[1:]:
        total = total + chunk
    return total


def assert_routed(message: BaseMessage, tier: int, group: str, source: str = "tier") -> None:
    """The routing decision is in ``response_metadata``."""
    meta = message.response_metadata
    assert meta["tier"] == tier
    assert meta["model_group"] == group
    assert meta["routing_source"] == source
    assert meta["routing_reason"].endswith(f"tier {tier}")
    assert meta["model_provider"] == "litellm"


def assert_usage(message: AIMessage, input_tokens: int, output_tokens: int) -> None:
    """``usage_metadata`` has the recorded totals."""
    usage = message.usage_metadata
    assert usage is not None
    assert usage["input_tokens"] == input_tokens
    assert usage["output_tokens"] == output_tokens
    assert usage["total_tokens"] == input_tokens + output_tokens


def reasoning_tokens(message: AIMessage) -> int:
    """``usage_metadata.output_token_details.reasoning`` (0 when absent)."""
    usage = message.usage_metadata
    assert usage is not None
    return int(usage.get("output_token_details", {}).get("reasoning", 0))


def assert_stream_model(message: BaseMessage, reported: str) -> None:
    """A stream names the model the provider reported (LiteLLM's ``provider_response_model``)."""
    assert message.response_metadata["model_name"] == reported


def sent_tool_result(replay: Replay, index: int) -> dict[str, Any]:
    """The one Anthropic ``tool_result`` block of request ``index``."""
    blocks: list[dict[str, Any]] = [
        block
        for message in replay.sent_json(index)["messages"]
        if isinstance(message["content"], list)
        for block in message["content"]
        if block.get("type") == "tool_result"
    ]
    assert len(blocks) == 1
    return blocks[0]


def tool_result_text(block: dict[str, Any]) -> str:
    """The text of a ``tool_result`` (plain string or text blocks)."""
    content = block["content"]
    if isinstance(content, str):
        return content
    return "".join(part["text"] for part in content if part.get("type") == "text")


# ------------------------------------------------------------------------- Anthropic
STREAM_TIME = "anthropic/TestAnthropicStandard.test_stream_time"


@MODES
@pytest.mark.parametrize(
    ("routing", "source"),
    [({"tier": 1}, "tier"), ({"intent": "summarize", "complexity": 2}, "rule")],
    ids=["tier-metadata", "intent-rule"],
)
async def test_anthropic_plain_stream(
    llm: TieredChatModel, mode: Mode, routing: dict[str, Any], source: str
) -> None:
    """A long streamed story: every text delta arrives, usage 14 in / 363 out, once."""
    with use_recording(recording(STREAM_TIME)) as replay:
        chunks = await stream(llm, "Write a story about a cat.", mode, routing)
    message = summed(chunks)

    assert message.content == anthropic_stream_delta(STREAM_TIME, 0, "text_delta", "text")
    assert len(message.content) > 1000
    assert_usage(message, 14, 363)
    assert_routed(message, 1, "efficient", source)
    assert_stream_model(message, "claude-haiku-4-5-20251001")
    assert message.response_metadata["finish_reason"] == "stop"
    # Only the first chunk carries the routing metadata.
    assert chunks[0].response_metadata["model_group"] == "efficient"
    assert all("model_group" not in c.response_metadata for c in chunks[1:])

    sent = replay.sent_json(0)
    assert replay.sent[0].uri == "https://api.anthropic.com/v1/messages"
    assert replay.sent[0].headers["x-api-key"] == ANTHROPIC_KEY
    assert sent["model"] == "claude-haiku-4-5"
    assert sent["stream"] is True
    assert sent["messages"][0]["role"] == "user"
    assert "Write a story about a cat." in json.dumps(sent["messages"][0]["content"])


STRICT_TOOL = "anthropic/test_strict_tool_use"


@MODES
async def test_anthropic_tool_call(llm: TieredChatModel, mode: Mode) -> None:
    """A non-streamed ``tool_use`` answer becomes ``tool_calls`` with parsed arguments."""
    tool = {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Get the weather at a location.",
            "strict": True,
            "parameters": {
                "type": "object",
                "properties": {
                    "location": {"type": "string"},
                    "unit": {"type": "string", "enum": ["C", "F"]},
                },
                "required": ["location", "unit"],
                "additionalProperties": False,
            },
        },
    }
    with use_recording(recording(STRICT_TOOL)) as replay:
        message = await invoke(
            llm.bind_tools([tool]), "What's the weather in Boston, in Celsius?", mode, tier=2
        )

    assert isinstance(message, AIMessage)
    assert message.tool_calls == [
        {
            "name": "get_weather",
            "args": {"location": "Boston", "unit": "C"},
            "id": "toolu_011LSeRYbshP8Wcui6aBCBfa",
            "type": "tool_call",
        }
    ]
    assert not message.content
    assert message.response_metadata["finish_reason"] == "tool_calls"
    assert message.response_metadata["model_name"] == recorded_json(STRICT_TOOL, 0)["model"]
    assert_routed(message, 2, "frontier")
    assert_usage(message, 597, 70)

    sent = replay.sent_json(0)
    assert sent["model"] == "claude-sonnet-4-5"
    (sent_tool,) = sent["tools"]
    assert sent_tool["name"] == "get_weather"
    assert sent_tool["input_schema"]["properties"]["unit"]["enum"] == ["C", "F"]
    assert sent_tool["input_schema"]["required"] == ["location", "unit"]
    # LiteLLM 1.110 drops ``strict`` from Anthropic tool definitions; not asserted either way.


ANTHROPIC_PARITY = "anthropic/test_streaming_tool_call_v1_v2_parity"


@MODES
async def test_anthropic_streamed_forced_tool_call(llm: TieredChatModel, mode: Mode) -> None:
    """``input_json_delta`` fragments add up to one forced tool call, twice (both recordings)."""
    bound = llm.bind_tools([_Person], tool_choice="_Person")
    with use_recording(recording(ANTHROPIC_PARITY)) as replay:
        chunks = await stream(bound, "Extract: Erick is 27 years old.", mode, {"tier": 1})
        # The second recording answers ``invoke`` on a ``streaming=True`` model.
        streaming = TieredChatModel(config=CONFIG, streaming=True)
        invoked = await invoke(
            streaming.bind_tools([_Person], tool_choice="_Person"),
            "Extract: Erick is 27 years old.",
            mode,
            tier=1,
        )
    message = summed(chunks)

    for result in (message, invoked):
        assert [(c["name"], c["args"]) for c in result.tool_calls] == [
            ("_Person", {"name": "Erick", "age": 27})
        ]
        assert str(result.tool_calls[0]["id"]).startswith("toolu_")
        assert_usage(result, 696, 52)
        assert_routed(result, 1, "efficient")
        assert_stream_model(result, "claude-haiku-4-5-20251001")
        assert result.response_metadata["finish_reason"] == "tool_calls"
    assert message.tool_calls[0]["id"] != invoked.tool_calls[0]["id"]
    assert len(message.tool_call_chunks) == 1
    assert replay.cassette.all_played

    for index in (0, 1):
        sent = replay.sent_json(index)
        assert sent["tool_choice"] == {"type": "tool", "name": "_Person"}
        assert [t["name"] for t in sent["tools"]] == ["_Person"]
        assert sent["tools"][0]["input_schema"]["required"] == ["name", "age"]
        assert sent["stream"] is True


@MODES
@pytest.mark.parametrize("streamed", [False, True], ids=["invoke", "stream"])
async def test_anthropic_agent_loop(llm: TieredChatModel, mode: Mode, streamed: bool) -> None:
    """``tool_use``, then our ``ToolMessage`` goes back as ``tool_result``, then final text."""
    name = "anthropic/test_agent_loop_streaming" if streamed else "anthropic/test_agent_loop"
    bound = llm.bind_tools([GET_WEATHER])
    messages: list[BaseMessage] = [HumanMessage("What is the weather in San Francisco, CA?")]

    async def turn() -> AIMessage:
        if streamed:
            return summed(await stream(bound, messages, mode, {"tier": 1}))
        result: AIMessage = await invoke(bound, messages, mode, tier=1)
        return result

    with use_recording(recording(name)) as replay:
        first = await turn()
        assert [(c["name"], c["args"]) for c in first.tool_calls] == [
            ("get_weather", {"location": "San Francisco, CA"})
        ]
        call_id = first.tool_calls[0]["id"]
        messages += [first, ToolMessage("It's sunny.", tool_call_id=call_id)]
        final = await turn()

    assert replay.cassette.all_played
    assert not final.tool_calls
    assert_usage(first, 567, 57)
    if streamed:
        expected_text = anthropic_stream_delta(name, 1, "text_delta", "text")
        assert_usage(final, 639, 13)
    else:
        expected_text = recorded_json(name, 1)["content"][0]["text"]
        assert_usage(final, 639, 20)
    assert final.content == expected_text
    assert "sunny" in final.content
    assert_routed(final, 1, "efficient")
    for message in (first, final):
        assert message.response_metadata["model_name"] == "claude-haiku-4-5-20251001"

    # What LiteLLM sent the second time: our tool call and its result, ids matching the
    # ones LangChain sent when recording (both come from the recorded tool_use).
    second = replay.sent_json(1)
    assistant = [m for m in second["messages"] if m["role"] == "assistant"]
    assert len(assistant) == 1
    tool_use = [b for b in assistant[0]["content"] if b.get("type") == "tool_use"]
    assert [(b["id"], b["name"], b["input"]) for b in tool_use] == [
        (call_id, "get_weather", {"location": "San Francisco, CA"})
    ]
    result = sent_tool_result(replay, 1)
    assert result["tool_use_id"] == call_id
    assert tool_result_text(result) == "It's sunny."
    recorded_result = [
        block
        for message in recorded_request_json(name, 1)["messages"]
        if isinstance(message["content"], list)
        for block in message["content"]
        if block["type"] == "tool_result"
    ]
    assert recorded_result[0]["tool_use_id"] == call_id


THINKING = "anthropic/test_thinking"
THINKING_PARAMS = {"thinking": {"type": "enabled", "budget_tokens": 2000}}


def thinking_blocks(message: BaseMessage) -> list[dict[str, Any]]:
    """Thinking blocks wherever LiteLLM's conversion exposes them."""
    kwargs = message.additional_kwargs
    blocks = kwargs.get("thinking_blocks") or (kwargs.get("provider_specific_fields") or {}).get(
        "thinking_blocks"
    )
    return list(blocks or [])


@MODES
async def test_anthropic_thinking(mode: Mode) -> None:
    """Extended thinking: reasoning text and signed blocks, plain, streamed and multi-turn."""
    llm = TieredChatModel(config=CONFIG, max_tokens=5000, model_kwargs=THINKING_PARAMS)
    with use_recording(recording(THINKING)) as replay:
        plain = await invoke(llm, "Hello", mode, tier=2)
        streamed = summed(await stream(llm, "Hello", mode, {"tier": 2}))
        follow_up = await invoke(
            llm, [HumanMessage("Hello"), plain, HumanMessage("How are you?")], mode, tier=2
        )
    assert replay.cassette.all_played

    recorded_plain = recorded_json(THINKING, 0)["content"]
    thinking, text = recorded_plain[0], recorded_plain[1]
    assert plain.content == text["text"]
    assert plain.additional_kwargs["reasoning_content"] == thinking["thinking"]
    (block,) = thinking_blocks(plain)
    assert block["thinking"] == thinking["thinking"]
    assert block["signature"] == thinking["signature"]
    assert plain.response_metadata["model_name"] == "claude-sonnet-4-5-20250929"
    assert_usage(plain, 36, 48)
    assert reasoning_tokens(plain) > 0

    streamed_thinking = anthropic_stream_delta(THINKING, 1, "thinking_delta", "thinking")
    assert streamed.content == anthropic_stream_delta(THINKING, 1, "text_delta", "text")
    assert streamed.additional_kwargs["reasoning_content"] == streamed_thinking
    (streamed_block,) = thinking_blocks(streamed)
    assert streamed_block["thinking"] == streamed_thinking
    assert streamed_block["signature"] == anthropic_stream_delta(
        THINKING, 1, "signature_delta", "signature"
    )
    assert_usage(streamed, 36, 49)
    assert_stream_model(streamed, "claude-sonnet-4-5-20250929")

    assert follow_up.content == recorded_json(THINKING, 2)["content"][1]["text"]
    assert thinking_blocks(follow_up)
    assert_usage(follow_up, 55, 96)

    for index in range(3):
        sent = replay.sent_json(index)
        assert sent["thinking"] == THINKING_PARAMS["thinking"]
        assert sent["max_tokens"] == 5000
    assert [m["role"] for m in replay.sent_json(2)["messages"]] == ["user", "assistant", "user"]


def test_thinking_blocks_go_back_with_the_assistant_turn() -> None:
    """The signed thinking block of turn 1 is part of the assistant turn sent in turn 2."""
    llm = TieredChatModel(config=CONFIG, max_tokens=5000, model_kwargs=THINKING_PARAMS)
    config: RunnableConfig = {"metadata": {"tier": 2}}
    with use_recording(recording(THINKING)) as replay:
        first = llm.invoke("Hello", config)
        list(llm.stream("Hello", config))  # interaction 1 is the streamed variant
        llm.invoke([HumanMessage("Hello"), first, HumanMessage("How are you?")], config)

    assistant = replay.sent_json(2)["messages"][1]
    recorded_assistant = recorded_request_json(THINKING, 2)["messages"][1]
    assert recorded_assistant["content"][0]["type"] == "thinking"
    assert isinstance(assistant["content"], list)
    assert assistant["content"][0]["type"] == "thinking"
    assert assistant["content"][0]["signature"] == thinking_blocks(first)[0]["signature"]


RESPONSE_FORMAT = "anthropic/test_response_format_in_agent"
WEATHER_SCHEMA = {
    "title": "Weather",
    "type": "object",
    "properties": {
        "temperature": {"type": "number", "title": "Temperature"},
        "units": {"type": "string", "title": "Units"},
    },
    "required": ["temperature", "units"],
}


def _sent_output_schema(body: dict[str, Any]) -> dict[str, Any]:
    """The schema LiteLLM asked Anthropic to follow (``output_format`` or ``output_config``)."""
    fmt = body.get("output_format") or (body.get("output_config") or {}).get("format")
    assert fmt is not None, f"no structured-output format in {sorted(body)}"
    assert fmt["type"] == "json_schema"
    schema: dict[str, Any] = fmt["schema"]
    return schema


@MODES
async def test_anthropic_structured_output_in_agent(llm: TieredChatModel, mode: Mode) -> None:
    """Anthropic structured outputs: direct JSON, then a tool round trip ending in JSON."""
    with use_recording(recording(RESPONSE_FORMAT)) as replay:
        structured = llm.with_structured_output(WEATHER_SCHEMA, method="json_schema")
        parsed = await invoke(structured, "75 degrees F.", mode, tier=2)

        response_format = {
            "type": "json_schema",
            "json_schema": {
                "name": "Weather",
                "schema": {**WEATHER_SCHEMA, "additionalProperties": False},
                "strict": True,
            },
        }
        agent = llm.bind_tools([GET_WEATHER], response_format=response_format)
        messages: list[BaseMessage] = [HumanMessage("What's the weather in SF?")]
        call = await invoke(agent, messages, mode, tier=2)
        messages += [
            call,
            ToolMessage("75 degrees Fahrenheit.", tool_call_id=call.tool_calls[0]["id"]),
        ]
        final = await invoke(agent, messages, mode, tier=2)
    assert replay.cassette.all_played

    assert parsed == {"temperature": 75, "units": "F"}
    assert [(c["name"], c["args"]) for c in call.tool_calls] == [
        ("get_weather", {"location": "SF"})
    ]
    assert json.loads(final.content) == {"temperature": 75, "units": "Fahrenheit"}
    assert_routed(final, 2, "frontier")
    assert_usage(final, 831, 17)

    for index in range(3):
        schema = _sent_output_schema(replay.sent_json(index))
        assert schema["required"] == ["temperature", "units"]
        assert schema["additionalProperties"] is False
    assert sent_tool_result(replay, 2)["tool_use_id"] == call.tool_calls[0]["id"]


# ---------------------------------------------------------------------------- OpenAI
OPENAI_STREAM_TIME = "openai/TestOpenAIStandard.test_stream_time"


@MODES
async def test_openai_stream_with_usage(llm: TieredChatModel, mode: Mode) -> None:
    """880 chunks of text, then the ``choices: []`` usage chunk: 14 / 877 / 891."""
    with use_recording(recording(OPENAI_STREAM_TIME)) as replay:
        chunks = await stream(llm, "Write a story about a cat.", mode, {"tier": 3})
    message = summed(chunks)

    assert message.content == openai_stream_text(OPENAI_STREAM_TIME, 0)
    assert len(message.content) > 3000
    assert_usage(message, 14, 877)
    assert message.usage_metadata is not None
    assert message.usage_metadata["total_tokens"] == 891
    assert_routed(message, 3, "openai-mini")
    assert_stream_model(message, "gpt-4o-mini-2024-07-18")
    assert message.response_metadata["finish_reason"] == "stop"

    sent = replay.sent_json(0)
    assert replay.sent[0].uri == "https://api.openai.com/v1/chat/completions"
    assert replay.sent[0].headers["authorization"] == f"Bearer {OPENAI_KEY}"
    assert sent["model"] == "gpt-4o-mini"
    assert sent["stream"] is True
    assert sent["stream_options"] == {"include_usage": True}


OPENAI_PARITY = "openai/test_streaming_tool_call_v1_v2_parity"


@MODES
async def test_openai_streamed_forced_tool_call(llm: TieredChatModel, mode: Mode) -> None:
    """Streamed ``tool_calls`` argument deltas add up to one forced call, twice."""
    bound = llm.bind_tools([_Person], tool_choice="_Person")
    with use_recording(recording(OPENAI_PARITY)) as replay:
        first = summed(await stream(bound, "Extract: Erick is 27 years old.", mode, {"tier": 3}))
        second = summed(await stream(bound, "Extract: Erick is 27 years old.", mode, {"tier": 3}))
    assert replay.cassette.all_played

    for message in (first, second):
        assert [(c["name"], c["args"]) for c in message.tool_calls] == [
            ("_Person", {"name": "Erick", "age": 27})
        ]
        assert str(message.tool_calls[0]["id"]).startswith("call_")
        assert_usage(message, 78, 10)
        assert_routed(message, 3, "openai-mini")
        assert_stream_model(message, "gpt-4o-mini-2024-07-18")
        assert message.response_metadata["finish_reason"] == "tool_calls"
    assert first.tool_calls[0]["id"] != second.tool_calls[0]["id"]

    sent = replay.sent_json(0)
    assert sent["tool_choice"] == {"type": "function", "function": {"name": "_Person"}}
    assert sent["tools"][0]["function"]["name"] == "_Person"
    assert sent["tools"][0]["function"]["parameters"]["required"] == ["name", "age"]


SCHEMA_FAILURES = "openai/test_schema_parsing_failures"
BAD_MODEL_SCHEMA = {
    "title": "BadModel",
    "type": "object",
    "properties": {"response": {"title": "Response", "type": "string"}},
    "required": ["response"],
}


@MODES
async def test_openai_json_schema_structured_output(llm: TieredChatModel, mode: Mode) -> None:
    """``method="json_schema"`` sends a strict ``response_format`` and parses the JSON reply."""
    with use_recording(recording(SCHEMA_FAILURES)) as replay:
        parsed = await invoke(
            llm.with_structured_output(BAD_MODEL_SCHEMA, method="json_schema"),
            "respond with good",
            mode,
            tier=0,
        )
        raw = await invoke(
            llm.with_structured_output(BAD_MODEL_SCHEMA, method="json_schema", include_raw=True),
            "respond with good",
            mode,
            tier=0,
        )

    assert parsed == {"response": "good"}
    assert raw["parsed"] == {"response": "good"}
    assert raw["parsing_error"] is None
    message = raw["raw"]
    assert message.response_metadata["model_name"] == "gpt-5-nano-2025-08-07"
    assert_routed(message, 0, "openai-nano")
    assert_usage(message, 44, 402)
    assert reasoning_tokens(message) == 384

    sent = replay.sent_json(0)
    assert sent["model"] == "gpt-5-nano"
    response_format = sent["response_format"]
    assert response_format["type"] == "json_schema"
    assert response_format["json_schema"]["name"] == "BadModel"
    assert response_format["json_schema"]["strict"] is True
    assert response_format["json_schema"]["schema"]["additionalProperties"] is False


# ------------------------------------------------------------- OpenAI Responses API
PARSED_SCHEMA = "openai/test_parsed_pydantic_schema"
FOO_SCHEMA = {
    "title": "Foo",
    "type": "object",
    "properties": {"response": {"title": "Response", "type": "string"}},
    "required": ["response"],
}


def _recorded_response_object(name: str, index: int) -> dict[str, Any]:
    """The Responses API ``response`` object (the body, or ``response.completed``'s)."""
    body = recorded_body(name, index)
    if body.lstrip().startswith(b"{"):
        return recorded_json(name, index)
    (response,) = [
        e["response"] for e in sse_events(name, index) if e["type"] == "response.completed"
    ]
    result: dict[str, Any] = response
    return result


def recorded_model_of_responses(name: str, index: int) -> str:
    """The model a Responses API recording says answered, e.g. ``gpt-5.4-2026-03-05``."""
    model: str = _recorded_response_object(name, index)["model"]
    return model


def _responses_output_text(name: str, index: int) -> str:
    """The ``output_text`` of a Responses API answer (plain or streamed)."""
    response = _recorded_response_object(name, index)
    return "".join(
        part["text"]
        for item in response["output"]
        if item["type"] == "message"
        for part in item["content"]
        if part["type"] == "output_text"
    )


@MODES
async def test_openai_responses_structured_output(llm: TieredChatModel, mode: Mode) -> None:
    """``openai/responses/`` route: ``text.format`` json_schema, plain then streamed."""
    with use_recording(recording(PARSED_SCHEMA)) as replay:
        parsed = await invoke(
            llm.with_structured_output(FOO_SCHEMA, method="json_schema"), "how are ya", mode, tier=4
        )
        response_format = {
            "type": "json_schema",
            "json_schema": {
                "name": "Foo",
                "schema": {**FOO_SCHEMA, "additionalProperties": False},
                "strict": True,
            },
        }
        chunks = await stream(
            llm.bind(response_format=response_format), "how are ya", mode, {"tier": 4}
        )
    assert replay.cassette.all_played

    assert parsed == json.loads(_responses_output_text(PARSED_SCHEMA, 0))
    streamed = summed(chunks)
    assert json.loads(streamed.text) == json.loads(_responses_output_text(PARSED_SCHEMA, 1))
    assert_usage(streamed, 36, 25)
    assert_routed(streamed, 4, "responses-mini")
    # LiteLLM's Responses bridge reports the requested model, not the dated one.
    assert streamed.response_metadata["model_name"] in ("gpt-4o-mini", "gpt-4o-mini-2024-07-18")

    for index in (0, 1):
        assert replay.sent[index].uri == "https://api.openai.com/v1/responses"
        fmt = replay.sent_json(index)["text"]["format"]
        assert fmt["type"] == "json_schema"
        assert fmt["name"] == "Foo"
        assert fmt["schema"]["required"] == ["response"]


@MODES
@pytest.mark.parametrize("streamed", [False, True], ids=["invoke", "stream"])
async def test_openai_responses_agent_loop(
    llm: TieredChatModel, mode: Mode, streamed: bool
) -> None:
    """Responses API loop: ``function_call``, our result as ``function_call_output``, answer."""
    if streamed:
        name, tier, group = "openai/test_agent_loop_streaming", 6, "responses-gpt-5.2"
        bound = llm.bind_tools([GET_WEATHER], reasoning_effort="medium")
    else:
        name, tier, group = "openai/test_agent_loop", 5, "responses-gpt-5.4"
        bound = llm.bind_tools([GET_WEATHER])
    messages: list[BaseMessage] = [HumanMessage("What is the weather in San Francisco, CA?")]

    async def turn() -> AIMessage:
        if streamed:
            return summed(await stream(bound, messages, mode, {"tier": tier}))
        result: AIMessage = await invoke(bound, messages, mode, tier=tier)
        return result

    with use_recording(recording(name)) as replay:
        first = await turn()
        assert [(c["name"], c["args"]) for c in first.tool_calls] == [
            ("get_weather", {"location": "San Francisco, CA"})
        ]
        call_id = first.tool_calls[0]["id"]
        messages += [first, ToolMessage("It's sunny.", tool_call_id=call_id)]
        final = await turn()
    assert replay.cassette.all_played

    assert final.content == _responses_output_text(name, 1)
    assert not final.tool_calls
    assert_routed(final, tier, group)
    # LiteLLM's Responses bridge reports the requested model, not the dated one.
    requested = group.removeprefix("responses-")
    reported = recorded_model_of_responses(name, 1)
    for message in (first, final):
        assert message.response_metadata["model_name"] in (requested, reported)
    if streamed:
        assert_usage(first, 53, 33)
        assert reasoning_tokens(first) == 10
        assert_usage(final, 100, 19)
        assert replay.sent_json(0)["reasoning"]["effort"] == "medium"
    else:
        assert_usage(first, 53, 21)
        assert_usage(final, 88, 14)

    second = replay.sent_json(1)
    assert replay.sent[1].uri == "https://api.openai.com/v1/responses"
    calls = [item for item in second["input"] if item.get("type") == "function_call"]
    outputs = [item for item in second["input"] if item.get("type") == "function_call_output"]
    assert [(c["call_id"], c["name"]) for c in calls] == [(call_id, "get_weather")]
    assert json.loads(calls[0]["arguments"]) == {"location": "San Francisco, CA"}
    assert [o["call_id"] for o in outputs] == [call_id]
    assert "It's sunny." in json.dumps(outputs[0]["output"])


# ------------------------------------------------- regressions (streamed tool-call kwargs)
@pytest.mark.parametrize(
    ("name", "tier"), [(ANTHROPIC_PARITY, 1), (OPENAI_PARITY, 3)], ids=["anthropic", "openai"]
)
def test_streamed_tool_call_kwargs_are_plain_json(
    llm: TieredChatModel, name: str, tier: int
) -> None:
    """Summed stream chunks keep plain, JSON-serializable ``additional_kwargs``."""
    bound = llm.bind_tools([_Person], tool_choice="_Person")
    with use_recording(recording(name)):
        chunks = list(bound.stream("Extract: Erick is 27 years old.", {"metadata": {"tier": tier}}))
    message = summed(chunks)
    json.dumps(message.additional_kwargs)
    raw_calls = message.additional_kwargs.get("tool_calls", [])
    assert all(isinstance(call, dict) for call in raw_calls)
    assert len(raw_calls) <= 1


# ------------------------------------------------------------------------- safety nets
def test_unmatched_request_never_reaches_the_network() -> None:
    """A request no recording answers fails inside vcrpy; nothing is sent."""
    with (
        use_recording(recording(STRICT_TOOL)),
        httpx.Client(trust_env=False) as client,
        pytest.raises(CannotOverwriteExistingCassetteException),
    ):
        client.post("https://api.openai.com/v1/chat/completions", json={})


def test_recordings_are_read_only(tmp_path: Path) -> None:
    """The persister refuses to write, and a missing recording is an error, not empty."""
    with pytest.raises(ReadOnlyCassetteError, match="read-only provider recording"):
        GzipRecordingPersister.save_cassette(tmp_path / "x.yaml.gz", {}, None)
    with pytest.raises(FileNotFoundError, match="provider recording not found"):
        GzipRecordingPersister.load_cassette(tmp_path / "missing.yaml.gz", None)


def test_recordings_are_unchanged_copies() -> None:
    """Every recording matches the SHA-256 its README lists (recorded HTTP is never edited)."""
    readme = (PROVIDER_RECORDINGS / "README.md").read_text(encoding="utf-8")
    listed = dict(
        re.findall(r"^\| `([\w./-]+\.yaml\.gz)` \|.*\| `([0-9a-f]{64})` \|$", readme, re.M)
    )
    actual = {
        str(path.relative_to(PROVIDER_RECORDINGS)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(PROVIDER_RECORDINGS.rglob("*.yaml.gz"))
    }
    assert len(actual) == 13
    assert listed == actual
