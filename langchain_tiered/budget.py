"""Budgets: daily and monthly USD caps checked before each call is sent.

Each cap (``tiering.costs.budgets``) covers every tier or one tier, per calendar period in
UTC, and is soft or hard:

* **hard**: a call whose estimated cost would take spending past the cap raises
  :class:`~langchain_tiered.errors.BudgetExceededError` before it is sent;
* **soft**: the call is downgraded to the highest lower tier whose caps still admit it,
  never below the call's ``min_tier``, and never when it was routed to tier 3 or above
  (irreversible, high-stakes work is not moved by a soft cap). When no lower tier fits, the
  call goes to the lowest tier it may use; hard caps still apply there.

How a call goes: :meth:`BudgetGuard.admit` reserves the call's *estimated* cost on every
counter that applies (one atomic check-and-add in the ledger), the call runs, then
:meth:`BudgetGuard.settle` replaces the estimate by the actual cost. Concurrent callers can
therefore pass a cap only by what their estimates missed: total spend stays within
``limit + calls in flight x (actual - estimate)``. Free calls (estimate 0) always pass.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from langchain_tiered.cost_settings import NEVER_DOWNGRADED_TIER, BudgetSpec, CostSettings
from langchain_tiered.errors import BudgetExceededError, LedgerError
from langchain_tiered.ledger import Ledger, Reservation, period_key

if TYPE_CHECKING:
    from langchain_tiered.config import TieredConfig

__all__ = ["Admission", "BudgetGuard", "BudgetStatus"]

logger = logging.getLogger("langchain_tiered")

_RACE_RETRIES = 5

Clock = Callable[[], float]
CostEstimate = Callable[[int], float]


@dataclass(frozen=True, slots=True)
class Admission:
    """The guard's verdict for one call: the tier to use and what was reserved."""

    tier: int
    """The tier to call (the requested one, or lower after a soft cap)."""
    requested_tier: int
    """The tier routing chose."""
    reason: str | None = None
    """Why the tier changed or a cap was passed; ``None`` when no cap acted."""
    reservations: tuple[Reservation, ...] = ()
    """Held amounts, released by :meth:`BudgetGuard.settle`."""
    estimate_usd: float = 0.0
    """The estimated cost reserved."""

    @property
    def downgraded(self) -> bool:
        """Whether a soft cap moved the call to a lower tier."""
        return self.tier != self.requested_tier

    def as_metadata(self) -> dict[str, object]:
        """JSON-able data for ``response_metadata`` and logs."""
        data: dict[str, object] = {"budget_estimate_usd": self.estimate_usd}
        if self.reason:
            data["budget_reason"] = self.reason
        if self.downgraded:
            data["budget_requested_tier"] = self.requested_tier
        return data


@dataclass(frozen=True, slots=True)
class BudgetStatus:
    """One cap's state now."""

    budget: BudgetSpec
    """The cap."""
    period_key: str
    """The current period."""
    spent_usd: float
    """Spent in the period, reservations in flight included."""

    @property
    def remaining_usd(self) -> float:
        """What is left before the cap."""
        return max(self.budget.limit_usd - self.spent_usd, 0.0)


@dataclass
class _Counter:
    period_key: str
    scope: str
    limits: dict[str, float] = field(default_factory=dict)  # mode -> tightest limit
    budgets: list[BudgetSpec] = field(default_factory=list)


