"""Budgets: soft caps downgrade (never tier 3), hard caps refuse, and hold under concurrency."""

from __future__ import annotations

import multiprocessing
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from langchain_tiered.budget import Admission, BudgetGuard
from langchain_tiered.config import config_from_dict
from langchain_tiered.cost_settings import BudgetSpec, CostSettings
from langchain_tiered.errors import BudgetExceededError, ConfigError, LedgerError
from langchain_tiered.ledger import Ledger, MemoryLedger, Reservation, period_key
from langchain_tiered.ledger_sqlite import SQLiteLedger
from tests.unit_tests.test_ledger import drop_keys, redis_url

T0 = 1_767_225_600.0 + 3600  # 2026-01-01T01:00:00Z
TIERS = (0, 1, 2, 3)
COSTS = {0: 0.0, 1: 0.01, 2: 0.05, 3: 0.20}


def estimate(tier: int) -> float:
    return COSTS[tier]


def make_guard(
    *budgets: dict[str, Any], ledger: Ledger | None = None, on_error: str = "allow"
) -> BudgetGuard:
    settings = CostSettings(
        budgets=[BudgetSpec(**b) for b in budgets],
        on_ledger_error=on_error,
    )
    return BudgetGuard(settings, ledger or MemoryLedger(), lambda: T0, tiers=TIERS)


def spend(guard: BudgetGuard, usd: float, scope: str = "all", period: str = "daily") -> None:
    key = period_key(period, T0)  # type: ignore[arg-type]
    assert guard.ledger.try_reserve(key, scope, usd, float("inf"))


# ------------------------------------------------------------------ single calls
def test_no_budgets_admit_everything_untouched() -> None:
    guard = make_guard()
    admission = guard.admit(2, None, estimate)
    assert admission == Admission(tier=2, requested_tier=2)
    guard.settle(admission, 1.0)


def test_within_budget_reserves_then_settles_actual() -> None:
    guard = make_guard({"period": "daily", "limit_usd": 1.0}, {"period": "monthly", "limit_usd": 9})
    admission = guard.admit(2, None, estimate)
    assert (admission.tier, admission.reason, admission.estimate_usd) == (2, None, 0.05)
    keys = {(r.period_key, r.scope) for r in admission.reservations}
    assert keys == {("daily:2026-01-01", "all"), ("monthly:2026-01", "all")}
    assert guard.ledger.spent("daily:2026-01-01", "all") == pytest.approx(0.05)
    guard.settle(admission, 0.03)
    assert guard.ledger.spent("daily:2026-01-01", "all") == pytest.approx(0.03)
    assert guard.ledger.spent("monthly:2026-01", "all") == pytest.approx(0.03)


def test_hard_cap_refuses_before_the_call_and_names_the_budget() -> None:
    guard = make_guard({"period": "daily", "limit_usd": 1.0, "mode": "hard"})
    spend(guard, 0.98)
    with pytest.raises(BudgetExceededError) as err:
        guard.admit(2, None, estimate)
    text = str(err.value)
    assert "'daily hard cap overall ($1.00)'" in text
    assert "daily:2026-01-01" in text
    assert "spent $0.980000 of $1.000000" in text
    assert err.value.estimate_usd == 0.05
    assert guard.ledger.spent("daily:2026-01-01", "all") == pytest.approx(0.98)  # nothing held
    assert guard.admit(1, None, estimate).tier == 1  # a cheaper call still fits
    assert guard.admit(0, None, estimate).tier == 0  # free calls always fit


def test_hard_cap_on_one_tier_only() -> None:
    guard = make_guard({"period": "daily", "limit_usd": 0.3, "tier": 3, "mode": "hard"})
    guard.admit(3, None, estimate)
    with pytest.raises(BudgetExceededError, match="on tier 3"):
        guard.admit(3, None, estimate)
    assert guard.admit(2, None, estimate).tier == 2


