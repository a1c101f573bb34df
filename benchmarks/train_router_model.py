"""Train the classifier's learned second opinion and measure how well it generalises.

Usage (from the repository root; needs the ``train`` extra, i.e. scikit-learn)::

    python benchmarks/train_router_model.py lofo    # leave one file out: train on the rest
    python benchmarks/train_router_model.py cv      # k-fold cross-validation over all files
    python benchmarks/train_router_model.py write   # train on all files, write the weights

The model is a multinomial logistic regression over tiers 0-3 with binary features from
``langchain_tiered._learned.features`` (the same function the runtime uses). ``write`` stores
the bias, the per-feature weights (to 3 decimals, near-zero rows dropped), the decision thresholds
and the training-set description in ``langchain_tiered/router_model.json``.

The training files are the issue's dev set and every file ``tests/data/LABELING.md`` marks as
tunable (``tunable_files``); a blind set is added by retiring it there, never by listing it here.

``lofo`` is the honest estimate of how the classifier does on prompts from a writer and domains
it never saw: each training file was written separately (see ``tests/data/LABELING.md``), so
holding out a whole file is much closer to new data than shuffled folds, where near-duplicate
phrasings from the same writer land on both sides.

Figures are computed by running the real ``classifier._classify_turns`` with the model passed
in, so they are exactly what the shipped classifier does with those weights. Only the files in
``TRAINING_FILES`` are read; the blind held-out sets in ``tests/data/`` never are.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final, Literal

REPO_ROOT: Final = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from benchmarks.routing_quality import load_prices, metrics  # noqa: E402
from langchain_tiered import classifier  # noqa: E402
from langchain_tiered._learned import MODEL_PATH, SCALE, TierModel, model_features  # noqa: E402

DATA: Final = REPO_ROOT / "tests" / "data"
DEV: Final = REPO_ROOT.parent / "shared" / "routing" / "dev.jsonl"
LABELING: Final = DATA / "LABELING.md"


def tunable_files(labeling: Path = LABELING) -> tuple[Path, ...]:
    """The data files that ``LABELING.md``'s table marks as tunable (its last column, "may the
    classifier be tuned on it?", starts with "yes"): the first labeled set, the blind tuning
    sets and the held-out sets retired to tuning after their blind scores. A held-out set
    ("no (held out)") or a file with no row yet (a blind set not scored) is never read."""
    files: list[Path] = []
    for line in labeling.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[-1].startswith("yes"):
            files += [DATA / name for name in re.findall(r"`([\w.-]+\.jsonl)`", cells[0])]
    return tuple(files)


#: Everything trained on: the issue's dev set and every tunable file (``tunable_files``).
TRAINING_FILES: Final = (DEV, *tunable_files())
#: Regularisation strength (inverse) and class weights; tier 3 is weighted up (misses cost most).
C: Final = 4.0
CLASS_WEIGHT: Final = {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}
#: Decision thresholds (see ``classifier._second_opinion``), chosen on the tuning set.
POLICY: Final = {
    "tier3": 0.25,
    "tier3_artifact": 0.8,
    "tier3_cheap": 0.9,
    "cheap": 0.5,
    "cheap_tier0": 0.75,
    "cheap_over_code": 0.9,
    "raise": 0.6,
    "override": 1.1,
    "no_lower_tier3": 0.05,
}
#: Feature rows whose largest weight is below this (thousandths) are dropped: they change no
#: prediction on the training files and halve the shipped file.
MIN_WEIGHT: Final = 40
#: No intercept: a prompt without known features gets even odds (see ``_learned``).
FIT_INTERCEPT: Final = False

Row = dict[str, Any]


def load(path: Path) -> list[Row]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def row_features(prompt: str) -> set[str]:
    view = classifier._build_view(prompt)
    shape = (view.log_lines, view.code_lines, bool(view.material))
    return model_features(view.instruction, view.words, shape)


def fit(rows: Sequence[Row], policy: dict[str, float], c: float = C) -> TierModel:
    """Train on ``rows``; the weights as the runtime model (rounded like the written file)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(row_features(r["prompt"]), 1) for r in rows])
    y = [int(r["tier"]) for r in rows]
    model = LogisticRegression(
        C=c, class_weight=CLASS_WEIGHT, max_iter=5000, fit_intercept=FIT_INTERCEPT
    )
    model.fit(x, y)
    assert list(model.classes_) == [0, 1, 2, 3]
    weights: dict[str, list[int]] = {}
    for name, column in zip(vectorizer.get_feature_names_out(), model.coef_.T, strict=True):
        row = [round(float(w) * SCALE) for w in column]
        if max(abs(w) for w in row) >= MIN_WEIGHT:
            weights[str(name)] = row
    bias = [round(float(b) * SCALE) for b in model.intercept_] if FIT_INTERCEPT else [0] * 4
    return TierModel(bias, weights, "in-memory", dict(policy))


