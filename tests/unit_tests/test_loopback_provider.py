"""The loopback provider speaks the wire formats the real clients parse.

Every test drives LiteLLM itself (``litellm.completion`` / ``litellm.acompletion`` with
``api_base=provider.base_url``) or raw httpx against :class:`LoopbackProvider`, so a passing test
means LiteLLM's real OpenAI, Anthropic and Ollama code paths accept what the server sends.
"""

from __future__ import annotations

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS", "True")

import asyncio
import json
import time
from typing import Any

import httpx
import litellm
import pytest
from litellm import exceptions as errors  # the classes litellm.<Name> re-exports
from litellm.exceptions import MidStreamFallbackError

from tests.loopback_provider import Fault, LoopbackProvider, RecordedRequest
from tests.loopback_wire import count_words, example_from_schema

# The `loopback_provider` fixture comes from tests/conftest.py (pytest_plugins).

OPENAI = "openai/gpt-4o"
ANTHROPIC = "anthropic/claude-haiku-4-5"
OLLAMA = "ollama_chat/qwen2.5:7b"
MODELS = [OPENAI, ANTHROPIC, OLLAMA]
PROMPT = "one two three four five"
PROMPT_TOKENS = count_words(PROMPT) + 3

PERSON_TOOL: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "Person",
        "description": "A person.",
        "parameters": {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "age": {"type": "integer"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "nickname": {"type": "string"},
            },
            "required": ["name", "age", "tags"],
        },
    },
}
PERSON_ARGS = {"name": "x", "age": 1, "tags": []}


@pytest.fixture(autouse=True)
def _litellm_over_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    """Async calls through httpx (not aiohttp) and no LiteLLM chatter; restored afterwards."""
    monkeypatch.setattr(litellm, "disable_aiohttp_transport", True)
    monkeypatch.setattr(litellm, "suppress_debug_info", True)


def _kwargs(provider: LoopbackProvider, **extra: Any) -> dict[str, Any]:
    return {
        "messages": [{"role": "user", "content": PROMPT}],
        "api_base": provider.base_url,
        "api_key": "sk-test",
        "num_retries": 0,
        "max_retries": 0,
        **extra,
    }


def _complete(provider: LoopbackProvider, model: str, **extra: Any) -> Any:
    return litellm.completion(model=model, **_kwargs(provider, **extra))


def _stream(provider: LoopbackProvider, model: str, **extra: Any) -> tuple[str, Any, list[Any]]:
    """Sync streaming call; returns (joined content, rebuilt response, raw chunks)."""
    chunks = list(litellm.completion(model=model, stream=True, **_kwargs(provider, **extra)))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    return text, _rebuild(chunks), chunks


def _rebuild(chunks: list[Any]) -> Any:
    """The complete response LiteLLM assembles from streamed chunks."""
    return litellm.stream_chunk_builder(chunks)


def _chat_requests(provider: LoopbackProvider) -> list[RecordedRequest]:
    """Requests minus LiteLLM's Ollama ``/api/show`` metadata look-ups."""
    return [r for r in provider.requests if r.path != "/api/show"]


# ------------------------------------------------------------------------------ plain replies


@pytest.mark.parametrize(
    ("model", "path"),
    [(OPENAI, "/chat/completions"), (ANTHROPIC, "/v1/messages"), (OLLAMA, "/api/chat")],
)
def test_plain_reply_usage_and_request_log(
    loopback_provider: LoopbackProvider, model: str, path: str
) -> None:
    response = _complete(loopback_provider, model)
    sent_model = model.split("/", 1)[1]
    reply = f"{sent_model} says: {PROMPT}"
    assert response.choices[0].message.content == reply
    assert response.choices[0].finish_reason == "stop"
    assert response.usage.prompt_tokens == PROMPT_TOKENS
    assert response.usage.completion_tokens == count_words(reply)
    [record] = _chat_requests(loopback_provider)
    assert (record.path, record.model, record.stream) == (path, sent_model, False)
    assert PROMPT in json.dumps(record.body["messages"][-1])  # Anthropic: a list of text blocks
    assert (record.input_tokens, record.output_tokens) == (PROMPT_TOKENS, count_words(reply))
    auth = record.headers.get("x-api-key") or record.headers.get("authorization")
    assert auth is not None
    assert "sk-test" in auth