def test_soft_cap_downgrades_to_the_highest_lower_tier_that_fits() -> None:
    guard = make_guard({"period": "daily", "limit_usd": 1.0, "mode": "soft"})
    spend(guard, 0.98)
    admission = guard.admit(2, None, estimate)
    assert (admission.tier, admission.requested_tier, admission.downgraded) == (1, 2, True)
    assert "downgraded from tier 2 to tier 1" in (admission.reason or "")
    assert admission.estimate_usd == 0.01
    assert admission.as_metadata()["budget_requested_tier"] == 2
    spend(guard, 0.01)  # now 1.00 (with the reservation): tier 1 no longer fits either
    assert guard.admit(2, None, estimate).tier == 0


def test_soft_cap_respects_min_tier() -> None:
    guard = make_guard({"period": "daily", "limit_usd": 1.0, "mode": "soft"})
    spend(guard, 0.99)
    admission = guard.admit(2, 1, estimate)
    assert admission.tier == 1  # tier 1 still fits: 0.99 + 0.01
    spend(guard, 0.5)
    admission = guard.admit(2, 1, estimate)
    assert admission.tier == 1  # nothing fits: the lowest allowed tier, never below min_tier
    assert "lowest allowed, tier 1" in (admission.reason or "")
    pinned = guard.admit(2, 2, estimate)  # min_tier == tier: the call may not move
    assert pinned.tier == 2
    assert "min_tier 2" in (pinned.reason or "")


def test_soft_cap_never_touches_tier_3() -> None:
    guard = make_guard({"period": "daily", "limit_usd": 1.0, "mode": "soft"})
    spend(guard, 5.0)
    admission = guard.admit(3, None, estimate)
    assert admission.tier == 3
    assert "tier 3 is never downgraded" in (admission.reason or "")
    assert guard.ledger.spent("daily:2026-01-01", "all") == pytest.approx(5.2)


def test_soft_then_hard_cap() -> None:
    guard = make_guard(
        {"period": "daily", "limit_usd": 1.0, "mode": "soft"},
        {"period": "daily", "limit_usd": 1.02, "mode": "hard"},
    )
    spend(guard, 1.0)
    assert guard.admit(2, None, estimate).tier == 0  # tier 1 would pass the soft cap
    assert guard.admit(2, 1, estimate).tier == 1  # lowest allowed, hard cap still fits
    assert guard.admit(2, 1, estimate).tier == 1
    with pytest.raises(BudgetExceededError, match="daily hard cap"):
        guard.admit(2, 1, estimate)  # 1.02 + 0.01 > 1.02 at the lowest allowed tier


def test_tier_soft_cap_moves_calls_off_that_tier() -> None:
    guard = make_guard({"period": "monthly", "limit_usd": 0.1, "tier": 2, "mode": "soft"})
    spend(guard, 0.1, scope="tier:2", period="monthly")
    admission = guard.admit(2, None, estimate)
    assert admission.tier == 1  # tier 1 has no cap of its own
    assert {r.scope for r in admission.reservations} == set()  # no counter applies at tier 1


def test_settle_moves_cost_to_the_tier_that_answered() -> None:
    guard = make_guard(
        {"period": "daily", "limit_usd": 10, "tier": 1},
        {"period": "daily", "limit_usd": 10, "tier": 2},
        {"period": "daily", "limit_usd": 5, "tier": 2, "mode": "soft"},
        {"period": "daily", "limit_usd": 10},
    )
    admission = guard.admit(1, None, estimate)
    guard.settle(admission, 0.07, tier=2)  # escalated from tier 1 to tier 2
    spent = {s.budget.scope: s.spent_usd for s in guard.status()}
    assert spent == pytest.approx({"tier:1": 0.0, "tier:2": 0.07, "all": 0.07})  # counted once