def score(rows: Sequence[Row], model: TierModel | Literal[False]) -> dict[str, Any]:
    predicted = [classifier._classify_turns(r["prompt"], model).tier for r in rows]
    figures = metrics(rows, predicted, [0.0] * len(rows), load_prices()[0])
    figures.pop("median_us_per_prompt")
    return figures


def cross_validate(rows: list[Row], folds: int, policy: dict[str, float]) -> dict[str, Any]:
    shuffled = rows[:]  # ids repeat across files: predictions are kept by position
    random.Random(7).shuffle(shuffled)
    tiers = [0] * len(shuffled)
    for k in range(folds):
        train = [r for i, r in enumerate(shuffled) if i % folds != k]
        model = fit(train, policy)
        for i in range(k, len(shuffled), folds):
            tiers[i] = classifier._classify_turns(shuffled[i]["prompt"], model).tier
    figures = metrics(shuffled, tiers, [0.0] * len(shuffled), load_prices()[0])
    figures.pop("median_us_per_prompt")
    return figures


def leave_one_file_out(files: dict[str, list[Row]], policy: dict[str, float]) -> dict[str, Any]:
    """Score each file with a model trained on all the other files, and all of them pooled."""
    per_file: dict[str, Any] = {}
    pooled_rows: list[Row] = []
    pooled_tiers: list[int] = []
    for name, rows in files.items():
        model = fit([r for other, rs in files.items() if other != name for r in rs], policy)
        tiers = [classifier._classify_turns(r["prompt"], model).tier for r in rows]
        figures = metrics(rows, tiers, [0.0] * len(rows), load_prices()[0])
        figures.pop("median_us_per_prompt")
        per_file[name] = figures
        pooled_rows += rows
        pooled_tiers += tiers
    pooled = metrics(pooled_rows, pooled_tiers, [0.0] * len(pooled_rows), load_prices()[0])
    pooled.pop("median_us_per_prompt")
    return {"pooled": pooled, "per_file": per_file}


def _display(path: Path) -> str:
    return str(path.relative_to(REPO_ROOT.parent if path == DEV else REPO_ROOT))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("mode", choices=["lofo", "cv", "write"])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--policy", default="", help="JSON overriding POLICY thresholds")
    args = parser.parse_args(argv)
    policy = {**POLICY, **(json.loads(args.policy) if args.policy else {})}
    files = {_display(path): load(path) for path in TRAINING_FILES if path.exists()}
    everything = [row for rows in files.values() for row in rows]
    report: dict[str, Any]
    if args.mode == "lofo":
        report = {
            "policy": policy,
            "rules_only": {name: score(rows, False) for name, rows in files.items()},
            "hybrid_leave_one_file_out": leave_one_file_out(files, policy),
        }
    elif args.mode == "cv":
        report = {
            "folds": args.folds,
            "policy": policy,
            "hybrid_all_files": cross_validate(everything, args.folds, policy),
        }
    else:
        model = fit(everything, policy)
        data = {
            "version": "tier-logreg-1",
            "trained_on": list(files),
            "c": C,
            "class_weight": {str(k): v for k, v in CLASS_WEIGHT.items()},
            "policy": policy,
            "bias": [b / SCALE for b in model.bias],
            "weights": {k: [w / SCALE for w in v] for k, v in sorted(model.weights.items())},
        }
        MODEL_PATH.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
        report = {"written": str(MODEL_PATH), "features": len(model.weights)}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
