"""Provider wire formats for the loopback provider server (pure functions, no I/O).

This module turns a parsed request body into a provider-neutral :class:`Reply` and encodes that
reply (or an error) exactly the way the real APIs do:

* OpenAI Chat Completions (``chat.completion`` / SSE ``chat.completion.chunk`` + ``data: [DONE]``),
* Anthropic Messages (``message`` / SSE ``message_start`` ... ``message_stop``),
* Ollama chat (JSON / NDJSON lines with ``done``, ``done_reason``, ``prompt_eval_count``...).

Shapes were copied from real recordings (``/work/shared/provider_recordings``) and from the fields
LiteLLM's Ollama transformation reads. Server, faults and request log live in
``tests/loopback_provider.py``.

Token accounting (deterministic, so tests can assert exact usage):

* input tokens = whitespace-separated words in the text of all request messages (string contents,
  ``text`` parts, tool results; plus Anthropic's top-level ``system``) + 3;
* output tokens = words in the reply text, or in the JSON-encoded tool arguments; at least 1.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

Provider = Literal["openai", "anthropic", "ollama"]
Finish = Literal["stop", "length", "stop_sequence", "tool_use"]

_WORD = re.compile(r"\S+")
_PIECE = re.compile(r"\s*\S+")


def count_words(text: str) -> int:
    """Number of whitespace-separated words in ``text``."""
    return len(_WORD.findall(text))


def output_tokens_for(text: str) -> int:
    """Output-token count the loopback provider reports for a reply text (>= 1)."""
    return max(1, count_words(text))


def _new_id(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:24]


# ---------------------------------------------------------------- JSON schema -> minimal instance


def example_from_schema(schema: Any, defs: dict[str, Any] | None = None, depth: int = 0) -> Any:
    """Build a minimal valid instance of a JSON schema.

    Strings ``"x"``, integers ``1``, numbers ``1.0``, booleans ``true``, arrays ``[]``, objects
    recursively with only the ``required`` properties (all properties when ``required`` is absent).
    ``enum``/``const`` take their first value, ``anyOf``/``oneOf`` the first non-null branch, and
    local ``$ref`` (``#/$defs/...``, ``#/definitions/...``) is resolved.
    """
    if not isinstance(schema, dict) or depth > 32:
        return {}
    if defs is None:
        defs = {**schema.get("definitions", {}), **schema.get("$defs", {})}
    if "$ref" in schema:
        target = defs.get(str(schema["$ref"]).rsplit("/", 1)[-1], {})
        return example_from_schema(target, defs, depth + 1)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("anyOf", "oneOf", "allOf"):
        branches = schema.get(key)
        if isinstance(branches, list) and branches:
            non_null = [
                b for b in branches if not (isinstance(b, dict) and b.get("type") == "null")
            ]
            return example_from_schema((non_null or branches)[0], defs, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        props: dict[str, Any] = schema.get("properties") or {}
        names = schema["required"] if "required" in schema else list(props)
        return {n: example_from_schema(props.get(n, {}), defs, depth + 1) for n in names}
    scalars: dict[str, Any] = {
        "string": "x",
        "integer": 1,
        "number": 1.0,
        "boolean": True,
        "array": [],
        "null": None,
    }
    return scalars.get(str(kind), "x")


# ---------------------------------------------------------------------------- request parsing


def _content_text(content: Any) -> str:
    """Text of a message ``content`` in any of the three formats (str, parts, tool results)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts: list[str] = []
        for part in content:
            if isinstance(part, str):
                texts.append(part)
            elif isinstance(part, dict):
                if isinstance(part.get("text"), str):
                    texts.append(part["text"])
                elif part.get("type") == "tool_result":
                    texts.append(_content_text(part.get("content")))
        return " ".join(t for t in texts if t)
    return ""


def _is_tool_result(message: dict[str, Any]) -> bool:
    if message.get("role") == "tool":
        return True
    content = message.get("content")
    return isinstance(content, list) and any(
        isinstance(p, dict) and p.get("type") == "tool_result" for p in content
    )


@dataclass(frozen=True)
class RequestView:
    """The parts of a chat request that decide the loopback reply (provider-neutral)."""

    provider: Provider
    model: str
    stream: bool
    input_tokens: int
    last_user_text: str
    last_is_tool_result: bool
    tools: dict[str, dict[str, Any]]  # tool name -> JSON schema of its arguments
    tool_choice: str | None  # None/"auto", "none", "required", or "tool:<name>"
    stop: tuple[str, ...]
    max_tokens: int | None
    json_schema: dict[str, Any] | None
    json_object: bool
    include_usage: bool


def parse_request(provider: Provider, body: dict[str, Any]) -> RequestView:
    """Read the reply-relevant fields of an OpenAI / Anthropic / Ollama chat request body."""
    messages = [m for m in body.get("messages") or [] if isinstance(m, dict)]
    texts = [_content_text(m.get("content")) for m in messages]
    if provider == "anthropic":
        texts.append(_content_text(body.get("system")))
    users = [
        m
        for m in messages
        if m.get("role") == "user" and not _is_tool_result(m) and _content_text(m.get("content"))
    ]
    tools: dict[str, dict[str, Any]] = {}
    for tool in body.get("tools") or []:
        if not isinstance(tool, dict):
            continue
        fn: dict[str, Any] = tool["function"] if isinstance(tool.get("function"), dict) else tool
        schema = fn.get("parameters", fn.get("input_schema")) or {"type": "object"}
        tools[str(fn.get("name", ""))] = schema
    options: dict[str, Any] = body["options"] if isinstance(body.get("options"), dict) else {}
    stop: Any = body.get("stop_sequences") or body.get("stop") or options.get("stop") or []
    stop = [stop] if isinstance(stop, str) else stop
    max_tokens = body.get(
        "max_completion_tokens", body.get("max_tokens", options.get("num_predict"))
    )
    json_schema, json_object = None, False
    fmt: Any = body.get("response_format") or body.get("output_format") or body.get("format")
    if not fmt and isinstance(body.get("output_config"), dict):
        fmt = body["output_config"].get("format")
    if fmt == "json":
        json_object = True
    elif isinstance(fmt, dict):
        kind = fmt.get("type")
        if kind == "json_object":
            json_object = True
        elif kind == "json_schema":
            inner = fmt.get("json_schema")
            json_schema = inner.get("schema", {}) if isinstance(inner, dict) else fmt.get("schema")
        elif provider == "ollama":  # Ollama `format` is the schema itself
            json_schema = fmt
    stream_options = body.get("stream_options") or {}
    stream_default = provider == "ollama"  # Ollama streams unless told otherwise
    return RequestView(
        provider=provider,
        model=str(body.get("model", "")),
        stream=bool(body.get("stream", stream_default)),
        input_tokens=sum(count_words(t) for t in texts) + 3,
        last_user_text=_content_text(users[-1].get("content")) if users else "",
        last_is_tool_result=bool(messages) and _is_tool_result(messages[-1]),
        tools=tools,
        tool_choice=_tool_choice(body.get("tool_choice")),
        stop=tuple(s for s in stop if isinstance(s, str) and s),
        max_tokens=max_tokens if isinstance(max_tokens, int) and max_tokens > 0 else None,
        json_schema=json_schema if isinstance(json_schema, dict) else None,
        json_object=json_object,
        include_usage=bool(
            isinstance(stream_options, dict) and stream_options.get("include_usage")
        ),
    )


def _tool_choice(choice: Any) -> str | None:
    if isinstance(choice, str):
        return {"any": "required"}.get(choice, choice)
    if isinstance(choice, dict):
        kind = choice.get("type")
        name = choice.get("name") or (choice.get("function") or {}).get("name")
        if kind in ("function", "tool") and name:
            return f"tool:{name}"
        if kind == "any":
            return "required"
        return str(kind) if kind else None
    return None


# ------------------------------------------------------------------------------ reply planning


@dataclass(frozen=True)
class Reply:
    """A provider-neutral answer; the encoders below render it in each wire format."""

    model: str
    text: str = ""
    tool_name: str | None = None
    tool_args: dict[str, Any] | None = None
    finish: Finish = "stop"
    stop_sequence: str | None = None
    forced_tool: bool = False  # OpenAI answers finish_reason "stop" for a forced named function
    input_tokens: int = 3
    output_tokens: int = 1

    @property
    def arguments_json(self) -> str:
        """The tool arguments as the JSON string OpenAI and Anthropic stream."""
        return json.dumps(self.tool_args or {})


def plan_reply(
    req: RequestView,
    text: str | None = None,
    tool_call: tuple[str, dict[str, Any]] | None = None,
) -> Reply:
    """Decide the reply to ``req``; ``text``/``tool_call`` are per-model configured answers."""
    choice = req.tool_choice
    name: str | None = None
    args: dict[str, Any] | None = None
    if req.tools and choice != "none":
        if choice and choice.startswith("tool:"):
            name = choice[5:]
        elif choice == "required":
            name = tool_call[0] if tool_call else next(iter(req.tools))
        elif tool_call and not req.last_is_tool_result:
            name = tool_call[0]
        if name is not None:
            if tool_call and tool_call[0] == name:
                args = dict(tool_call[1])
            else:
                built = example_from_schema(req.tools.get(name, {"type": "object"}))
                args = built if isinstance(built, dict) else {}
            return Reply(
                model=req.model,
                tool_name=name,
                tool_args=args,
                finish="tool_use",
                forced_tool=bool(choice and choice.startswith("tool:")),
                input_tokens=req.input_tokens,
                output_tokens=output_tokens_for(json.dumps(args)),
            )
    if text is None:
        if req.json_schema is not None:
            text = json.dumps(example_from_schema(req.json_schema))
        elif req.json_object:
            text = json.dumps({"result": "ok"})
        else:
            text = f"{req.model} says: {req.last_user_text}"
    finish: Finish = "stop"
    stop_sequence: str | None = None
    hits = [(text.find(s), s) for s in req.stop if s in text]
    if hits:
        pos, stop_sequence = min(hits)
        text, finish = text[:pos], "stop_sequence"
    words = list(_WORD.finditer(text))
    if req.max_tokens is not None and len(words) > req.max_tokens:
        text = text[: words[req.max_tokens - 1].end()]
        finish, stop_sequence = "length", None
    return Reply(
        model=req.model,
        text=text,
        finish=finish,
        stop_sequence=stop_sequence,
        input_tokens=req.input_tokens,
        output_tokens=output_tokens_for(text),
    )


def text_pieces(text: str) -> list[str]:
    """Split ``text`` into streaming deltas: one word each, with its leading whitespace."""
    pieces = _PIECE.findall(text)
    rest = text[sum(len(p) for p in pieces) :]
    return [*pieces, rest] if rest else pieces


def json_pieces(text: str, size: int = 8) -> list[str]:
    """Split a JSON string into argument deltas the way providers stream tool arguments."""
    return [text[i : i + size] for i in range(0, len(text), size)]


# ------------------------------------------------------------------------------------ OpenAI

_OPENAI_FINISH = {
    "stop": "stop",
    "stop_sequence": "stop",
    "length": "length",
    "tool_use": "tool_calls",
}


def _openai_finish(reply: Reply) -> str:
    return "stop" if reply.forced_tool else _OPENAI_FINISH[reply.finish]


def _openai_usage(reply: Reply) -> dict[str, Any]:
    return {
        "prompt_tokens": reply.input_tokens,
        "completion_tokens": reply.output_tokens,
        "total_tokens": reply.input_tokens + reply.output_tokens,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


def openai_body(reply: Reply) -> dict[str, Any]:
    """Non-streaming ``chat.completion`` object."""
    message: dict[str, Any] = {
        "role": "assistant",
        "content": reply.text or None,
        "refusal": None,
        "annotations": [],
    }
    if reply.tool_name is not None:
        message["content"] = None
        message["tool_calls"] = [
            {
                "id": _new_id("call_"),
                "type": "function",
                "function": {"name": reply.tool_name, "arguments": reply.arguments_json},
            }
        ]
    return {
        "id": _new_id("chatcmpl-"),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": reply.model,
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": _openai_finish(reply),
            }
        ],
        "usage": _openai_usage(reply),
        "service_tier": "default",
        "system_fingerprint": "fp_loopback",
    }