def test_ledger_down_allows_or_denies() -> None:
    class Down(MemoryLedger):
        def try_reserve_all(self, items: Any) -> bool:
            raise LedgerError("redis ledger: cannot reserve budget: ConnectionError")

        def settle(self, *args: Any) -> None:
            raise LedgerError("down")

    allow = make_guard({"period": "daily", "limit_usd": 1.0}, ledger=Down())
    admission = allow.admit(2, None, estimate)
    assert admission.tier == 2
    assert admission.reservations == ()
    allow.settle(admission, 0.05)  # never raises
    assert allow.ledger_errors == 1
    deny = make_guard({"period": "daily", "limit_usd": 1.0}, ledger=Down(), on_error="deny")
    with pytest.raises(LedgerError, match="on_ledger_error: deny"):
        deny.admit(2, None, estimate)


async def test_async_admit_and_settle() -> None:
    guard = make_guard({"period": "daily", "limit_usd": 1.0})
    admission = await guard.aadmit(2, None, estimate)
    await guard.asettle(admission, 0.02)
    assert guard.ledger.spent("daily:2026-01-01", "all") == pytest.approx(0.02)


def test_random_walk_soft_caps_never_move_tier_3_nor_go_below_min_tier() -> None:
    rng = random.Random(7)
    guard = make_guard(
        {"period": "daily", "limit_usd": 0.5, "mode": "soft"},
        {"period": "daily", "limit_usd": 0.2, "tier": 1, "mode": "soft"},
        {"period": "monthly", "limit_usd": 0.3, "tier": 2, "mode": "soft"},
    )
    for _ in range(500):
        tier = rng.choice(TIERS)
        min_tier = rng.choice([None, *range(tier + 1)])
        admission = guard.admit(tier, min_tier, estimate)
        if tier == 3:
            assert admission.tier == 3
        assert admission.tier <= tier
        assert admission.tier >= (min_tier or 0)
        guard.settle(admission, COSTS[admission.tier])


def test_budget_config_is_cross_checked() -> None:
    base: dict[str, Any] = {
        "model_list": [{"model_name": "a", "litellm_params": {"model": "openai/gpt-4o"}}],
        "tiering": {"tiers": [{"tier": t, "model_groups": ["a"]} for t in TIERS]},
    }

    def fails(costs: dict[str, Any]) -> str:
        with pytest.raises(ConfigError) as err:
            config_from_dict({**base, "tiering": {**base["tiering"], "costs": costs}}, "x.yaml")
        return str(err.value)

    text = fails({"budgets": [{"period": "daily", "limit_usd": 1, "tier": 7}]})
    assert "x.yaml: tiering.costs.budgets[0].tier: tier does not exist (got 7" in text
    assert "valid choices: 0, 1, 2, 3" in text
    text = fails({"budgets": [{"period": "daily", "limit_usd": 1, "tier": 3, "mode": "soft"}]})
    assert "tiering.costs.budgets[0].mode" in text
    assert "never downgraded" in text
    text = fails({"budgets": [{"period": "weekly", "limit_usd": 1}]})
    assert "tiering.costs.budgets[0].period" in text
    assert "'weekly'" in text
    assert "limit_usd" in fails({"budgets": [{"period": "daily", "limit_usd": 0}]})
    dup = {"period": "daily", "limit_usd": 1}
    assert "duplicate budget" in fails({"budgets": [dup, dup]})
    text = fails({"ledger": {"backend": "sqlite", "pth": "x"}})
    assert "tiering.costs.ledger.pth: unknown field" in text
    assert "'path'" in text
    assert "'mysql'" in fails({"ledger": {"backend": "mysql"}})


# ------------------------------------------------------------------ concurrency
@pytest.fixture(params=["memory", "sqlite", "redis"])
def shared_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    if request.param == "memory":
        yield "memory", ""
    elif request.param == "sqlite":
        yield "sqlite", str(tmp_path / "ledger.sqlite3")
    else:
        url, prefix = redis_url(), f"test-{uuid.uuid4().hex}"
        yield "redis", f"{url}#{prefix}"
        drop_keys(url, prefix)


def open_target(kind: str, target: str) -> Ledger:
    if kind == "sqlite":
        return SQLiteLedger(target)
    from langchain_tiered.ledger_redis import RedisLedger

    url, prefix = target.split("#")
    return RedisLedger(url, key_prefix=prefix)


