"""What each call costs, against the budgets, into the ledger: the one path every call takes.

``TieredChatModel`` calls :meth:`CallAccounting.admit` before a call (budgets: maybe a
downgrade, maybe :class:`~langchain_tiered.errors.BudgetExceededError`) and
:meth:`CallAccounting.finish` or :meth:`CallAccounting.fail` after it, whatever the path
(sync, async, streaming). No callback to register, nothing to forget. Ledger writes are
queued to a background writer: they never block or fail the call.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from langchain_tiered.errors import FallbackExhaustedError
from langchain_tiered.policy import RoutingDecision

if TYPE_CHECKING:
    from langchain_tiered.budget import Admission, BudgetGuard
    from langchain_tiered.config import TieredConfig
    from langchain_tiered.ledger import Ledger
    from langchain_tiered.pricing import Pricer

__all__ = ["CallAccounting", "estimate_input_tokens"]

logger = logging.getLogger("langchain_tiered")

DEFAULT_OUTPUT_TOKENS = 500
"""Output tokens assumed for a budget estimate when the call sets no ``max_tokens``."""


def estimate_input_tokens(messages: Sequence[Mapping[str, Any]]) -> int:
    """A cheap input-token estimate for budget reservations: characters / 4."""
    chars = 0
    for message in messages:
        content = message.get("content")
        if isinstance(content, str):
            chars += len(content)
        elif isinstance(content, list):
            chars += sum(
                len(str(part.get("text", ""))) for part in content if isinstance(part, Mapping)
            )
    return max(1, chars // 4)


class CallAccounting:
    """Pricing, budgets and the ledger for one model instance (built lazily)."""

    def __init__(self, config: TieredConfig, ledger: Ledger | None = None) -> None:
        self.config = config
        self._ledger = ledger
        self._pricer: Pricer | None = None
        self._guard: BudgetGuard | None = None
        self._lock = threading.Lock()

    @property
    def pricer(self) -> Pricer:
        """Prices from LiteLLM's bundled map plus the YAML's overrides."""
        if self._pricer is None:
            from langchain_tiered.pricing import Pricer

            self._pricer = Pricer(self.config)
        return self._pricer

    @property
    def ledger(self) -> Ledger:
        """The ledger ``tiering.costs.ledger`` names (opened on first use)."""
        with self._lock:
            if self._ledger is None:
                from langchain_tiered.ledger import open_ledger

                self._ledger = open_ledger(self.config.tiering.costs)
            return self._ledger

    @property
    def guard(self) -> BudgetGuard:
        """The budget guard over the ledger's counters."""
        if self._guard is None:
            from langchain_tiered.budget import BudgetGuard

            self._guard = BudgetGuard.from_config(self.config, self.ledger)
        return self._guard

    @property
    def has_budgets(self) -> bool:
        """Whether any cap is configured (no caps: no reservation I/O at all)."""
        return bool(self.config.tiering.costs.budgets)

    # ------------------------------------------------------------------ before a call
    def _estimate(self, params: Mapping[str, Any]) -> Any:
        messages = params.get("messages") or []
        output = params.get("max_tokens") or DEFAULT_OUTPUT_TOKENS
        return self.pricer.estimator(estimate_input_tokens(messages), int(output))

    def admit(self, decision: RoutingDecision, params: Mapping[str, Any]) -> Admission | None:
        """Check budgets; returns ``None`` when no cap is configured."""
        if not self.has_budgets:
            return None
        return self.guard.admit(decision.tier, self._floor(decision), self._estimate(params))

    async def aadmit(
        self, decision: RoutingDecision, params: Mapping[str, Any]
    ) -> Admission | None:
        """:meth:`admit` without blocking the event loop."""
        if not self.has_budgets:
            return None
        return await self.guard.aadmit(decision.tier, self._floor(decision), self._estimate(params))

    @staticmethod
    def _floor(decision: RoutingDecision) -> int | None:
        if decision.source in ("tier", "model"):
            return decision.tier  # an explicit tier or model is never downgraded
        return decision.min_tier

    @staticmethod
    def apply(
        decision: RoutingDecision, admission: Admission | None, groups: Sequence[str]
    ) -> RoutingDecision:
        """The decision after a soft-cap downgrade (``groups``: the new tier's groups)."""
        if admission is None or not admission.downgraded:
            return decision
        return replace(
            decision,
            tier=admission.tier,
            model_group=groups[0],
            fallbacks=tuple(groups[1:]),
            reason=f"{decision.reason}; budget: {admission.reason}",
        )

    # ------------------------------------------------------------------- after a call
    def costs(self, metadata: Mapping[str, Any], usage: Mapping[str, Any] | None) -> dict[str, Any]:
        """``cost_usd``, ``baseline_cost_usd``, ``baseline_model_group`` for an answer."""
        attempts = metadata.get("attempts") or [{}]
        deployment = attempts[-1].get("deployment")
        try:
            return self.pricer.usage_costs(str(metadata["model_group"]), usage, model=deployment)
        except Exception as exc:
            logger.warning("could not price a call on %s: %s", metadata.get("model_group"), exc)
            return {}

    def _priced(
        self,
        admission: Admission | None,
        metadata: dict[str, Any],
        usage: Mapping[str, Any] | None,
    ) -> dict[str, Any]:
        costs = self.costs(metadata, usage)
        metadata.update(costs)
        if admission is not None:
            metadata.update(admission.as_metadata())
        return costs

    def finish(
        self,
        admission: Admission | None,
        metadata: dict[str, Any],
        usage: Mapping[str, Any] | None,
        started: float,
        run_id: str | None = None,
        outcome: str = "ok",
    ) -> dict[str, Any]:
        """Price an answer, settle its reservation, record it; returns the cost metadata."""
        costs = self._priced(admission, metadata, usage)
        if admission is not None:
            self.guard.settle(admission, costs.get("cost_usd", 0.0), tier=metadata.get("tier"))
        self._record(metadata, usage, started, outcome, run_id)
        return costs

    async def afinish(
        self,
        admission: Admission | None,
        metadata: dict[str, Any],
        usage: Mapping[str, Any] | None,
        started: float,
        run_id: str | None = None,
        outcome: str = "ok",
    ) -> dict[str, Any]:
        """:meth:`finish` whose budget settlement runs off the event loop."""
        costs = self._priced(admission, metadata, usage)
        if admission is not None:
            await self.guard.asettle(
                admission, costs.get("cost_usd", 0.0), tier=metadata.get("tier")
            )
        self._record(metadata, usage, started, outcome, run_id)
        return costs

    async def afail(
        self,
        admission: Admission | None,
        decision: RoutingDecision,
        started: float,
        error: BaseException | str,
        run_id: str | None = None,
    ) -> None:
        """:meth:`fail` whose budget release runs off the event loop."""
        if admission is not None:
            await self.guard.asettle(admission, 0.0)
        self._record_failure(decision, started, error, run_id)

    def fail(
        self,
        admission: Admission | None,
        decision: RoutingDecision,
        started: float,
        error: BaseException | str,
        run_id: str | None = None,
    ) -> None:
        """Release a failed call's reservation and record the failure.

        ``error`` is the exception that ended the call, or an outcome word (``interrupted``).
        """
        if admission is not None:
            self.guard.settle(admission, 0.0)
        self._record_failure(decision, started, error, run_id)

    def _record_failure(
        self,
        decision: RoutingDecision,
        started: float,
        error: BaseException | str,
        run_id: str | None,
    ) -> None:
        if isinstance(error, str):
            outcome, attempts = error, []
        else:
            exhausted = isinstance(error, FallbackExhaustedError)
            outcome = "exhausted" if exhausted else "error"
            attempts = error.attempts if isinstance(error, FallbackExhaustedError) else []
        metadata = {**decision.as_metadata(), "attempts": attempts}
        self._record(metadata, None, started, outcome, run_id)

    def _record(
        self,
        metadata: Mapping[str, Any],
        usage: Mapping[str, Any] | None,
        started: float,
        outcome: str,
        run_id: str | None,
    ) -> None:
        try:
            from langchain_tiered.ledger import CallRecord

            latency = round((time.time() - started) * 1000, 3)
            record = CallRecord.from_metadata(
                metadata, usage, ts=started, latency_ms=latency, outcome=outcome, run_id=run_id
            )
            self.ledger.record(record)
        except Exception as exc:
            logger.warning("ledger record dropped: %s", exc)