def openai_stream(reply: Reply, include_usage: bool) -> Iterator[bytes]:
    """SSE ``chat.completion.chunk`` events, the optional usage chunk, then ``data: [DONE]``."""
    head = {
        "id": _new_id("chatcmpl-"),
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": reply.model,
        "service_tier": "default",
        "system_fingerprint": "fp_loopback",
    }

    def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
        obj = {
            **head,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }
        if include_usage:
            obj["usage"] = None
        return sse(obj)

    if reply.tool_name is not None:
        yield chunk(
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "index": 0,
                        "id": _new_id("call_"),
                        "type": "function",
                        "function": {"name": reply.tool_name, "arguments": ""},
                    }
                ],
                "refusal": None,
            }
        )
        for piece in json_pieces(reply.arguments_json):
            yield chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
    else:
        yield chunk({"role": "assistant", "content": "", "refusal": None})
        for piece in text_pieces(reply.text):
            yield chunk({"content": piece})
    yield chunk({}, _openai_finish(reply))
    if include_usage:
        yield sse({**head, "choices": [], "usage": _openai_usage(reply)})
    yield b"data: [DONE]\n\n"


def sse(obj: dict[str, Any], event: str | None = None) -> bytes:
    """One server-sent event (``event:`` line optional) carrying ``obj`` as JSON."""
    data = json.dumps(obj, separators=(",", ":"))
    return (f"event: {event}\ndata: {data}\n\n" if event else f"data: {data}\n\n").encode()


