"""Routing quality of ``langchain_tiered.classifier`` against labeled prompts, with a baseline.

Usage (from the repository root)::

    python benchmarks/routing_quality.py ../shared/routing/dev.jsonl \
        tests/data/routing_labeled.jsonl

Each input file is JSON lines ``{"id", "prompt", "intent", "tier", "complexity"}``. The script
prints ONE JSON object: for our classifier and for the baseline, exact-tier accuracy, the
under-routing rate (predicted tier < label), the over-routing rate, the number of tier-3 misses
(a tier-3 label routed lower), the cost relative to the oracle (every task at its labeled tier),
the savings against sending everything to tier 2, and the median microseconds per prompt. It
gives these over all files together and per file.

Cost model: each prompt costs ``len(prompt) / 4`` input tokens plus a fixed 300 output tokens,
priced per tier in USD per million tokens (``TIER_PRICES_USD_PER_MTOK``): tier 0 is a local free
model, tiers 1-3 are claude-haiku-4-5, claude-sonnet-4-5 and claude-opus-4-5. These prices
mirror LiteLLM's bundled price map; the script reads them from ``litellm.model_cost`` (with
``LITELLM_LOCAL_MODEL_COST_MAP=True``, so nothing is fetched) and falls back to the constants.

Baseline: LiteLLM's built-in complexity router heuristic
(``litellm.router_strategy.complexity_router.ComplexityRouter``, the default
``classifier_type: heuristic``). Its pure scoring method ``ComplexityRouter.classify(prompt)``
runs offline: the router is built with its default config and no routing context (the context
is only used to price savings inside a proxy), so no network and no API keys are involved.
Its tiers map onto ours as ``BASELINE_TIER_MAP``: SIMPLE -> 0, MEDIUM -> 1, COMPLEX -> 2,
REASONING -> 3 (the four rungs in order, cheapest first). If the baseline cannot be built, the
JSON carries ``baseline_error`` instead of numbers.

Timing: each prompt is classified ``--repeats`` times and its fastest run is kept (this removes
scheduler noise on a busy machine); the figure reported is the median over prompts, in
microseconds, single-threaded.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

REPO_ROOT: Final = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from langchain_tiered.classifier import classify  # noqa: E402

#: (input, output) USD per million tokens for each tier; mirrors LiteLLM's price map.
TIER_PRICES_USD_PER_MTOK: Final[dict[int, tuple[float, float]]] = {
    0: (0.0, 0.0),  # local free model
    1: (1.0, 5.0),  # claude-haiku-4-5
    2: (3.0, 15.0),  # claude-sonnet-4-5
    3: (5.0, 25.0),  # claude-opus-4-5
}
#: The LiteLLM model whose price each paid tier mirrors.
TIER_MODELS: Final[dict[int, str]] = {
    1: "claude-haiku-4-5",
    2: "claude-sonnet-4-5",
    3: "claude-opus-4-5",
}
OUTPUT_TOKENS: Final = 300
CHARS_PER_TOKEN: Final = 4
#: LiteLLM complexity-router tier -> our tier.
BASELINE_TIER_MAP: Final[dict[str, int]] = {"SIMPLE": 0, "MEDIUM": 1, "COMPLEX": 2, "REASONING": 3}

Row = dict[str, Any]
Router = Callable[[str], int]


def load_rows(paths: Sequence[str]) -> dict[str, list[Row]]:
    """Labeled rows per file (blank lines skipped)."""
    result: dict[str, list[Row]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            result[path] = [json.loads(line) for line in handle if line.strip()]
    return result


def load_prices() -> tuple[dict[int, tuple[float, float]], str]:
    """Per-tier prices from LiteLLM's bundled price map, or the constants if unavailable."""
    try:
        import litellm

        prices = {0: TIER_PRICES_USD_PER_MTOK[0]}
        for tier, model in TIER_MODELS.items():
            entry = litellm.model_cost[model]
            prices[tier] = (
                float(entry["input_cost_per_token"]) * 1e6,
                float(entry["output_cost_per_token"]) * 1e6,
            )
        return prices, "litellm.model_cost"
    except Exception:  # any failure (no litellm, model missing): use the documented constants
        return dict(TIER_PRICES_USD_PER_MTOK), "constants"


def prompt_cost(prompt: str, tier: int, prices: dict[int, tuple[float, float]]) -> float:
    """USD cost of one prompt at one tier under the fixed token model."""
    price_in, price_out = prices[tier]
    return (len(prompt) / CHARS_PER_TOKEN * price_in + OUTPUT_TOKENS * price_out) / 1e6


