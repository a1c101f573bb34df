"""Train the classifier's learned second opinion and measure how well it generalises.

Usage (from the repository root; needs the ``train`` extra, i.e. scikit-learn)::

    python benchmarks/train_router_model.py validate   # train on labeled + dev, score tuning
    python benchmarks/train_router_model.py cv         # k-fold cross-validation over all four
    python benchmarks/train_router_model.py write      # train on all four, write the weights

The model is a multinomial logistic regression over tiers 0-3 with binary features from
``langchain_tiered._learned.features`` (the same function the runtime uses). ``write`` stores
the bias, the per-feature weights (to 3 decimals, near-zero rows dropped), the decision thresholds
and the training-set description in ``langchain_tiered/router_model.json``.

Figures are computed by running the real ``classifier._classify_text`` with the model passed
in, so they are exactly what the shipped classifier does with those weights. The first held-out
file (``tests/data/routing_heldout.jsonl``) was retired to tuning after its first score and is
trained on by ``cv`` and ``write``; the second (``tests/data/routing_heldout_b.jsonl``) is never
read here.
"""

from __future__ import annotations

import argparse
import json
import random
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

LABELED: Final = REPO_ROOT / "tests" / "data" / "routing_labeled.jsonl"
TUNING: Final = REPO_ROOT / "tests" / "data" / "routing_tuning.jsonl"
#: The first held-out set, retired to tuning after its one blind score.
RETIRED: Final = REPO_ROOT / "tests" / "data" / "routing_heldout.jsonl"
DEV: Final = REPO_ROOT.parent / "shared" / "routing" / "dev.jsonl"
#: Regularisation strength (inverse) and class weights; tier 3 is weighted up (misses cost most).
C: Final = 4.0
CLASS_WEIGHT: Final = {0: 1.0, 1: 1.0, 2: 1.0, 3: 1.0}
#: Decision thresholds (see ``classifier._second_opinion``), chosen on the tuning set.
POLICY: Final = {
    "tier3": 0.4,
    "tier3_artifact": 0.8,
    "cheap": 0.6,
    "raise": 0.6,
    "override": 1.1,
}
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
        if max(abs(w) for w in row) >= 2:
            weights[str(name)] = row
    bias = [round(float(b) * SCALE) for b in model.intercept_] if FIT_INTERCEPT else [0] * 4
    return TierModel(bias, weights, "in-memory", dict(policy))


def score(rows: Sequence[Row], model: TierModel | Literal[False]) -> dict[str, Any]:
    predicted = [classifier._classify_text(r["prompt"], model).tier for r in rows]
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
            tiers[i] = classifier._classify_text(shuffled[i]["prompt"], model).tier
    figures = metrics(shuffled, tiers, [0.0] * len(shuffled), load_prices()[0])
    figures.pop("median_us_per_prompt")
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("mode", choices=["validate", "cv", "write"])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--policy", default="", help="JSON overriding POLICY thresholds")
    args = parser.parse_args(argv)
    policy = {**POLICY, **(json.loads(args.policy) if args.policy else {})}
    labeled, dev, tuning, retired = load(LABELED), load(DEV), load(TUNING), load(RETIRED)
    if args.mode == "validate":
        model = fit(labeled + dev, policy)
        report = {
            "trained_on": ["routing_labeled", "dev"],
            "policy": policy,
            "rules_only": {"tuning": score(tuning, False)},
            "hybrid": {
                "tuning": score(tuning, model),
                "labeled": score(labeled, model),
                "dev": score(dev, model),
            },
        }
    elif args.mode == "cv":
        report = {
            "folds": args.folds,
            "policy": policy,
            "hybrid_all_four": cross_validate(labeled + dev + tuning + retired, args.folds, policy),
            "hybrid_trained_and_tested_on_retired_heldout_only": cross_validate(
                retired, args.folds, policy
            ),
            "hybrid_trained_and_tested_on_tuning_only": cross_validate(tuning, args.folds, policy),
        }
    else:
        model = fit(labeled + dev + tuning + retired, policy)
        data = {
            "version": "tier-logreg-1",
            "trained_on": [
                "tests/data/routing_labeled.jsonl",
                "routing/dev.jsonl",
                "tests/data/routing_tuning.jsonl",
                "tests/data/routing_heldout.jsonl",
            ],
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
