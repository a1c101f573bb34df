"""Soak: many concurrent async calls through TieredChatModel while providers misbehave.

Against the loopback provider server (tests/loopback_provider.py, real HTTP on 127.0.0.1):
30% of requests to each tier's primary deployment get a transient fault (429, 500, 503 or
529, some with Retry-After), and one deployment (the tier-2 primary, Claude Sonnet) is down
for the whole run. Prints succeeded / lost / answered-below-tier counts, total retries and
p50/p99 latency. The goal: 0 lost, 0 below tier.

    python benchmarks/faults.py [--calls 1000] [--fault-rate 0.3] [--seed 7]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import litellm

from benchmarks.loopback_process import loopback_server
from langchain_tiered import TieredChatModel
from tests.loopback_provider import Fault
from tests.tiered_loopback import loopback_config

WORKLOAD = [  # (share, routing metadata)
    (0.40, {"intent": "classify", "complexity": 1}),
    (0.30, {"intent": "summarize", "complexity": 3}),
    (0.25, {"intent": "code", "complexity": 6}),
    (0.05, {"intent": "deploy", "complexity": 9}),
]
PRIMARIES = ["qwen2.5:7b", "claude-haiku-4-5", "claude-opus-4-5"]
DOWN = "claude-sonnet-4-5"
FAULTS = [
    Fault.http(429, retry_after_ms=20),
    Fault.http(500),
    Fault.http(503),
    Fault.http(529, retry_after=0.05),
]


def pick(rng: random.Random) -> dict[str, Any]:
    roll, total = rng.random(), 0.0
    for share, metadata in WORKLOAD:
        total += share
        if roll < total:
            return metadata
    return WORKLOAD[-1][1]


async def one(llm: TieredChatModel, metadata: dict[str, Any]) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        msg = await llm.ainvoke("soak test prompt", config={"metadata": metadata})
    except Exception as exc:
        return {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}
    meta = msg.response_metadata
    return {
        "ok": True,
        "latency": time.perf_counter() - started,
        "routed": meta["routed_tier"],
        "tier": meta["tier"],
        "retries": sum(1 for a in meta["attempts"] if a["outcome"] == "retry"),
    }


async def soak(calls: int, fault_rate: float, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    litellm.disable_aiohttp_transport = True  # httpx for everything: one client stack
    plan = [pick(rng) for _ in range(calls)]
    faults = []
    for model in PRIMARIES:
        expected = sum(1 for m in plan if _primary_for(m) == model)
        faults.extend((model, rng.choice(FAULTS), 1) for _ in range(int(expected * fault_rate)))
    with loopback_server(faults=faults, down=[DOWN]) as (base_url, request_count):
        config = loopback_config(
            base_url,
            retries={
                "attempts": 4,
                "initial_wait_s": 0.05,
                "max_wait_s": 1.0,
                "jitter_s": 0.05,
                "deadline_s": 300,
                "request_timeout_s": 120,
            },
            local={"max_concurrency": 32, "max_queue_wait_s": 2.0},
            circuit={"failure_threshold": 20, "cooldown_s": 5.0},
        )
        llm = TieredChatModel(config=config)
        started = time.perf_counter()
        results = await asyncio.gather(*(one(llm, m) for m in plan))
        wall = time.perf_counter() - started
    requests = request_count[0] if request_count else None
    ok = [r for r in results if r["ok"]]
    latencies = sorted(r["latency"] for r in ok)
    errors = [r["error"] for r in results if not r["ok"]]
    return {
        "calls": calls,
        "succeeded": len(ok),
        "lost": len(errors),
        "answered_below_tier": sum(1 for r in ok if r["tier"] < r["routed"]),
        "escalated": sum(1 for r in ok if r["tier"] > r["routed"]),
        "total_retries": sum(r["retries"] for r in ok),
        "http_requests": requests,
        "p50_ms": round(statistics.median(latencies) * 1000, 1) if latencies else None,
        "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 1) if latencies else None,
        "wall_s": round(wall, 2),
        "first_errors": errors[:3],
    }


def _primary_for(metadata: dict[str, Any]) -> str:
    return {
        "classify": "qwen2.5:7b",
        "summarize": "claude-haiku-4-5",
        "code": DOWN,
        "deploy": "claude-opus-4-5",
    }[metadata["intent"]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--fault-rate", type=float, default=0.3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    report = asyncio.run(soak(args.calls, args.fault_rate, args.seed))
    width = max(len(k) for k in report)
    for key, value in report.items():
        print(f"{key:<{width}}  {value}")
    return 0 if report["lost"] == 0 and report["answered_below_tier"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
