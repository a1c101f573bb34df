"""The call ledger: one row per model call, plus the atomic counters budgets read.

A :class:`Ledger` does two jobs:

* **Records** (:meth:`Ledger.record`): one :class:`CallRecord` per call. Recording never
  blocks and never raises: the record goes into a bounded queue drained by one background
  writer thread. When the queue is full or the store fails, records are dropped, counted in
  :attr:`Ledger.lost`, and a warning goes to the ``langchain_tiered`` logger at most once per
  ``warn_interval`` seconds. A model call is never slowed down or failed by its ledger.
* **Budget counters** (:meth:`Ledger.try_reserve_all`, :meth:`Ledger.settle`,
  :meth:`Ledger.spent`): USD spent per period and scope, kept as integer nano-dollars so
  adds are exact. ``try_reserve_all`` is one atomic check-and-add over several counters
  (all or nothing), so concurrent callers cannot jointly pass a cap. These calls do block
  briefly (a local transaction or one Redis round trip); async code should use
  :meth:`~langchain_tiered.budget.BudgetGuard.aadmit`, which runs them in a thread.

Backends, chosen by ``tiering.costs.ledger.backend`` through :func:`open_ledger`:
``sqlite`` (:mod:`~langchain_tiered.ledger_sqlite`, WAL, several processes on one machine),
``redis`` (:mod:`~langchain_tiered.ledger_redis`, a fleet of machines) and ``none``
(:class:`NullLedger`: records are discarded, counters live in this process only).
:class:`MemoryLedger` keeps everything in memory, for tests and short scripts.
"""

from __future__ import annotations

import atexit
import json
import logging
import math
import os
import queue
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from langchain_tiered.errors import LedgerError

if TYPE_CHECKING:
    from langchain_tiered.cost_settings import CostSettings, LedgerSettings

__all__ = [
    "CallRecord",
    "Ledger",
    "MemoryLedger",
    "NullLedger",
    "Reservation",
    "from_nanos",
    "open_ledger",
    "period_key",
    "period_ttl_seconds",
    "to_nanos",
]

logger = logging.getLogger("langchain_tiered")

NANOS_PER_USD = 1_000_000_000
"""Counters hold integer nano-dollars: exact sums, no float drift, fit in 63 bits."""

Period = Literal["daily", "monthly"]


def to_nanos(usd: float) -> int:
    """USD as integer nano-dollars (rounded to the nearest)."""
    return round(usd * NANOS_PER_USD)


def from_nanos(nanos: int) -> float:
    """Integer nano-dollars as USD."""
    return nanos / NANOS_PER_USD


def period_key(period: Period, ts: float) -> str:
    """The calendar period (UTC) ``ts`` falls in: ``daily:2025-01-31`` or ``monthly:2025-01``."""
    day = datetime.fromtimestamp(ts, UTC)
    if period == "daily":
        return f"daily:{day:%Y-%m-%d}"
    if period == "monthly":
        return f"monthly:{day:%Y-%m}"
    raise ValueError(f"unknown budget period {period!r}; valid: 'daily', 'monthly'")


def period_ttl_seconds(key: str) -> int:
    """How long a counter for ``key`` must be kept: its period plus a day of margin."""
    return (32 + 1) * 86_400 if key.startswith("monthly:") else 2 * 86_400


