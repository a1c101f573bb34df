"""The pure and in-memory parts of reliability: failure kinds, Retry-After, the chain,
the circuit breaker and the local gate."""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import litellm
import pytest

from langchain_tiered.failures import FailureKind, describe, failure_kind, retry_after_seconds
from langchain_tiered.fallback import Rung, fallback_chain
from langchain_tiered.policy import RoutingDecision, RoutingRequest, TierPolicy
from langchain_tiered.reliability import (
    CircuitBreaker,
    CircuitSettings,
    LocalGate,
    LocalSettings,
)

REQUEST = httpx.Request("POST", "http://127.0.0.1/v1/messages")


def response(status: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers or {}, request=REQUEST)


def err(cls: type[Exception], status: int = 400, message: str = "boom", **kw: Any) -> Exception:
    if cls in (litellm.Timeout, litellm.APIConnectionError):
        return cls(message=message, model="m", llm_provider="anthropic", **kw)
    return cls(
        message=message, model="m", llm_provider="anthropic", response=response(status), **kw
    )


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (err(litellm.RateLimitError, 429), FailureKind.TRANSIENT),
        (err(litellm.InternalServerError, 500), FailureKind.TRANSIENT),
        (err(litellm.ServiceUnavailableError, 503), FailureKind.TRANSIENT),
        (err(litellm.BadGatewayError, 502), FailureKind.TRANSIENT),
        (
            litellm.APIError(
                status_code=529, message="overloaded", llm_provider="openai", model="m"
            ),
            FailureKind.TRANSIENT,
        ),
        (err(litellm.Timeout), FailureKind.TIMEOUT),
        (err(litellm.APIConnectionError), FailureKind.CONNECTION),
        (err(litellm.ContextWindowExceededError, 400), FailureKind.CONTEXT_WINDOW),
        (
            err(litellm.BadRequestError, 400, "prompt is too long: 300000 tokens"),
            FailureKind.CONTEXT_WINDOW,
        ),
        (err(litellm.BadRequestError, 400), FailureKind.BAD_REQUEST),
        (err(litellm.AuthenticationError, 401), FailureKind.AUTH),
        (err(litellm.PermissionDeniedError, 403), FailureKind.AUTH),
        (err(litellm.NotFoundError, 404), FailureKind.NOT_FOUND),
        (ValueError("bug"), FailureKind.OTHER),
    ],
)
def test_failure_kinds(exc: Exception, kind: FailureKind) -> None:
    assert failure_kind(exc) is kind


def test_only_transient_kinds_retry_and_only_request_errors_stop() -> None:
    assert {k for k in FailureKind if k.retryable} == {
        FailureKind.TRANSIENT,
        FailureKind.CONNECTION,
        FailureKind.TIMEOUT,
    }
    assert {k for k in FailureKind if k.final} == {
        FailureKind.AUTH,
        FailureKind.BAD_REQUEST,
        FailureKind.NOT_FOUND,
    }


class _HeadersError(Exception):
    def __init__(self, headers: dict[str, str]) -> None:
        super().__init__("x")
        self.litellm_response_headers = headers


