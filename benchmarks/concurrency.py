"""2,000 concurrent async calls through TieredChatModel against litellm.acompletion directly.

One loopback provider server (tests/loopback_provider.py, OpenAI wire format, in a child
process) answers every variant; each variant runs in a fresh worker process (so its memory
peak is its own and no variant inherits another's warm caches or garbage), and the variants
run in turn, round after round (A, B, C, A, B, C...), so drift on a shared machine hits all
of them alike. Every call goes to the same deployment (``openai/gpt-4o`` at ``<server>/v1``).

Variants:

* ``litellm.acompletion``: the baseline, LiteLLM alone;
* ``Tiered``: ``TieredChatModel.ainvoke``, tagged, ledger backend ``none``;
* ``ChatLiteLLM`` (diagnostic, not run by default): langchain-litellm's ``ainvoke``;
* ``Tiered slow ledger`` (proof of non-blocking): a ledger whose batch write sleeps 0.5 s;
* ``Tiered sqlite budget`` (proof of non-blocking): a SQLite ledger and a daily cap, so every
  call reserves and settles its budget (``asyncio.to_thread``);
* ``Tiered via Router`` (diagnostic, not run by default): ``Tiered`` with every model group
  sent through ``litellm.Router``, as before the direct path for one-deployment groups.

Per variant: throughput (calls / wall second), p50/p99 latency per call, calls lost (an
exception, or an answer that is not the echo of its own prompt), event-loop lag (the largest
extra delay of a heartbeat ``asyncio.sleep(0.005)`` during the batch; with 2,000 calls in
flight the loop is busy, so this is compared with the baseline's lag, not with zero), the
first call's loop lag (one-off set-up on the loop: Router, ledger, clients), and the memory
peak (RSS during the batch minus RSS before it, sampled every 5 ms).

Transport: LiteLLM's default aiohttp transport, the same for every variant (each reaches the
provider through LiteLLM's OpenAI handler and its one async client). ``--transport httpx``
(``litellm.disable_aiohttp_transport = True``) is there for comparison but is not the default:
httpcore 1.0's async connection pool rescans every waiting request and every connection on
each event, so with 2,000 calls in flight the client spends nearly all of its CPU there
(LiteLLM alone falls to about 8 calls/s and a batch takes about 4 minutes on 2 cores): it
measures httpcore, not the router.

    python benchmarks/concurrency.py [--calls 2000] [--rounds 1] [--variants ...] [--json]
        [--transport aiohttp|httpx]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS", "True")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BASELINE = "litellm.acompletion"
TIERED = "Tiered"
VIA_ROUTER = "Tiered via Router"
VARIANTS = (
    BASELINE,
    TIERED,
    "ChatLiteLLM",
    "Tiered slow ledger",
    "Tiered sqlite budget",
    VIA_ROUTER,
)
DEFAULT_VARIANTS = (BASELINE, TIERED, "Tiered slow ledger", "Tiered sqlite budget")
SLOW_WRITE_S = 0.5
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


# ------------------------------------------------------------------------------ worker
def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


class RssSampler(threading.Thread):
    """Peak RSS, sampled every 5 ms (the batch is seconds long)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = rss_bytes()
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.005):
            self.peak = max(self.peak, rss_bytes())


async def heartbeat(stop: asyncio.Event, lags: list[float], tick: float = 0.005) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        before = loop.time()
        await asyncio.sleep(tick)
        lags.append(loop.time() - before - tick)


def make_caller(variant: str, base_url: str, workdir: Path) -> tuple[Any, Any]:
    """``(call(prompt) -> text, ledger or None)`` for ``variant``."""
    import litellm

    from benchmarks.overhead import API_KEY, MODEL, TAGGED, openai_config

    api_base = f"{base_url}/v1"
    if variant == BASELINE:

        async def call(prompt: str) -> str:
            response = await litellm.acompletion(
                model=MODEL,
                messages=[{"role": "user", "content": prompt}],
                api_base=api_base,
                api_key=API_KEY,
            )
            return str(response.choices[0].message.content)

        return call, None
    if variant == "ChatLiteLLM":
        from langchain_litellm import ChatLiteLLM

        chat = ChatLiteLLM(model=MODEL, api_base=api_base, api_key=API_KEY)

        async def call_chat(prompt: str) -> str:
            return str((await chat.ainvoke(prompt, config=TAGGED)).content)

        return call_chat, None

    from langchain_tiered import TieredChatModel
    from langchain_tiered.ledger import MemoryLedger

    ledger: Any = None
    if variant == "Tiered sqlite budget":
        config = openai_config(
            base_url,
            ledger={"backend": "sqlite", "path": str(workdir / "ledger.sqlite3")},
            budgets=[{"period": "daily", "limit_usd": 1_000_000, "mode": "hard"}],
        )
        llm = TieredChatModel(config=config)
    else:
        llm = TieredChatModel(config=openai_config(base_url))
    if variant == VIA_ROUTER:
        llm.dispatcher._direct.clear()
    if variant == "Tiered slow ledger":

        class SlowLedger(MemoryLedger):
            def _write(self, records: Any) -> None:
                time.sleep(SLOW_WRITE_S)
                super()._write(records)

        ledger = SlowLedger()
        llm.use_ledger(ledger)

    async def call_tiered(prompt: str) -> str:
        return str((await llm.ainvoke(prompt, config=TAGGED)).content)

    return call_tiered, ledger


