"""Per-call overhead of TieredChatModel against ChatLiteLLM and litellm.completion.

Every variant calls the same OpenAI-compatible deployment (``openai/gpt-4o``, ``api_base`` =
the loopback provider server's ``/v1``, run in a child process so the client does not share
its interpreter with the server), so the same LiteLLM provider code path is compared and the
network is not what is measured. Variants, called in turn once per round (the order rotates
every round, so drift on a shared machine hits all of them alike):

* ``litellm.completion``: the floor, LiteLLM alone;
* ``Router.completion``: LiteLLM's ``Router`` over the same deployment (what TieredChatModel
  calls underneath; diagnostic);
* ``ChatLiteLLM.invoke``: langchain-litellm, tagged (same ``config`` as the tiered call) and
  untagged;
* ``TieredChatModel.invoke``: tagged (``metadata: {intent, complexity}``, no classifier) and
  untagged (the prompt classifier decides), both with ledger backend ``none``; and tagged
  with the default ``sqlite`` ledger (a temporary file), to show what recording costs.

Reported: the median latency of each variant, the ratios the goals are stated in (tiered /
ChatLiteLLM, tagged and untagged; goals 1.05 and 1.10), the median paired difference, and the
routing decision alone (``llm.route`` and ``policy.decide`` + ``classify``; goal under 50 us
median), plus per-call costs of the pieces TieredChatModel adds, to attribute the difference.

    python benchmarks/overhead.py [--rounds 300] [--warmup 30] [--json] [--profile] [--via-router]

``--profile`` also prints a pyinstrument (or cProfile) profile of the tagged tiered call.
``--via-router`` adds a tagged tiered variant forced through ``litellm.Router`` for every
group, to show what calling one-deployment groups directly saves (see
``langchain_tiered/dispatch.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS", "True")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MODEL = "openai/gpt-4o"
API_KEY = "sk-test-000000000000000000000000"
GROUPS = ("local", "efficient", "frontier", "expert")
PROMPT = "Is this GitHub issue a bug report or a feature request? 'The app crashes on save.'"
# Tier 1: tier 0 is the local tier, whose concurrency gate (a deliberate throttle for Ollama)
# would be measured instead of the router under concurrency.
TAGGED: dict[str, Any] = {"metadata": {"intent": "summarize", "complexity": 3}}
LABELED = ROOT / "tests" / "data" / "routing_labeled.jsonl"


def openai_config(
    base_url: str,
    *,
    ledger: dict[str, Any] | None = None,
    budgets: Sequence[dict[str, Any]] = (),
) -> dict[str, Any]:
    """Four tiers, each one group, every group the same OpenAI-compatible loopback deployment."""
    deployment = {"model": MODEL, "api_base": f"{base_url}/v1", "api_key": API_KEY}
    return {
        "model_list": [{"model_name": g, "litellm_params": dict(deployment)} for g in GROUPS],
        "tiering": {
            "tiers": [{"tier": i, "model_groups": [g]} for i, g in enumerate(GROUPS)],
            "costs": {"ledger": ledger or {"backend": "none"}, "budgets": list(budgets)},
        },
    }


def machine() -> str:
    """One line naming the machine the figures come from."""
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import litellm

    version = getattr(litellm, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("litellm")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, "
        f"litellm {version}, load average {load:.2f}"
    )


def median_us(samples: Sequence[float]) -> float:
    return statistics.median(samples) * 1e6


def per_call(fn: Callable[[], Any], number: int, repeat: int = 7) -> float:
    """Median over ``repeat`` batches of the per-call seconds of ``number`` calls."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - started) / number)
    return statistics.median(times)


