"""Reliability settings (``tiering.reliability`` in the YAML), the circuit breaker and the
local-tier concurrency gate. Clocks are injectable; nothing here sleeps on its own.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "CircuitBreaker",
    "CircuitSettings",
    "LocalGate",
    "LocalSettings",
    "ReliabilitySettings",
    "RetrySettings",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RetrySettings(_Strict):
    """Retries of one deployment on transient failures (tenacity, exponential with jitter)."""

    attempts: int = Field(default=3, ge=1, le=20)
    """Tries per deployment, the first included."""
    initial_wait_s: float = Field(default=0.5, ge=0)
    """First backoff wait."""
    max_wait_s: float = Field(default=20.0, ge=0)
    """Longest backoff wait."""
    jitter_s: float = Field(default=0.5, ge=0)
    """Random extra wait added to each backoff, up to this much."""
    honor_retry_after: bool = True
    """Wait what ``Retry-After`` / ``retry-after-ms`` ask for (capped by ``max_retry_after_s``)."""
    max_retry_after_s: float = Field(default=60.0, ge=0)
    """A ``Retry-After`` longer than this moves on to the next rung instead of waiting."""
    deadline_s: float = Field(default=120.0, gt=0)
    """Total time one call may spend on retries and failovers."""
    request_timeout_s: float = Field(default=60.0, gt=0)
    """Timeout of one provider request (unless the model's ``timeout`` is set)."""


class CircuitSettings(_Strict):
    """Skip a model group that keeps failing, for a cooldown."""

    failure_threshold: int = Field(default=3, ge=1)
    """Consecutive failed calls that open the circuit."""
    cooldown_s: float = Field(default=30.0, ge=0)
    """How long an open circuit skips the group before one trial call."""


class LocalSettings(_Strict):
    """The local tier's limits: calls beyond them spill to the next tier at once."""

    tier: int = Field(default=0, ge=0, strict=True)
    """Which tier is the local one."""
    max_concurrency: int = Field(default=4, ge=1)
    """Calls the local server runs at once."""
    max_queue_wait_s: float = Field(default=0.25, ge=0)
    """Longest wait for a free local slot before spilling."""


class ReliabilitySettings(_Strict):
    """``tiering.reliability``: retries, failover, escalation, circuit breaking, local spill."""

    retries: RetrySettings = Field(default_factory=RetrySettings)
    """Retry policy per deployment."""
    escalate: bool = True
    """After a tier's equivalent groups fail, try the next tier up (never down)."""
    circuit: CircuitSettings = Field(default_factory=CircuitSettings)
    """Circuit breaking per model group."""
    local: LocalSettings = Field(default_factory=LocalSettings)
    """Concurrency limit of the local tier."""


@dataclass
class CircuitBreaker:
    """Per model group: open after ``failure_threshold`` failures, half-open after cooldown."""

    settings: CircuitSettings
    """Thresholds."""
    clock: Callable[[], float] = time.monotonic
    """Injectable clock."""
    _failures: dict[str, int] = field(default_factory=dict)
    _opened_at: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def allows(self, group: str) -> bool:
        """Whether ``group`` may be tried now (closed, or cooled down: one trial)."""
        with self._lock:
            opened = self._opened_at.get(group)
            if opened is None:
                return True
            if self.clock() - opened >= self.settings.cooldown_s:
                # half-open: let this call through; one more failure re-opens it
                del self._opened_at[group]
                self._failures[group] = self.settings.failure_threshold - 1
                return True
            return False

    def record_success(self, group: str) -> None:
        """A call on ``group`` succeeded: close its circuit."""
        with self._lock:
            self._failures.pop(group, None)
            self._opened_at.pop(group, None)

    def record_failure(self, group: str) -> bool:
        """A call on ``group`` failed; returns True when this opened the circuit."""
        with self._lock:
            count = self._failures.get(group, 0) + 1
            self._failures[group] = count
            if count < self.settings.failure_threshold:
                return False
            was_open = group in self._opened_at
            self._opened_at[group] = self.clock()
            return not was_open

    def trip(self, group: str) -> None:
        """Open ``group``'s circuit now (e.g. the local server refused a connection)."""
        with self._lock:
            self._failures[group] = self.settings.failure_threshold
            self._opened_at[group] = self.clock()

    def is_open(self, group: str) -> bool:
        """Whether ``group`` is currently skipped (no state change)."""
        with self._lock:
            opened = self._opened_at.get(group)
            return opened is not None and self.clock() - opened < self.settings.cooldown_s


class LocalGate:
    """Counts calls in flight on the local tier; admits up to ``max_concurrency``.

    One counter serves threads and event loops alike. A waiter waits at most
    ``max_queue_wait_s`` for a slot; a released slot is handed straight to the oldest async
    waiter (woken on its own loop), else to a waiting thread. Async waiting never blocks or
    polls the event loop.
    """

    def __init__(self, settings: LocalSettings) -> None:
        self.settings = settings
        self._in_flight = 0
        self._cond = threading.Condition()
        self._async_waiters: deque[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = deque()

    @property
    def in_flight(self) -> int:
        """Calls holding a slot now."""
        return self._in_flight

    def try_acquire(self) -> bool:
        """Take a slot if one is free, without waiting."""
        with self._cond:
            if self._in_flight < self.settings.max_concurrency:
                self._in_flight += 1
                return True
            return False

    def acquire(self) -> bool:
        """Take a slot, waiting at most ``max_queue_wait_s``; False means spill."""
        with self._cond:
            ok = self._cond.wait_for(
                lambda: self._in_flight < self.settings.max_concurrency,
                timeout=self.settings.max_queue_wait_s,
            )
            if ok:
                self._in_flight += 1
            return ok

    async def aacquire(self) -> bool:
        """Async :meth:`acquire`."""
        if self.try_acquire():
            return True
        if self.settings.max_queue_wait_s <= 0:
            return False
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        waiter = (loop, future)
        with self._cond:
            if self._in_flight < self.settings.max_concurrency:
                self._in_flight += 1
                return True
            self._async_waiters.append(waiter)
        try:
            await asyncio.wait_for(asyncio.shield(future), self.settings.max_queue_wait_s)
        except TimeoutError:
            with self._cond:
                if waiter in self._async_waiters:
                    self._async_waiters.remove(waiter)
                    return False
            return True  # handed a slot just as the wait ran out: it is ours
        except asyncio.CancelledError:
            with self._cond:
                handed = waiter not in self._async_waiters
                if not handed:
                    self._async_waiters.remove(waiter)
            if handed:
                self.release()
            raise
        return True

    def release(self) -> None:
        """Give a slot back (or hand it to the oldest waiter)."""
        with self._cond:
            while self._async_waiters:
                loop, future = self._async_waiters.popleft()
                if future.done():
                    continue
                loop.call_soon_threadsafe(_resolve, future)
                return  # the slot passes to that waiter; in_flight is unchanged
            self._in_flight -= 1
            self._cond.notify()


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)