def test_retry_after_forms() -> None:
    assert retry_after_seconds(_HeadersError({"Retry-After": "7"})) == 7.0
    assert retry_after_seconds(_HeadersError({"retry-after-ms": "1500"})) == 1.5
    assert retry_after_seconds(_HeadersError({"retry-after": "3", "retry-after-ms": "250"})) == 0.25
    now = datetime(2026, 1, 1, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert retry_after_seconds(_HeadersError({"retry-after": later}), now=now.timestamp()) == 30.0
    assert retry_after_seconds(_HeadersError({"retry-after": "soon"})) is None
    assert retry_after_seconds(ValueError("no headers")) is None


def test_describe_masks_keys() -> None:
    text = describe(RuntimeError("Incorrect API key provided: sk-ant-abcdefghijklmnop1234"))
    assert "abcdefghijkl" not in text
    assert text.startswith("RuntimeError: Incorrect API key provided: sk-ant-***")


POLICY = TierPolicy(
    {0: ("local",), 1: ("efficient",), 2: ("frontier", "frontier-openai"), 3: ("expert",)}
)


@pytest.mark.parametrize("tier", [0, 1, 2, 3])
@pytest.mark.parametrize("escalate", [True, False])
@pytest.mark.parametrize("max_tier", [None, 0, 1, 2, 3])
def test_chain_never_goes_down_and_respects_max_tier(
    tier: int, escalate: bool, max_tier: int | None
) -> None:
    decision = POLICY.decide(RoutingRequest(tier=tier, max_tier=max_tier))
    chain = fallback_chain(POLICY, decision, escalate=escalate, max_tier=decision.max_tier)
    assert all(r.tier >= tier for r in chain)
    assert chain[0] == Rung(tier, POLICY.model_groups[tier][0])
    assert [r.model_group for r in chain if r.tier == tier] == list(POLICY.model_groups[tier])
    higher = [r for r in chain if r.tier > tier]
    if not escalate:
        assert higher == []
    else:
        expected = [t for t in POLICY.tiers if t > tier and (max_tier is None or t <= max_tier)]
        assert sorted({r.tier for r in higher}) == expected
    assert [r.tier for r in chain] == sorted(r.tier for r in chain)


def test_pinned_group_has_no_fallbacks() -> None:
    decision = RoutingDecision(
        tier=2, model_group="frontier-openai", reason="pinned", source="model"
    )
    assert fallback_chain(POLICY, decision) == [Rung(2, "frontier-openai")]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_circuit_opens_cools_down_and_half_opens() -> None:
    clock = Clock()
    breaker = CircuitBreaker(CircuitSettings(failure_threshold=3, cooldown_s=10), clock)
    assert not breaker.record_failure("g")
    assert not breaker.record_failure("g")
    assert breaker.allows("g")
    assert breaker.record_failure("g")  # third failure opens it
    assert not breaker.allows("g")
    assert breaker.is_open("g")
    clock.now = 9.9
    assert not breaker.allows("g")
    clock.now = 10.0
    assert breaker.allows("g")  # one trial
    assert breaker.record_failure("g")  # trial failed: open again at once
    assert not breaker.allows("g")
    clock.now = 20.0
    assert breaker.allows("g")
    breaker.record_success("g")
    assert breaker.allows("g")
    assert not breaker.is_open("g")
    assert breaker.allows("other")


def test_trip_opens_immediately() -> None:
    breaker = CircuitBreaker(CircuitSettings(failure_threshold=5, cooldown_s=10), Clock())
    breaker.trip("local")
    assert not breaker.allows("local")


def test_gate_sync_limit_and_wait() -> None:
    gate = LocalGate(LocalSettings(max_concurrency=2, max_queue_wait_s=0.05))
    assert gate.acquire()
    assert gate.acquire()
    assert not gate.acquire()  # full: gives up after the queue wait
    threading.Timer(0.01, gate.release).start()
    gate2 = LocalGate(LocalSettings(max_concurrency=1, max_queue_wait_s=2))
    assert gate2.acquire()
    threading.Timer(0.02, gate2.release).start()
    assert gate2.acquire()  # woken by the release
    assert gate2.in_flight == 1


async def test_gate_async_hands_slots_over_and_never_exceeds_limit() -> None:
    gate = LocalGate(LocalSettings(max_concurrency=3, max_queue_wait_s=5))
    peak = 0
    active = 0

    async def worker() -> None:
        nonlocal peak, active
        assert await gate.aacquire()
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.001)
        active -= 1
        gate.release()

    await asyncio.gather(*(worker() for _ in range(50)))
    assert peak == 3
    assert gate.in_flight == 0


async def test_gate_async_times_out_and_cancels_cleanly() -> None:
    gate = LocalGate(LocalSettings(max_concurrency=1, max_queue_wait_s=0.02))
    assert await gate.aacquire()
    assert not await gate.aacquire()  # spills after the queue wait
    waiter = asyncio.create_task(gate.aacquire())
    await asyncio.sleep(0)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    gate.release()
    assert gate.in_flight == 0
    assert gate.try_acquire()


async def test_gate_zero_wait_spills_at_once() -> None:
    gate = LocalGate(LocalSettings(max_concurrency=1, max_queue_wait_s=0))
    assert await gate.aacquire()
    assert not await gate.aacquire()
