"""Fallbacks that never lose a call: the chain of rungs and the runner that walks it.

The chain (:func:`fallback_chain`, pure) is the routed tier's model groups in order (primary,
then its equivalents), then, with ``escalate``, every higher tier's groups. It never goes
down: no rung is below the routed tier, so a tier-3 call is never answered by a weaker
model and no call is answered below its ``min_tier``.

The runner walks the chain. On each rung it retries transient failures with tenacity
(exponential backoff with jitter, ``Retry-After`` honoured, bounded by attempts and by one
deadline for the whole call); then it moves on. See :mod:`langchain_tiered.failures` for
what is retried, what moves on and what stops at once. Sync and async share everything
but the two lines that call and sleep; waits and clocks are injectable, so tests never sleep.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential_jitter,
)
from tenacity.stop import stop_base
from tenacity.wait import wait_base

from langchain_tiered.errors import (
    FallbackExhaustedError,
    MissingSecretError,
    ProviderAuthError,
)
from langchain_tiered.failures import FailureKind, describe, failure_kind, retry_after_seconds
from langchain_tiered.policy import RoutingDecision, TierPolicy
from langchain_tiered.reliability import CircuitBreaker, LocalGate, ReliabilitySettings

__all__ = ["Attempt", "CallRunner", "Outcome", "Rung", "fallback_chain"]

logger = logging.getLogger("langchain_tiered")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Rung:
    """One step of the fallback chain: a model group of a tier."""

    tier: int
    """The tier this group serves."""
    model_group: str
    """The LiteLLM model group."""


def fallback_chain(
    policy: TierPolicy,
    decision: RoutingDecision,
    *,
    escalate: bool = True,
    max_tier: int | None = None,
) -> list[Rung]:
    """The rungs a call may use, in order; never below ``decision.tier``."""
    if decision.source == "model":  # pinned by the caller: that group only
        return [Rung(decision.tier, decision.model_group)]
    rungs = [Rung(decision.tier, g) for g in (decision.model_group, *decision.fallbacks)]
    if escalate:
        for tier in policy.tiers:
            if tier > decision.tier and (max_tier is None or tier <= max_tier):
                rungs.extend(Rung(tier, g) for g in policy.model_groups[tier])
    return rungs


@dataclass(slots=True)
class Attempt:
    """What happened on one try of one rung."""

    tier: int
    """Tier of the rung."""
    model_group: str
    """Model group tried."""
    outcome: str
    """``ok``, ``retry`` (failed, tried again), ``failed`` (moved on), ``final`` (stopped),
    ``skipped`` (circuit open), ``spilled`` (local tier full or down) or ``deadline``."""
    error: str | None = None
    """``ErrorClass: message`` of the failure, keys masked."""
    wait_s: float = 0.0
    """Backoff waited after this try."""
    latency_ms: float | None = None
    """How long the try took."""
    deployment: str | None = None
    """The LiteLLM model string that answered (successful tries)."""

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-able form, without empty fields."""
        data = {
            "tier": self.tier,
            "model_group": self.model_group,
            "outcome": self.outcome,
            "error": self.error,
            "wait_s": round(self.wait_s, 3) if self.wait_s else None,
            "latency_ms": self.latency_ms,
            "deployment": self.deployment,
        }
        return {k: v for k, v in data.items() if v is not None}


@dataclass(slots=True)
class Outcome(Generic[T]):
    """A successful walk: the result, the rung that gave it and every attempt."""

    result: T
    """What the call returned."""
    rung: Rung
    """The rung that answered."""
    attempts: list[Attempt]
    """Every attempt, the successful one last."""
    release: Callable[[], None] = field(default=lambda: None)
    """Give back the local slot held for a stream (no-op otherwise)."""


