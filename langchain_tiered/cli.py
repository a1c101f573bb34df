"""The ``langchain-tiered`` command line.

``route`` shows the routing decision for a prompt without calling any model. It imports
neither LiteLLM nor a provider SDK, so it answers in well under a second.

Built on the standard library's ``argparse``: sub-commands, typed options and help text are
all it needs here, and it costs no start-up time (click or typer would add an import and a
dependency for no gain).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from langchain_tiered.errors import TieredError

__all__ = ["main"]

DEFAULT_CONFIG = os.path.join("litellm_config", "tiers.yaml")
CONFIG_ENV = "LANGCHAIN_TIERED_CONFIG"


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
    decision = config.policy().decide(routing_request(metadata))
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit code."""
    args = _build_parser().parse_args(argv)
    try:
        if args.command == "route":
            return _route(args)
    except TieredError as err:
        print(f"langchain-tiered: error: {err}", file=sys.stderr)
        return 2
    return 1  # pragma: no cover - argparse rejects unknown commands


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