# --------------------------------------------------------------------------- end to end
def build_variants(base_url: str, workdir: Path) -> dict[str, Callable[[], Any]]:
    import litellm
    from langchain_litellm import ChatLiteLLM

    from langchain_tiered import TieredChatModel

    messages = [{"role": "user", "content": PROMPT}]
    api_base = f"{base_url}/v1"
    tiered = TieredChatModel(config=openai_config(base_url))
    sqlite = TieredChatModel(
        config=openai_config(
            base_url, ledger={"backend": "sqlite", "path": str(workdir / "ledger.sqlite3")}
        )
    )
    chat = ChatLiteLLM(model=MODEL, api_base=api_base, api_key=API_KEY)
    router = tiered.router

    def check(answer: Any) -> Any:
        text = getattr(answer, "content", None)
        if text is None:
            text = answer.choices[0].message.content
        if not text:
            raise RuntimeError(f"empty answer: {answer!r}")
        return answer

    return {
        "litellm.completion": lambda: check(
            litellm.completion(model=MODEL, messages=messages, api_base=api_base, api_key=API_KEY)
        ),
        "Router.completion": lambda: check(router.completion(model="efficient", messages=messages)),
        "ChatLiteLLM tagged": lambda: check(chat.invoke(PROMPT, config=TAGGED)),
        "Tiered tagged": lambda: check(tiered.invoke(PROMPT, config=TAGGED)),
        "ChatLiteLLM untagged": lambda: check(chat.invoke(PROMPT)),
        "Tiered untagged": lambda: check(tiered.invoke(PROMPT)),
        "Tiered tagged, sqlite ledger": lambda: check(sqlite.invoke(PROMPT, config=TAGGED)),
    }


def via_router_variant(base_url: str) -> dict[str, Callable[[], Any]]:
    """Tagged tiered calls forced through ``litellm.Router`` (how every call went before the
    direct path for one-deployment groups; diagnostic)."""
    from langchain_tiered import TieredChatModel

    routed = TieredChatModel(config=openai_config(base_url))
    routed.dispatcher._direct.clear()  # every group through the Router
    routed.invoke(PROMPT, config=TAGGED)
    return {"Tiered tagged via Router": lambda: routed.invoke(PROMPT, config=TAGGED)}


def run_rounds(
    variants: dict[str, Callable[[], Any]], rounds: int, warmup: int
) -> dict[str, list[float]]:
    names = list(variants)
    for _ in range(warmup):
        for name in names:
            variants[name]()
    samples: dict[str, list[float]] = {name: [] for name in names}
    for i in range(rounds):
        shift = i % len(names)
        for name in names[shift:] + names[:shift]:  # rotate: A,B,C / B,C,A / ...
            started = time.perf_counter()
            variants[name]()
            samples[name].append(time.perf_counter() - started)
    return samples


def paired(a: Sequence[float], b: Sequence[float]) -> tuple[float, float]:
    """Median of per-round ratios a/b and of differences a-b (us), same round paired."""
    return (
        statistics.median(x / y for x, y in zip(a, b, strict=True)),
        statistics.median(x - y for x, y in zip(a, b, strict=True)) * 1e6,
    )


# ------------------------------------------------------------------ the decision alone
def decision_timings(base_url: str, number: int) -> dict[str, float]:
    from langchain_core.messages import HumanMessage

    from langchain_tiered import TieredChatModel
    from langchain_tiered.classifier import classify
    from langchain_tiered.run_inputs import routing_request

    llm = TieredChatModel(config=openai_config(base_url))
    policy = llm.policy
    messages = [HumanMessage(PROMPT)]
    meta = TAGGED["metadata"]

    def tagged_direct() -> Any:
        return policy.decide(routing_request(meta, []))

    def untagged_direct() -> Any:
        request = routing_request({}, [])
        return policy.decide(request, classify(messages))

    out = {
        "llm.route tagged": per_call(lambda: llm.route(PROMPT, config=TAGGED), number),
        "llm.route untagged": per_call(lambda: llm.route(PROMPT), number),
        "policy.decide tagged": per_call(tagged_direct, number),
        "policy.decide + classify untagged": per_call(untagged_direct, number),
        "classify alone": per_call(lambda: classify(messages), number),
    }
    return {k: v * 1e6 for k, v in out.items()}


