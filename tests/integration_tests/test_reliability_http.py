"""Retries, failover, escalation, circuit breaking and local spill, over real HTTP.

Faults are injected by the loopback provider server; waits and clocks are fakes, so no test
sleeps for a backoff.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import litellm
import pytest

from langchain_tiered import TieredChatModel
from langchain_tiered.errors import (
    FallbackExhaustedError,
    ProviderAuthError,
    StreamInterruptedError,
)
from tests.loopback_provider import Fault, LoopbackProvider
from tests.tiered_loopback import loopback_config

SONNET, GPT4O, HAIKU, OPUS, QWEN = (
    "claude-sonnet-4-5",
    "gpt-4o",
    "claude-haiku-4-5",
    "claude-opus-4-5",
    "qwen2.5:7b",
)


@dataclass
class FakeTime:
    """A clock that only moves when something sleeps."""

    now: float = 1000.0
    slept: list[float] = field(default_factory=list)

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def make_llm(provider: LoopbackProvider, fake: FakeTime, **reliability: Any) -> TieredChatModel:
    llm = TieredChatModel(config=loopback_config(provider, **reliability))
    runner = llm.runner
    runner.sleep, runner.asleep, runner.clock = fake.sleep, fake.asleep, fake.clock
    runner.breaker.clock = fake.clock
    return llm


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


@pytest.fixture
def llm(loopback_provider: LoopbackProvider, fake: FakeTime) -> TieredChatModel:
    return make_llm(loopback_provider, fake)


def models_asked(provider: LoopbackProvider) -> list[str]:
    return [r.model for r in provider.requests]


TIER2: Any = {"metadata": {"tier": 2}}


async def call(llm: TieredChatModel, mode: str, config: Any = TIER2) -> Any:
    """One call in the given mode: invoke, ainvoke, stream or astream (merged)."""
    if mode == "invoke":
        return llm.invoke("hello", config=config)
    if mode == "ainvoke":
        return await llm.ainvoke("hello", config=config)
    if mode == "stream":
        chunks = list(llm.stream("hello", config=config))
    else:
        chunks = [c async for c in llm.astream("hello", config=config)]
    merged = chunks[0]
    for chunk in chunks[1:]:
        merged += chunk
    return merged


MODES = ["invoke", "ainvoke", "stream", "astream"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504, 529])
async def test_transient_errors_are_retried_on_the_same_deployment(
    llm: TieredChatModel,
    loopback_provider: LoopbackProvider,
    fake: FakeTime,
    status: int,
    mode: str,
) -> None:
    loopback_provider.add_fault(SONNET, Fault.http(status), times=2)
    msg = await call(llm, mode)
    assert models_asked(loopback_provider) == [SONNET, SONNET, SONNET]
    assert msg.content == f"{SONNET} says: hello"
    outcomes = [a["outcome"] for a in msg.response_metadata["attempts"]]
    assert outcomes == ["retry", "retry", "ok"]
    assert len(fake.slept) == 2
    assert msg.response_metadata["model_group"] == "frontier"


@pytest.mark.parametrize(
    ("fault", "expected_wait"),
    [
        (Fault.http(429, retry_after=7), 7.0),
        (Fault.http(529, retry_after_ms=1500), 1.5),
        (Fault.http(503, retry_after=2, retry_after_ms=250), 0.25),
    ],
)
def test_retry_after_is_honoured(
    llm: TieredChatModel,
    loopback_provider: LoopbackProvider,
    fake: FakeTime,
    fault: Fault,
    expected_wait: float,
) -> None:
    loopback_provider.add_fault(SONNET, fault)
    msg = llm.invoke("x", config=TIER2)
    assert fake.slept == [expected_wait]
    assert msg.response_metadata["attempts"][0]["wait_s"] == expected_wait


def test_backoff_grows_exponentially_then_fails_over(
    loopback_provider: LoopbackProvider, fake: FakeTime
) -> None:
    llm = make_llm(
        loopback_provider,
        fake,
        retries={"attempts": 4, "initial_wait_s": 1.0, "jitter_s": 0.0, "max_wait_s": 100},
    )
    loopback_provider.set_down(SONNET)
    msg = llm.invoke("x", config=TIER2)
    assert fake.slept == [1.0, 2.0, 4.0]
    assert models_asked(loopback_provider) == [SONNET] * 4 + [GPT4O]
    assert msg.response_metadata["model_group"] == "frontier-openai"
    assert msg.response_metadata["model_name"].startswith(GPT4O)
    assert "failed over to frontier-openai" in msg.response_metadata["routing_reason"]


def test_retry_after_longer_than_allowed_moves_on_without_waiting(
    llm: TieredChatModel, loopback_provider: LoopbackProvider, fake: FakeTime
) -> None:
    loopback_provider.add_fault(SONNET, Fault.http(429, retry_after=3600))
    msg = llm.invoke("x", config=TIER2)
    assert fake.slept == []
    assert models_asked(loopback_provider) == [SONNET, GPT4O]
    assert msg.response_metadata["tier"] == 2


def test_deadline_bounds_the_whole_call(
    loopback_provider: LoopbackProvider, fake: FakeTime
) -> None:
    llm = make_llm(
        loopback_provider,
        fake,
        retries={"attempts": 10, "initial_wait_s": 4.0, "jitter_s": 0.0, "deadline_s": 10.0},
        escalate=False,
    )
    loopback_provider.set_down(SONNET)
    loopback_provider.set_down(GPT4O)
    with pytest.raises(FallbackExhaustedError) as info:
        llm.invoke("x", config=TIER2)
    assert sum(fake.slept) <= 10.0
    assert info.value.attempts[-1]["outcome"] in ("deadline", "failed")


@pytest.mark.parametrize(
    ("status", "error"),
    [(400, litellm.BadRequestError), (404, litellm.NotFoundError), (422, Exception)],
)
@pytest.mark.parametrize("mode", ["invoke", "ainvoke"])
async def test_no_retry_and_no_failover_on_request_errors(
    llm: TieredChatModel,
    loopback_provider: LoopbackProvider,
    fake: FakeTime,
    status: int,
    error: type[Exception],
    mode: str,
) -> None:
    loopback_provider.add_fault(SONNET, Fault.http(status))
    with pytest.raises(error):
        await call(llm, mode)
    assert models_asked(loopback_provider) == [SONNET]
    assert fake.slept == []


@pytest.mark.parametrize("status", [401, 403])
def test_auth_errors_name_group_and_key_variable(
    loopback_provider: LoopbackProvider,
    fake: FakeTime,
    monkeypatch: pytest.MonkeyPatch,
    status: int,
) -> None:
    config = loopback_config(loopback_provider)
    config["model_list"][2]["litellm_params"]["api_key"] = "os.environ/TEST_SONNET_KEY"
    monkeypatch.setenv("TEST_SONNET_KEY", "sk-ant-wrong-key-0000000000000000")
    llm = TieredChatModel(config=config)
    loopback_provider.add_fault(SONNET, Fault.http(status))
    with pytest.raises(ProviderAuthError) as info:
        llm.invoke("x", config=TIER2)
    assert "'frontier'" in str(info.value)
    assert "TEST_SONNET_KEY" in str(info.value)
    assert "sk-ant-wrong" not in str(info.value)
    assert models_asked(loopback_provider) == [SONNET]


def test_context_overflow_moves_to_a_larger_window_without_retry(
    loopback_provider: LoopbackProvider, fake: FakeTime
) -> None:
    config = loopback_config(loopback_provider)
    windows = {
        "efficient": 200_000,
        "frontier": 100_000,
        "frontier-openai": 50_000,
        "expert": 400_000,
    }
    for entry in config["model_list"]:
        if entry["model_name"] in windows:
            entry.setdefault("model_info", {})["max_input_tokens"] = windows[entry["model_name"]]
    llm = TieredChatModel(config=config)
    loopback_provider.add_fault(SONNET, Fault.context_overflow())
    msg = llm.invoke("x", config=TIER2)
    # gpt-4o's window is smaller than sonnet's: skipped; tier 3 has a larger one
    assert models_asked(loopback_provider) == [SONNET, OPUS]
    assert msg.response_metadata["tier"] == 3
    assert msg.response_metadata["attempts"][0]["error"].startswith("ContextWindowExceededError")


@pytest.mark.parametrize("mode", MODES)
async def test_escalates_up_never_down(
    llm: TieredChatModel, loopback_provider: LoopbackProvider, mode: str
) -> None:
    loopback_provider.set_down(HAIKU)
    msg = await call(llm, mode, {"metadata": {"intent": "summarize", "complexity": 2}})
    assert msg.response_metadata["routed_tier"] == 1
    assert msg.response_metadata["tier"] == 2
    assert "escalated to tier 2" in msg.response_metadata["routing_reason"]
    assert QWEN not in models_asked(loopback_provider)


@pytest.mark.parametrize("mode", ["invoke", "astream"])
async def test_tier3_is_never_answered_lower(
    llm: TieredChatModel, loopback_provider: LoopbackProvider, mode: str
) -> None:
    loopback_provider.set_down(OPUS)
    with pytest.raises(FallbackExhaustedError) as info:
        await call(llm, mode, {"metadata": {"intent": "delete_data"}})
    assert set(models_asked(loopback_provider)) == {OPUS}
    message = str(info.value)
    assert "tier 3 expert" in message
    assert "ServiceUnavailableError" in message or "503" in message
    assert all(a["tier"] == 3 for a in info.value.attempts)


def test_min_tier_is_a_floor_for_every_fallback(
    llm: TieredChatModel, loopback_provider: LoopbackProvider
) -> None:
    msg = llm.invoke("x", config={"metadata": {"intent": "classify", "min_tier": 1}})
    assert msg.response_metadata["tier"] == 1
    assert models_asked(loopback_provider) == [HAIKU]


def test_max_tier_bounds_escalation(
    llm: TieredChatModel, loopback_provider: LoopbackProvider
) -> None:
    loopback_provider.set_down(HAIKU)
    with pytest.raises(FallbackExhaustedError):
        llm.invoke("x", config={"metadata": {"tier": 1, "max_tier": 1}})
    assert set(models_asked(loopback_provider)) == {HAIKU}


def test_exhausted_error_lists_every_attempt(
    loopback_provider: LoopbackProvider, fake: FakeTime
) -> None:
    llm = make_llm(
        loopback_provider, fake, retries={"attempts": 2, "initial_wait_s": 0.5, "jitter_s": 0.0}
    )
    for model in (SONNET, GPT4O, OPUS):
        loopback_provider.set_down(model)
    with pytest.raises(FallbackExhaustedError) as info:
        llm.invoke("x", config=TIER2)
    attempts = info.value.attempts
    assert [(a["model_group"], a["outcome"]) for a in attempts] == [
        ("frontier", "retry"),
        ("frontier", "failed"),
        ("frontier-openai", "retry"),
        ("frontier-openai", "failed"),
        ("expert", "retry"),
        ("expert", "failed"),
    ]
    assert attempts[0]["wait_s"] == 0.5
    text = str(info.value)
    assert text.count("ServiceUnavailableError") + text.count("503") >= 6
    assert "waited 0.5s" in text


def test_timeout_is_retried(loopback_provider: LoopbackProvider, fake: FakeTime) -> None:
    llm = make_llm(
        loopback_provider,
        fake,
        retries={"attempts": 2, "initial_wait_s": 0.0, "jitter_s": 0.0, "request_timeout_s": 0.3},
    )
    loopback_provider.add_fault(SONNET, Fault.delay(1.0))
    msg = llm.invoke("x", config=TIER2)
    assert [a["outcome"] for a in msg.response_metadata["attempts"]] == ["retry", "ok"]
    assert "Timeout" in msg.response_metadata["attempts"][0]["error"]


@pytest.mark.parametrize("fault", [Fault.drop(), Fault.malformed_json()])
def test_dropped_connection_and_malformed_reply_fail_over(
    llm: TieredChatModel, loopback_provider: LoopbackProvider, fault: Fault
) -> None:
    loopback_provider.add_fault(SONNET, fault, times=5)
    msg = llm.invoke("x", config=TIER2)
    assert msg.response_metadata["model_group"] in ("frontier", "frontier-openai")
    assert msg.content.endswith("says: x")


# ----------------------------------------------------------------------- circuit breaking
def test_dead_group_is_skipped_until_cooldown(
    loopback_provider: LoopbackProvider, fake: FakeTime
) -> None:
    llm = make_llm(loopback_provider, fake, circuit={"failure_threshold": 3, "cooldown_s": 30})
    loopback_provider.set_down(SONNET)
    first = llm.invoke("x", config=TIER2)
    assert models_asked(loopback_provider).count(SONNET) == 3
    assert first.response_metadata["model_group"] == "frontier-openai"
    loopback_provider.reset()
    loopback_provider.set_down(SONNET)
    second = llm.invoke("x", config=TIER2)
    assert models_asked(loopback_provider) == [GPT4O]  # no request to the dead group
    assert second.response_metadata["attempts"][0] == {
        "tier": 2,
        "model_group": "frontier",
        "outcome": "skipped",
        "error": "circuit open",
    }
    loopback_provider.reset()  # sonnet is back
    fake.now += 31
    third = llm.invoke("x", config=TIER2)
    assert models_asked(loopback_provider) == [SONNET]  # half-open trial succeeds
    assert third.response_metadata["model_group"] == "frontier"


# ------------------------------------------------------------------------- local spill
def test_local_overload_spills_to_tier1_at_once(
    loopback_provider: LoopbackProvider, fake: FakeTime
) -> None:
    llm = make_llm(loopback_provider, fake, local={"max_concurrency": 1, "max_queue_wait_s": 0})
    assert llm.runner.gate.try_acquire()  # another call holds the only local slot
    try:
        msg = llm.invoke("x", config={"metadata": {"intent": "classify"}})
    finally:
        llm.runner.gate.release()
    assert models_asked(loopback_provider) == [HAIKU]
    assert msg.response_metadata["tier"] == 1
    assert msg.response_metadata["attempts"][0]["outcome"] == "spilled"


@pytest.mark.parametrize("mode", ["invoke", "ainvoke"])
async def test_local_server_down_spills_without_retry(
    loopback_provider: LoopbackProvider, fake: FakeTime, mode: str
) -> None:
    config = loopback_config(loopback_provider)
    config["model_list"][0]["litellm_params"]["api_base"] = "http://127.0.0.1:9"  # refused
    llm = TieredChatModel(config=config)
    llm.runner.sleep, llm.runner.asleep = fake.sleep, fake.asleep
    msg = await call(llm, mode, {"metadata": {"intent": "classify"}})
    assert msg.response_metadata["tier"] == 1
    assert fake.slept == []
    assert llm.runner.breaker.is_open("local")
    again = await call(llm, mode, {"metadata": {"intent": "classify"}})
    assert again.response_metadata["attempts"][0]["outcome"] == "skipped"


async def test_local_gate_never_exceeds_its_limit_under_concurrency(
    loopback_provider: LoopbackProvider, fake: FakeTime
) -> None:
    import asyncio

    llm = make_llm(loopback_provider, fake, local={"max_concurrency": 2, "max_queue_wait_s": 0})
    loopback_provider.add_fault(QWEN, Fault.delay(0.3), times=10)
    results = await asyncio.gather(
        *(llm.ainvoke("x", config={"metadata": {"tier": 0}}) for _ in range(6))
    )
    tiers = sorted(r.response_metadata["tier"] for r in results)
    assert tiers.count(0) <= 2
    assert tiers.count(1) >= 4
    assert llm.runner.gate.in_flight == 0


# ------------------------------------------------------------------------------ streams
@pytest.mark.parametrize("mode", ["stream", "astream"])
async def test_stream_failure_before_first_chunk_falls_back(
    llm: TieredChatModel, loopback_provider: LoopbackProvider, mode: str
) -> None:
    loopback_provider.set_down(SONNET)
    msg = await call(llm, mode)
    assert msg.content == f"{GPT4O} says: hello"
    assert msg.response_metadata["model_group"] == "frontier-openai"


@pytest.mark.parametrize("mode", ["stream", "astream"])
async def test_stream_cut_after_chunks_raises_and_never_splices(
    llm: TieredChatModel, loopback_provider: LoopbackProvider, mode: str
) -> None:
    loopback_provider.set_reply(SONNET, "one two three four five six seven eight")
    loopback_provider.add_fault(SONNET, Fault.stream_cut(4))
    received: list[str] = []

    async def consume() -> None:
        if mode == "stream":
            received.extend(str(chunk.content) for chunk in llm.stream("x", config=TIER2))
        else:
            async for chunk in llm.astream("x", config=TIER2):
                received.append(str(chunk.content))

    with pytest.raises(StreamInterruptedError) as info:
        await consume()
    assert models_asked(loopback_provider) == [SONNET]  # nobody else was asked
    assert "frontier" in str(info.value)
    assert "".join(received) in "one two three four five six seven eight"
