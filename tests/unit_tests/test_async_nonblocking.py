"""Nothing on the async call path blocks the event loop: ledger writes, budgets, classification.

Each test runs concurrent ``ainvoke`` calls against the loopback provider server. The ledger or
budget store is made deliberately slow or stuck (it sleeps or waits in its worker thread), and
the tests check facts that do not depend on the machine's speed: calls finish while the ledger
writer is stuck, the slow work ran on a thread other than the event loop's, budget checks
overlapped, and the event loop kept ticking while the writes were under way. How long the loop
stalls is a speed figure and lives in ``benchmarks/concurrency.py`` (event-loop lag against a
baseline measured in the same run); the timed assertions that were here flaked on a loaded
machine. A model's first async call builds its parts in a worker thread
(tests/integration_tests/test_dispatch_http.py proves it); every test still makes one call
first, so only steady-state calls are checked.
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
    """Counts the event loop's ticks of ``asyncio.sleep(tick)`` while the block runs."""

    def __init__(self, tick: float = 0.005) -> None:
        self.tick = tick
        self.ticks = 0
        self._stop = False
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while not self._stop:
            await asyncio.sleep(self.tick)
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
    """A ledger whose every batch write takes ``delay`` seconds (and notes its thread)."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay
        self.threads: set[int] = set()

    def _write(self, records: Sequence[CallRecord]) -> None:
        self.threads.add(threading.get_ident())
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
        self.in_flight = 0
        self.most_in_flight = 0
        self._count = threading.Lock()

    def try_reserve_all(self, items: Sequence[Reservation]) -> bool:
        self.threads.add(threading.get_ident())
        with self._count:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        time.sleep(self.delay)
        with self._count:
            self.in_flight -= 1
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


async def test_slow_ledger_writes_run_off_the_event_loop(
    loopback_provider: LoopbackProvider,
) -> None:
    delay = 1.0
    ledger = SlowLedger(delay)
    llm = model(loopback_provider).use_ledger(ledger)
    await llm.ainvoke("warm up", config=TIER1)  # builds the Router; starts the writer
    async with Heartbeat() as beat:
        await fan_out(llm)
        await asyncio.sleep(delay * 1.5)  # the loop keeps ticking while batches are written
    # up to 300 ticks of 5 ms fit in the 1.5 s; a loop stuck in the writes would get 1 or 2
    assert beat.ticks > 10
    assert ledger.threads
    assert threading.get_ident() not in ledger.threads
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
    ledger.most_in_flight = 0  # count the fan-out only
    await fan_out(llm, calls)
    # Every call reserved and settled (2 x delay of sleeping each) in worker threads, and the
    # reservations overlapped: run on the loop, they would have gone one at a time.
    assert ledger.reservations == calls + 1
    assert ledger.settlements >= calls + 1
    assert ledger.threads
    assert threading.get_ident() not in ledger.threads
    assert ledger.most_in_flight > 1, "budget checks ran one at a time"
    status = llm.accounting.guard.status()
    assert status[0].spent_usd > 0  # the actual costs were settled
    ledger.close()


async def test_classifying_untagged_calls_is_bounded_work_on_the_loop(
    loopback_provider: LoopbackProvider,
) -> None:
    """Untagged calls are classified on the loop: bounded work even for a 1 MB prompt (its
    speed is measured in ``benchmarks/overhead.py``, not here)."""
    huge = "Is 'ERROR' in this log? yes/no\n" + "INFO 2026-01-01 request served ok\n" * 30_000
    assert classify(huge).tier == 0
    view = _build_view(huge)  # bounded work: only the head and the tail are scanned
    assert len(view.instruction) + len(view.material) < 5_000 < len(huge) // 100
    llm = model(loopback_provider)
    await llm.ainvoke("warm up")
    prompts = [f"Is this issue {i} a bug report or a feature request?" for i in range(CALLS)]
    answers = await asyncio.gather(*(llm.ainvoke(p) for p in prompts))
    assert all(a.response_metadata["routing_source"] == "classifier" for a in answers)