async def worker_main(
    variant: str, base_url: str, calls: int, warmup: int, transport: str
) -> dict[str, Any]:
    import litellm

    litellm.disable_aiohttp_transport = transport == "httpx"  # the same for every variant
    logging.getLogger("LiteLLM").setLevel(logging.ERROR)  # pool-saturation warnings: expected
    with tempfile.TemporaryDirectory() as tmp:
        call, ledger = make_caller(variant, base_url, Path(tmp))

        # The first call, with a heartbeat: one-off set-up done on the loop shows here.
        stop, first_lags = asyncio.Event(), [0.0]
        beat = asyncio.create_task(heartbeat(stop, first_lags, 0.001))
        await asyncio.sleep(0.01)
        started = time.perf_counter()
        await call("warm-up 0")
        first_call = time.perf_counter() - started
        stop.set()
        await beat

        for i in range(warmup):
            await call(f"warm-up {i + 1}")
        await asyncio.gather(*(call(f"warm-up burst {i}") for i in range(50)))
        written_before = 0
        if ledger is not None:
            ledger.flush(30)
            written_before = len(ledger.query())
        gc.collect()

        async def one(i: int) -> tuple[bool, float, str | None]:
            prompt = f"call {i}: is this a bug report or a feature request?"
            t0 = time.perf_counter()
            try:
                text = await call(prompt)
            except Exception as exc:
                return False, time.perf_counter() - t0, f"{type(exc).__name__}: {exc}"[:200]
            ok = prompt in text  # the echo of this call's own prompt: nothing crossed
            return ok, time.perf_counter() - t0, None if ok else f"wrong answer: {text[:80]}"

        rss_before = rss_bytes()
        sampler = RssSampler()
        sampler.start()
        stop, lags = asyncio.Event(), [0.0]
        beat = asyncio.create_task(heartbeat(stop, lags))
        started = time.perf_counter()
        results = await asyncio.gather(*(one(i) for i in range(calls)))
        wall = time.perf_counter() - started
        stop.set()
        await beat
        sampler.done.set()
        sampler.join()
        written_at_end = len(ledger.query()) - written_before if ledger is not None else None
        if ledger is not None:
            ledger.flush(60)
    latencies = sorted(r[1] for r in results if r[0])
    errors = [r[2] for r in results if not r[0]]
    lags.sort()
    return {
        "variant": variant,
        "calls": calls,
        "ok": len(latencies),
        "lost": len(errors),
        "first_errors": errors[:3],
        "wall_s": wall,
        "throughput": calls / wall,
        "p50_ms": statistics.median(latencies) * 1000 if latencies else None,
        "p99_ms": latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000 if latencies else None,
        "loop_lag_max_ms": lags[-1] * 1000,
        "loop_lag_p99_ms": lags[max(0, int(len(lags) * 0.99) - 1)] * 1000,
        "first_call_ms": first_call * 1000,
        "first_call_loop_lag_max_ms": max(first_lags) * 1000,
        "rss_before_mb": rss_before / 2**20,
        "rss_peak_delta_mb": (sampler.peak - rss_before) / 2**20,
        "requests_made": 1 + warmup + 50 + calls,
        "ledger_records_written_when_batch_ended": written_at_end,
        "ledger_lost": ledger.lost if ledger is not None else None,
    }


