"""The embedded ledger: one SQLite file in WAL mode, shared by the processes of one machine.

Every thread gets its own connection (SQLite connections are not shared across threads);
records are inserted by the background writer in one transaction per batch; a reservation
is ``BEGIN IMMEDIATE`` (the write lock, taken before reading the counters), a check of
every counter, then the adds and ``COMMIT``, so two processes cannot both pass a cap.
A busy file is waited for up to ``busy_timeout`` seconds. Not for network file systems:
SQLite's locking is only reliable on a local disk.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from langchain_tiered.errors import LedgerError
from langchain_tiered.ledger import (
    CallRecord,
    Ledger,
    Reservation,
    admits,
    attempts_from_json,
    from_nanos,
    to_nanos,
)

__all__ = ["SQLiteLedger"]

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS calls (
        id INTEGER PRIMARY KEY,
        ts REAL NOT NULL,
        tier INTEGER NOT NULL,
        intent TEXT,
        model_group TEXT NOT NULL,
        model_name TEXT,
        input_tokens INTEGER NOT NULL,
        output_tokens INTEGER NOT NULL,
        cost_usd REAL NOT NULL,
        baseline_cost_usd REAL NOT NULL,
        latency_ms REAL NOT NULL,
        attempts TEXT NOT NULL,
        outcome TEXT NOT NULL,
        run_id TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS calls_ts ON calls (ts)",
    """CREATE TABLE IF NOT EXISTS budget_counters (
        period_key TEXT NOT NULL,
        scope TEXT NOT NULL,
        spent_nanos INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (period_key, scope)
    )""",
)

_COLUMNS = (
    "ts, tier, intent, model_group, model_name, input_tokens, output_tokens, cost_usd, "
    "baseline_cost_usd, latency_ms, attempts, outcome, run_id"
)
_INSERT = f"INSERT INTO calls ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"  # noqa: S608
_SELECT = f"SELECT {_COLUMNS} FROM calls WHERE ts >= ? AND ts < ? ORDER BY ts, id"  # noqa: S608
_ADD = (
    "INSERT INTO budget_counters (period_key, scope, spent_nanos) VALUES (?, ?, ?) "
    "ON CONFLICT (period_key, scope) DO UPDATE SET spent_nanos = spent_nanos + excluded.spent_nanos"
)
_GET = "SELECT spent_nanos FROM budget_counters WHERE period_key = ? AND scope = ?"


def _row(record: CallRecord) -> tuple[object, ...]:
    return (
        record.ts,
        record.tier,
        record.intent,
        record.model_group,
        record.model_name,
        record.input_tokens,
        record.output_tokens,
        record.cost_usd,
        record.baseline_cost_usd,
        record.latency_ms,
        record.attempts_json(),
        record.outcome,
        record.run_id,
    )


def _record(row: Sequence[object]) -> CallRecord:
    (ts, tier, intent, group, name, tin, tout, cost, base, latency, attempts, outcome, run) = row
    return CallRecord(
        ts=float(ts),  # type: ignore[arg-type]
        tier=int(tier),  # type: ignore[call-overload]
        intent=intent if isinstance(intent, str) else None,
        model_group=str(group),
        model_name=name if isinstance(name, str) else None,
        input_tokens=int(tin),  # type: ignore[call-overload]
        output_tokens=int(tout),  # type: ignore[call-overload]
        cost_usd=float(cost),  # type: ignore[arg-type]
        baseline_cost_usd=float(base),  # type: ignore[arg-type]
        latency_ms=float(latency),  # type: ignore[arg-type]
        attempts=attempts_from_json(attempts if isinstance(attempts, str) else None),
        outcome=str(outcome),
        run_id=run if isinstance(run, str) else None,
    )


class SQLiteLedger(Ledger):
    """Ledger in one SQLite file (WAL): safe for many threads and processes on one machine."""

    def __init__(
        self,
        path: str | Path,
        *,
        queue_size: int = 10_000,
        warn_interval: float = 60.0,
        busy_timeout: float = 30.0,
    ) -> None:
        super().__init__(queue_size=queue_size, warn_interval=warn_interval)
        self.path = Path(path)
        """The database file."""
        self._busy_timeout = busy_timeout
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            folder = self.path.parent
            raise LedgerError(f"cannot create the ledger folder {folder}: {err}") from None
        self._connection()  # fail now, with a clear message, if the file cannot be opened

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and self._local.pid == os.getpid():
            return conn
        try:
            conn = sqlite3.connect(
                self.path,
                timeout=self._busy_timeout,
                isolation_level=None,  # we issue BEGIN / COMMIT ourselves
                check_same_thread=False,  # only closed from another thread, never shared
            )
            conn.execute(f"PRAGMA busy_timeout={int(self._busy_timeout * 1000)}")
            self._execute_when_free(conn, "PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            for statement in SCHEMA:
                self._execute_when_free(conn, statement)
        except sqlite3.Error as err:
            raise LedgerError(f"cannot open the ledger {self.path}: {err}") from None
        self._local.conn = conn
        self._local.pid = os.getpid()
        with self._connections_lock:
            self._connections.append(conn)
        return conn

    def _execute_when_free(self, conn: sqlite3.Connection, sql: str) -> None:
        """Run ``sql``, retrying while another process holds the file to set it up."""
        deadline = time.monotonic() + self._busy_timeout
        while True:
            try:
                conn.execute(sql)
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on error); errors as LedgerError."""
        try:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise LedgerError(f"ledger {self.path}: {err}") from None
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as err:
            conn.execute("ROLLBACK")
            raise LedgerError(f"ledger {self.path}: {err}") from None

    # ----------------------------------------------------------------- records
    def _write(self, records: Sequence[CallRecord]) -> None:
        with self._transaction() as conn:
            conn.executemany(_INSERT, [_row(r) for r in records])

    def query(self, since: float | None = None, until: float | None = None) -> list[CallRecord]:
        low = -1e18 if since is None else since
        high = 1e18 if until is None else until
        try:
            rows = self._connection().execute(_SELECT, (low, high)).fetchall()
        except sqlite3.Error as err:
            raise LedgerError(f"cannot read the ledger {self.path}: {err}") from None
        return [_record(row) for row in rows]

    # -------------------------------------------------------------- counters
    def spent(self, period_key: str, scope: str) -> float:
        try:
            row = self._connection().execute(_GET, (period_key, scope)).fetchone()
        except sqlite3.Error as err:
            raise LedgerError(f"cannot read the ledger {self.path}: {err}") from None
        return from_nanos(int(row[0]) if row else 0)

    def try_reserve_all(self, items: Sequence[Reservation]) -> bool:
        try:
            with self._transaction() as conn:
                for item in items:
                    row = conn.execute(_GET, (item.period_key, item.scope)).fetchone()
                    if not admits(int(row[0]) if row else 0, item):
                        return False
                conn.executemany(_ADD, [(i.period_key, i.scope, i.amount_nanos) for i in items])
        except sqlite3.Error as err:
            raise LedgerError(f"ledger {self.path}: {err}") from None
        return True

    def settle(self, period_key: str, scope: str, reserved: float, actual: float) -> None:
        delta = to_nanos(actual) - to_nanos(reserved)
        if delta == 0:
            return
        try:
            self._connection().execute(_ADD, (period_key, scope, delta))
        except sqlite3.Error as err:
            raise LedgerError(f"ledger {self.path}: {err}") from None

    def _close_store(self) -> None:
        with self._connections_lock:
            for conn in self._connections:
                with suppress(sqlite3.Error):
                    conn.close()
            self._connections.clear()
        self._local = threading.local()