def test_set_reply_overrides_per_model_and_system_prompt_counts(
    loopback_provider: LoopbackProvider,
) -> None:
    loopback_provider.set_reply(ANTHROPIC, "custom answer here")  # prefixed key matches
    messages = [{"role": "system", "content": "be brief"}, {"role": "user", "content": PROMPT}]
    response = _complete(loopback_provider, ANTHROPIC, messages=messages)
    assert response.choices[0].message.content == "custom answer here"
    assert response.usage.prompt_tokens == PROMPT_TOKENS + 2  # Anthropic top-level `system`
    assert response.usage.completion_tokens == 3
    other = _complete(loopback_provider, OPENAI, messages=messages)
    assert other.choices[0].message.content == f"gpt-4o says: {PROMPT}"
    assert other.usage.prompt_tokens == PROMPT_TOKENS + 2
    loopback_provider.set_reply(ANTHROPIC, None)
    assert _complete(loopback_provider, ANTHROPIC).choices[0].message.content.startswith("claude")


# ---------------------------------------------------------------------------------- streaming


@pytest.mark.parametrize("model", MODELS)
def test_sync_streaming_with_final_usage(loopback_provider: LoopbackProvider, model: str) -> None:
    text, rebuilt, chunks = _stream(
        loopback_provider, model, stream_options={"include_usage": True}
    )
    reply = f"{model.split('/', 1)[1]} says: {PROMPT}"
    assert text == reply
    assert len(chunks) > 3  # really streamed word by word
    assert rebuilt.choices[0].finish_reason == "stop"
    assert (rebuilt.usage.prompt_tokens, rebuilt.usage.completion_tokens) == (
        PROMPT_TOKENS,
        count_words(reply),
    )
    assert _chat_requests(loopback_provider)[0].stream is True


@pytest.mark.asyncio
@pytest.mark.parametrize("model", MODELS)
async def test_async_calls_plain_and_streaming(
    loopback_provider: LoopbackProvider, model: str
) -> None:
    response = await litellm.acompletion(model=model, **_kwargs(loopback_provider))
    reply = f"{model.split('/', 1)[1]} says: {PROMPT}"
    assert response.choices[0].message.content == reply
    stream = await litellm.acompletion(
        model=model,
        stream=True,
        stream_options={"include_usage": True},
        **_kwargs(loopback_provider),
    )
    chunks = [chunk async for chunk in stream]
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == reply
    usage = _rebuild(chunks).usage
    assert (usage.prompt_tokens, usage.completion_tokens) == (PROMPT_TOKENS, count_words(reply))


@pytest.mark.asyncio
async def test_many_concurrent_async_calls(loopback_provider: LoopbackProvider) -> None:
    calls = [
        litellm.acompletion(
            model=MODELS[i % 3],
            **_kwargs(loopback_provider, messages=[{"role": "user", "content": f"call {i}"}]),
        )
        for i in range(60)
    ]
    responses = await asyncio.gather(*calls)
    assert [r.choices[0].message.content.split(": ")[1] for r in responses] == [
        f"call {i}" for i in range(60)
    ]
    assert len(_chat_requests(loopback_provider)) == 60


# ----------------------------------------------------------------------------- raw wire shapes


def _sse_events(raw: str) -> list[tuple[str | None, str]]:
    events = []
    for block in raw.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines.get("event"), lines["data"]))
    return events


def test_openai_wire_stream_ends_with_usage_chunk_and_done(
    loopback_provider: LoopbackProvider,
) -> None:
    body = {
        "model": "gpt-4o",
        "stream": True,
        "stream_options": {"include_usage": True},
        "messages": [{"role": "user", "content": "hi there"}],
    }
    with httpx.Client() as client:
        response = client.post(loopback_provider.base_url + "/v1/chat/completions", json=body)
    assert response.headers["content-type"].startswith("text/event-stream")
    events = [data for _, data in _sse_events(response.text)]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert {c["object"] for c in chunks} == {"chat.completion.chunk"}
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"]["prompt_tokens"] == 5
    assert chunks[-1]["usage"]["completion_tokens"] == count_words("gpt-4o says: hi there")


