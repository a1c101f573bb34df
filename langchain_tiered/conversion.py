"""LangChain <-> LiteLLM conversion: small pure functions shared by every call path.

Message conversion itself is langchain-litellm's (the maintained LangChain integration for
LiteLLM): it already handles tool calls, multimodal blocks, reasoning content and the
provider quirks LiteLLM exposes, so this module only adapts its results and adds what routing
needs (the answering model, usage, finish reason). Its converters are module-level helpers of
``langchain_litellm.chat_models.litellm``; the dependency is pinned to a minor range and every
function used here is covered by tests in ``tests/unit_tests/test_conversion.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.messages.ai import UsageMetadata
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

__all__ = [
    "ChunkConverter",
    "chat_result",
    "thinking_blocks",
    "to_litellm_messages",
    "usage_metadata",
]


@cache
def _converters() -> ModuleType:
    """langchain-litellm's converter module, imported on first use.

    It imports LiteLLM (seconds), so ``from langchain_tiered import TieredChatModel`` does not;
    the first call does (an async model's first call does it in a worker thread).
    """
    from langchain_litellm.chat_models import litellm as module

    return module


_THINKING_TYPES = ("thinking", "redacted_thinking")
_THINKING_KEYS = ("type", "thinking", "signature", "data")


def thinking_blocks(message: AIMessage) -> list[dict[str, Any]]:
    """The signed thinking blocks an answer carried (as LiteLLM exposed them), if any."""
    kwargs = message.additional_kwargs
    blocks = kwargs.get("thinking_blocks") or (
        (kwargs.get("provider_specific_fields") or {}).get("thinking_blocks")
    )
    return [
        {k: block[k] for k in _THINKING_KEYS if k in block}
        for block in blocks or []
        if isinstance(block, Mapping) and block.get("type") in _THINKING_TYPES
    ]


def to_litellm_messages(messages: Sequence[BaseMessage]) -> list[dict[str, Any]]:
    """LangChain messages as OpenAI-format dicts, the request format LiteLLM takes.

    An assistant turn keeps its signed thinking blocks (``thinking_blocks``), which
    Anthropic requires back when a turn with thinking continues with tool results.
    """
    out = []
    for message in messages:
        converted = _converters()._convert_message_to_dict(message)
        if isinstance(message, AIMessage) and (blocks := thinking_blocks(message)):
            converted["thinking_blocks"] = blocks
        out.append(converted)
    return out


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def usage_metadata(usage: Any) -> UsageMetadata | None:
    """LiteLLM ``usage`` as LangChain ``UsageMetadata``; ``None`` when there is none."""
    if not usage:
        return None
    converted: UsageMetadata = _converters()._create_usage_metadata(usage)
    return converted


def chat_result(response: Any, metadata: Mapping[str, Any]) -> ChatResult:
    """A LiteLLM ``ModelResponse`` as a ``ChatResult``.

    ``metadata`` (routing decision, attempts, answering model) is merged into each message's
    ``response_metadata`` and into ``llm_output``, so callbacks see it too.
    """
    usage = usage_metadata(_get(response, "usage"))
    generations = []
    for choice in _get(response, "choices") or []:
        raw = _get(choice, "message")
        as_dict = raw if isinstance(raw, Mapping) else raw.model_dump()
        message = _converters()._convert_dict_to_message(as_dict)
        finish_reason = _get(choice, "finish_reason")
        if isinstance(message, AIMessage):
            message.response_metadata = {
                **metadata,
                "model_provider": "litellm",
                "finish_reason": finish_reason,
            }
            message.usage_metadata = usage
            message.id = message.id or _get(response, "id")
        generations.append(
            ChatGeneration(message=message, generation_info={"finish_reason": finish_reason})
        )
    llm_output = {**metadata, "token_usage": dict(usage) if usage else {}}
    return ChatResult(generations=generations, llm_output=llm_output)


@dataclass
class ChunkConverter:
    """Turn LiteLLM stream chunks into ``ChatGenerationChunk``s; one per stream.

    The first content chunk carries ``metadata`` in its ``response_metadata``; the chunk
    carrying ``usage`` (the final one with ``stream_options.include_usage``) carries
    ``usage_metadata``, exactly once, so summed chunks give the true totals.
    """

    metadata: Mapping[str, Any]
    """Routing metadata put on the first chunk."""
    started: bool = False
    """Whether a chunk has been produced yet."""
    usage_seen: bool = False
    """Whether usage has been reported yet."""
    model_name: str | None = None
    """The model the provider says answered (first chunk that names one), unless given."""
    usage: UsageMetadata | None = None
    """The stream's usage, once reported."""
    _default_class: type[AIMessageChunk] = field(default=AIMessageChunk, repr=False)

    def convert(self, chunk: Any) -> ChatGenerationChunk | None:
        """Convert one chunk; ``None`` for chunks with nothing to pass on."""
        usage = None if self.usage_seen else usage_metadata(_get(chunk, "usage"))
        choices = _get(chunk, "choices") or []
        if self.model_name is None:
            self.model_name = _get(chunk, "model")
        if not choices:
            if usage is None:
                return None
            message = AIMessageChunk(content="", usage_metadata=usage)
            finish_reason = None
        else:
            choice = choices[0]
            delta = _get(choice, "delta")
            if _get(delta, "tool_calls"):  # plain dicts, so chunks merge and serialize
                delta = delta if isinstance(delta, Mapping) else delta.model_dump()
            converted = _converters()._convert_delta_to_message_chunk(delta, self._default_class)
            message = (
                converted
                if isinstance(converted, AIMessageChunk)
                else AIMessageChunk(content=converted.content)
            )
            if usage is not None:
                message.usage_metadata = usage
            finish_reason = _get(choice, "finish_reason")
        if usage is not None:
            self.usage_seen = True
            self.usage = usage
        meta: dict[str, Any] = {}
        if not self.started:
            meta.update(self.metadata)
            meta.setdefault("model_name", self.model_name)
            meta["model_provider"] = "litellm"
            self.started = True
        if finish_reason is not None:
            meta["finish_reason"] = finish_reason
        if meta:
            message.response_metadata = {**message.response_metadata, **meta}
        return ChatGenerationChunk(
            message=message,
            generation_info={"finish_reason": finish_reason} if finish_reason else None,
        )
