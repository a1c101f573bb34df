"""The ledger: records never block or raise, round-trip through SQLite and a real Redis."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from langchain_tiered.cost_settings import CostSettings, LedgerSettings, default_ledger_path
from langchain_tiered.errors import LedgerError
from langchain_tiered.ledger import (
    CallRecord,
    Ledger,
    MemoryLedger,
    NullLedger,
    Reservation,
    from_nanos,
    open_ledger,
    period_key,
    period_ttl_seconds,
    to_nanos,
)
from langchain_tiered.ledger_sqlite import SQLiteLedger

T0 = 1_767_225_600.0  # 2026-01-01T00:00:00Z


def make_record(i: int = 0, **changes: object) -> CallRecord:
    data: dict[str, object] = {
        "ts": T0 + i,
        "tier": i % 4,
        "intent": ["classify", "summarize", "code", "deploy"][i % 4],
        "model_group": ["local", "efficient", "frontier", "expert"][i % 4],
        "model_name": "m",
        "input_tokens": 100 + i,
        "output_tokens": 10,
        "cost_usd": 0.001 * (i % 4),
        "baseline_cost_usd": 0.003,
        "latency_ms": 12.5,
        "attempts": [{"model_group": "x", "outcome": "ok"}],
        "outcome": "ok",
        "run_id": f"run-{i}",
    }
    data.update(changes)
    return CallRecord(**data)  # type: ignore[arg-type]


def redis_url() -> str:
    """A reachable Redis for the tests (``.ci/run`` starts one); skip locally without it."""
    import redis

    url = os.environ.get("TIERED_REDIS_URL", "redis://127.0.0.1:6379/0")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except redis.RedisError as err:
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide a Redis server (TIERED_REDIS_URL): {err}")
        pytest.skip(f"no Redis server for the tests: {err}")
    return url


def drop_keys(url: str, prefix: str) -> None:
    import redis

    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match="{" + prefix + "}*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture
def redis_target() -> Iterator[tuple[str, str]]:
    url = redis_url()
    prefix = f"test-{uuid.uuid4().hex}"
    yield url, prefix
    drop_keys(url, prefix)


@pytest.fixture(params=["memory", "sqlite", "redis"])
def ledger(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Ledger]:
    if request.param == "memory":
        opened: Ledger = MemoryLedger()
    elif request.param == "sqlite":
        opened = SQLiteLedger(tmp_path / "ledger.sqlite3")
    else:
        from langchain_tiered.ledger_redis import RedisLedger

        url = redis_url()
        prefix = f"test-{uuid.uuid4().hex}"
        opened = RedisLedger(url, key_prefix=prefix)
    yield opened
    opened.close()
    if request.param == "redis":
        drop_keys(url, prefix)


# ------------------------------------------------------------------ every backend
def test_records_round_trip_and_query_window(ledger: Ledger) -> None:
    records = [make_record(i) for i in range(10)]
    for record in reversed(records):
        ledger.record(record)
    assert ledger.flush(10)
    assert ledger.query() == records
    assert ledger.query(since=T0 + 3, until=T0 + 6) == records[3:6]
    assert ledger.query(since=T0 + 100) == []
    assert ledger.lost == 0


def test_attempts_may_be_a_count(ledger: Ledger) -> None:
    ledger.record(make_record(1, attempts=3, intent=None, run_id=None, model_name=None))
    ledger.flush(10)
    (stored,) = ledger.query()
    assert (stored.attempts, stored.intent, stored.run_id, stored.model_name) == (
        3,
        None,
        None,
        None,
    )


def test_counters_check_and_add(ledger: Ledger) -> None:
    key = period_key("daily", T0)
    assert ledger.spent(key, "all") == 0.0
    assert ledger.try_reserve(key, "all", 0.6, 1.0)
    assert not ledger.try_reserve(key, "all", 0.5, 1.0)  # would pass the limit: nothing added
    assert ledger.spent(key, "all") == pytest.approx(0.6)
    assert ledger.try_reserve(key, "all", 0.4, 1.0)  # exactly at the limit is allowed
    assert ledger.try_reserve(key, "all", 0.0, 1.0)  # free calls always fit
    ledger.settle(key, "all", reserved=0.6, actual=0.1)
    assert ledger.spent(key, "all") == pytest.approx(0.5)
    assert ledger.spent(key, "tier:2") == 0.0  # scopes are separate counters


def test_reserve_all_is_all_or_nothing(ledger: Ledger) -> None:
    day, month = period_key("daily", T0), period_key("monthly", T0)
    items = [Reservation(day, "all", 0.3, 1.0), Reservation(month, "tier:1", 0.3, 0.5)]
    assert ledger.try_reserve_all(items)
    assert not ledger.try_reserve_all(items)  # the second counter would pass 0.5
    assert ledger.spent(day, "all") == pytest.approx(0.3)
    assert ledger.spent(month, "tier:1") == pytest.approx(0.3)
    assert ledger.try_reserve_all([Reservation(day, "all", 5.0)])  # no limit
    assert ledger.try_reserve_all([])


def test_counters_are_exact_in_nanos(ledger: Ledger) -> None:
    key = period_key("daily", T0)
    for _ in range(1000):
        ledger.try_reserve(key, "all", 0.000_001_1, 1.0)
    assert to_nanos(ledger.spent(key, "all")) == 1_100_000


def test_concurrent_reservations_never_pass_the_limit(ledger: Ledger) -> None:
    key = period_key("daily", T0)
    granted: list[bool] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(20):
            ok = ledger.try_reserve(key, "all", 0.01, 0.5)
            with lock:
                granted.append(ok)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(granted) == 50
    assert ledger.spent(key, "all") == pytest.approx(0.5)


# ------------------------------------------------------- never block, never raise
class _SlowLedger(MemoryLedger):
    def __init__(self, gate: threading.Event, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.gate = gate

    def _write(self, records: Sequence[CallRecord]) -> None:
        self.gate.wait(10)
        super()._write(records)


class _BrokenLedger(MemoryLedger):
    def _write(self, records: Sequence[CallRecord]) -> None:
        raise sqlite3.OperationalError("disk I/O error")


def test_record_never_blocks_and_counts_overflow(caplog: pytest.LogCaptureFixture) -> None:
    gate = threading.Event()
    ledger = _SlowLedger(gate, queue_size=5, warn_interval=3600)
    with caplog.at_level(logging.WARNING, logger="langchain_tiered"):
        # The writer is stuck on the gate: had record() waited for it, this loop would hang.
        for i in range(200):
            ledger.record(make_record(i))
    assert not gate.is_set()
    gate.set()
    assert ledger.flush(10)
    written = len(ledger.query())
    assert written + ledger.lost == 200
    # at most one batch (up to a full queue) held by the stuck writer, plus the full queue
    assert 5 <= written <= 10
    assert ledger.lost >= 190
    warnings = [r for r in caplog.records if "dropped" in r.message]
    assert len(warnings) == 1  # rate-limited: once per warn_interval
    assert "queue is full" in warnings[0].message
    ledger.close()


def test_store_failure_is_counted_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    ledger = _BrokenLedger(warn_interval=0)
    with caplog.at_level(logging.WARNING, logger="langchain_tiered"):
        ledger.record(make_record(1))
        assert ledger.flush(5)
        ledger.record(make_record(2))
        assert ledger.flush(5)
    assert ledger.lost == 2
    assert any("disk I/O error" in r.message for r in caplog.records)
    ledger.close()
    ledger.record(make_record(3))  # after close: counted, not raised
    assert ledger.lost == 3


def test_record_from_the_event_loop_does_not_block() -> None:
    import asyncio

    gate = threading.Event()
    ledger = _SlowLedger(gate)

    async def main() -> float:
        started = time.perf_counter()
        for i in range(50):
            ledger.record(make_record(i))
        await asyncio.sleep(0)
        return time.perf_counter() - started

    assert asyncio.run(main()) < 0.5
    gate.set()
    assert ledger.flush(10)
    assert len(ledger.query()) == 50
    ledger.close()


def test_null_ledger_discards_records_but_counts_budgets() -> None:
    ledger = NullLedger()
    ledger.record(make_record())
    assert ledger.flush(1)
    assert ledger.query() == []
    assert ledger.try_reserve("daily:x", "all", 0.5, 1.0)
    assert ledger.spent("daily:x", "all") == 0.5


# -------------------------------------------------------------------- SQLite
def _write_records(path: str, start: int, count: int) -> None:
    ledger = SQLiteLedger(path)
    for i in range(start, start + count):
        ledger.record(make_record(i))
    ledger.close()


def test_sqlite_is_wal_and_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "ledger.sqlite3"
    ledger = SQLiteLedger(path)
    ledger.record(make_record(1))
    ledger.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reopened = SQLiteLedger(path)
    assert reopened.query() == [make_record(1)]
    reopened.close()


def test_sqlite_several_processes_write_one_file(tmp_path: Path) -> None:
    path = str(tmp_path / "ledger.sqlite3")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_write_records, args=(path, p * 1000, 50)) for p in range(4)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    ledger = SQLiteLedger(path)
    assert len(ledger.query()) == 200
    ledger.close()


def test_sqlite_unopenable_path_is_a_ledger_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(LedgerError, match="cannot create the ledger folder"):
        SQLiteLedger(blocker / "ledger.sqlite3")


# --------------------------------------------------------------------- Redis
def test_redis_down_loses_records_without_raising(caplog: pytest.LogCaptureFixture) -> None:
    from langchain_tiered.ledger_redis import RedisLedger

    ledger = RedisLedger("redis://:s3cret-pass@127.0.0.1:1/0", socket_timeout=0.5)
    with caplog.at_level(logging.WARNING, logger="langchain_tiered"):
        ledger.record(make_record(1))
        assert ledger.flush(10)
    assert ledger.lost == 1
    with pytest.raises(LedgerError) as err:
        ledger.try_reserve("daily:x", "all", 0.1, 1.0)
    assert "s3cret" not in str(err.value)
    assert all("s3cret" not in r.getMessage() for r in caplog.records)
    assert not ledger.ping()
    ledger.close()


def test_redis_counter_keys_expire_after_their_period(redis_target: tuple[str, str]) -> None:
    import redis

    from langchain_tiered.ledger_redis import RedisLedger

    url, prefix = redis_target
    ledger = RedisLedger(url, key_prefix=prefix)
    ledger.try_reserve(period_key("daily", T0), "all", 0.1, 1.0)
    ledger.try_reserve(period_key("monthly", T0), "tier:2", 0.1, 1.0)
    client = redis.Redis.from_url(url)
    daily = client.ttl("{" + prefix + "}:budget:daily:2026-01-01:all")
    monthly = client.ttl("{" + prefix + "}:budget:monthly:2026-01:tier:2")
    assert 0 < daily <= period_ttl_seconds("daily:2026-01-01")
    assert 30 * 86_400 < monthly <= period_ttl_seconds("monthly:2026-01")
    client.close()
    ledger.close()


# ----------------------------------------------------------------- settings
def test_period_keys_are_utc_calendar_periods() -> None:
    assert period_key("daily", T0) == "daily:2026-01-01"
    assert period_key("daily", T0 - 1) == "daily:2025-12-31"
    assert period_key("monthly", T0 - 1) == "monthly:2025-12"
    with pytest.raises(ValueError, match="unknown budget period"):
        period_key("weekly", T0)  # type: ignore[arg-type]
    assert from_nanos(to_nanos(0.123456789)) == 0.123456789


def test_open_ledger_backends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sqlite_ledger = open_ledger(LedgerSettings(path=str(tmp_path / "l.sqlite3")))
    assert isinstance(sqlite_ledger, SQLiteLedger)
    sqlite_ledger.close()
    assert isinstance(open_ledger(CostSettings(ledger=LedgerSettings(backend="none"))), NullLedger)
    monkeypatch.delenv("TIERED_REDIS_URL", raising=False)
    with pytest.raises(LedgerError, match=r"os.environ/TIERED_REDIS_URL is not set"):
        open_ledger(LedgerSettings(backend="redis"))
    with pytest.raises(LedgerError, match="not a valid Redis URL") as err:
        open_ledger(LedgerSettings(backend="redis", redis_url="http://user:pw@host"))
    assert "pw@" not in str(err.value)


def test_default_path_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_ledger_path({"XDG_DATA_HOME": str(tmp_path)}) == (
        tmp_path / "langchain-tiered" / "ledger.sqlite3"
    )
    home = default_ledger_path({})
    assert home.parts[-4:] == (".local", "share", "langchain-tiered", "ledger.sqlite3")
    monkeypatch.setenv("LEDGER_DIR", str(tmp_path))
    settings = LedgerSettings(path="$LEDGER_DIR/x.sqlite3")
    assert settings.sqlite_path() == tmp_path / "x.sqlite3"


def test_redis_url_is_secret() -> None:
    settings = LedgerSettings(backend="redis", redis_url="redis://:hunter2@host:6379/0")
    assert "hunter2" not in repr(settings)
    assert "hunter2" not in settings.redis_url_source
    assert settings.resolved_redis_url() == "redis://:hunter2@host:6379/0"
    env_settings = LedgerSettings(backend="redis")
    assert env_settings.resolved_redis_url({"TIERED_REDIS_URL": "redis://x"}) == "redis://x"
    assert env_settings.resolved_redis_url({}) is None


def test_record_from_response_metadata() -> None:
    metadata = {
        "model_name": "claude-haiku-4-5-20251001",
        "tier": 1,
        "model_group": "efficient",
        "intent": "summarize",
        "attempts": [{"model_group": "efficient", "outcome": "ok", "latency_ms": 80.0}],
        "cost_usd": 0.0012,
        "baseline_cost_usd": 0.0036,
    }
    usage = {"input_tokens": 900, "output_tokens": 60, "total_tokens": 960}
    record = CallRecord.from_metadata(metadata, usage, ts=T0, latency_ms=81.5, run_id="r1")
    assert record == CallRecord(
        ts=T0,
        tier=1,
        intent="summarize",
        model_group="efficient",
        model_name="claude-haiku-4-5-20251001",
        input_tokens=900,
        output_tokens=60,
        cost_usd=0.0012,
        baseline_cost_usd=0.0036,
        latency_ms=81.5,
        attempts=metadata["attempts"],  # type: ignore[arg-type]
        outcome="ok",
        run_id="r1",
    )
    failed = CallRecord.from_metadata(
        {"tier": 2, "model_group": "frontier"}, None, ts=T0, latency_ms=5, outcome="error"
    )
    assert (failed.cost_usd, failed.input_tokens, failed.attempts) == (0.0, 0, 1)


def test_ledger_cost_matches_litellm_completion_cost(tmp_path: Path) -> None:
    """Price an answer's usage, record it, read it back: LiteLLM's completion_cost."""
    import litellm
    from litellm import ModelResponse, Usage

    from langchain_tiered.config import load_config
    from langchain_tiered.pricing import Pricer

    pricer = Pricer(load_config(Path(__file__).parents[2] / "litellm_config" / "tiers.yaml"))
    usage = {
        "input_tokens": 2500,
        "output_tokens": 300,
        "input_token_details": {"cache_read": 2000},
    }
    metadata = {"tier": 1, "model_group": "efficient", **pricer.usage_costs("efficient", usage)}
    ledger = SQLiteLedger(tmp_path / "ledger.sqlite3")
    ledger.record(CallRecord.from_metadata(metadata, usage, ts=T0, latency_ms=1.0))
    ledger.close()
    (stored,) = SQLiteLedger(tmp_path / "ledger.sqlite3").query()

    def completion_cost(model: str) -> float:
        response = ModelResponse(
            model=model,
            usage=Usage(
                prompt_tokens=2500,
                completion_tokens=300,
                total_tokens=2800,
                cache_read_input_tokens=2000,
            ),
        )
        return float(litellm.completion_cost(completion_response=response))

    assert stored.cost_usd == pytest.approx(completion_cost("anthropic/claude-haiku-4-5"))
    assert stored.baseline_cost_usd == pytest.approx(completion_cost("anthropic/claude-sonnet-4-5"))


def test_a_forked_child_gets_its_own_writer(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    ledger = SQLiteLedger(path)
    ledger.record(make_record(1))  # the parent's writer thread is running
    ledger.flush(5)

    def child() -> None:
        ledger.record(make_record(2))
        assert ledger.flush(5)
        os._exit(0 if ledger.lost == 0 else 1)

    proc = multiprocessing.get_context("fork").Process(target=child)
    proc.start()
    proc.join(30)
    assert proc.exitcode == 0
    assert [r.ts for r in ledger.query()] == [T0 + 1, T0 + 2]
    ledger.close()