class BudgetGuard:
    """Checks calls against ``tiering.costs.budgets`` with the ledger's atomic counters."""

    def __init__(
        self,
        settings: CostSettings,
        ledger: Ledger,
        clock: Clock = time.time,
        *,
        tiers: Iterable[int] | None = None,
    ) -> None:
        self.settings = settings
        """The cost settings (budgets, ``on_ledger_error``)."""
        self.ledger = ledger
        """Where the counters live."""
        self._clock = clock
        self._tiers = sorted(set(tiers)) if tiers is not None else None
        self.ledger_errors = 0
        """Budget checks or settlements that could not reach the ledger."""

    @classmethod
    def from_config(
        cls, config: TieredConfig, ledger: Ledger, clock: Clock = time.time
    ) -> BudgetGuard:
        """A guard for ``config``'s budgets and tiers."""
        return cls(
            config.tiering.costs, ledger, clock, tiers=[t.tier for t in config.tiering.tiers]
        )

    @property
    def budgets(self) -> list[BudgetSpec]:
        """The caps checked."""
        return self.settings.budgets

    # ---------------------------------------------------------------- the verdict
    def admit(
        self, tier: int, min_tier: int | None = None, estimated_cost_fn: CostEstimate | None = None
    ) -> Admission:
        """Reserve a call routed to ``tier``; maybe downgrade it; raise if a hard cap is hit.

        ``estimated_cost_fn(tier)`` gives the call's estimated USD at a tier (e.g.
        :meth:`~langchain_tiered.pricing.Pricer.estimator`). Pass ``min_tier=tier`` for a
        call that must not move (an explicit tier). Raises
        :class:`~langchain_tiered.errors.BudgetExceededError` for a hard cap, and
        :class:`~langchain_tiered.errors.LedgerError` when the counters cannot be read and
        ``on_ledger_error`` is ``deny``.
        """
        estimate_fn = estimated_cost_fn or (lambda _tier: 0.0)
        if not self.budgets:
            return Admission(tier=tier, requested_tier=tier)
        now = self._clock()
        estimate = estimate_fn(tier)
        for _ in range(_RACE_RETRIES):
            held = self._reserve(tier, estimate, now, ("soft", "hard"))
            if held is not None:
                return Admission(tier, tier, None, held, estimate)
            soft = self._over(tier, estimate, now, "soft")
            if soft is not None:
                return self._downgrade(tier, min_tier, estimate_fn, now, soft)
            if self._over(tier, estimate, now, "hard") is not None:
                raise self._exceeded(tier, estimate, now)
            # Neither cap is over on a second look: another call settled meanwhile. Retry.
        held = self._reserve(tier, estimate, now, ("hard",))
        if held is None:
            raise self._exceeded(tier, estimate, now)
        return Admission(tier, tier, "soft caps under contention; hard caps held", held, estimate)

    def _downgrade(
        self, tier: int, min_tier: int | None, estimate_fn: CostEstimate, now: float, soft: str
    ) -> Admission:
        """The call passed soft cap ``soft`` at ``tier``: find the tier it goes to."""
        estimate = estimate_fn(tier)
        candidates = self._lower_tiers(tier, min_tier)
        if not candidates:
            why = (
                f"tier {tier} is never downgraded"
                if tier >= NEVER_DOWNGRADED_TIER
                else f"no lower tier allowed (min_tier {min_tier})"
            )
            held = self._reserve(tier, estimate, now, ("hard",))
            if held is None:
                raise self._exceeded(tier, estimate, now)
            return Admission(tier, tier, f"soft cap {soft} passed; {why}", held, estimate)
        for lower in candidates:
            lower_estimate = estimate_fn(lower)
            held = self._reserve(lower, lower_estimate, now, ("soft", "hard"))
            if held is not None:
                reason = f"soft cap {soft} reached: downgraded from tier {tier} to tier {lower}"
                return Admission(lower, tier, reason, held, lower_estimate)
        lowest = candidates[-1]
        lowest_estimate = estimate_fn(lowest)
        held = self._reserve(lowest, lowest_estimate, now, ("hard",))
        if held is None:
            raise self._exceeded(lowest, lowest_estimate, now)
        reason = (
            f"soft cap {soft} reached at every allowed tier: downgraded from tier {tier} "
            f"to the lowest allowed, tier {lowest}"
        )
        return Admission(lowest, tier, reason, held, lowest_estimate)

    def settle(self, admission: Admission, actual_cost: float, *, tier: int | None = None) -> None:
        """Replace the admission's estimate by ``actual_cost``. Never raises.

        Pass ``tier`` when another tier answered (escalation or spill): the cost then moves
        to that tier's counters. Call it with 0.0 when the call failed before costing.
        """
        moved = tier is not None and tier != admission.tier
        for held in admission.reservations:
            off_tier = moved and held.scope != "all"
            self._settle_one(
                held.period_key, held.scope, held.amount_usd, (0.0 if off_tier else actual_cost)
            )
        if moved and tier is not None:
            ts = self._clock()
            keys = {(period_key(b.period, ts), b.scope) for b in self.budgets if b.tier == tier}
            for key, scope in sorted(keys):
                self._settle_one(key, scope, 0.0, actual_cost)

    async def aadmit(
        self, tier: int, min_tier: int | None = None, estimated_cost_fn: CostEstimate | None = None
    ) -> Admission:
        """:meth:`admit` in a worker thread, so the event loop never waits on the ledger."""
        if not self.budgets:
            return Admission(tier=tier, requested_tier=tier)
        return await asyncio.to_thread(self.admit, tier, min_tier, estimated_cost_fn)

    async def asettle(
        self, admission: Admission, actual_cost: float, *, tier: int | None = None
    ) -> None:
        """:meth:`settle` in a worker thread."""
        if admission.reservations:
            await asyncio.to_thread(self.settle, admission, actual_cost, tier=tier)

    def status(self) -> list[BudgetStatus]:
        """Every cap with its spend in the current period (reads the ledger)."""
        now = self._clock()
        out = []
        for budget in self.budgets:
            key = period_key(budget.period, now)
            out.append(BudgetStatus(budget, key, self.ledger.spent(key, budget.scope)))
        return out

    # ------------------------------------------------------------------ helpers
    def _counters(self, tier: int, now: float) -> list[_Counter]:
        """The counters a call at ``tier`` adds to, each with its tightest limit per mode."""
        found: dict[tuple[str, str], _Counter] = {}
        for budget in self.budgets:
            if budget.tier is not None and budget.tier != tier:
                continue
            key = (period_key(budget.period, now), budget.scope)
            counter = found.setdefault(key, _Counter(*key))
            counter.budgets.append(budget)
            previous = counter.limits.get(budget.mode, math.inf)
            counter.limits[budget.mode] = min(previous, budget.limit_usd)
        return list(found.values())

    def _reserve(
        self, tier: int, estimate: float, now: float, modes: Sequence[str]
    ) -> tuple[Reservation, ...] | None:
        """Hold ``estimate`` on the counters for ``tier`` under the caps of ``modes``."""
        items = tuple(
            Reservation(
                c.period_key,
                c.scope,
                estimate,
                min((c.limits.get(m, math.inf) for m in modes), default=math.inf),
            )
            for c in self._counters(tier, now)
        )
        try:
            return items if self.ledger.try_reserve_all(items) else None
        except LedgerError as err:
            self._ledger_failed(err, "check budgets")
            return ()

    def _over(self, tier: int, estimate: float, now: float, mode: str) -> str | None:
        """The label of a ``mode`` cap ``estimate`` would pass at ``tier`` (read-only)."""
        for counter in self._counters(tier, now):
            spent = self._spent(counter)
            for budget in counter.budgets:
                if budget.mode == mode and estimate > 0 and spent + estimate > budget.limit_usd:
                    return budget.label
        return None

    def _spent(self, counter: _Counter) -> float:
        try:
            return self.ledger.spent(counter.period_key, counter.scope)
        except LedgerError as err:
            self._ledger_failed(err, "read budgets")
            return 0.0

    def _exceeded(self, tier: int, estimate: float, now: float) -> BudgetExceededError:
        """The error for the hard cap ``estimate`` passes at ``tier`` (the first found)."""
        for counter in self._counters(tier, now):
            spent = self._spent(counter)
            for budget in counter.budgets:
                if budget.mode == "hard" and spent + estimate > budget.limit_usd:
                    return BudgetExceededError(
                        budget.label, counter.period_key, spent, budget.limit_usd, estimate
                    )
        # Spend fell back under the cap between the check and this read (another call
        # settled below its estimate): still refuse, naming the tightest hard cap.
        hard = [b for b in self.budgets if b.mode == "hard" and b.tier in (None, tier)]
        budget = min(hard or self.budgets, key=lambda b: b.limit_usd)
        key = period_key(budget.period, now)
        spent = self._spent(_Counter(key, budget.scope))
        return BudgetExceededError(budget.label, key, spent, budget.limit_usd, estimate)

    def _lower_tiers(self, tier: int, min_tier: int | None) -> list[int]:
        """Tiers a soft cap may move a ``tier`` call to, highest first."""
        if tier >= NEVER_DOWNGRADED_TIER:
            return []
        floor = min_tier if min_tier is not None else -math.inf
        known = self._tiers if self._tiers is not None else list(range(tier))
        return sorted((t for t in known if floor <= t < tier), reverse=True)

    def _settle_one(self, key: str, scope: str, reserved: float, actual: float) -> None:
        try:
            self.ledger.settle(key, scope, reserved, actual)
        except LedgerError as err:
            self._ledger_failed(err, "settle budgets", deny=False)

    def _ledger_failed(self, err: LedgerError, action: str, *, deny: bool = True) -> None:
        self.ledger_errors += 1
        if deny and self.settings.on_ledger_error == "deny":
            raise LedgerError(
                f"cannot {action} (tiering.costs.on_ledger_error: deny): {err}"
            ) from None
        logger.warning("cannot %s, the call goes on: %s", action, err)
