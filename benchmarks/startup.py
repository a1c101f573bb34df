"""Cold-start time: importing langchain_tiered and running the CLI, against importing litellm.

Each row is a fresh interpreter (``python -c ...`` or ``python -m langchain_tiered ...``),
timed from spawn to exit; the rows run in turn, round after round, with the order rotated
every round, and the median over rounds is reported. Bytecode caches are warm (a first,
untimed round writes them): this is the start-up a user sees on the second run.

Goals: ``import langchain_tiered`` costs at most 10% more than ``import litellm``; ``route``
and ``rules`` import no provider code (LiteLLM, an SDK, httpx) and answer well under a
second. A probe run of each CLI command lists which heavy modules it imported.

    python benchmarks/startup.py [--rounds 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "litellm_config" / "tiers.yaml"
PROMPT = "Is this issue a bug report or a feature request?"
PY = sys.executable
CLI = [PY, "-m", "langchain_tiered"]

ROWS: dict[str, list[str]] = {
    "python -c pass": [PY, "-c", "pass"],
    "import litellm": [PY, "-c", "import litellm"],
    "import langchain_tiered": [PY, "-c", "import langchain_tiered"],
    "from langchain_tiered import TieredChatModel": [
        PY,
        "-c",
        "from langchain_tiered import TieredChatModel",
    ],
    "from langchain_litellm import ChatLiteLLM": [
        PY,
        "-c",
        "from langchain_litellm import ChatLiteLLM",
    ],
    "langchain-tiered route (tagged)": [
        *CLI,
        "route",
        "--config",
        str(CONFIG),
        "--intent",
        "classify",
        "--complexity",
        "2",
        PROMPT,
    ],
    "langchain-tiered route (untagged, classifier)": [
        *CLI,
        "route",
        "--config",
        str(CONFIG),
        PROMPT,
    ],
    "langchain-tiered rules": [*CLI, "rules", "--config", str(CONFIG)],
}

HEAVY = (
    "litellm",
    "openai",
    "anthropic",
    "httpx",
    "aiohttp",
    "tiktoken",
    "tokenizers",
    "langchain_core",
    "langchain_litellm",
    "pydantic",
    "yaml",
)
PROBE = (
    "import sys, json\n"
    "from langchain_tiered.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "heavy = {h}\n"
    "print(json.dumps([m for m in heavy if m in sys.modules]), file=sys.stderr)\n"
    "raise SystemExit(code)\n"
)


def env() -> dict[str, str]:
    out = dict(os.environ)
    out.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    out.setdefault("LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS", "True")
    out.setdefault("HF_HUB_OFFLINE", "1")
    return out


def timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env(), cwd=ROOT, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{cmd} failed ({done.returncode}): {done.stderr[-2000:]}")
    return elapsed


def imported_by(args: list[str]) -> list[str]:
    """The heavy modules a CLI command imports (probe run, untimed)."""
    cmd = [PY, "-c", PROBE.format(h=repr(HEAVY)), *args]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env(), cwd=ROOT, check=False)
    if done.returncode != 0:
        return [f"probe failed: {done.stderr.strip()[-300:]}"]
    found: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="timed runs per row")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    names = list(ROWS)
    for name in names:  # untimed: write bytecode caches, fail early
        timed(ROWS[name])
    samples: dict[str, list[float]] = {name: [] for name in names}
    for i in range(args.rounds):
        shift = i % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(timed(ROWS[name]))
    medians = {name: statistics.median(s) for name, s in samples.items()}
    litellm = medians["import litellm"]
    floor = medians["python -c pass"]
    probes = {name: imported_by(ROWS[name][len(CLI) :]) for name in names if ROWS[name][:3] == CLI}
    from benchmarks.overhead import machine

    report: dict[str, Any] = {
        "machine": machine(),
        "rounds": args.rounds,
        "median_s": {k: round(v, 3) for k, v in medians.items()},
        "ratio_to_import_litellm": {k: round(v / litellm, 3) for k, v in medians.items()},
        "net_of_interpreter_ratio": {
            k: round((v - floor) / (litellm - floor), 3) for k, v in medians.items()
        },
        "heavy_modules_imported": probes,
        "goal_import_ratio": 1.10,
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"machine: {report['machine']}")
    print(f"{args.rounds} fresh interpreters per row, order rotated; medians\n")
    width = max(len(n) for n in names)
    print(f"{'':<{width}}  {'seconds':>8}  {'/ litellm':>9}  {'net / litellm':>13}")
    for name in names:
        print(
            f"{name:<{width}}  {medians[name]:8.3f}  "
            f"{report['ratio_to_import_litellm'][name]:9.3f}  "
            f"{report['net_of_interpreter_ratio'][name]:13.3f}"
        )
    print("\n'net' subtracts the bare interpreter start (python -c pass) from both.")
    print("heavy modules imported by each CLI command:")
    for name, found in probes.items():
        print(f"  {name}: {', '.join(found) or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