def test_anthropic_wire_stream_event_sequence_and_stop_sequence(
    loopback_provider: LoopbackProvider,
) -> None:
    body = {
        "model": "claude-haiku-4-5",
        "stream": True,
        "max_tokens": 100,
        "stop_sequences": ["there"],
        "messages": [{"role": "user", "content": "hi there"}],
    }
    with httpx.Client() as client:
        response = client.post(loopback_provider.base_url + "/v1/messages", json=body)
    events = _sse_events(response.text)
    names = [name for name, _ in events]
    assert names[:3] == ["message_start", "content_block_start", "ping"]
    assert names[-3:] == ["content_block_stop", "message_delta", "message_stop"]
    assert set(names[3:-3]) == {"content_block_delta"}
    datas = [json.loads(data) for _, data in events]
    assert all(d["type"] == n for n, d in zip(names, datas, strict=True))
    text = "".join(d["delta"]["text"] for d in datas if d["type"] == "content_block_delta")
    assert text == "claude-haiku-4-5 says: hi "
    assert datas[0]["message"]["usage"]["input_tokens"] == 5
    assert datas[-2]["delta"] == {"stop_reason": "stop_sequence", "stop_sequence": "there"}
    assert datas[-2]["usage"]["output_tokens"] == 3


def test_ollama_wire_ndjson_lines(loopback_provider: LoopbackProvider) -> None:
    body = {
        "model": "qwen2.5:7b",
        "options": {"num_predict": 2},
        "messages": [{"role": "user", "content": "hi there"}],
    }  # Ollama streams by default
    with httpx.Client() as client:
        response = client.post(loopback_provider.base_url + "/api/chat", json=body)
    assert response.headers["content-type"] == "application/x-ndjson"
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert [line["done"] for line in lines] == [False, False, True]
    assert "".join(line["message"]["content"] for line in lines) == "qwen2.5:7b says:"
    assert lines[-1]["done_reason"] == "length"
    assert (lines[-1]["prompt_eval_count"], lines[-1]["eval_count"]) == (5, 2)


def test_error_bodies_are_provider_shaped(loopback_provider: LoopbackProvider) -> None:
    loopback_provider.add_fault(None, Fault.context_overflow())
    loopback_provider.add_fault(None, Fault.http(529))
    loopback_provider.add_fault(None, Fault.http(404))
    msg = {"messages": [{"role": "user", "content": "hi"}]}
    with httpx.Client(base_url=loopback_provider.base_url) as client:
        openai_error = client.post("/v1/chat/completions", json={"model": "gpt-4o", **msg})
        anthropic_error = client.post("/v1/messages", json={"model": "c", **msg})
        ollama_error = client.post("/api/chat", json={"model": "q", **msg})
        unknown = client.post("/v1/embeddings", json={"model": "e"})
    assert openai_error.status_code == 400
    assert openai_error.json()["error"]["code"] == "context_length_exceeded"
    assert "maximum context length" in openai_error.json()["error"]["message"]
    assert anthropic_error.status_code == 529
    assert anthropic_error.json()["type"] == "error"
    assert anthropic_error.json()["error"]["type"] == "overloaded_error"
    assert ollama_error.status_code == 404
    assert isinstance(ollama_error.json()["error"], str)
    assert unknown.status_code == 404


# ------------------------------------------------------------------------------- tool calls


@pytest.mark.parametrize("model", [OPENAI, ANTHROPIC])
@pytest.mark.parametrize(
    "tool_choice", [{"type": "function", "function": {"name": "Person"}}, "required"]
)
def test_forced_tool_call(
    loopback_provider: LoopbackProvider, model: str, tool_choice: Any
) -> None:
    response = _complete(loopback_provider, model, tools=[PERSON_TOOL], tool_choice=tool_choice)
    [call] = response.choices[0].message.tool_calls
    assert call.function.name == "Person"
    assert json.loads(call.function.arguments) == PERSON_ARGS
    assert response.choices[0].finish_reason == "tool_calls"
    assert response.usage.completion_tokens == count_words(json.dumps(PERSON_ARGS))
    sent = _chat_requests(loopback_provider)[0].body["tool_choice"]
    if model == ANTHROPIC:  # LiteLLM translated the OpenAI tool_choice
        assert sent == (
            {"type": "any"} if tool_choice == "required" else {"type": "tool", "name": "Person"}
        )