# --------------------------------------------------------------------------------- Anthropic

_ANTHROPIC_STOP = {
    "stop": "end_turn",
    "stop_sequence": "stop_sequence",
    "length": "max_tokens",
    "tool_use": "tool_use",
}


def _anthropic_usage(reply: Reply, output_tokens: int) -> dict[str, Any]:
    return {
        "input_tokens": reply.input_tokens,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
        "cache_creation": {"ephemeral_5m_input_tokens": 0, "ephemeral_1h_input_tokens": 0},
        "output_tokens": output_tokens,
        "service_tier": "standard",
    }


def _anthropic_block(reply: Reply) -> dict[str, Any]:
    if reply.tool_name is not None:
        return {
            "type": "tool_use",
            "id": _new_id("toolu_01"),
            "name": reply.tool_name,
            "input": reply.tool_args or {},
        }
    return {"type": "text", "text": reply.text}


def anthropic_body(reply: Reply) -> dict[str, Any]:
    """Non-streaming Messages API ``message`` object."""
    return {
        "model": reply.model,
        "id": _new_id("msg_01"),
        "type": "message",
        "role": "assistant",
        "content": [_anthropic_block(reply)],
        "stop_reason": _ANTHROPIC_STOP[reply.finish],
        "stop_sequence": reply.stop_sequence,
        "usage": _anthropic_usage(reply, reply.output_tokens),
    }


