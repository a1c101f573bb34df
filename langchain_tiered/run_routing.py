"""How one call is routed: read the run's inputs, classify untagged prompts, decide.

``RunRouting`` is the part of :class:`~langchain_tiered.TieredChatModel` that turns a
LangChain run (metadata, tags, ``config``) into a :class:`RoutingDecision` before the run
starts, so run metadata, callbacks and LangSmith carry the decision. The policy itself is
pure (:mod:`langchain_tiered.policy`); this mixin does the plumbing around it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun
from langchain_core.language_models import LanguageModelInput
from langchain_core.messages import BaseMessage
from langchain_core.prompt_values import PromptValue
from langchain_core.runnables import RunnableConfig, ensure_config

from langchain_tiered.call_path import decision_metadata
from langchain_tiered.config import TieredConfig
from langchain_tiered.errors import RoutingInputError
from langchain_tiered.policy import RoutingDecision, RoutingRequest, TierPolicy
from langchain_tiered.run_inputs import routing_request

if TYPE_CHECKING:
    from langchain_tiered.dispatch import Dispatcher
    from langchain_tiered.model_classifier import ModelClassifier

__all__ = ["DECISION_KWARG", "RunRouting"]

DECISION_KWARG = "tiered_decision"
"""The call kwarg that carries a decision made before the run into the model's paths."""


class _Host(Protocol):
    """What the mixin needs from the model it is mixed into."""

    config: TieredConfig
    model: str | None
    metadata: dict[str, Any] | None
    tags: list[str] | None
    _model_classifier: ModelClassifier | None

    @property
    def policy(self) -> TierPolicy: ...

    @property
    def dispatcher(self) -> Dispatcher: ...

    @property
    def model_classifier(self) -> ModelClassifier | None: ...

    def _convert_input(self, model_input: LanguageModelInput) -> PromptValue: ...

    def _routing_input(
        self, metadata: Mapping[str, Any], tags: Sequence[str], kwargs: Mapping[str, Any]
    ) -> tuple[RoutingRequest, RoutingDecision | None]: ...

    def _wants_classifier(self, request: RoutingRequest) -> bool: ...

    def _pinned(self, model_group: str) -> RoutingDecision: ...

    def _decide(
        self,
        messages: Sequence[BaseMessage],
        metadata: Mapping[str, Any],
        tags: Sequence[str],
        kwargs: Mapping[str, Any],
    ) -> RoutingDecision: ...

    async def _adecide(
        self,
        messages: Sequence[BaseMessage],
        metadata: Mapping[str, Any],
        tags: Sequence[str],
        kwargs: Mapping[str, Any],
    ) -> RoutingDecision: ...


def _carry(
    cfg: RunnableConfig, kwargs: dict[str, Any], decision: RoutingDecision
) -> RunnableConfig:
    """Pass ``decision`` to the call (kwargs) and show it in the run's metadata."""
    kwargs[DECISION_KWARG] = decision
    cfg["metadata"] = {**(cfg.get("metadata") or {}), **decision_metadata(decision)}
    return cfg


class RunRouting:
    """Routing of a LangChain run, mixed into ``TieredChatModel``."""

    def route(
        self: _Host, input: LanguageModelInput, config: RunnableConfig | None = None, **kwargs: Any
    ) -> RoutingDecision:
        """The routing decision for ``input`` under ``config``, without calling any model."""
        cfg = ensure_config(config)
        messages = self._convert_input(input).to_messages()
        return self._decide(messages, cfg.get("metadata") or {}, cfg.get("tags") or [], kwargs)

    def _routing_input(
        self: _Host, metadata: Mapping[str, Any], tags: Sequence[str], kwargs: Mapping[str, Any]
    ) -> tuple[RoutingRequest, RoutingDecision | None]:
        """The call's routing request, and the decision already if a model group is pinned."""
        merged_metadata = {**(self.metadata or {}), **metadata}
        merged_tags = [*(self.tags or []), *tags]
        request = routing_request(merged_metadata, merged_tags)
        pinned = kwargs.get("model") or self.model
        return request, (self._pinned(pinned) if pinned else None)

    def _wants_classifier(self: _Host, request: RoutingRequest) -> bool:
        return request.is_untagged and self.config.tiering.classify_untagged

    @property
    def model_classifier(self: _Host) -> ModelClassifier | None:
        """The optional tier-0 model classifier (``tiering.classifier.enabled``)."""
        if self._model_classifier is None and self.config.tiering.classifier.enabled:
            from langchain_tiered.model_classifier import build_model_classifier

            self._model_classifier = build_model_classifier(self.config, self.dispatcher)
        return self._model_classifier

    def _decide(
        self: _Host,
        messages: Sequence[BaseMessage],
        metadata: Mapping[str, Any],
        tags: Sequence[str],
        kwargs: Mapping[str, Any],
    ) -> RoutingDecision:
        request, pinned = self._routing_input(metadata, tags, kwargs)
        if pinned is not None:
            return pinned
        classification = None
        if self._wants_classifier(request):
            from langchain_tiered.classifier import classify

            model = self.model_classifier
            classification = model.classify(messages) if model else classify(messages)
        return self.policy.decide(request, classification)

    async def _adecide(
        self: _Host,
        messages: Sequence[BaseMessage],
        metadata: Mapping[str, Any],
        tags: Sequence[str],
        kwargs: Mapping[str, Any],
    ) -> RoutingDecision:
        """:meth:`_decide` that awaits the model classifier instead of blocking the loop."""
        request, pinned = self._routing_input(metadata, tags, kwargs)
        if pinned is not None:
            return pinned
        classification = None
        if self._wants_classifier(request):
            from langchain_tiered.classifier import classify

            model = self.model_classifier
            classification = await model.aclassify(messages) if model else classify(messages)
        return self.policy.decide(request, classification)

    def _pinned(self: _Host, model_group: str) -> RoutingDecision:
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

    async def _adecision_for(
        self: _Host,
        messages: Sequence[BaseMessage],
        run_manager: AsyncCallbackManagerForLLMRun | None,
        kwargs: dict[str, Any],
    ) -> None:
        """Decide off the event loop for async calls that did not come through ainvoke."""
        if DECISION_KWARG not in kwargs:
            metadata = dict(run_manager.inheritable_metadata) if run_manager else {}
            tags = list(run_manager.inheritable_tags) if run_manager else []
            kwargs[DECISION_KWARG] = await self._adecide(messages, metadata, tags, kwargs)

    def _with_decision(
        self: _Host,
        input: LanguageModelInput,
        config: RunnableConfig | None,
        kwargs: dict[str, Any],
    ) -> RunnableConfig:
        """Decide before the run starts, so run metadata and callbacks carry the decision."""
        cfg = ensure_config(config)
        if DECISION_KWARG in kwargs:
            return cfg
        messages = self._convert_input(input).to_messages()
        decision = self._decide(messages, cfg.get("metadata") or {}, cfg.get("tags") or [], kwargs)
        return _carry(cfg, kwargs, decision)

    async def _awith_decision(
        self: _Host,
        input: LanguageModelInput,
        config: RunnableConfig | None,
        kwargs: dict[str, Any],
    ) -> RunnableConfig:
        """:meth:`_with_decision` for the async paths."""
        cfg = ensure_config(config)
        if DECISION_KWARG in kwargs:
            return cfg
        messages = self._convert_input(input).to_messages()
        metadata, tags = cfg.get("metadata") or {}, cfg.get("tags") or []
        decision = await self._adecide(messages, metadata, tags, kwargs)
        return _carry(cfg, kwargs, decision)
