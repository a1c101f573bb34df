"""Nothing on the async call path blocks the event loop: ledger writes, budgets, classification.

Each test runs concurrent ``ainvoke`` calls against the loopback provider server while a
heartbeat task measures event-loop lag (the largest extra delay of an ``asyncio.sleep``
tick). The ledger or budget store is made deliberately slow (it sleeps in its worker
thread); had that work run on the loop, the lag would be at least one such sleep. The
assertions allow half of that sleep, so a busy machine does not make them flake: this is a
correctness property (non-blocking), not a speed goal. A model's first async call builds
its parts in a worker thread (tests/integration_tests/test_dispatch_http.py proves it); every
test still makes one call before the heartbeat starts, so only steady-state calls are timed.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from langchain_tiered import TieredChatModel
from langchain_tiered._classifier_view import _build_view
from langchain_tiered.classifier import classify
from langchain_tiered.ledger import CallRecord, MemoryLedger, Reservation
from langchain_tiered.ledger_sqlite import SQLiteLedger
from tests.loopback_provider import LoopbackProvider
from tests.tiered_loopback import loopback_config

TIER1: Any = {"tags": ["intent:summarize"]}  # tier 1: a cloud tier, no local concurrency gate
CALLS = 10  # enough to overlap; few enough that their own CPU on the loop stays small


class Heartbeat:
    """Measures the event loop's largest lag while the block runs."""

    def __init__(self, tick: float = 0.005) -> None:
        self.tick = tick
        self.max_lag = 0.0
        self.ticks = 0
        self._stop = False
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while not self._stop:
            before = time.perf_counter()
            await asyncio.sleep(self.tick)
            self.max_lag = max(self.max_lag, time.perf_counter() - before - self.tick)
            self.ticks += 1

    async def __aenter__(self) -> Heartbeat:
        self._task = asyncio.create_task(self._run())
        await asyncio.sleep(0)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop = True
        if self._task is not None:
            await self._task


def model(provider: LoopbackProvider, **costs: Any) -> TieredChatModel:
    config = loopback_config(provider)
    config["tiering"]["costs"] = {"ledger": {"backend": "none"}, **costs}
    return TieredChatModel(config=config)


async def fan_out(llm: TieredChatModel, calls: int = CALLS) -> list[str]:
    prompts = [f"summarize line {i} please" for i in range(calls)]
    answers = await asyncio.gather(*(llm.ainvoke(p, config=TIER1) for p in prompts))
    texts = [str(a.content) for a in answers]
    for prompt, text in zip(prompts, texts, strict=True):
        assert prompt in text  # each call got its own answer
    return texts


class GatedLedger(MemoryLedger):
    """A ledger whose writer thread is stuck until ``release`` is set."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def _write(self, records: Sequence[CallRecord]) -> None:
        self.release.wait(30)
        super()._write(records)


class SlowLedger(MemoryLedger):
    """A ledger whose every batch write takes ``delay`` seconds."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay

    def _write(self, records: Sequence[CallRecord]) -> None:
        time.sleep(self.delay)
        super()._write(records)


class SlowSQLiteLedger(SQLiteLedger):
    """SQLite counters that take ``delay`` seconds per budget reservation and settlement."""

    def __init__(self, path: Path, delay: float) -> None:
        super().__init__(path)
        self.delay = delay
        self.reservations = 0
        self.settlements = 0
        self.threads: set[int] = set()

    def try_reserve_all(self, items: Sequence[Reservation]) -> bool:
        self.threads.add(threading.get_ident())
        time.sleep(self.delay)
        self.reservations += 1
        return super().try_reserve_all(items)

    def settle(self, period_key: str, scope: str, reserved: float, actual: float) -> None:
        self.threads.add(threading.get_ident())
        time.sleep(self.delay)
        self.settlements += 1
        super().settle(period_key, scope, reserved, actual)


async def test_calls_finish_while_the_ledger_writer_is_stuck(
    loopback_provider: LoopbackProvider,
) -> None:
    ledger = GatedLedger()
    llm = model(loopback_provider).use_ledger(ledger)
    try:
        await asyncio.wait_for(fan_out(llm), timeout=60)  # would hang if a call waited
        assert ledger.query() == []  # nothing written yet: the writer is still stuck
    finally:
        ledger.release.set()
    assert ledger.flush(30)
    assert len(ledger.query()) == CALLS
    assert ledger.lost == 0


async def test_slow_ledger_writes_do_not_lag_the_event_loop(
    loopback_provider: LoopbackProvider,
) -> None:
    delay = 1.0
    ledger = SlowLedger(delay)
    llm = model(loopback_provider).use_ledger(ledger)
    await llm.ainvoke("warm up", config=TIER1)  # builds the Router; starts the writer
    async with Heartbeat() as beat:
        await fan_out(llm)
        await asyncio.sleep(delay * 1.5)  # the loop keeps ticking while batches are written
    assert beat.ticks > 10
    assert beat.max_lag < delay / 2, f"event loop lagged {beat.max_lag:.3f}s"
    assert ledger.flush(30)
    assert len(ledger.query()) == CALLS + 1
    assert ledger.lost == 0


async def test_sqlite_budget_admission_runs_off_the_event_loop(
    loopback_provider: LoopbackProvider, tmp_path: Path
) -> None:
    delay = 0.5
    ledger = SlowSQLiteLedger(tmp_path / "ledger.sqlite3", delay)
    budgets = [{"period": "daily", "limit_usd": 1000.0, "mode": "hard"}]
    llm = model(loopback_provider, budgets=budgets).use_ledger(ledger)
    await llm.ainvoke("warm up", config=TIER1)
    calls = CALLS
    async with Heartbeat() as beat:
        started = time.perf_counter()
        await fan_out(llm, calls)
        wall = time.perf_counter() - started
    # Every call reserved and settled (2 x delay of sleeping each) in worker threads, overlapping.
    assert ledger.reservations == calls + 1
    assert ledger.settlements >= calls + 1
    assert threading.get_ident() not in ledger.threads
    assert wall < calls * 2 * delay / 2, f"budget checks ran one at a time ({wall:.2f}s)"
    assert beat.max_lag < delay / 2, f"event loop lagged {beat.max_lag:.3f}s"
    status = llm.accounting.guard.status()
    assert status[0].spent_usd > 0  # the actual costs were settled
    ledger.close()


async def test_classifying_untagged_calls_does_not_lag_the_event_loop(
    loopback_provider: LoopbackProvider,
) -> None:
    """Untagged calls are classified on the loop: bounded work even for a 1 MB prompt."""
    huge = "Is 'ERROR' in this log? yes/no\n" + "INFO 2026-01-01 request served ok\n" * 30_000
    assert classify(huge).tier == 0
    view = _build_view(huge)  # bounded work: only the head and the tail are scanned
    assert len(view.instruction) + len(view.material) < 5_000 < len(huge) // 100
    llm = model(loopback_provider)
    await llm.ainvoke("warm up")
    prompts = [f"Is this issue {i} a bug report or a feature request?" for i in range(CALLS)]
    async with Heartbeat() as beat:
        answers = await asyncio.gather(*(llm.ainvoke(p) for p in prompts))
    assert all(a.response_metadata["routing_source"] == "classifier" for a in answers)
    assert beat.max_lag < 0.25, f"event loop lagged {beat.max_lag:.3f}s"