@pytest.mark.asyncio
@pytest.mark.parametrize("model", [OPENAI, ANTHROPIC])
async def test_forced_tool_call_streams_argument_deltas(
    loopback_provider: LoopbackProvider, model: str
) -> None:
    stream = await litellm.acompletion(
        model=model,
        stream=True,
        tools=[PERSON_TOOL],
        tool_choice={"type": "function", "function": {"name": "Person"}},
        stream_options={"include_usage": True},
        **_kwargs(loopback_provider),
    )
    chunks = [chunk async for chunk in stream]
    deltas = [c for c in chunks if c.choices and c.choices[0].delta.tool_calls]
    assert len(deltas) > 2  # arguments arrived in pieces
    [call] = _rebuild(chunks).choices[0].message.tool_calls
    assert call.function.name == "Person"
    assert json.loads(call.function.arguments) == PERSON_ARGS


@pytest.mark.parametrize("model", MODELS)
def test_configured_tool_call_then_text_after_tool_result(
    loopback_provider: LoopbackProvider, model: str
) -> None:
    loopback_provider.set_tool_call(model, "Person", {"name": "Erick", "age": 27, "tags": ["a"]})
    first = _complete(loopback_provider, model, tools=[PERSON_TOOL])
    [call] = first.choices[0].message.tool_calls
    assert (call.function.name, json.loads(call.function.arguments)["name"]) == ("Person", "Erick")
    assert first.choices[0].finish_reason == "tool_calls"
    _, streamed, _ = _stream(loopback_provider, model, tools=[PERSON_TOOL])
    assert json.loads(streamed.choices[0].message.tool_calls[0].function.arguments)["age"] == 27
    messages = [
        {"role": "user", "content": PROMPT},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": call.id,
                    "type": "function",
                    "function": {"name": "Person", "arguments": call.function.arguments},
                }
            ],
        },
        {"role": "tool", "tool_call_id": call.id, "content": "saved"},
    ]
    final = _complete(loopback_provider, model, tools=[PERSON_TOOL], messages=messages)
    assert final.choices[0].message.content == f"{model.split('/', 1)[1]} says: {PROMPT}"
    assert not final.choices[0].message.tool_calls
    assert "Person" in json.dumps(_chat_requests(loopback_provider)[-1].body["tools"])


def test_ollama_forced_tool_choice_is_dropped_by_litellm(
    loopback_provider: LoopbackProvider,
) -> None:
    response = _complete(loopback_provider, OLLAMA, tools=[PERSON_TOOL], tool_choice="required")
    assert response.choices[0].message.content == f"qwen2.5:7b says: {PROMPT}"
    assert "tool_choice" not in _chat_requests(loopback_provider)[0].body


# ------------------------------------------------------------------------- structured output

NESTED_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "answer": {"type": "string"},
        "score": {"type": "number"},
        "ok": {"type": "boolean"},
        "owner": {"$ref": "#/$defs/Owner"},
        "kind": {"enum": ["a", "b"]},
        "note": {"anyOf": [{"type": "null"}, {"type": "integer"}]},
    },
    "required": ["answer", "score", "ok", "owner", "kind", "note"],
    "additionalProperties": False,
    "$defs": {
        "Owner": {
            "type": "object",
            "properties": {"id": {"type": "integer"}, "aliases": {"type": "array"}},
            "required": ["id", "aliases"],
            "additionalProperties": False,
        }
    },
}
NESTED_INSTANCE = {
    "answer": "x",
    "score": 1.0,
    "ok": True,
    "owner": {"id": 1, "aliases": []},
    "kind": "a",
    "note": 1,
}