@dataclass(frozen=True, slots=True)
class CallRecord:
    """One model call as the ledger keeps it."""

    ts: float
    """When the call started, seconds since the epoch."""
    tier: int
    """The tier that answered (``-1`` for a pinned group outside every tier)."""
    intent: str | None
    """The intent routing used (given or classified)."""
    model_group: str
    """The model group that answered."""
    model_name: str | None
    """The model the provider says answered."""
    input_tokens: int
    """Prompt tokens, cache reads and writes included."""
    output_tokens: int
    """Completion tokens."""
    cost_usd: float
    """What the call cost."""
    baseline_cost_usd: float
    """What the same tokens would have cost on the baseline model group."""
    latency_ms: float
    """Wall time of the call, every attempt included."""
    attempts: int | list[dict[str, Any]] = 1
    """Number of attempts, or the attempts themselves (JSON-able dicts)."""
    outcome: str = "ok"
    """``ok``, ``error``, ``budget_exceeded`` or another short word."""
    run_id: str | None = None
    """The LangChain run id, to join with traces."""

    @classmethod
    def from_metadata(
        cls,
        metadata: Mapping[str, Any],
        usage: Mapping[str, Any] | None,
        *,
        ts: float,
        latency_ms: float,
        outcome: str = "ok",
        run_id: str | None = None,
    ) -> CallRecord:
        """A record from an answer's ``response_metadata`` and LangChain ``usage_metadata``.

        Reads ``tier``, ``intent``, ``model_group``, ``model_name``, ``attempts``,
        ``cost_usd`` and ``baseline_cost_usd`` (missing ones count as empty or 0), so a
        failed call can be recorded from its routing decision alone.
        """
        usage = usage or {}
        attempts = metadata.get("attempts", 1)
        return cls(
            ts=ts,
            tier=int(metadata.get("tier", -1)),
            intent=metadata.get("intent"),
            model_group=str(metadata.get("model_group") or ""),
            model_name=metadata.get("model_name"),
            input_tokens=int(usage.get("input_tokens") or 0),
            output_tokens=int(usage.get("output_tokens") or 0),
            cost_usd=float(metadata.get("cost_usd") or 0.0),
            baseline_cost_usd=float(metadata.get("baseline_cost_usd") or 0.0),
            latency_ms=latency_ms,
            attempts=list(attempts) if isinstance(attempts, list | tuple) else int(attempts),
            outcome=outcome,
            run_id=run_id,
        )

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-able data."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CallRecord:
        """Rebuild a record from :meth:`to_dict` output (unknown keys are ignored)."""
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in names})

    def attempts_json(self) -> str:
        """``attempts`` as a JSON string, for stores without a JSON type."""
        return json.dumps(self.attempts, sort_keys=True, default=str)


def attempts_from_json(text: str | None) -> int | list[dict[str, Any]]:
    """Parse a stored ``attempts`` value; anything unreadable counts as 1 attempt."""
    try:
        value = json.loads(text) if text else 1
    except ValueError:
        return 1
    return value if isinstance(value, int | list) else 1


@dataclass(frozen=True, slots=True)
class Reservation:
    """An amount held on one budget counter until the call settles."""

    period_key: str
    """The period, from :func:`period_key`."""
    scope: str
    """``all`` or ``tier:N``."""
    amount_usd: float
    """The estimate held."""
    limit_usd: float = math.inf
    """Reserve only if the counter stays at or under this (``inf``: no limit)."""

    @property
    def amount_nanos(self) -> int:
        """The amount in nano-dollars."""
        return to_nanos(self.amount_usd)

    @property
    def limit_nanos(self) -> int | None:
        """The limit in nano-dollars, ``None`` for no limit."""
        return None if math.isinf(self.limit_usd) else to_nanos(self.limit_usd)


def admits(current_nanos: int, item: Reservation) -> bool:
    """Whether ``item`` fits on a counter at ``current_nanos``; free amounts always fit."""
    limit = item.limit_nanos
    return item.amount_nanos <= 0 or limit is None or current_nanos + item.amount_nanos <= limit


_STOP = object()


