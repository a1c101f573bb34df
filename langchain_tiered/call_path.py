"""The pieces of one model call that are not the LangChain class itself.

Router keyword arguments, the retry/failover runner, the ``response_metadata`` of an
answer, and the relay that turns a LiteLLM stream into LangChain chunks. Shared by the
sync and async, plain and streaming paths of :class:`~langchain_tiered.TieredChatModel`.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from langchain_core.messages import AIMessageChunk
from langchain_core.outputs import ChatGenerationChunk

from langchain_tiered.config import TieredConfig
from langchain_tiered.errors import StreamInterruptedError
from langchain_tiered.fallback import CallRunner, Outcome
from langchain_tiered.policy import RoutingDecision
from langchain_tiered.run_inputs import DECISION_METADATA_PREFIX

__all__ = [
    "NO_FORCED_TOOL_PROVIDERS",
    "StreamRelay",
    "build_runner",
    "decision_metadata",
    "forced_tool",
    "forced_tool_as_json_schema",
    "json_answer_as_tool_call",
    "normalize_tool_choice",
    "result_metadata",
    "answering_model",
    "router_kwargs",
    "run_id_of",
]

logger = logging.getLogger("langchain_tiered")

_TOOL_CHOICE_KEYWORDS = ("auto", "none", "required")
NO_FORCED_TOOL_PROVIDERS = frozenset({"ollama", "ollama_chat"})
"""Providers whose API cannot force a tool call (LiteLLM drops ``tool_choice`` for them)."""
_ROUTER_RETRY_KEYS = (
    "num_retries",
    "fallbacks",
    "context_window_fallbacks",
    "retry_policy",
    "allowed_fails",
    "model_group_retry_policy",
)


def decision_metadata(decision: RoutingDecision) -> dict[str, Any]:
    """The decision as run metadata: JSON values under ``tiered_``-prefixed keys."""
    return {
        f"{DECISION_METADATA_PREFIX}{key}": value
        for key, value in decision.as_metadata().items()
        if value is not None
    }


def normalize_tool_choice(
    tool_choice: str | bool | dict[str, Any] | None, tools: Sequence[dict[str, Any]]
) -> str | dict[str, Any] | None:
    """LangChain's ``tool_choice`` spellings in the OpenAI format LiteLLM translates."""
    if tool_choice is None or tool_choice is False:
        return None
    if tool_choice is True or tool_choice == "any":
        if tool_choice is True and len(tools) == 1:
            return {"type": "function", "function": {"name": tools[0]["function"]["name"]}}
        return "required"
    if isinstance(tool_choice, str):
        if tool_choice in _TOOL_CHOICE_KEYWORDS:
            return tool_choice
        names = [t["function"]["name"] for t in tools]
        if tool_choice not in names:
            raise ValueError(
                f"tool_choice {tool_choice!r} names no bound tool; bound tools: {names}"
            )
        return {"type": "function", "function": {"name": tool_choice}}
    return tool_choice


def router_kwargs(config: TieredConfig) -> dict[str, Any]:
    """``router_settings`` for our Router: LiteLLM's own retries and fallbacks switched off.

    langchain-tiered retries and fails over itself (tenacity, see ``fallback.py``), so the
    Router must not do it a second time; a proxy started from the same file keeps them.
    """
    settings = dict(config.router_settings)
    overridden = sorted(k for k in _ROUTER_RETRY_KEYS if settings.pop(k, None))
    if overridden:
        logger.info(
            "router_settings %s apply to a LiteLLM proxy only; langchain-tiered retries itself "
            "(tiering.reliability)",
            overridden,
        )
    settings["num_retries"] = 0
    settings.setdefault("disable_cooldowns", True)
    return settings


def build_runner(config: TieredConfig, max_retries: int | None) -> CallRunner:
    """The CallRunner for ``config``; ``max_retries`` overrides the YAML's attempts."""
    from langchain_tiered.reliability import CircuitBreaker, LocalGate

    settings = config.tiering.reliability
    if max_retries is not None:
        retries = settings.retries.model_copy(update={"attempts": max_retries + 1})
        settings = settings.model_copy(update={"retries": retries})

    def key_variables(group: str) -> list[str]:
        return [n for d in config.deployments(group) for n in d.litellm_params.env_references()]

    def window_of(group: str) -> int | None:
        sizes = [d.model_info.get("max_input_tokens") for d in config.deployments(group)]
        known = [int(s) for s in sizes if isinstance(s, int)]
        if known:
            return min(known)
        from langchain_tiered.model_facts import max_input_tokens

        found = [max_input_tokens(d.litellm_params.model) for d in config.deployments(group)]
        windows = [w for w in found if w is not None]
        return min(windows) if windows else None

    return CallRunner(
        settings=settings,
        breaker=CircuitBreaker(settings.circuit),
        gate=LocalGate(settings.local),
        key_variables=key_variables,
        window_of=window_of,
    )