def test_example_from_schema_rules() -> None:
    assert example_from_schema(NESTED_SCHEMA) == NESTED_INSTANCE
    assert example_from_schema({"properties": {"a": {"type": "string"}, "b": {}}}) == {
        "a": "x",
        "b": "x",
    }  # no `required`: all properties
    assert example_from_schema({"type": ["null", "integer"]}) == 1


@pytest.mark.parametrize("model", MODELS)
@pytest.mark.parametrize("stream", [False, True])
def test_structured_output_json_schema(
    loopback_provider: LoopbackProvider, model: str, stream: bool
) -> None:
    schema = {k: v for k, v in NESTED_SCHEMA.items() if k != "$defs"}
    schema["properties"] = {**schema["properties"], "owner": NESTED_SCHEMA["$defs"]["Owner"]}
    response_format = {
        "type": "json_schema",
        "json_schema": {"name": "Out", "strict": True, "schema": schema},
    }
    if stream:
        content, _, _ = _stream(loopback_provider, model, response_format=response_format)
    else:
        content = (
            _complete(loopback_provider, model, response_format=response_format)
            .choices[0]
            .message.content
        )
    assert json.loads(content) == NESTED_INSTANCE


@pytest.mark.parametrize("model", [OPENAI, OLLAMA])
def test_structured_output_json_object(loopback_provider: LoopbackProvider, model: str) -> None:
    response = _complete(loopback_provider, model, response_format={"type": "json_object"})
    assert json.loads(response.choices[0].message.content) == {"result": "ok"}


# ---------------------------------------------------------------- stop sequences and max_tokens


@pytest.mark.parametrize("model", MODELS)
def test_stop_sequence_truncates(loopback_provider: LoopbackProvider, model: str) -> None:
    response = _complete(loopback_provider, model, stop=["four"])
    expected = f"{model.split('/', 1)[1]} says: one two three "
    assert response.choices[0].message.content == expected
    assert response.choices[0].finish_reason == "stop"
    assert response.usage.completion_tokens == count_words(expected)
    text, rebuilt, _ = _stream(loopback_provider, model, stop=["four"])
    assert (text, rebuilt.choices[0].finish_reason) == (expected, "stop")


@pytest.mark.parametrize("model", MODELS)
def test_max_tokens_truncates_with_length(loopback_provider: LoopbackProvider, model: str) -> None:
    response = _complete(loopback_provider, model, max_tokens=3)
    expected = f"{model.split('/', 1)[1]} says: one"
    assert response.choices[0].message.content == expected
    assert response.choices[0].finish_reason == "length"
    assert response.usage.completion_tokens == 3
    text, rebuilt, _ = _stream(loopback_provider, model, max_tokens=3)
    assert (text, rebuilt.choices[0].finish_reason) == (expected, "length")


# ------------------------------------------------------------------------------------ faults

