"""``TieredChatModel``: a LangChain chat model that sends each call to the cheapest fit tier.

Flow of one call: read the routing inputs from the run's metadata and tags
(:mod:`~langchain_tiered.run_inputs`), decide with the pure policy
(:mod:`~langchain_tiered.policy`), build one LiteLLM payload, send it through a
``litellm.Router`` built from the YAML's ``model_list``, and convert the answer
(:mod:`~langchain_tiered.conversion`). Sync and async, plain and streaming calls share the
payload builder, the decision and the converters; only the line that awaits differs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from os import PathLike
from typing import TYPE_CHECKING, Any, Literal

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import LanguageModelInput
from langchain_core.language_models.base import LangSmithParams
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable, RunnableConfig, ensure_config
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import ConfigDict, Field, PrivateAttr, field_validator

from langchain_tiered.config import TieredConfig, config_from_dict, load_config
from langchain_tiered.errors import RoutingInputError
from langchain_tiered.policy import RoutingDecision, TierPolicy
from langchain_tiered.run_inputs import DECISION_METADATA_PREFIX, routing_request

if TYPE_CHECKING:
    from litellm.router import Router

__all__ = ["TieredChatModel"]

logger = logging.getLogger("langchain_tiered")

_DECISION_KWARG = "tiered_decision"
_TOOL_CHOICE_KEYWORDS = ("auto", "none", "required")


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


class TieredChatModel(BaseChatModel):
    """Chat model that routes every call to a cost tier over LiteLLM.

    Example:
        .. code-block:: python

            from langchain_tiered import TieredChatModel

            llm = TieredChatModel.from_yaml("litellm_config/tiers.yaml")
            llm.invoke("Is this a bug or a feature?", config={"metadata": {"intent": "classify"}})

    Routing inputs come from run metadata (``intent``, ``complexity``, ``tier``,
    ``min_tier``, ``max_tier``) and tags (``intent:NAME``, ``tier:N``), set on this model,
    on any enclosing runnable, or in the ``config`` of a call. Each answer's
    ``response_metadata`` names the model that answered, the tier, the model group, the
    reason and the attempts.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True, populate_by_name=True)

    config: TieredConfig
    """The tier configuration: a ``TieredConfig``, a mapping, or a path to the YAML file."""
    model: str | None = None
    """Pin every call to this model group, bypassing routing (per call: ``model=``)."""
    temperature: float | None = None
    """Sampling temperature, passed to the provider."""
    max_tokens: int | None = None
    """Most tokens to generate, passed to the provider."""
    stop: list[str] | None = Field(default=None, alias="stop_sequences")
    """Default stop sequences."""
    timeout: float | None = None
    """Seconds to wait for one provider request."""
    max_retries: int = 0
    """Retries per call inside LiteLLM's Router (``num_retries``)."""
    streaming: bool = False
    """Stream even when called with ``invoke``."""
    model_kwargs: dict[str, Any] = Field(default_factory=dict)
    """Extra parameters passed to ``litellm`` on every call."""

    _router: Router | None = PrivateAttr(default=None)
    _policy: TierPolicy | None = PrivateAttr(default=None)

    @field_validator("config", mode="before")
    @classmethod
    def _load_config(cls, value: Any) -> Any:
        if isinstance(value, (str, PathLike)):
            return load_config(value)
        if isinstance(value, Mapping):
            return config_from_dict(value)
        return value

    @classmethod
    def from_yaml(cls, path: str | PathLike[str], **kwargs: Any) -> TieredChatModel:
        """Build the model from a LiteLLM proxy-style YAML file with a ``tiering`` section."""
        return cls(config=load_config(path), **kwargs)

    # ----------------------------------------------------------------- LangChain plumbing
    @property
    def _llm_type(self) -> str:
        return "tiered-litellm"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {
            "config": self.config.source,
            "model": self.model,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }

    def _get_ls_params(self, stop: list[str] | None = None, **kwargs: Any) -> LangSmithParams:
        params = LangSmithParams(
            ls_provider="litellm",
            ls_model_name=kwargs.get("model") or self.model or "tiered",
            ls_model_type="chat",
        )
        temperature = kwargs.get("temperature", self.temperature)
        if temperature is not None:
            params["ls_temperature"] = temperature
        max_tokens = kwargs.get("max_tokens", self.max_tokens)
        if max_tokens is not None:
            params["ls_max_tokens"] = max_tokens
        if stop := stop or self.stop:
            params["ls_stop"] = stop
        return params

    @property
    def policy(self) -> TierPolicy:
        """The routing policy built from the config."""
        if self._policy is None:
            self._policy = self.config.policy()
        return self._policy

    @property
    def router(self) -> Router:
        """The ``litellm.Router`` over the config's ``model_list`` (built on first use)."""
        if self._router is None:
            from litellm.router import Router

            settings = dict(self.config.router_settings)
            self._router = Router(model_list=self.config.router_model_list(), **settings)
        return self._router

    # ------------------------------------------------------------------------- routing
    def route(
        self, input: LanguageModelInput, config: RunnableConfig | None = None, **kwargs: Any
    ) -> RoutingDecision:
        """The routing decision for ``input`` under ``config``, without calling any model."""
        cfg = ensure_config(config)
        messages = self._convert_input(input).to_messages()
        return self._decide(messages, cfg.get("metadata") or {}, cfg.get("tags") or [], kwargs)

    def _decide(
        self,
        messages: Sequence[BaseMessage],
        metadata: Mapping[str, Any],
        tags: Sequence[str],
        kwargs: Mapping[str, Any],
    ) -> RoutingDecision:
        merged_metadata = {**(self.metadata or {}), **metadata}
        merged_tags = [*(self.tags or []), *tags]
        request = routing_request(merged_metadata, merged_tags)
        pinned = kwargs.get("model") or self.model
        if pinned:
            return self._pinned(pinned)
        return self.policy.decide(request)

    def _pinned(self, model_group: str) -> RoutingDecision:
        tier = self.config.tier_of(model_group)
        if model_group not in self.config.model_groups:
            raise RoutingInputError(
                "model", model_group, f"one of the model groups {self.config.model_groups}"
            )
        return RoutingDecision(
            tier=tier if tier is not None else -1,
            model_group=model_group,
            reason=f"model group {model_group!r} pinned by the caller -> tier {tier}",
            source="model",
        )

    def _with_decision(
        self, input: LanguageModelInput, config: RunnableConfig | None, kwargs: dict[str, Any]
    ) -> RunnableConfig:
        """Decide before the run starts, so run metadata and callbacks carry the decision."""
        cfg = ensure_config(config)
        if _DECISION_KWARG in kwargs:
            return cfg
        messages = self._convert_input(input).to_messages()
        decision = self._decide(messages, cfg.get("metadata") or {}, cfg.get("tags") or [], kwargs)
        kwargs[_DECISION_KWARG] = decision
        cfg["metadata"] = {**(cfg.get("metadata") or {}), **decision_metadata(decision)}
        return cfg

    def invoke(
        self,
        input: LanguageModelInput,
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> AIMessage:
        config = self._with_decision(input, config, kwargs)
        return super().invoke(input, config, stop=stop, **kwargs)

    async def ainvoke(
        self,
        input: LanguageModelInput,
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> AIMessage:
        config = self._with_decision(input, config, kwargs)
        return await super().ainvoke(input, config, stop=stop, **kwargs)

    def stream(
        self,
        input: LanguageModelInput,
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> Iterator[AIMessageChunk]:
        config = self._with_decision(input, config, kwargs)
        yield from super().stream(input, config, stop=stop, **kwargs)

    async def astream(
        self,
        input: LanguageModelInput,
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[AIMessageChunk]:
        config = self._with_decision(input, config, kwargs)
        async for chunk in super().astream(input, config, stop=stop, **kwargs):
            yield chunk

    # ------------------------------------------------------------------- one payload
    def _prepare(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None,
        run_manager: CallbackManagerForLLMRun | AsyncCallbackManagerForLLMRun | None,
        kwargs: dict[str, Any],
        *,
        stream: bool,
    ) -> tuple[RoutingDecision, dict[str, Any]]:
        """The decision and the one LiteLLM payload for this call (sync and async alike)."""
        decision = kwargs.pop(_DECISION_KWARG, None)
        if decision is None:
            run_metadata = dict(run_manager.inheritable_metadata) if run_manager else {}
            run_tags = list(run_manager.inheritable_tags) if run_manager else []
            decision = self._decide(messages, run_metadata, run_tags, kwargs)
        self.config.check_secrets(decision.model_group)
        params: dict[str, Any] = {
            key: value
            for key, value in (
                ("temperature", self.temperature),
                ("max_tokens", self.max_tokens),
                ("timeout", self.timeout),
            )
            if value is not None
        }
        params.update(self.model_kwargs)
        stop = stop if stop is not None else self.stop
        if stop:
            params["stop"] = stop
        params.update(kwargs)
        params.pop("model", None)
        params.pop("stream", None)
        if stream:
            params["stream"] = True
            params.setdefault("stream_options", {"include_usage": True})
        params["num_retries"] = self.max_retries
        from langchain_tiered.conversion import to_litellm_messages

        payload = {
            "model": decision.model_group,
            "messages": to_litellm_messages(messages),
            **params,
        }
        logger.info(
            "routing call: tier=%s model_group=%s source=%s reason=%s",
            decision.tier,
            decision.model_group,
            decision.source,
            decision.reason,
        )
        return decision, payload

    @staticmethod
    def _result_metadata(
        decision: RoutingDecision, response: Any, started: float, outcome: str = "ok"
    ) -> dict[str, Any]:
        hidden = getattr(response, "_hidden_params", None) or {}
        headers = hidden.get("additional_headers") or {}
        model_group = headers.get("x-litellm-model-group") or decision.model_group
        attempt = {
            "model_group": model_group,
            "deployment": hidden.get("litellm_model_name"),
            "outcome": outcome,
            "latency_ms": round((time.perf_counter() - started) * 1000, 3),
        }
        metadata = {
            "model_name": getattr(response, "model", None),
            "tier": decision.tier,
            "model_group": model_group,
            "routing_reason": decision.reason,
            "routing_source": decision.source,
            "intent": decision.intent,
            "complexity": decision.complexity,
            "attempts": [attempt],
        }
        return metadata

    # ------------------------------------------------------------------- the four paths
    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        from langchain_tiered.conversion import chat_result

        decision, payload = self._prepare(messages, stop, run_manager, kwargs, stream=False)
        started = time.perf_counter()
        response = self.router.completion(**payload)
        return chat_result(response, self._result_metadata(decision, response, started))

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        from langchain_tiered.conversion import chat_result

        decision, payload = self._prepare(messages, stop, run_manager, kwargs, stream=False)
        started = time.perf_counter()
        response = await self.router.acompletion(**payload)
        return chat_result(response, self._result_metadata(decision, response, started))

    def _chunk_converter(
        self, decision: RoutingDecision, started: float
    ) -> Callable[[Any], ChatGenerationChunk | None]:
        from langchain_tiered.conversion import ChunkConverter

        converter: ChunkConverter | None = None

        def convert(chunk: Any) -> ChatGenerationChunk | None:
            nonlocal converter
            if converter is None:
                meta = self._result_metadata(decision, chunk, started)
                converter = ChunkConverter(metadata=meta, model_name=meta["model_name"])
            return converter.convert(chunk)

        return convert

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        decision, payload = self._prepare(messages, stop, run_manager, kwargs, stream=True)
        started = time.perf_counter()
        convert = self._chunk_converter(decision, started)
        for raw in self.router.completion(**payload):
            chunk = convert(raw)
            if chunk is None:
                continue
            if run_manager:
                run_manager.on_llm_new_token(chunk.text, chunk=chunk)
            yield chunk

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        decision, payload = self._prepare(messages, stop, run_manager, kwargs, stream=True)
        started = time.perf_counter()
        convert = self._chunk_converter(decision, started)
        async for raw in await self.router.acompletion(**payload):
            chunk = convert(raw)
            if chunk is None:
                continue
            if run_manager:
                await run_manager.on_llm_new_token(chunk.text, chunk=chunk)
            yield chunk

    # ------------------------------------------------------------ tools and structure
    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | bool | dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Bind tools (any format ``convert_to_openai_tool`` takes); same on every tier."""
        formatted = [convert_to_openai_tool(t) for t in tools]
        choice = normalize_tool_choice(tool_choice, formatted)
        if choice is not None:
            kwargs["tool_choice"] = choice
        return self.bind(tools=formatted, **kwargs)

    def with_structured_output(
        self,
        schema: dict[str, Any] | type | None = None,
        *,
        method: Literal["function_calling", "json_schema", "json_mode"] = "function_calling",
        include_raw: bool = False,
        strict: bool | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, dict[str, Any] | Any]:
        """Structured output by tool calling, JSON schema or JSON mode, on every tier."""
        from langchain_tiered.structured_output import structured_output_runnable

        return structured_output_runnable(
            self, schema, method=method, include_raw=include_raw, strict=strict, **kwargs
        )