def anthropic_stream(reply: Reply) -> Iterator[bytes]:
    """SSE events ``message_start`` ... ``message_stop`` with text or ``input_json_delta``."""
    start = {
        **anthropic_body(reply),
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": _anthropic_usage(reply, 1),
    }
    yield sse({"type": "message_start", "message": start}, "message_start")
    block = _anthropic_block(reply)
    if reply.tool_name is not None:
        block["input"] = {}
        deltas = [
            {"type": "input_json_delta", "partial_json": p}
            for p in ["", *json_pieces(reply.arguments_json)]
        ]
    else:
        block["text"] = ""
        deltas = [{"type": "text_delta", "text": p} for p in text_pieces(reply.text)]
    yield sse(
        {"type": "content_block_start", "index": 0, "content_block": block}, "content_block_start"
    )
    yield sse({"type": "ping"}, "ping")
    for delta in deltas:
        yield sse(
            {"type": "content_block_delta", "index": 0, "delta": delta}, "content_block_delta"
        )
    yield sse({"type": "content_block_stop", "index": 0}, "content_block_stop")
    full = _anthropic_usage(reply, reply.output_tokens)
    usage = {k: full[k] for k in full if k.endswith("tokens")}  # no cache_creation / tier
    yield sse(
        {
            "type": "message_delta",
            "delta": {
                "stop_reason": _ANTHROPIC_STOP[reply.finish],
                "stop_sequence": reply.stop_sequence,
            },
            "usage": usage,
        },
        "message_delta",
    )
    yield sse({"type": "message_stop"}, "message_stop")


