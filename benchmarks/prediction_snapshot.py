"""Snapshot the classifier's tier for every labeled prompt, and diff two snapshots.

Every classifier change in this repository was checked this way: snapshot before, change,
snapshot after, and read the diff (``FIX``: now matches the label, ``BRK``: matched before and
no longer does, ``CHG``: wrong before and after, differently). Usage (repository root)::

    python benchmarks/prediction_snapshot.py write before.json tests/data/routing_labeled.jsonl
    # ... change the classifier ...
    python benchmarks/prediction_snapshot.py write after.json tests/data/routing_labeled.jsonl
    python benchmarks/prediction_snapshot.py diff before.json after.json

``write --rules-only`` snapshots the rules without the learned second opinion. The snapshot is
JSON ``{"file:id": [label, predicted], ...}``; ``diff`` prints one JSON object with the rows
that changed and the counts. Do not snapshot a blind held-out set you have not scored yet: a
diff names its rows (see ``tests/data/LABELING.md``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.routing_quality import load_rows  # noqa: E402
from langchain_tiered import classifier  # noqa: E402

Snapshot = dict[str, list[int]]


def snapshot(paths: Sequence[str], *, rules_only: bool = False) -> Snapshot:
    """``{"file:id": [label tier, predicted tier]}`` for every row of the labeled files."""
    out: Snapshot = {}
    for path, rows in load_rows(paths).items():
        name = Path(path).name
        for row in rows:
            if rules_only:
                predicted = classifier._classify_turns(row["prompt"], False).tier
            else:
                predicted = classifier.classify(row["prompt"]).tier
            out[f"{name}:{row['id']}"] = [int(row["tier"]), predicted]
    return out


def diff(before: Snapshot, after: Snapshot) -> dict[str, Any]:
    """Rows whose prediction changed, classified FIX / BRK / CHG, with counts."""
    changes = []
    for key in sorted(before.keys() & after.keys()):
        label, old = before[key]
        new = after[key][1]
        if old == new:
            continue
        kind = "FIX" if new == label else "BRK" if old == label else "CHG"
        changes.append({"row": key, "kind": kind, "label": label, "before": old, "after": new})
    counts = {k: sum(c["kind"] == k for c in changes) for k in ("FIX", "BRK", "CHG")}
    misses = {
        "before": sum(v[0] == 3 and v[1] < 3 for v in before.values()),
        "after": sum(v[0] == 3 and v[1] < 3 for v in after.values()),
    }
    return {"counts": counts, "tier3_misses": misses, "changes": changes}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    write = sub.add_parser("write", help="snapshot predictions of labeled files")
    write.add_argument("out")
    write.add_argument("files", nargs="+")
    write.add_argument("--rules-only", action="store_true")
    compare = sub.add_parser("diff", help="compare two snapshots")
    compare.add_argument("before")
    compare.add_argument("after")
    args = parser.parse_args(argv)
    if args.command == "write":
        snap = snapshot(args.files, rules_only=args.rules_only)
        Path(args.out).write_text(json.dumps(snap), encoding="utf-8")
        exact = sum(label == got for label, got in snap.values())
        print(json.dumps({"rows": len(snap), "exact": exact}))
        return 0
    before = json.loads(Path(args.before).read_text(encoding="utf-8"))
    after = json.loads(Path(args.after).read_text(encoding="utf-8"))
    print(json.dumps(diff(before, after), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