FAULT_CASES: list[tuple[str, Fault, type[Exception]]] = [
    # OpenAI (through the openai SDK)
    (OPENAI, Fault.http(400), errors.BadRequestError),
    (OPENAI, Fault.http(401), errors.AuthenticationError),
    (OPENAI, Fault.http(403), errors.APIError),
    (OPENAI, Fault.http(404), errors.NotFoundError),
    (OPENAI, Fault.http(408), errors.Timeout),
    (OPENAI, Fault.http(429), errors.RateLimitError),
    (OPENAI, Fault.http(500), errors.InternalServerError),
    (OPENAI, Fault.http(502), errors.BadGatewayError),
    (OPENAI, Fault.http(503), errors.ServiceUnavailableError),
    (OPENAI, Fault.http(504), errors.Timeout),
    (OPENAI, Fault.http(529), errors.APIError),
    (OPENAI, Fault.context_overflow(), errors.ContextWindowExceededError),
    (OPENAI, Fault.drop(), errors.InternalServerError),
    (OPENAI, Fault.malformed_json(), errors.InternalServerError),
    (OPENAI, Fault.stream_cut(1), errors.InternalServerError),
    # Anthropic (LiteLLM's own httpx handler)
    (ANTHROPIC, Fault.http(400), errors.BadRequestError),
    (ANTHROPIC, Fault.http(401), errors.AuthenticationError),
    (ANTHROPIC, Fault.http(403), errors.PermissionDeniedError),
    (ANTHROPIC, Fault.http(404), errors.NotFoundError),
    (ANTHROPIC, Fault.http(408), errors.Timeout),
    (ANTHROPIC, Fault.http(429), errors.RateLimitError),
    (ANTHROPIC, Fault.http(500), errors.InternalServerError),
    (ANTHROPIC, Fault.http(502), errors.BadGatewayError),
    (ANTHROPIC, Fault.http(503), errors.ServiceUnavailableError),
    (ANTHROPIC, Fault.http(504), errors.Timeout),
    (ANTHROPIC, Fault.http(529), errors.InternalServerError),
    (ANTHROPIC, Fault.context_overflow(), errors.ContextWindowExceededError),
    (ANTHROPIC, Fault.drop(), errors.InternalServerError),
    (ANTHROPIC, Fault.malformed_json(), errors.APIConnectionError),
    (ANTHROPIC, Fault.stream_cut(1), errors.InternalServerError),
    # Ollama
    (OLLAMA, Fault.http(401), errors.AuthenticationError),
    (OLLAMA, Fault.http(404), errors.NotFoundError),
    (OLLAMA, Fault.http(429), errors.RateLimitError),
    (OLLAMA, Fault.http(500), errors.InternalServerError),
    (OLLAMA, Fault.http(503), errors.ServiceUnavailableError),
    (OLLAMA, Fault.context_overflow(), errors.BadRequestError),  # no context mapping for Ollama
    (OLLAMA, Fault.drop(), errors.APIConnectionError),
    (OLLAMA, Fault.malformed_json(), errors.APIConnectionError),
    (OLLAMA, Fault.stream_cut(1), errors.APIConnectionError),
]


@pytest.mark.parametrize(
    ("model", "fault", "expected"),
    FAULT_CASES,
    ids=[f"{m.split('/')[0]}-{f.kind.value}-{f.status}" for m, f, _ in FAULT_CASES],
)
def test_fault_surfaces_as_litellm_exception(
    loopback_provider: LoopbackProvider, model: str, fault: Fault, expected: type[Exception]
) -> None:
    loopback_provider.add_fault(model, fault)
    with pytest.raises(expected) as excinfo:
        _complete(loopback_provider, model)
    assert type(excinfo.value) is expected
    assert loopback_provider.pending_faults() == 0
    [record] = _chat_requests(loopback_provider)
    assert record.fault == fault
    # the fault was used up: the next call succeeds
    assert _complete(loopback_provider, model).choices[0].message.content.endswith(PROMPT)


@pytest.mark.asyncio
@pytest.mark.parametrize("model", MODELS)
async def test_async_rate_limit_carries_retry_after_headers(
    loopback_provider: LoopbackProvider, model: str
) -> None:
    loopback_provider.add_fault(model, Fault.http(429, retry_after=7, retry_after_ms=7000))
    with pytest.raises(errors.RateLimitError) as excinfo:
        await litellm.acompletion(model=model, **_kwargs(loopback_provider))
    headers = getattr(excinfo.value, "litellm_response_headers", None)
    assert headers is not None
    assert (headers["retry-after"], headers["retry-after-ms"]) == ("7", "7000")
    if model == OPENAI:  # only the openai SDK path keeps the real httpx response
        assert excinfo.value.response.headers["retry-after"] == "7"


@pytest.mark.parametrize("model", MODELS)
def test_delay_past_timeout_raises_timeout(loopback_provider: LoopbackProvider, model: str) -> None:
    loopback_provider.add_fault(None, Fault.delay(0.6))
    started = time.monotonic()
    with pytest.raises(errors.Timeout):
        _complete(loopback_provider, model, timeout=0.3)
    assert time.monotonic() - started < 0.55


def test_delay_within_timeout_answers(loopback_provider: LoopbackProvider) -> None:
    loopback_provider.add_fault(OPENAI, Fault.delay(0.2))
    started = time.monotonic()
    assert _complete(loopback_provider, OPENAI, timeout=5).choices[0].message.content
    assert time.monotonic() - started >= 0.2