def labeled_decisions(repeats: int = 3) -> dict[str, Any]:
    """``routing_request`` + ``classify`` + ``policy.decide`` over every labeled prompt."""
    from langchain_tiered.classifier import classify
    from langchain_tiered.config import config_from_dict
    from langchain_tiered.run_inputs import routing_request

    if not LABELED.is_file():
        return {}
    prompts = [json.loads(line)["prompt"] for line in LABELED.read_text().splitlines() if line]
    policy = config_from_dict(openai_config("http://127.0.0.1:1")).policy()
    best = []
    for prompt in prompts:
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            policy.decide(routing_request({}, []), classify(prompt))
            times.append(time.perf_counter() - started)
        best.append(min(times))
    best.sort()
    return {
        "prompts": len(prompts),
        "median_us": round(statistics.median(best) * 1e6, 1),
        "p90_us": round(best[int(len(best) * 0.9)] * 1e6, 1),
        "max_us": round(best[-1] * 1e6, 1),
        "under_50us_share": round(sum(1 for b in best if b < 50e-6) / len(best), 3),
    }


# ------------------------------------------------------------------ what tiered adds
def component_timings(base_url: str, number: int) -> dict[str, float]:
    """Per-call cost (us) of the pieces TieredChatModel adds around the LiteLLM call.

    Reaches into internals on purpose (these are the hot-spot candidates); a piece whose
    internals changed is reported as missing instead of failing the run.
    """
    from langchain_core.messages import HumanMessage

    from langchain_tiered import TieredChatModel

    llm = TieredChatModel(config=openai_config(base_url))
    messages = [HumanMessage(PROMPT)]
    decision = llm.route(PROMPT, config=TAGGED)
    usage = {"input_tokens": 20, "output_tokens": 12, "total_tokens": 32}
    meta = {
        "model_group": decision.model_group,
        "tier": decision.tier,
        "attempts": [{"deployment": MODEL}],
    }
    pieces: dict[str, Callable[[], Any]] = {}

    def add(name: str, build: Callable[[], Callable[[], Any]]) -> None:
        try:
            fn = build()
            fn()
            pieces[name] = fn
        except Exception as exc:
            print(f"  (component {name!r} skipped: {type(exc).__name__}: {exc})", file=sys.stderr)

    def pricing() -> Callable[[], Any]:
        accounting = llm.accounting
        return lambda: accounting.costs(meta, usage)

    def messages_out() -> Callable[[], Any]:
        from langchain_tiered.conversion import to_litellm_messages

        return lambda: to_litellm_messages(messages)

    def runner() -> Callable[[], Any]:
        from langchain_tiered.fallback import fallback_chain

        chain = fallback_chain(llm.policy, decision)
        run = llm.runner.run
        return lambda: run(chain, lambda rung: None)

    def decision_meta() -> Callable[[], Any]:
        from langchain_tiered.call_path import decision_metadata

        return lambda: decision_metadata(decision)

    def record() -> Callable[[], Any]:
        from langchain_tiered.ledger import CallRecord

        return lambda: CallRecord.from_metadata(meta, usage, ts=time.time(), latency_ms=1.0)

    add("pricing: accounting.costs (cost + baseline)", pricing)
    add("to_litellm_messages", messages_out)
    add("runner.run (tenacity, no-op call)", runner)
    add("decision_metadata", decision_meta)
    add("CallRecord.from_metadata", record)
    add("config.check_secrets (per rung)", lambda: lambda: llm.config.check_secrets("efficient"))
    return {name: per_call(fn, number) * 1e6 for name, fn in pieces.items()}


def profile_tiered(base_url: str, calls: int) -> str:
    from langchain_tiered import TieredChatModel

    llm = TieredChatModel(config=openai_config(base_url))
    for _ in range(20):
        llm.invoke(PROMPT, config=TAGGED)
    try:
        from pyinstrument import Profiler
    except ImportError:
        import cProfile
        import io
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        for _ in range(calls):
            llm.invoke(PROMPT, config=TAGGED)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(60)
        return out.getvalue()
    profiler = Profiler(interval=0.0001)
    profiler.start()
    for _ in range(calls):
        llm.invoke(PROMPT, config=TAGGED)
    profiler.stop()
    return str(profiler.output_text(unicode=False, color=False, show_all=False))