# ------------------------------------------------------------------------------------ Ollama


def _ollama_head(reply: Reply) -> dict[str, Any]:
    now = time.time()
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) + f".{int(now % 1 * 1e6):06d}Z"
    return {"model": reply.model, "created_at": stamp}


def _ollama_done(reply: Reply) -> dict[str, Any]:
    return {
        "done_reason": "length" if reply.finish == "length" else "stop",
        "done": True,
        "total_duration": 1_000_000,
        "load_duration": 100_000,
        "prompt_eval_count": reply.input_tokens,
        "prompt_eval_duration": 200_000,
        "eval_count": reply.output_tokens,
        "eval_duration": 700_000,
    }


def _ollama_message(reply: Reply) -> dict[str, Any]:
    if reply.tool_name is not None:
        return {
            "role": "assistant",
            "content": "",
            "tool_calls": [
                {"function": {"name": reply.tool_name, "arguments": reply.tool_args or {}}}
            ],
        }
    return {"role": "assistant", "content": reply.text}


def ollama_body(reply: Reply) -> dict[str, Any]:
    """Non-streaming ``/api/chat`` response."""
    return {**_ollama_head(reply), "message": _ollama_message(reply), **_ollama_done(reply)}


def ollama_stream(reply: Reply) -> Iterator[bytes]:
    """NDJSON lines: content pieces (or one tool-call line), then the ``done`` line with counts."""

    def line(obj: dict[str, Any]) -> bytes:
        return json.dumps(obj, separators=(",", ":")).encode() + b"\n"

    if reply.tool_name is not None:
        yield line({**_ollama_head(reply), "message": _ollama_message(reply), "done": False})
    else:
        for piece in text_pieces(reply.text):
            yield line(
                {
                    **_ollama_head(reply),
                    "message": {"role": "assistant", "content": piece},
                    "done": False,
                }
            )
    yield line(
        {
            **_ollama_head(reply),
            "message": {"role": "assistant", "content": ""},
            **_ollama_done(reply),
        }
    )


# ------------------------------------------------------------------------- provider dispatch

STREAM_CONTENT_TYPES: dict[Provider, str] = {
    "openai": "text/event-stream; charset=utf-8",
    "anthropic": "text/event-stream; charset=utf-8",
    "ollama": "application/x-ndjson",
}
REQUEST_ID_HEADERS: dict[Provider, str] = {
    "openai": "x-request-id",
    "anthropic": "request-id",
    "ollama": "x-request-id",
}
OLLAMA_SHOW: dict[str, Any] = {  # minimal `POST /api/show` answer (LiteLLM asks for it)
    "modelfile": "",
    "parameters": "",
    "template": "{{ .Prompt }}",
    "details": {"format": "gguf", "family": "qwen2"},
    "model_info": {"general.architecture": "qwen2", "qwen2.context_length": 32768},
    "capabilities": ["completion", "tools"],
}


def encode_body(provider: Provider, reply: Reply) -> bytes:
    """The non-streaming JSON response body for ``reply``."""
    encoders = {"openai": openai_body, "anthropic": anthropic_body, "ollama": ollama_body}
    return json.dumps(encoders[provider](reply)).encode()


def encode_stream(provider: Provider, reply: Reply, include_usage: bool) -> Iterator[bytes]:
    """The streamed events (SSE or NDJSON lines) for ``reply``."""
    if provider == "openai":
        return openai_stream(reply, include_usage)
    return anthropic_stream(reply) if provider == "anthropic" else ollama_stream(reply)


def malformed_json(provider: Provider, model: str, stream: bool) -> bytes:
    """A 200 body (or single stream event) holding truncated JSON."""
    broken = json.dumps({"id": "broken", "model": model})[:-1].encode() + b', "choices": [{'
    if not stream:
        return broken
    return broken + b"\n" if provider == "ollama" else b"data: " + broken + b"\n\n"


# ------------------------------------------------------------------------------------ errors