class Ledger(ABC):
    """Where calls are recorded and budget counters are kept.

    Subclasses implement :meth:`_write` (called from the writer thread with a batch),
    :meth:`query` and the counter methods; this base class owns the queue, the writer
    thread, loss counting and rate-limited warnings.
    """

    batch_size = 500
    """Most records written in one batch."""

    def __init__(self, *, queue_size: int = 10_000, warn_interval: float = 60.0) -> None:
        self._queue_size = queue_size
        self._warn_interval = warn_interval
        self._lost = 0
        self._last_warning = -math.inf
        self._closed = False
        self._reset_writer()

    def _reset_writer(self) -> None:
        """A fresh queue, lock and (lazily) writer: at start, and in a forked child."""
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._queue: queue.Queue[object] = queue.Queue(maxsize=self._queue_size)
        self._pending = 0
        self._thread: threading.Thread | None = None
        self._pid = os.getpid()

    # ----------------------------------------------------------------- records
    @property
    def lost(self) -> int:
        """Records dropped so far (queue full, store failing, ledger closed)."""
        return self._lost

    def record(self, record: CallRecord) -> None:
        """Queue ``record`` for writing. Never blocks, never raises."""
        try:
            if self._closed:
                self._lose(1, "the ledger is closed")
                return
            self._ensure_writer()
            with self._lock:
                self._pending += 1
            try:
                self._queue.put_nowait(record)
            except queue.Full:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()
                self._lose(1, f"the write queue is full ({self._queue_size} records)")
        except Exception as err:  # never let bookkeeping break a model call
            self._lose(1, f"{type(err).__name__}: {err}")

    def flush(self, timeout: float | None = 5.0) -> bool:
        """Wait until every queued record is written or dropped; ``False`` on timeout."""
        if self._pid != os.getpid():
            return True  # forked child: the parent's queue is not ours to wait for
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._idle:
            while self._pending > 0:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._idle.wait(remaining)
        return True

    def close(self, timeout: float = 5.0) -> None:
        """Flush, stop the writer and release the store. Later records are counted lost."""
        if self._closed:
            return
        self.flush(timeout)
        self._closed = True
        atexit.unregister(self._at_exit)
        thread = self._thread
        if thread is not None and thread.is_alive() and self._pid == os.getpid():
            try:
                self._queue.put(_STOP, timeout=timeout)
                thread.join(timeout)
            except queue.Full:
                pass
        self._close_store()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _at_exit(self) -> None:
        self.flush(2.0)

    def _ensure_writer(self) -> None:
        if self._pid != os.getpid():  # forked: the parent's thread and queue are not ours
            self._reset_writer()
        if self._thread is not None:
            return
        with self._lock:
            if self._thread is not None:
                return
            thread = threading.Thread(
                target=self._run, name=f"langchain-tiered-{type(self).__name__}", daemon=True
            )
            thread.start()
            self._thread = thread
        atexit.register(self._at_exit)

    def _run(self) -> None:
        stop = False
        while not stop:
            item = self._queue.get()
            if item is _STOP:
                break
            batch = [item]
            while len(batch) < self.batch_size:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stop = True
                    break
                batch.append(item)
            records = [r for r in batch if isinstance(r, CallRecord)]
            try:
                self._write(records)
            except Exception as err:
                self._lose(len(records), f"the store failed: {type(err).__name__}: {err}")
            finally:
                with self._idle:
                    self._pending -= len(batch)
                    self._idle.notify_all()

    def _lose(self, count: int, why: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._lost += count
            lost = self._lost
            warn = now - self._last_warning >= self._warn_interval
            if warn:
                self._last_warning = now
        if warn:
            logger.warning(
                "ledger %s dropped %d call record(s): %s (%d lost so far; model calls go on)",
                type(self).__name__,
                count,
                why,
                lost,
            )

    @abstractmethod
    def _write(self, records: Sequence[CallRecord]) -> None:
        """Store a batch (writer thread only); raising drops and counts the batch."""

    def _close_store(self) -> None:  # noqa: B027 - optional hook
        """Release connections; called once by :meth:`close`."""

    @abstractmethod
    def query(self, since: float | None = None, until: float | None = None) -> list[CallRecord]:
        """Records with ``since <= ts < until`` (``None``: unbounded), oldest first.

        Raises :class:`~langchain_tiered.errors.LedgerError` when the store cannot be read.
        """

    # -------------------------------------------------------------- counters
    @abstractmethod
    def spent(self, period_key: str, scope: str) -> float:
        """USD on the counter (settled spend plus reservations in flight)."""

    @abstractmethod
    def try_reserve_all(self, items: Sequence[Reservation]) -> bool:
        """Atomically add every amount if each counter stays within its limit, else nothing.

        Amounts of 0 or less always fit. Raises
        :class:`~langchain_tiered.errors.LedgerError` when the store is unreachable.
        """

    @abstractmethod
    def settle(self, period_key: str, scope: str, reserved: float, actual: float) -> None:
        """Replace a reservation by the actual cost (adds ``actual - reserved``).

        Raises :class:`~langchain_tiered.errors.LedgerError` when the store is unreachable.
        """

    def try_reserve(self, period_key: str, scope: str, amount: float, limit: float) -> bool:
        """Atomically add ``amount`` to one counter unless that would pass ``limit``."""
        return self.try_reserve_all([Reservation(period_key, scope, amount, limit)])


class MemoryLedger(Ledger):
    """Everything in this process's memory: for tests, notebooks and short scripts."""

    def __init__(self, *, queue_size: int = 10_000, warn_interval: float = 60.0) -> None:
        super().__init__(queue_size=queue_size, warn_interval=warn_interval)
        self._records: list[CallRecord] = []
        self._counters: dict[tuple[str, str], int] = {}
        self._counter_lock = threading.Lock()

    def _write(self, records: Sequence[CallRecord]) -> None:
        with self._counter_lock:
            self._records.extend(records)

    def query(self, since: float | None = None, until: float | None = None) -> list[CallRecord]:
        with self._counter_lock:
            found = [
                r
                for r in self._records
                if (since is None or r.ts >= since) and (until is None or r.ts < until)
            ]
        return sorted(found, key=lambda r: r.ts)

    def spent(self, period_key: str, scope: str) -> float:
        with self._counter_lock:
            return from_nanos(self._counters.get((period_key, scope), 0))

    def try_reserve_all(self, items: Sequence[Reservation]) -> bool:
        with self._counter_lock:
            for item in items:
                if not admits(self._counters.get((item.period_key, item.scope), 0), item):
                    return False
            for item in items:
                key = (item.period_key, item.scope)
                self._counters[key] = self._counters.get(key, 0) + item.amount_nanos
        return True

    def settle(self, period_key: str, scope: str, reserved: float, actual: float) -> None:
        delta = to_nanos(actual) - to_nanos(reserved)
        with self._counter_lock:
            key = (period_key, scope)
            self._counters[key] = self._counters.get(key, 0) + delta


class NullLedger(MemoryLedger):
    """Backend ``none``: records are discarded; budget counters hold in this process only."""

    def record(self, record: CallRecord) -> None:
        """Discard ``record``."""


def open_ledger(settings: LedgerSettings | CostSettings) -> Ledger:
    """The ledger ``settings`` describe (``tiering.costs`` or ``tiering.costs.ledger``).

    Raises :class:`~langchain_tiered.errors.LedgerError` if the SQLite file cannot be
    opened or the Redis URL is missing or invalid. An unreachable Redis server is *not* an
    error here: writes are then dropped and counted, and budget checks follow
    ``on_ledger_error``.
    """
    from langchain_tiered.cost_settings import CostSettings

    ledger_settings = settings.ledger if isinstance(settings, CostSettings) else settings
    backend = ledger_settings.backend
    if backend == "none":
        return NullLedger()
    if backend == "sqlite":
        from langchain_tiered.ledger_sqlite import SQLiteLedger

        return SQLiteLedger(ledger_settings.sqlite_path(), queue_size=ledger_settings.queue_size)
    if backend == "redis":
        from langchain_tiered.ledger_redis import RedisLedger

        url = ledger_settings.resolved_redis_url()
        if not url:
            raise LedgerError(
                "tiering.costs.ledger.redis_url: no Redis URL "
                f"({ledger_settings.redis_url_source} is not set)"
            )
        return RedisLedger(
            url,
            key_prefix=ledger_settings.key_prefix,
            retention_days=ledger_settings.retention_days,
            queue_size=ledger_settings.queue_size,
        )
    raise LedgerError(f"tiering.costs.ledger.backend: unknown backend {backend!r}")
