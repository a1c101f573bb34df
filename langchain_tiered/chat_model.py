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
import threading
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
from langchain_core.runnables import Runnable, RunnableConfig
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import ConfigDict, Field, PrivateAttr, field_validator

from langchain_tiered.accounting import CallAccounting
from langchain_tiered.call_parts import CallParts
from langchain_tiered.call_path import (
    NO_FORCED_TOOL_PROVIDERS,
    StreamRelay,
    forced_tool,
    forced_tool_as_json_schema,
    json_answer_as_tool_call,
    normalize_tool_choice,
    run_id_of,
)
from langchain_tiered.cascade_run import Cascade
from langchain_tiered.config import TieredConfig, config_from_dict, load_config
from langchain_tiered.conversion import to_litellm_messages
from langchain_tiered.dispatch import Dispatcher
from langchain_tiered.fallback import CallRunner, Rung, fallback_chain
from langchain_tiered.policy import RoutingDecision, TierPolicy
from langchain_tiered.run_routing import DECISION_KWARG, RunRouting

if TYPE_CHECKING:
    from litellm.router import Router

    from langchain_tiered.budget import Admission
    from langchain_tiered.model_classifier import ModelClassifier

__all__ = ["TieredChatModel"]

logger = logging.getLogger("langchain_tiered")

_DECISION_KWARG = DECISION_KWARG


