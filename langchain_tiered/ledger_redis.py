"""The fleet ledger: a Redis server shared by every machine that calls models.

Layout (``P`` is ``ledger.key_prefix``, wrapped in ``{}`` so every key hashes to the same
Redis Cluster slot and one Lua script may touch them all):

* ``{P}:calls``: a sorted set, score = call time, member = the record as JSON (plus a
  random id so identical calls stay distinct); members older than ``retention_days`` are
  trimmed on each write.
* ``{P}:budget:<period_key>:<scope>``: an integer of nano-dollars, expiring a day after
  its period ends.

A reservation is one Lua script (atomic on the server): read every counter, and add to all
of them only if each stays within its limit. Needs the ``redis`` package
(``pip install 'langchain-tiered[redis]'``), imported when a Redis ledger is opened.
"""

from __future__ import annotations

import contextlib
import json
import time
import uuid
from collections.abc import Sequence
from typing import Any

from langchain_tiered.errors import LedgerError
from langchain_tiered.ledger import (
    CallRecord,
    Ledger,
    Reservation,
    from_nanos,
    period_ttl_seconds,
    to_nanos,
)

__all__ = ["RESERVE_SCRIPT", "RedisLedger"]

RESERVE_SCRIPT = """
-- KEYS: counters; ARGV: n amounts, then n limits (-1: none), then n TTLs in seconds
local n = #KEYS
for i = 1, n do
  local amount = tonumber(ARGV[i])
  local limit = tonumber(ARGV[n + i])
  if amount > 0 and limit >= 0 then
    local current = tonumber(redis.call('GET', KEYS[i]) or '0')
    if current + amount > limit then
      return i
    end
  end
end
for i = 1, n do
  redis.call('INCRBY', KEYS[i], ARGV[i])
  redis.call('EXPIRE', KEYS[i], ARGV[2 * n + i])
end
return 0
"""
"""Atomic all-or-nothing check-and-add over several counters; returns 0 or the failing index."""


class RedisLedger(Ledger):
    """Ledger on a Redis server: records and atomic budget counters for a fleet."""

    def __init__(
        self,
        url: str,
        *,
        key_prefix: str = "langchain-tiered",
        retention_days: int = 400,
        queue_size: int = 10_000,
        warn_interval: float = 60.0,
        socket_timeout: float = 2.0,
    ) -> None:
        super().__init__(queue_size=queue_size, warn_interval=warn_interval)
        try:
            import redis
        except ImportError:
            raise LedgerError(
                "the redis ledger needs the redis package: pip install 'langchain-tiered[redis]'"
            ) from None
        self._redis_errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        try:
            # The URL may carry a password: it is never put in a message or a log.
            self._client: Any = redis.Redis.from_url(
                url,
                socket_timeout=socket_timeout,
                socket_connect_timeout=socket_timeout,
                health_check_interval=30,
            )
        except ValueError:
            raise LedgerError(
                "tiering.costs.ledger.redis_url: not a valid Redis URL "
                "(expected redis://[:password@]host:port/db, rediss://... or unix://...)"
            ) from None
        self._prefix = "{" + key_prefix + "}"
        self._retention_s = retention_days * 86_400
        self._reserve = self._client.register_script(RESERVE_SCRIPT)

    def _counter_key(self, period_key: str, scope: str) -> str:
        return f"{self._prefix}:budget:{period_key}:{scope}"

    @property
    def calls_key(self) -> str:
        """The sorted set holding call records."""
        return f"{self._prefix}:calls"

    def _fail(self, action: str, err: BaseException) -> LedgerError:
        return LedgerError(f"redis ledger: cannot {action}: {type(err).__name__}: {err}")

    # ----------------------------------------------------------------- records
    def _write(self, records: Sequence[CallRecord]) -> None:
        members = {
            json.dumps({**r.to_dict(), "_id": uuid.uuid4().hex}, default=str): r.ts for r in records
        }
        pipe = self._client.pipeline(transaction=False)
        pipe.zadd(self.calls_key, members)
        pipe.zremrangebyscore(self.calls_key, "-inf", f"({time.time() - self._retention_s}")
        pipe.execute()

    def query(self, since: float | None = None, until: float | None = None) -> list[CallRecord]:
        low = "-inf" if since is None else repr(since)
        high = "+inf" if until is None else f"({until!r}"
        try:
            members = self._client.zrangebyscore(self.calls_key, low, high)
        except self._redis_errors as err:
            raise self._fail("read call records", err) from None
        out = []
        for member in members:
            try:
                out.append(CallRecord.from_dict(json.loads(member)))
            except (TypeError, ValueError):
                continue
        return out

    # -------------------------------------------------------------- counters
    def spent(self, period_key: str, scope: str) -> float:
        try:
            value = self._client.get(self._counter_key(period_key, scope))
        except self._redis_errors as err:
            raise self._fail("read a budget counter", err) from None
        return from_nanos(int(value) if value is not None else 0)

    def try_reserve_all(self, items: Sequence[Reservation]) -> bool:
        if not items:
            return True
        keys = [self._counter_key(i.period_key, i.scope) for i in items]
        args: list[int] = [i.amount_nanos for i in items]
        args += [-1 if i.limit_nanos is None else i.limit_nanos for i in items]
        args += [period_ttl_seconds(i.period_key) for i in items]
        try:
            failed = int(self._reserve(keys=keys, args=args))
        except self._redis_errors as err:
            raise self._fail("reserve budget", err) from None
        return failed == 0

    def settle(self, period_key: str, scope: str, reserved: float, actual: float) -> None:
        delta = to_nanos(actual) - to_nanos(reserved)
        if delta == 0:
            return
        key = self._counter_key(period_key, scope)
        try:
            pipe = self._client.pipeline(transaction=True)
            pipe.incrby(key, delta)
            pipe.expire(key, period_ttl_seconds(period_key))
            pipe.execute()
        except self._redis_errors as err:
            raise self._fail("settle a budget counter", err) from None

    def ping(self) -> bool:
        """Whether the server answers."""
        try:
            return bool(self._client.ping())
        except self._redis_errors:
            return False

    def _close_store(self) -> None:
        with contextlib.suppress(*self._redis_errors):
            self._client.close()