class _StopAtDeadline(stop_base):
    """Stop when the next wait would pass the call's deadline or the circuit opened."""

    def __init__(self, runner: CallRunner, rung: Rung, deadline: float) -> None:
        self.runner, self.rung, self.deadline = runner, rung, deadline

    def __call__(self, retry_state: RetryCallState) -> bool:
        upcoming = retry_state.upcoming_sleep or 0.0
        if self.runner.clock() + upcoming > self.deadline:
            return True
        return self.runner.breaker.is_open(self.rung.model_group)


class _WaitRetryAfter(wait_base):
    """The provider's ``Retry-After`` when it gives one, else exponential backoff."""

    def __init__(self, runner: CallRunner) -> None:
        retries = runner.settings.retries
        self.retries = retries
        self.backoff = wait_exponential_jitter(
            initial=retries.initial_wait_s, max=retries.max_wait_s, jitter=retries.jitter_s
        )

    def __call__(self, retry_state: RetryCallState) -> float:
        exc = retry_state.outcome.exception() if retry_state.outcome else None
        if exc is not None and self.retries.honor_retry_after:
            asked = retry_after_seconds(exc)
            if asked is not None:
                # Longer than we accept: make the stop strategy move on instead of waiting.
                return asked if asked <= self.retries.max_retry_after_s else float("inf")
        return float(self.backoff(retry_state))