@pytest.mark.parametrize("model", MODELS)
def test_stream_cut_mid_stream(loopback_provider: LoopbackProvider, model: str) -> None:
    loopback_provider.add_fault(model, Fault.stream_cut(5))  # Anthropic: 3 events before text
    received: list[str] = []

    def drain() -> None:
        for chunk in litellm.completion(model=model, stream=True, **_kwargs(loopback_provider)):
            received.append(chunk.choices[0].delta.content or "" if chunk.choices else "")

    with pytest.raises(MidStreamFallbackError) as excinfo:
        drain()
    assert isinstance(excinfo.value, errors.ServiceUnavailableError)
    assert "".join(received)  # some text arrived before the cut
    assert "".join(received) != f"{model.split('/', 1)[1]} says: {PROMPT}"


def test_streaming_malformed_json(loopback_provider: LoopbackProvider) -> None:
    loopback_provider.add_fault(None, Fault.malformed_json(), times=3)
    with pytest.raises(MidStreamFallbackError):
        _stream(loopback_provider, OPENAI)
    # LiteLLM's Anthropic and Ollama stream parsers skip an undecodable event: empty reply
    assert _stream(loopback_provider, ANTHROPIC)[0] == ""
    assert _stream(loopback_provider, OLLAMA)[0] == ""


def test_fault_queue_matching_order_and_times(loopback_provider: LoopbackProvider) -> None:
    loopback_provider.add_fault(ANTHROPIC, Fault.http(529), times=2)
    loopback_provider.add_fault(None, Fault.http(401))
    assert loopback_provider.pending_faults() == 3
    with pytest.raises(errors.AuthenticationError):  # the any-model fault is first for OpenAI
        _complete(loopback_provider, OPENAI)
    for _ in range(2):
        with pytest.raises(errors.InternalServerError):
            _complete(loopback_provider, ANTHROPIC)
    assert loopback_provider.pending_faults() == 0
    assert _complete(loopback_provider, ANTHROPIC).choices[0].message.content
    assert [r.fault is not None for r in loopback_provider.requests_for(ANTHROPIC)] == [
        True,
        True,
        False,
    ]
    loopback_provider.add_fault("gpt-4o", Fault.http(500))  # unprefixed key: wire model name
    loopback_provider.reset()
    assert loopback_provider.requests == []
    assert loopback_provider.pending_faults() == 0
    assert _complete(loopback_provider, OPENAI).choices[0].message.content


def test_set_down_until_cleared(loopback_provider: LoopbackProvider) -> None:
    loopback_provider.set_down(ANTHROPIC)
    loopback_provider.set_down(OPENAI, drop=True)
    loopback_provider.add_fault(None, Fault.http(429))  # not consumed by down models
    for _ in range(2):
        with pytest.raises(errors.ServiceUnavailableError):
            _complete(loopback_provider, ANTHROPIC)
        with pytest.raises(errors.InternalServerError, match="Connection error"):
            _complete(loopback_provider, OPENAI)
    assert loopback_provider.pending_faults() == 1
    with pytest.raises(errors.RateLimitError):
        _complete(loopback_provider, OLLAMA)
    loopback_provider.set_down(ANTHROPIC, False)
    assert _complete(loopback_provider, ANTHROPIC).choices[0].message.content
    loopback_provider.reset()
    assert _complete(loopback_provider, OPENAI).choices[0].message.content


def test_context_manager_and_restart() -> None:
    provider = LoopbackProvider()
    with pytest.raises(RuntimeError):
        _ = provider.base_url
    with provider:
        first_url = provider.base_url
        assert first_url.startswith("http://127.0.0.1:")
        assert httpx.get(first_url + "/").text == "Ollama is running"
        provider.add_fault(None, Fault.delay(30))
        with pytest.raises(httpx.ReadTimeout):
            httpx.post(
                provider.openai_base_url + "/chat/completions",
                json={"model": "m", "messages": []},
                timeout=0.1,
            )
    started = time.monotonic()
    provider.stop()  # idempotent; the delayed handler was woken by the first stop
    assert time.monotonic() - started < 0.5
    with provider:
        assert (
            httpx.post(
                provider.base_url + "/v1/chat/completions", json={"model": "m", "messages": []}
            ).status_code
            == 200
        )