# ------------------------------------------------------------------------------ parent
def run_worker(
    variant: str, base_url: str, calls: int, warmup: int, transport: str
) -> dict[str, Any]:
    out = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--worker",
            variant,
            "--base-url",
            base_url,
            "--calls",
            str(calls),
            "--warmup",
            str(warmup),
            "--transport",
            transport,
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=1800,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"worker {variant} failed ({out.returncode}):\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def summarize(runs: list[dict[str, Any]]) -> dict[str, Any]:
    def med(key: str) -> float:
        values = [r[key] for r in runs if r[key] is not None]
        return statistics.median(values) if values else float("nan")

    return {
        "runs": len(runs),
        "calls": sum(r["calls"] for r in runs),
        "lost": sum(r["lost"] for r in runs),
        "first_errors": [e for r in runs for e in r["first_errors"]][:3],
        "throughput": med("throughput"),
        "p50_ms": med("p50_ms"),
        "p99_ms": med("p99_ms"),
        "loop_lag_max_ms": max(r["loop_lag_max_ms"] for r in runs),
        "loop_lag_p99_ms": med("loop_lag_p99_ms"),
        "first_call_ms": med("first_call_ms"),
        "first_call_loop_lag_max_ms": med("first_call_loop_lag_max_ms"),
        "rss_peak_delta_mb": med("rss_peak_delta_mb"),
        "rss_before_mb": med("rss_before_mb"),
        "ledger_records_written_when_batch_ended": [
            r["ledger_records_written_when_batch_ended"] for r in runs
        ],
        "ledger_lost": [r["ledger_lost"] for r in runs],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000, help="concurrent calls per batch")
    parser.add_argument("--rounds", type=int, default=1, help="batches per variant")
    parser.add_argument("--warmup", type=int, default=20, help="sequential warm-up calls")
    parser.add_argument(
        "--variants",
        default=",".join(DEFAULT_VARIANTS),
        help=f"comma-separated, from: {', '.join(VARIANTS)}",
    )
    parser.add_argument("--transport", choices=("aiohttp", "httpx"), default="aiohttp")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--base-url", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        report = asyncio.run(
            worker_main(args.worker, args.base_url, args.calls, args.warmup, args.transport)
        )
        print(json.dumps(report))
        return 0

    from benchmarks.loopback_process import loopback_server
    from benchmarks.overhead import machine

    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = set(variants) - set(VARIANTS)
    if unknown:
        parser.error(f"unknown variants {sorted(unknown)}; valid: {', '.join(VARIANTS)}")
    runs: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
    started = time.perf_counter()
    with loopback_server() as (base_url, served):
        for i in range(args.rounds):
            shift = i % len(variants)
            for variant in variants[shift:] + variants[:shift]:
                runs[variant].append(
                    run_worker(variant, base_url, args.calls, args.warmup, args.transport)
                )
                print(
                    f"  round {i + 1} {variant}: {runs[variant][-1]['throughput']:.0f} calls/s",
                    file=sys.stderr,
                )
    made = sum(r["requests_made"] for rs in runs.values() for r in rs)
    summary = {v: summarize(rs) for v, rs in runs.items()}
    report: dict[str, Any] = {
        "machine": machine(),
        "calls_per_batch": args.calls,
        "transport": args.transport,
        "rounds": args.rounds,
        "variants": summary,
        "requests_made": made,
        "requests_served": served[0] if served else None,
        "wall_s": round(time.perf_counter() - started, 1),
    }
    if BASELINE in summary:
        base = summary[BASELINE]
        report["ratios"] = {
            v: {
                "throughput_ratio": s["throughput"] / base["throughput"],
                "p99_ratio": s["p99_ms"] / base["p99_ms"],
                "loop_lag_p99_ratio": s["loop_lag_p99_ms"] / base["loop_lag_p99_ms"],
            }
            for v, s in summary.items()
            if v != BASELINE
        }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"machine: {report['machine']}")
    print(
        f"{args.calls} concurrent calls per batch, {args.rounds} batch(es) per variant, "
        f"{args.transport} transport, "
        f"variants interleaved; figures are medians over batches\n"
    )
    header = (
        f"{'variant':<22} {'calls/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'lost':>5} "
        f"{'lag p99':>8} {'lag max':>8} {'1st lag':>8} {'RSS +MB':>8}"
    )
    print(header)
    for v, s in summary.items():
        print(
            f"{v:<22} {s['throughput']:8.0f} {s['p50_ms']:8.0f} {s['p99_ms']:8.0f} "
            f"{s['lost']:5d} {s['loop_lag_p99_ms']:8.1f} {s['loop_lag_max_ms']:8.1f} "
            f"{s['first_call_loop_lag_max_ms']:8.1f} {s['rss_peak_delta_mb']:8.1f}"
        )
    if "ratios" in report:
        print(f"\nagainst {BASELINE} (goals for {TIERED}: throughput >= 0.9, p99 <= 1.2)")
        for v, r in report["ratios"].items():
            print(
                f"  {v:<22} throughput {r['throughput_ratio']:.3f}  p99 {r['p99_ratio']:.3f}  "
                f"loop lag p99 {r['loop_lag_p99_ratio']:.2f}"
            )
    for v, s in summary.items():
        if s["ledger_records_written_when_batch_ended"][0] is not None:
            print(
                f"\n{v}: ledger records written when each batch ended: "
                f"{s['ledger_records_written_when_batch_ended']} of {args.calls} "
                f"(the rest were still queued: those calls returned before their records "
                f"were written); lost {s['ledger_lost']}"
            )
        for error in s["first_errors"]:
            print(f"{v}: error: {error}")
    print(
        f"\nrequests made {made}, served {report['requests_served']} "
        f"(every request reached the server once); wall {report['wall_s']} s"
    )
    return 0 if all(s["lost"] == 0 for s in summary.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
