"""One call's cascade state: check each answer, climb a tier while it fails validation.

Used by ``TieredChatModel._generate`` / ``_agenerate`` (plain calls; a stream's text is
passed on as it arrives, so streams are not cascaded). See :mod:`langchain_tiered.cascade`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from langchain_core.messages.ai import UsageMetadata
from langchain_core.outputs import ChatResult

from langchain_tiered.call_path import result_metadata
from langchain_tiered.cascade import Validator, validator_for
from langchain_tiered.conversion import chat_result, usage_metadata
from langchain_tiered.fallback import Outcome
from langchain_tiered.policy import RoutingDecision

if TYPE_CHECKING:
    from langchain_tiered.chat_model import TieredChatModel

__all__ = ["Cascade"]


class Cascade:
    """Validation and escalation for one call."""

    def __init__(self, model: TieredChatModel, validator: Validator | None) -> None:
        self.model = model
        self.validator = validator
        self.failed: list[dict[str, Any]] = []
        self.failed_attempts: list[dict[str, Any]] = []

    @classmethod
    def start(cls, model: TieredChatModel, params: dict[str, Any], run_manager: Any) -> Cascade:
        """The cascade for a call with ``params`` under ``run_manager``'s metadata."""
        settings = model.config.tiering.cascade
        if not settings.enabled:
            return cls(model, None)
        metadata = {
            **(model.metadata or {}),
            **(getattr(run_manager, "inheritable_metadata", None) or {}),
        }
        return cls(model, validator_for(params, metadata))

    def check(
        self, decision: RoutingDecision, outcome: Outcome[Any]
    ) -> tuple[ChatResult, dict[str, Any], UsageMetadata | None, bool]:
        """The converted answer, its metadata and usage, and whether it passes the validator
        (no validator: valid). A validator that raises rejects the answer."""
        response = outcome.result
        metadata = result_metadata(decision, outcome, response)
        usage = usage_metadata(getattr(response, "usage", None))
        result = chat_result(response, metadata)
        if self.validator is None or not result.generations:
            return result, metadata, usage, True
        message = result.generations[0].message
        try:
            valid = bool(self.validator(message))  # type: ignore[arg-type]
        except Exception:
            valid = False
        return result, metadata, usage, valid

    @staticmethod
    def outcome(valid: bool) -> str:
        """The ledger outcome of an answer."""
        return "ok" if valid else "invalid"

    def next(
        self, decision: RoutingDecision, metadata: dict[str, Any], valid: bool
    ) -> RoutingDecision | None:
        """The decision for the next try, or ``None`` to return this answer."""
        if valid or self.validator is None:
            return None
        answered = int(metadata["tier"])
        self.failed.append(
            {
                "tier": answered,
                "model_group": metadata["model_group"],
                "valid": False,
                "cost_usd": metadata.get("cost_usd", 0.0),
            }
        )
        self.failed_attempts.extend(
            {**a, "outcome": "invalid"} if a.get("outcome") == "ok" else a
            for a in metadata.get("attempts", [])
        )
        policy = self.model.policy
        ceiling = self.model.config.tiering.cascade.ceiling
        higher = [
            t
            for t in policy.tiers
            if answered < t <= ceiling and (decision.max_tier is None or t <= decision.max_tier)
        ]
        if not higher:
            return None  # at the ceiling: the last answer is returned as it is
        tier = min(higher)
        groups = policy.model_groups[tier]
        return replace(
            decision,
            tier=tier,
            model_group=groups[0],
            fallbacks=tuple(groups[1:]),
            reason=f"{decision.reason}; cascade: tier {answered} answer failed validation "
            f"-> tier {tier}",
        )

    def finish(self, result: ChatResult, metadata: dict[str, Any]) -> ChatResult:
        """The answer with the whole cascade (failed tries and their cost) in its metadata."""
        if self.failed:
            metadata["cascade"] = [*self.failed, {"tier": metadata["tier"], "valid": True}]
            metadata["cascade_cost_usd"] = sum(f["cost_usd"] or 0.0 for f in self.failed)
            metadata["attempts"] = [*self.failed_attempts, *metadata.get("attempts", [])]
        for generation in result.generations:
            generation.message.response_metadata.update(metadata)
        if result.llm_output is not None:
            result.llm_output.update(metadata)
        return result