_OPENAI_ERRORS: dict[int, tuple[str, str | None, str]] = {
    400: ("invalid_request_error", None, "Invalid request."),
    401: ("invalid_request_error", "invalid_api_key", "Incorrect API key provided."),
    403: (
        "invalid_request_error",
        "unsupported_country_region_territory",
        "Country, region, or territory not supported",
    ),
    404: (
        "invalid_request_error",
        "model_not_found",
        "The model does not exist or you do not have access to it.",
    ),
    408: ("timeout", None, "Request timed out."),
    429: ("requests", "rate_limit_exceeded", "Rate limit reached for requests. Please try again."),
}
_ANTHROPIC_ERRORS: dict[int, tuple[str, str]] = {
    400: ("invalid_request_error", "Invalid request."),
    401: ("authentication_error", "invalid x-api-key"),
    403: (
        "permission_error",
        "Your API key does not have permission to use the specified resource.",
    ),
    404: ("not_found_error", "model: not found"),
    408: ("timeout_error", "Request timed out."),
    413: ("request_too_large", "Request exceeds the maximum allowed number of bytes."),
    429: ("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit."),
    504: ("timeout_error", "Request timed out."),
    529: ("overloaded_error", "Overloaded"),
}
_OLLAMA_ERRORS: dict[int, str] = {
    400: "invalid request",
    401: "unauthorized",
    403: "forbidden",
    404: "model not found, try pulling it first",
    408: "request timed out",
    429: "too many requests",
    503: "server busy, please try again. maximum pending requests exceeded",
}
CONTEXT_OVERFLOW_MESSAGES: dict[Provider, str] = {
    "openai": "This model's maximum context length is 128000 tokens. However, your messages "
    "resulted in 200000 tokens. Please reduce the length of the messages.",
    "anthropic": "prompt is too long: 210000 tokens > 200000 maximum",
    "ollama": "prompt is too long: the input length exceeds the context length",
}


def error_body(
    provider: Provider,
    status: int,
    message: str | None = None,
    error_type: str | None = None,
    context_overflow: bool = False,
) -> dict[str, Any]:
    """A provider-shaped error body for HTTP ``status``.

    OpenAI ``{"error": {"message", "type", "param", "code"}}``; Anthropic
    ``{"type": "error", "error": {"type", "message"}}``; Ollama ``{"error": "..."}``.
    ``context_overflow`` uses the context-window message LiteLLM maps to
    ``ContextWindowExceededError`` (OpenAI also gets code ``context_length_exceeded``).
    """
    if context_overflow:
        message = message or CONTEXT_OVERFLOW_MESSAGES[provider]
    if provider == "openai":
        kind, code, default = _OPENAI_ERRORS.get(
            status, ("server_error", None, "The server had an error while processing your request.")
        )
        if context_overflow:
            kind, code = "invalid_request_error", "context_length_exceeded"
        return {
            "error": {
                "message": message or default,
                "type": error_type or kind,
                "param": "messages" if context_overflow else None,
                "code": code,
            }
        }
    if provider == "anthropic":
        kind, default = _ANTHROPIC_ERRORS.get(status, ("api_error", "Internal server error"))
        if context_overflow:
            kind = "invalid_request_error"
        return {
            "type": "error",
            "error": {"type": error_type or kind, "message": message or default},
            "request_id": _new_id("req_01"),
        }
    return {"error": message or _OLLAMA_ERRORS.get(status, "unexpected server error")}


def error_headers(
    provider: Provider, status: int, retry_after: float | None, retry_after_ms: int | None
) -> dict[str, str]:
    """``Retry-After`` (seconds) / ``retry-after-ms`` headers, plus Anthropic's x-should-retry."""
    headers: dict[str, str] = {}
    if retry_after is not None:
        whole = retry_after == int(retry_after)
        headers["Retry-After"] = str(int(retry_after)) if whole else str(retry_after)
    if retry_after_ms is not None:
        headers["retry-after-ms"] = str(retry_after_ms)
    if provider == "anthropic":
        should_retry = status in (408, 409, 429) or status >= 500
        headers["x-should-retry"] = "true" if should_retry else "false"
    return headers