def build_baseline() -> Router:
    """LiteLLM's heuristic complexity router as a prompt -> tier function (offline)."""
    from litellm.router_strategy.complexity_router.complexity_router import ComplexityRouter

    router = ComplexityRouter(model_name="routing-quality-baseline", ctx=None)

    def route(prompt: str) -> int:
        tier, _score, _signals = router.classify(prompt)
        return BASELINE_TIER_MAP[str(getattr(tier, "value", tier))]

    return route


def ours(prompt: str) -> int:
    """Our classifier as a prompt -> tier function."""
    return classify(prompt).tier


def predict(router: Router, rows: Sequence[Row], repeats: int) -> tuple[list[int], list[float]]:
    """Predicted tiers and the fastest of ``repeats`` runs per prompt, in microseconds."""
    tiers: list[int] = []
    timings: list[float] = []
    for row in rows:
        prompt = row["prompt"]
        best = float("inf")
        tier = -1
        for _ in range(max(1, repeats)):
            start = time.perf_counter_ns()
            tier = router(prompt)
            best = min(best, (time.perf_counter_ns() - start) / 1000)
        tiers.append(tier)
        timings.append(best)
    return tiers, timings


def metrics(
    rows: Sequence[Row],
    predicted: Sequence[int],
    timings: Sequence[float],
    prices: dict[int, tuple[float, float]],
) -> dict[str, Any]:
    """Quality, cost and speed figures for one router over some rows."""
    n = len(rows)
    labels = [int(row["tier"]) for row in rows]
    prompts = [str(row["prompt"]) for row in rows]
    cost = sum(prompt_cost(p, t, prices) for p, t in zip(prompts, predicted, strict=True))
    oracle = sum(prompt_cost(p, t, prices) for p, t in zip(prompts, labels, strict=True))
    all_tier2 = sum(prompt_cost(p, 2, prices) for p in prompts)
    pairs = list(zip(predicted, labels, strict=True))
    return {
        "n": n,
        "accuracy": round(sum(p == t for p, t in pairs) / n, 4),
        "under_routing_rate": round(sum(p < t for p, t in pairs) / n, 4),
        "over_routing_rate": round(sum(p > t for p, t in pairs) / n, 4),
        "tier3_misses": sum(t == 3 and p < 3 for p, t in pairs),
        "cost_usd": round(cost, 6),
        "oracle_cost_usd": round(oracle, 6),
        "cost_vs_oracle": round(cost / oracle, 4) if oracle else None,
        "savings_vs_all_tier2": round(1 - cost / all_tier2, 4) if all_tier2 else None,
        "median_us_per_prompt": round(statistics.median(timings), 1) if timings else None,
    }


def evaluate(
    router: Router,
    files: dict[str, list[Row]],
    prices: dict[int, tuple[float, float]],
    repeats: int,
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """Overall and per-file metrics for one router."""
    all_rows: list[Row] = []
    all_pred: list[int] = []
    all_time: list[float] = []
    per_file: dict[str, dict[str, Any]] = {}
    for path, rows in files.items():
        predicted, timings = predict(router, rows, repeats)
        per_file[path] = metrics(rows, predicted, timings, prices)
        all_rows += rows
        all_pred += predicted
        all_time += timings
    return metrics(all_rows, all_pred, all_time, prices), per_file


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("files", nargs="+", help="labeled JSONL files (id, prompt, tier, ...)")
    parser.add_argument("--repeats", type=int, default=5, help="runs per prompt for timing")
    args = parser.parse_args(argv)

    files = load_rows(args.files)
    prices, price_source = load_prices()
    report: dict[str, Any] = {
        "files": list(files),
        "cost_model": {
            "chars_per_token": CHARS_PER_TOKEN,
            "output_tokens": OUTPUT_TOKENS,
            "usd_per_mtok": {str(t): list(p) for t, p in prices.items()},
            "price_source": price_source,
        },
        "baseline_name": "litellm complexity_router heuristic (ComplexityRouter.classify)",
        "baseline_tier_map": BASELINE_TIER_MAP,
    }
    overall, per_file = evaluate(ours, files, prices, args.repeats)
    report["classifier"] = overall
    per_file_report: dict[str, dict[str, Any]] = {p: {"classifier": m} for p, m in per_file.items()}
    try:
        baseline = build_baseline()
    except Exception as exc:  # reported in the JSON, not raised
        report["baseline_error"] = f"{type(exc).__name__}: {exc}"
    else:
        base_overall, base_per_file = evaluate(baseline, files, prices, args.repeats)
        report["baseline"] = base_overall
        for path, figures in base_per_file.items():
            per_file_report[path]["baseline"] = figures
    report["per_file"] = per_file_report
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