class StreamRelay:
    """Turns one stream's raw chunks into LangChain chunks; counts what was passed on."""

    def __init__(
        self,
        decision: RoutingDecision,
        outcome: Outcome[Any],
        first: Any,
    ) -> None:
        from langchain_tiered.conversion import ChunkConverter

        self.first = first
        self.group = outcome.rung.model_group
        self.sent = 0
        meta = result_metadata(decision, outcome, first) if first is not None else {}
        self.metadata = meta
        self.converter = ChunkConverter(metadata=meta, model_name=meta.get("model_name"))

    def start(self) -> list[ChatGenerationChunk]:
        return self.feed(self.first) if self.first is not None else []

    def feed(self, raw: Any) -> list[ChatGenerationChunk]:
        chunk = self.converter.convert(raw)
        if chunk is None:
            return []
        self.sent += 1
        return [chunk]

    def closing(self, costs: Mapping[str, Any]) -> ChatGenerationChunk | None:
        """A last, empty chunk carrying the stream's costs (known once usage arrived)."""
        if not costs:
            return None
        return ChatGenerationChunk(
            message=AIMessageChunk(content="", response_metadata=dict(costs))
        )

    def interrupted(self, exc: BaseException) -> StreamInterruptedError:
        from langchain_tiered.failures import describe

        return StreamInterruptedError(self.group, self.sent, describe(exc))


def answering_model(response: Any) -> str | None:
    """The model that answered, as its provider names it (LiteLLM's prefix removed)."""
    hidden = getattr(response, "_hidden_params", None) or {}
    name = hidden.get("provider_response_model") or getattr(response, "model", None)
    provider = hidden.get("custom_llm_provider")
    if isinstance(name, str) and provider and name.startswith(f"{provider}/"):
        return name[len(provider) + 1 :]
    return name if isinstance(name, str) else None


def result_metadata(
    decision: RoutingDecision, outcome: Outcome[Any], response: Any
) -> dict[str, Any]:
    """The ``response_metadata`` of an answer: decision, answering model, attempts."""
    hidden = getattr(response, "_hidden_params", None) or {}
    rung = outcome.rung
    outcome.attempts[-1].deployment = hidden.get("litellm_model_name")
    reason = decision.reason
    if rung.tier != decision.tier:
        reason += f"; escalated to tier {rung.tier} ({rung.model_group}) after failures"
    elif rung.model_group != decision.model_group:
        reason += f"; failed over to {rung.model_group}"
    return {
        "model_name": answering_model(response),
        "tier": rung.tier,
        "model_group": rung.model_group,
        "routed_tier": decision.tier,
        "routing_reason": reason,
        "routing_source": decision.source,
        "intent": decision.intent,
        "complexity": decision.complexity,
        "attempts": [a.as_dict() for a in outcome.attempts],
    }


def forced_tool(params: Mapping[str, Any]) -> str | None:
    """The tool a request forces (by name, or ``required`` with one tool), if any."""
    choice = params.get("tool_choice")
    tools = params.get("tools") or []
    if isinstance(choice, dict) and choice.get("type") == "function":
        name = (choice.get("function") or {}).get("name")
        return name if isinstance(name, str) else None
    if choice == "required" and len(tools) == 1:
        name = tools[0].get("function", {}).get("name")
        return name if isinstance(name, str) else None
    return None


def forced_tool_as_json_schema(params: Mapping[str, Any], name: str) -> dict[str, Any]:
    """The same request asking for the tool's arguments as JSON output instead.

    For providers that cannot force a tool call: the answer is turned back into a tool call
    by :func:`json_answer_as_tool_call`, so a forced tool behaves the same on every tier.
    """
    tool = next(t for t in params["tools"] if t.get("function", {}).get("name") == name)
    adapted = {k: v for k, v in params.items() if k not in ("tools", "tool_choice")}
    schema = tool["function"].get("parameters") or {"type": "object", "properties": {}}
    adapted["response_format"] = {
        "type": "json_schema",
        "json_schema": {"name": name, "schema": schema, "strict": False},
    }
    return adapted


def json_answer_as_tool_call(response: Any, name: str) -> Any:
    """Rewrite a JSON text answer as a call of tool ``name`` (in place; returns it)."""
    for choice in getattr(response, "choices", None) or []:
        message = choice.message
        arguments = (message.content or "").strip() or "{}"
        message.tool_calls = [
            {
                "id": f"call_{uuid.uuid4().hex[:24]}",
                "type": "function",
                "function": {"name": name, "arguments": arguments},
            }
        ]
        message.content = None
        choice.finish_reason = "tool_calls"
    return response


def run_id_of(run_manager: Any) -> str | None:
    """The LangChain run id of a call, as text."""
    run_id = getattr(run_manager, "run_id", None)
    return str(run_id) if run_id is not None else None
