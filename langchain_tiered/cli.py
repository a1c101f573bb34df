"""The ``langchain-tiered`` command line.

Commands:

* ``route PROMPT``: the routing decision for one prompt (no model is called).
* ``rules``: the tier table as Markdown, for a CLAUDE.md or .cursorrules file.
* ``plan WORKLOAD.jsonl``: the offline what-if. Routes every task of a JSON Lines workload
  with the live policy, counts tokens with LiteLLM's offline counter and prints cost per
  tier against the baseline. Needs no API key and no server.
* ``report``: calls, tokens, cost, baseline and savings from the ledger, with a chart.

``route`` and ``rules`` import neither LiteLLM nor a provider SDK, so they answer in well
under a second; ``plan`` imports LiteLLM (for its price map and token counter, never
fetched) and ``report`` reads only the ledger.

Exit codes: 0 success; 1 ``plan`` found no task it could plan (every line malformed, or an
empty file; each bad line is reported on standard error, and any good line still gives 0);
2 a usage or configuration error, reported in one line naming the file, field and value.

Built on the standard library's ``argparse``: sub-commands, typed options and help text are
all it needs here, and it costs no start-up time (click or typer would add an import and a
dependency for no gain).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_tiered.errors import ConfigError, TieredError

if TYPE_CHECKING:
    from langchain_tiered.config import TieredConfig
    from langchain_tiered.ledger import Ledger
    from langchain_tiered.planner import Plan

__all__ = ["main", "rules_markdown"]

DEFAULT_CONFIG = os.path.join("litellm_config", "tiers.yaml")
CONFIG_ENV = "LANGCHAIN_TIERED_CONFIG"
PROGRESS_MIN_LINES = 200
"""``plan`` shows a progress bar for workloads longer than this (on a terminal)."""
RULES = (
    "Do not use tier 2 for what tier 0 can do.",
    'Name the tier before each call (for example: "tier 0: classify this issue").',
)
"""The agent rules ``langchain-tiered rules`` prints under the table."""


def _add_config(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        default=os.environ.get(CONFIG_ENV, DEFAULT_CONFIG),
        help=f"YAML config file (default: ${CONFIG_ENV} or {DEFAULT_CONFIG})",
    )


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="langchain-tiered",
        description="Route LLM calls to the cheapest tier that can do them well.",
        epilog="Exit codes: 0 success, 1 plan found nothing to plan, 2 usage or config error.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    route = commands.add_parser(
        "route", help="show the routing decision for a prompt (no model is called)"
    )
    _add_config(route)
    route.add_argument("prompt", help="the prompt text ('-' reads standard input)")
    route.add_argument("--intent", help="task intent, e.g. classify, code, deploy")
    route.add_argument("--complexity", type=int, help="task complexity, 1 to 10")
    route.add_argument("--tier", type=int, help="explicit tier (wins over everything)")
    route.add_argument("--min-tier", type=int, help="never route below this tier")
    route.add_argument("--max-tier", type=int, help="never route above this tier")
    route.add_argument("--json", action="store_true", help="print JSON for machines")

    rules = commands.add_parser(
        "rules", help="print the tier table as Markdown for CLAUDE.md / .cursorrules"
    )
    _add_config(rules)

    plan = commands.add_parser(
        "plan",
        help="route and price a JSONL workload offline (no keys, no servers)",
        description="Route every task of WORKLOAD (JSON Lines: prompt or messages, optional "
        "intent, complexity, tier, min_tier, max_tier, expected_output_tokens, id) with the "
        "live policy and price it per tier against the baseline model. Malformed lines are "
        "reported with their line numbers; the rest still runs.",
    )
    _add_config(plan)
    plan.add_argument("workload", help="JSON Lines file, one task per line ('-': stdin)")
    plan.add_argument("--json", action="store_true", help="print JSON for machines")
    plan.add_argument("--no-progress", action="store_true", help="never show a progress bar")

    report = commands.add_parser(
        "report", help="calls, cost, baseline and savings from the ledger, with a chart"
    )
    _add_config(report)
    report.add_argument("--ledger", help="SQLite ledger file (instead of the config's ledger)")
    report.add_argument(
        "--since", default="24h", help="30m, 24h, 7d, 2w or an ISO date (default: 24h)"
    )
    report.add_argument("--by", choices=("tier", "intent", "model"), default="tier")
    report.add_argument("--json", action="store_true", help="print JSON for machines")
    report.add_argument(
        "--chart", help="write a chart: PATH.png (needs matplotlib) or PATH.html (no dependency)"
    )
    return parser


def _route(args: argparse.Namespace) -> int:
    from langchain_tiered.config import load_config
    from langchain_tiered.run_inputs import routing_request

    config = load_config(args.config)
    prompt = sys.stdin.read() if args.prompt == "-" else args.prompt
    metadata = {
        "intent": args.intent,
        "complexity": args.complexity,
        "tier": args.tier,
        "min_tier": args.min_tier,
        "max_tier": args.max_tier,
    }
    request = routing_request(metadata)
    classification = None
    if request.is_untagged and config.tiering.classify_untagged:
        from langchain_tiered.classifier import classify

        classification = classify(prompt)
    decision = config.policy().decide(request, classification)
    data: dict[str, Any] = decision.as_metadata()
    data["prompt_chars"] = len(prompt)
    deployments = config.deployments(decision.model_group)
    data["models"] = [d.litellm_params.model for d in deployments]
    if args.json:
        print(json.dumps(data, indent=2, sort_keys=True))
        return 0
    print(
        f"tier {decision.tier}  model group {decision.model_group}  ({', '.join(data['models'])})"
    )
    print(f"reason: {decision.reason}")
    if decision.fallbacks:
        print(f"failover: {', '.join(decision.fallbacks)}")
    return 0


def rules_markdown(config: TieredConfig) -> str:
    """The tier table (tier, model groups and models, description, task types) as Markdown."""
    policy = config.policy()
    intents = policy.intents_by_tier()
    lines = [
        "## LLM tiers",
        "",
        f"Generated by `langchain-tiered rules --config {config.source}`. "
        "Every LLM call goes to one of these tiers.",
        "",
        "| Tier | Model groups | Models | Description | Task types |",
        "|---|---|---|---|---|",
    ]
    for spec in sorted(config.tiering.tiers, key=lambda s: s.tier):
        models = sorted(
            {d.litellm_params.model for g in spec.model_groups for d in config.deployments(g)}
        )
        tasks = ", ".join(intents.get(spec.tier, [])) or "-"
        cells = [
            str(spec.tier),
            ", ".join(f"`{g}`" for g in spec.model_groups),
            ", ".join(f"`{m}`" for m in models),
            spec.description or "-",
            tasks,
        ]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines += ["", "Routing, first match wins:", ""]
    for rule in config.tiering.rules:
        parts = [f"intents {', '.join(rule.intents)}"] if rule.intents else []
        if rule.min_complexity is not None:
            parts.append(f"complexity >= {rule.min_complexity}")
        if rule.max_complexity is not None:
            parts.append(f"complexity <= {rule.max_complexity}")
        lines.append(f"- {' with '.join(parts)} -> tier {rule.tier}")
    lines.append(f"- anything else -> tier {config.tiering.default_tier}")
    lines += ["", "Rules:", ""]
    lines += [f"{i}. {rule}" for i, rule in enumerate(RULES, start=1)]
    return "\n".join(lines) + "\n"


def _rules(args: argparse.Namespace) -> int:
    from langchain_tiered.config import load_config

    print(rules_markdown(load_config(args.config)), end="")
    return 0


def _money(value: float) -> str:
    return f"${value:,.4f}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], left: int = 1) -> list[str]:
    """Left-align the first ``left`` columns, right-align the rest."""
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]

    def fmt(row: Sequence[str]) -> str:
        cells = [
            str(c).ljust(widths[i]) if i < left else str(c).rjust(widths[i])
            for i, c in enumerate(row)
        ]
        return "  ".join(cells).rstrip()

    return [fmt(headers), *(fmt(r) for r in rows)]


def _read_lines(path: str) -> list[str]:
    if path == "-":
        return sys.stdin.read().splitlines()
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        detail = getattr(err, "strerror", None) or str(err)
        raise ConfigError(f"cannot read workload: {detail}", file=path, value=path) from None


def _plan(args: argparse.Namespace) -> int:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")  # never fetch the price map
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never download a tokenizer
    from langchain_tiered.config import load_config
    from langchain_tiered.planner import load_classifier, parse_workload, plan_tasks
    from langchain_tiered.pricing import Pricer

    config = load_config(args.config)
    lines = _read_lines(args.workload)
    tasks, errors = parse_workload(lines)
    progress: Any = tasks
    if len(lines) > PROGRESS_MIN_LINES and not args.no_progress and sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(tasks, desc="planning", unit="task", file=sys.stderr)
    plan = plan_tasks(progress, config, Pricer(config), classify=load_classifier())
    plan.errors = sorted([*errors, *plan.errors], key=lambda e: e.line)
    for error in plan.errors:
        print(f"langchain-tiered: {args.workload}: {error}", file=sys.stderr)
    if args.json:
        data = {"workload": args.workload, "config": config.source, **plan.to_dict()}
        print(json.dumps(data, indent=2))
    else:
        print("\n".join(_plan_text(plan, args.workload, config)))
    return 0 if plan.total.tasks else 1


def _plan_text(plan: Plan, workload: str, config: TieredConfig) -> list[str]:
    baseline = plan.baseline_model_group
    models = ", ".join(d.litellm_params.model for d in config.deployments(baseline))
    out = [
        f"Plan for {workload}: {plan.total.tasks} task(s) routed with {config.source}",
        f"Baseline: every task on {baseline!r} ({models})",
        "",
    ]
    headers = ["tier", "model group", "tasks", "input tok", "output tok", "cost", "baseline"]
    rows = [
        [
            str(r.tier),
            r.model_group,
            str(r.tasks),
            f"{r.input_tokens:,}",
            f"{r.output_tokens:,}",
            _money(r.cost_usd),
            _money(r.baseline_cost_usd),
        ]
        for r in [*plan.rows, plan.total]
    ]
    rows[-1][0] = "total"
    rows[-1][1] = ""
    out += _table(headers, rows, left=2)
    t = plan.total
    out += [
        "",
        f"Total: {_money(t.cost_usd)} instead of {_money(t.baseline_cost_usd)} on {baseline}: "
        f"saves {_money(t.baseline_cost_usd - t.cost_usd)} ({t.savings_pct:.1f}%)",
    ]
    sources = ", ".join(f"{k} {v}" for k, v in sorted(plan.routing_sources.items()))
    out.append(f"Routed by: {sources or '-'}")
    methods = dict(plan.token_methods)
    note = f"Input tokens: LiteLLM's token counter, offline ({methods.pop('litellm', 0)} prompts)"
    if methods.get("tiktoken"):
        note += f"; tiktoken cl100k_base for {methods['tiktoken']} (tokenizer not bundled)"
    if methods.get("estimate"):
        note += f"; ESTIMATED as characters/4 for {methods['estimate']} (counter failed)"
    out.append(
        note + ". Output tokens: each task's expected_output_tokens or a per-intent default."
    )
    if plan.unpriced:
        out.append(f"No price known for {', '.join(plan.unpriced)}: counted as $0.")
    if plan.errors:
        out.append(f"Skipped {len(plan.errors)} malformed line(s), listed on standard error.")
    return out


def _open_report_ledger(args: argparse.Namespace) -> tuple[Ledger, TieredConfig | None]:
    from langchain_tiered.ledger_sqlite import SQLiteLedger

    if args.ledger:
        if not Path(args.ledger).is_file():
            raise ConfigError(
                "no ledger file", file=args.ledger, path="--ledger", value=args.ledger
            )
        return SQLiteLedger(args.ledger), None
    from langchain_tiered.config import load_config
    from langchain_tiered.ledger import open_ledger

    config = load_config(args.config)
    settings = config.tiering.costs.ledger
    where = "tiering.costs.ledger"
    if settings.backend == "none":
        raise ConfigError(
            "nothing is recorded with this backend",
            file=config.source,
            path=f"{where}.backend",
            value="none",
            valid=["sqlite", "redis"],
        )
    if settings.backend == "sqlite" and not settings.sqlite_path().is_file():
        raise ConfigError(
            "no ledger file yet (no call recorded)",
            file=config.source,
            path=f"{where}.path",
            value=str(settings.sqlite_path()),
        )
    return open_ledger(settings), config


def _budget_lines(ledger: Ledger, config: TieredConfig | None) -> list[dict[str, Any]]:
    """Each configured cap with its spend in the current period."""
    if config is None or not config.tiering.costs.budgets:
        return []
    from langchain_tiered.budget import BudgetGuard

    return [
        {
            "budget": status.budget.label.strip("'"),
            "period": status.period_key,
            "spent_usd": round(status.spent_usd, 9),
            "limit_usd": status.budget.limit_usd,
            "mode": status.budget.mode,
        }
        for status in BudgetGuard.from_config(config, ledger).status()
    ]


def _report(args: argparse.Namespace) -> int:
    from langchain_tiered import report

    now = time.time()
    try:
        since = report.parse_since(args.since, now)
    except ValueError as err:
        print(f"langchain-tiered: error: {err}", file=sys.stderr)
        return 2
    ledger, config = _open_report_ledger(args)
    try:
        records = ledger.query(since, now)
        budgets = _budget_lines(ledger, config)
    finally:
        ledger.close()
    rows, total = report.summarize(records, args.by)
    chart = None
    if args.chart:
        try:
            chart = report.write_chart(records, args.chart, since, now)
        except ImportError as err:
            print(f"langchain-tiered: error: {err}", file=sys.stderr)
            return 2
        except OSError as err:
            print(f"langchain-tiered: error: cannot write {args.chart}: {err}", file=sys.stderr)
            return 2
    if args.json:
        data = {
            "since": since,
            "until": now,
            "by": args.by,
            "rows": [r.to_dict() for r in rows],
            "total": total.to_dict(),
            "budgets": budgets,
            "chart": str(chart) if chart else None,
        }
        print(json.dumps(data, indent=2))
        return 0
    start = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(since))
    print(f"Calls since {start}, by {args.by}")
    headers = [args.by, "calls", "errors", "input tok", "output tok", "cost", "baseline", "savings"]
    table = [
        [
            r.key,
            str(r.calls),
            str(r.errors),
            f"{r.input_tokens:,}",
            f"{r.output_tokens:,}",
            _money(r.cost_usd),
            _money(r.baseline_cost_usd),
            f"{r.savings_pct:.1f}%",
        ]
        for r in [*rows, total]
    ]
    print("\n".join(_table(headers, table)))
    for line in budgets:
        print(
            f"Budget {line['budget']}: {_money(line['spent_usd'])} of "
            f"{_money(line['limit_usd'])} spent in {line['period']}"
        )
    if chart:
        print(f"Chart: {chart}")
    return 0


_COMMANDS = {"route": _route, "rules": _rules, "plan": _plan, "report": _report}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit code."""
    args = _build_parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except TieredError as err:
        print(f"langchain-tiered: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