@dataclass
class CallRunner:
    """Walks a fallback chain with retries, circuit breaking and local spill."""

    settings: ReliabilitySettings
    """Retry, escalation, circuit and local-tier settings."""
    breaker: CircuitBreaker
    """Shared circuit breaker (one per model instance)."""
    gate: LocalGate
    """Concurrency gate of the local tier."""
    key_variables: Callable[[str], list[str]] = field(default=lambda group: [])
    """Model group -> the environment variables its deployments read (for auth errors)."""
    sleep: Callable[[float], None] = time.sleep
    """Injectable sync sleep."""
    asleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    """Injectable async sleep."""
    clock: Callable[[], float] = time.monotonic
    """Injectable clock for deadlines."""
    window_of: Callable[[str], int | None] = field(default=lambda group: None)
    """Model group -> max input tokens, for context-window overflow moves."""

    # ---------------------------------------------------------------- shared pieces
    def _retrying_kwargs(
        self, rung: Rung, attempts: list[Attempt], deadline: float
    ) -> dict[str, Any]:
        local = rung.tier == self.settings.local.tier

        def retryable(exc: BaseException) -> bool:
            kind = failure_kind(exc)
            return kind.retryable and not (local and kind is FailureKind.CONNECTION)

        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            wait = state.upcoming_sleep or 0.0
            attempts.append(
                Attempt(rung.tier, rung.model_group, "retry", describe(exc) if exc else None, wait)
            )
            self.breaker.record_failure(rung.model_group)
            logger.warning(
                "retrying model group %s in %.2fs after %s",
                rung.model_group,
                wait,
                describe(exc) if exc else "failure",
            )

        return {
            "stop": stop_after_attempt(self.settings.retries.attempts)
            | _StopAtDeadline(self, rung, deadline),
            "wait": _WaitRetryAfter(self),
            "retry": retry_if_exception(retryable),
            "before_sleep": before_sleep,
            "reraise": True,
        }

    def _skip(self, rung: Rung, attempts: list[Attempt], deadline: float) -> bool:
        if self.clock() >= deadline:
            attempts.append(Attempt(rung.tier, rung.model_group, "deadline"))
            return True
        if not self.breaker.allows(rung.model_group):
            attempts.append(Attempt(rung.tier, rung.model_group, "skipped", "circuit open"))
            return True
        return False

    def _failed(
        self, rung: Rung, exc: BaseException, attempts: list[Attempt], queue: list[Rung]
    ) -> None:
        """Record a rung's final failure; raise if the call must stop, else trim ``queue``."""
        if isinstance(exc, MissingSecretError):
            attempts.append(Attempt(rung.tier, rung.model_group, "final", describe(exc)))
            raise exc
        kind = failure_kind(exc)
        outcome = "final" if kind.final else "failed"
        attempts.append(Attempt(rung.tier, rung.model_group, outcome, describe(exc)))
        if kind is FailureKind.AUTH:
            raise ProviderAuthError(
                rung.model_group, self.key_variables(rung.model_group), describe(exc)
            ) from exc
        if kind.final:
            raise exc
        if kind is FailureKind.CONNECTION and rung.tier == self.settings.local.tier:
            self.breaker.trip(rung.model_group)
        elif kind is not FailureKind.CONTEXT_WINDOW:
            self.breaker.record_failure(rung.model_group)
        if kind is FailureKind.CONTEXT_WINDOW:
            window = self.window_of(rung.model_group)
            if window is not None:
                queue[:] = [r for r in queue if (self.window_of(r.model_group) or 0) > window]
        logger.warning("model group %s failed (%s); moving on", rung.model_group, describe(exc))

    def _succeeded(self, rung: Rung, attempts: list[Attempt], started: float) -> None:
        self.breaker.record_success(rung.model_group)
        latency = round((time.perf_counter() - started) * 1000, 3)
        attempts.append(Attempt(rung.tier, rung.model_group, "ok", latency_ms=latency))

    def _exhausted(self, attempts: list[Attempt]) -> FallbackExhaustedError:
        return FallbackExhaustedError([a.as_dict() for a in attempts])

    # ---------------------------------------------------------------- the two walks
    def run(
        self, rungs: Sequence[Rung], call: Callable[[Rung], T], *, hold: bool = False
    ) -> Outcome[T]:
        """Walk ``rungs`` calling ``call(rung)``; ``hold`` keeps the local slot (streams)."""
        deadline = self.clock() + self.settings.retries.deadline_s
        attempts: list[Attempt] = []
        queue = list(rungs)
        while queue:
            rung = queue.pop(0)
            if self._skip(rung, attempts, deadline):
                continue
            local = rung.tier == self.settings.local.tier
            if local and not self.gate.acquire():
                attempts.append(Attempt(rung.tier, rung.model_group, "spilled", "local tier full"))
                continue
            keep = False
            try:
                started = time.perf_counter()
                retrying = Retrying(
                    sleep=self.sleep, **self._retrying_kwargs(rung, attempts, deadline)
                )
                for attempt in retrying:
                    with attempt:
                        result = call(rung)
                self._succeeded(rung, attempts, started)
                keep = local and hold
                return Outcome(result, rung, attempts, self.gate.release if keep else _noop)
            except Exception as exc:
                self._failed(rung, exc, attempts, queue)
            finally:
                if local and not keep:
                    self.gate.release()
        raise self._exhausted(attempts)

    async def arun(
        self,
        rungs: Sequence[Rung],
        call: Callable[[Rung], Awaitable[T]],
        *,
        hold: bool = False,
    ) -> Outcome[T]:
        """Async :meth:`run`; never blocks the event loop."""
        deadline = self.clock() + self.settings.retries.deadline_s
        attempts: list[Attempt] = []
        queue = list(rungs)
        while queue:
            rung = queue.pop(0)
            if self._skip(rung, attempts, deadline):
                continue
            local = rung.tier == self.settings.local.tier
            if local and not await self.gate.aacquire():
                attempts.append(Attempt(rung.tier, rung.model_group, "spilled", "local tier full"))
                continue
            keep = False
            try:
                started = time.perf_counter()
                retrying = AsyncRetrying(
                    sleep=self.asleep, **self._retrying_kwargs(rung, attempts, deadline)
                )
                async for attempt in retrying:
                    with attempt:
                        result = await call(rung)
                self._succeeded(rung, attempts, started)
                keep = local and hold
                return Outcome(result, rung, attempts, self.gate.release if keep else _noop)
            except Exception as exc:
                self._failed(rung, exc, attempts, queue)
            finally:
                if local and not keep:
                    self.gate.release()
        raise self._exhausted(attempts)


def _noop() -> None:
    return None