LIMIT = 0.5
DAY = period_key("daily", T0)


def hard_guard(ledger: Ledger) -> BudgetGuard:
    settings = CostSettings(budgets=[BudgetSpec(period="daily", limit_usd=LIMIT, mode="hard")])
    return BudgetGuard(settings, ledger, lambda: T0, tiers=TIERS)


def run_calls(
    guard: BudgetGuard, calls: int, est: float, actual: float, on_flight: Callable[[int], None]
) -> int:
    """Make ``calls`` calls through ``guard``; return how many were admitted."""
    admitted = 0
    for _ in range(calls):
        on_flight(+1)  # counted from before the reservation until after the settle
        try:
            admission = guard.admit(2, None, lambda _tier: est)
        except BudgetExceededError:
            on_flight(-1)
            continue
        time.sleep(0.0005)  # the "model call"
        guard.settle(admission, actual)
        on_flight(-1)
        admitted += 1
    return admitted


@pytest.mark.parametrize(("est", "actual"), [(0.01, 0.01), (0.01, 0.025)], ids=["exact", "under"])
def test_32_threads_overshoot_at_most_the_calls_in_flight(
    shared_target: tuple[str, str], est: float, actual: float
) -> None:
    kind, target = shared_target
    ledger = MemoryLedger() if kind == "memory" else open_target(kind, target)
    guard = hard_guard(ledger)
    lock = threading.Lock()
    flight = {"now": 0, "max": 0}
    admitted: list[int] = []

    def on_flight(delta: int) -> None:
        with lock:
            flight["now"] += delta
            flight["max"] = max(flight["max"], flight["now"])

    def worker() -> None:
        count = run_calls(guard, 10, est, actual, on_flight)
        with lock:
            admitted.append(count)

    threads = [threading.Thread(target=worker) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    spent = ledger.spent(DAY, "all")
    assert spent == pytest.approx(sum(admitted) * actual)  # every settle landed
    assert spent <= LIMIT + flight["max"] * actual + 1e-9
    if est == actual:
        assert sum(admitted) == round(LIMIT / est)  # exact estimates: the cap holds exactly
    ledger.close()


def _process_calls(kind: str, target: str, calls: int, est: float, actual: float) -> int:
    ledger = open_target(kind, target)
    count = run_calls(hard_guard(ledger), calls, est, actual, lambda _delta: None)
    ledger.close()
    return count


@pytest.mark.parametrize("shared_target", ["sqlite", "redis"], indirect=True)
@pytest.mark.parametrize(("est", "actual"), [(0.01, 0.01), (0.01, 0.025)], ids=["exact", "under"])
def test_4_processes_overshoot_at_most_the_calls_in_flight(
    shared_target: tuple[str, str], est: float, actual: float
) -> None:
    kind, target = shared_target
    processes = 4
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        counts = pool.starmap(
            _process_calls, [(kind, target, 40, est, actual)] * processes, chunksize=1
        )
    ledger = open_target(kind, target)
    spent = ledger.spent(DAY, "all")
    ledger.close()
    assert spent == pytest.approx(sum(counts) * actual)
    assert spent <= LIMIT + processes * actual + 1e-9  # each process has one call in flight
    if est == actual:
        assert sum(counts) == round(LIMIT / est)
    assert sum(counts) < processes * 40  # the cap did refuse calls


def test_reservations_are_held_while_calls_run() -> None:
    guard = hard_guard(MemoryLedger())
    held = [guard.admit(2, None, lambda _t: 0.1) for _ in range(5)]  # 0.5 in flight
    with pytest.raises(BudgetExceededError):
        guard.admit(2, None, lambda _t: 0.1)
    for admission in held:
        guard.settle(admission, 0.05)
    assert guard.ledger.spent(DAY, "all") == pytest.approx(0.25)
    assert guard.admit(2, None, lambda _t: 0.1).tier == 2
    assert isinstance(held[0].reservations[0], Reservation)