class TieredChatModel(CallParts, RunRouting, BaseChatModel):
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
    """Seconds to wait for one provider request (default: the YAML's ``request_timeout_s``)."""
    max_retries: int | None = None
    """Retries per deployment on transient errors (default: the YAML's ``retries.attempts``-1)."""
    streaming: bool = False
    """Stream even when called with ``invoke``."""
    model_kwargs: dict[str, Any] = Field(default_factory=dict)
    """Extra parameters passed to ``litellm`` on every call."""

    _router: Router | None = PrivateAttr(default=None)
    _dispatcher: Dispatcher | None = PrivateAttr(default=None)
    _policy: TierPolicy | None = PrivateAttr(default=None)
    _runner: CallRunner | None = PrivateAttr(default=None)
    _accounting: CallAccounting | None = PrivateAttr(default=None)
    _model_classifier: ModelClassifier | None = PrivateAttr(default=None)
    _parts_lock: threading.RLock = PrivateAttr(default_factory=threading.RLock)
    _parts_ready: bool = PrivateAttr(default=False)

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

    def invoke(
        self,
        input: LanguageModelInput,
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> AIMessage:
        input = self._convert_input(input)  # once: the decision and the call share it
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
        await self._aready()
        input = self._convert_input(input)
        config = await self._awith_decision(input, config, kwargs)
        return await super().ainvoke(input, config, stop=stop, **kwargs)

    def stream(
        self,
        input: LanguageModelInput,
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> Iterator[AIMessageChunk]:
        input = self._convert_input(input)  # once: the decision and the call share it
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
        await self._aready()
        input = self._convert_input(input)
        config = await self._awith_decision(input, config, kwargs)
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
        """The decision and the one LiteLLM payload (all four paths)."""
        decision = kwargs.pop(_DECISION_KWARG, None)
        if decision is None:
            run_metadata = dict(run_manager.inheritable_metadata) if run_manager else {}
            run_tags = list(run_manager.inheritable_tags) if run_manager else []
            decision = self._decide(messages, run_metadata, run_tags, kwargs)
        reliability = self.config.tiering.reliability
        params: dict[str, Any] = {
            "timeout": self.timeout or reliability.retries.request_timeout_s,
            # tenacity retries (see fallback.py); LiteLLM and provider SDKs must not retry too
            "num_retries": 0,
            "max_retries": 0,
        }
        if self.temperature is not None:
            params["temperature"] = self.temperature
        if self.max_tokens is not None:
            params["max_tokens"] = self.max_tokens
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
        params["messages"] = to_litellm_messages(messages)
        logger.info(
            "routing call: tier=%s model_group=%s source=%s reason=%s",
            decision.tier,
            decision.model_group,
            decision.source,
            decision.reason,
        )
        return decision, params

    def _chain(
        self, decision: RoutingDecision, admission: Admission | None
    ) -> tuple[RoutingDecision, list[Rung]]:
        """The decision after budgets, and its fallback chain."""
        decision = CallAccounting.apply(
            decision,
            admission,
            self.policy.model_groups[admission.tier] if admission is not None else (),
        )
        chain = fallback_chain(
            self.policy,
            decision,
            escalate=self.config.tiering.reliability.escalate,
            max_tier=decision.max_tier,
        )
        return decision, chain

    def _adapt(self, rung: Rung, params: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        """Per-rung request tweaks; returns the params and the tool to re-create, if any."""
        self.config.check_secrets(rung.model_group)
        name = forced_tool(params)
        if (
            name is None
            or params.get("stream")
            or self.config.provider_of(rung.model_group) not in NO_FORCED_TOOL_PROVIDERS
        ):
            return params, None
        return forced_tool_as_json_schema(params, name), name

    def _send(self, rung: Rung, params: dict[str, Any]) -> Any:
        sent, tool = self._adapt(rung, params)
        response = self.dispatcher.completion(rung.model_group, **sent)
        return json_answer_as_tool_call(response, tool) if tool else response

    async def _asend(self, rung: Rung, params: dict[str, Any]) -> Any:
        sent, tool = self._adapt(rung, params)
        response = await self.dispatcher.acompletion(rung.model_group, **sent)
        return json_answer_as_tool_call(response, tool) if tool else response

    # ------------------------------------------------------------------- the four paths
    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        decision, params = self._prepare(messages, stop, run_manager, kwargs, stream=False)
        cascade = Cascade.start(self, params, run_manager)
        while True:
            admission = self.accounting.admit(decision, params)
            decision, chain = self._chain(decision, admission)
            started = time.time()
            try:
                outcome = self.runner.run(chain, lambda rung: self._send(rung, params))
            except Exception as exc:
                self.accounting.fail(admission, decision, started, exc)
                raise
            result, metadata, usage, valid = cascade.check(decision, outcome)
            self.accounting.finish(
                admission, metadata, usage, started, run_id_of(run_manager), cascade.outcome(valid)
            )
            next_decision = cascade.next(decision, metadata, valid)
            if next_decision is None:
                return cascade.finish(result, metadata)
            decision = next_decision

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        await self._aready()
        await self._adecision_for(messages, run_manager, kwargs)
        decision, params = self._prepare(messages, stop, run_manager, kwargs, stream=False)
        cascade = Cascade.start(self, params, run_manager)
        while True:
            admission = await self.accounting.aadmit(decision, params)
            decision, chain = self._chain(decision, admission)
            started = time.time()
            try:
                outcome = await self.runner.arun(chain, lambda rung: self._asend(rung, params))
            except Exception as exc:
                await self.accounting.afail(admission, decision, started, exc)
                raise
            result, metadata, usage, valid = cascade.check(decision, outcome)
            await self.accounting.afinish(
                admission, metadata, usage, started, run_id_of(run_manager), cascade.outcome(valid)
            )
            next_decision = cascade.next(decision, metadata, valid)
            if next_decision is None:
                return cascade.finish(result, metadata)
            decision = next_decision

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        decision, params = self._prepare(messages, stop, run_manager, kwargs, stream=True)
        admission = self.accounting.admit(decision, params)
        decision, chain = self._chain(decision, admission)
        started = time.time()

        def open_stream(rung: Rung) -> tuple[Any, Iterator[Any]]:
            # The first chunk is read inside the runner: a failure before it falls back.
            iterator = iter(self._send(rung, params))
            return next(iterator, None), iterator

        try:
            outcome = self.runner.run(chain, open_stream, hold=True)
        except Exception as exc:
            self.accounting.fail(admission, decision, started, exc)
            raise
        first, rest = outcome.result
        relay = StreamRelay(decision, outcome, first)
        finished = False
        try:
            pending = relay.start()
            while True:
                for chunk in pending:
                    if run_manager:
                        run_manager.on_llm_new_token(chunk.text, chunk=chunk)
                    yield chunk
                try:
                    pending = relay.feed(next(rest))
                except StopIteration:
                    break
                except Exception as exc:
                    raise relay.interrupted(exc) from exc
            usage = relay.converter.usage
            costs = self.accounting.finish(admission, relay.metadata, usage, started)
            finished = True
            if (last := relay.closing(costs)) is not None:
                yield last
        finally:
            outcome.release()
            if not finished:
                self.accounting.fail(admission, decision, started, "interrupted")

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        await self._aready()
        await self._adecision_for(messages, run_manager, kwargs)
        decision, params = self._prepare(messages, stop, run_manager, kwargs, stream=True)
        admission = await self.accounting.aadmit(decision, params)
        decision, chain = self._chain(decision, admission)
        started = time.time()

        async def open_stream(rung: Rung) -> tuple[Any, AsyncIterator[Any]]:
            iterator = (await self._asend(rung, params)).__aiter__()
            return await anext(iterator, None), iterator

        try:
            outcome = await self.runner.arun(chain, open_stream, hold=True)
        except Exception as exc:
            await self.accounting.afail(admission, decision, started, exc)
            raise
        first, rest = outcome.result
        relay = StreamRelay(decision, outcome, first)
        finished = False
        try:
            pending = relay.start()
            while True:
                for chunk in pending:
                    if run_manager:
                        await run_manager.on_llm_new_token(chunk.text, chunk=chunk)
                    yield chunk
                try:
                    pending = relay.feed(await anext(rest))
                except StopAsyncIteration:
                    break
                except Exception as exc:
                    raise relay.interrupted(exc) from exc
            usage = relay.converter.usage
            costs = await self.accounting.afinish(admission, relay.metadata, usage, started)
            finished = True
            if (last := relay.closing(costs)) is not None:
                yield last
        finally:
            outcome.release()
            if not finished:
                await self.accounting.afail(admission, decision, started, "interrupted")

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
