"""``benchmarks/prediction_snapshot.py``: snapshot predictions and diff them (offline)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "prediction_snapshot.py"

ROWS = [
    {"id": "a", "prompt": "Drop the users table on prod now.", "tier": 3},
    {"id": "b", "prompt": "Translate to French: good morning", "tier": 1},
    {"id": "c", "prompt": "Is this log line an error? yes/no: ERROR disk full", "tier": 2},
]


def run(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


def test_write_then_diff_classifies_changed_rows(tmp_path: Path) -> None:
    data = tmp_path / "labeled.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in ROWS) + "\n", encoding="utf-8")
    snap = tmp_path / "after.json"

    written = run("write", str(snap), str(data))
    after = json.loads(snap.read_text(encoding="utf-8"))
    assert written["rows"] == 3
    assert after["labeled.jsonl:a"] == [3, 3]
    assert after["labeled.jsonl:b"] == [1, 1]
    assert after["labeled.jsonl:c"] == [2, 0]  # a yes/no log check is tier 0, the label says 2

    # a "before" in which a was missed, b was right and c was differently wrong
    before = tmp_path / "before.json"
    before.write_text(
        json.dumps(
            {"labeled.jsonl:a": [3, 2], "labeled.jsonl:b": [1, 2], "labeled.jsonl:c": [2, 1]}
        ),
        encoding="utf-8",
    )
    report = run("diff", str(before), str(snap))
    kinds = {c["row"]: c["kind"] for c in report["changes"]}
    assert kinds == {
        "labeled.jsonl:a": "FIX",
        "labeled.jsonl:b": "FIX",
        "labeled.jsonl:c": "CHG",
    }
    assert report["tier3_misses"] == {"before": 1, "after": 0}


def test_rules_only_snapshot_skips_the_learned_scorer(tmp_path: Path) -> None:
    # the rules find no cue here (tier 2); the shipped learned scorer raises it to 3 (P ~ 1.0)
    prompt = "Move all 38 hotels to the new rate plan codes in the live reservation system tonight."
    row = {"id": "x", "prompt": prompt, "tier": 2}
    data = tmp_path / "one.jsonl"
    data.write_text(json.dumps(row) + "\n", encoding="utf-8")
    rules_snap, hybrid_snap = tmp_path / "rules.json", tmp_path / "hybrid.json"
    run("write", str(rules_snap), str(data), "--rules-only")
    run("write", str(hybrid_snap), str(data))
    rules = json.loads(rules_snap.read_text(encoding="utf-8"))
    hybrid = json.loads(hybrid_snap.read_text(encoding="utf-8"))
    assert rules == {"one.jsonl:x": [2, 2]}
    assert hybrid["one.jsonl:x"][1] != rules["one.jsonl:x"][1]