# ------------------------------------------------------------------------------- main
def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300, help="timed calls per variant")
    parser.add_argument("--warmup", type=int, default=30, help="untimed calls per variant")
    parser.add_argument("--number", type=int, default=2000, help="calls per micro-timing batch")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--profile", action="store_true", help="profile the tagged tiered call")
    parser.add_argument(
        "--via-router", action="store_true", help="also time tagged calls through the Router"
    )
    args = parser.parse_args()

    import litellm

    litellm.disable_aiohttp_transport = True  # one client stack (httpx) for every variant
    from benchmarks.loopback_process import loopback_server

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, loopback_server() as (base_url, _):
        variants = build_variants(base_url, Path(tmp))
        if args.via_router:
            variants.update(via_router_variant(base_url))
        samples = run_rounds(variants, args.rounds, args.warmup)
        decisions = decision_timings(base_url, args.number)
        labeled = labeled_decisions()
        components = component_timings(base_url, args.number)
        profile = profile_tiered(base_url, 200) if args.profile else None

    medians = {name: median_us(s) for name, s in samples.items()}
    ratios = {}
    for label, num, den, goal in (
        ("tagged: Tiered / ChatLiteLLM", "Tiered tagged", "ChatLiteLLM tagged", 1.05),
        ("untagged: Tiered / ChatLiteLLM", "Tiered untagged", "ChatLiteLLM untagged", 1.10),
        ("ChatLiteLLM / litellm.completion", "ChatLiteLLM tagged", "litellm.completion", None),
        ("Router / litellm.completion", "Router.completion", "litellm.completion", None),
        ("sqlite ledger / ledger none", "Tiered tagged, sqlite ledger", "Tiered tagged", None),
        ("Tiered untagged / Tiered tagged", "Tiered untagged", "Tiered tagged", None),
        ("via Router / Tiered tagged", "Tiered tagged via Router", "Tiered tagged", None),
    ):
        if num not in samples:
            continue
        pr, pd = paired(samples[num], samples[den])
        ratios[label] = {
            "ratio_of_medians": round(medians[num] / medians[den], 3),
            "paired_median_ratio": round(pr, 3),
            "paired_median_diff_us": round(pd, 1),
            "goal": goal,
            "met": None if goal is None else medians[num] / medians[den] <= goal,
        }
    report = {
        "machine": machine(),
        "rounds": args.rounds,
        "median_us": {k: round(v, 1) for k, v in medians.items()},
        "ratios": ratios,
        "decision_us": {k: round(v, 2) for k, v in decisions.items()},
        "decision_goal_us": 50,
        "labeled_untagged_decision": labeled,
        "component_us": {k: round(v, 2) for k, v in components.items()},
        "wall_s": round(time.perf_counter() - started, 1),
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"machine: {report['machine']}")
        print(f"rounds: {args.rounds} (+{args.warmup} warm-up) per variant, order rotated\n")
        width = max(len(k) for k in medians)
        print("median latency per call")
        for name, value in medians.items():
            print(f"  {name:<{width}}  {value:8.0f} us")
        print("\nratios (ratio of medians | paired median ratio | paired median diff)")
        for label, r in ratios.items():
            goal = "" if r["goal"] is None else f"  goal <= {r['goal']}: "
            met = "" if r["met"] is None else ("met" if r["met"] else "MISSED")
            print(
                f"  {label:<34} {r['ratio_of_medians']:.3f} | {r['paired_median_ratio']:.3f} | "
                f"{r['paired_median_diff_us']:+.0f} us{goal}{met}"
            )
        print("\nrouting decision alone, median per call (goal < 50 us)")
        for name, value in decisions.items():
            print(f"  {name:<34} {value:8.1f} us")
        if labeled:
            print(
                f"  untagged over {labeled['prompts']} labeled prompts: median "
                f"{labeled['median_us']} us, p90 {labeled['p90_us']} us, max {labeled['max_us']}"
                f" us, {labeled['under_50us_share']:.0%} under 50 us"
            )
        print("\nper-call cost of what TieredChatModel adds (no HTTP)")
        for name, value in components.items():
            print(f"  {name:<44} {value:8.1f} us")
        print(f"\nwall time: {report['wall_s']} s")
    if profile:
        print("\n" + profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
