"""The learned second opinion of the classifier: a linear model over word and n-gram features.

The model is a multinomial logistic regression over tiers 0-3, trained offline with
scikit-learn by ``benchmarks/train_router_model.py`` on the labeled routing sets. Its weights
live in ``router_model.json`` next to this module (shipped in the wheel); inference here is pure
Python (a dict look-up per feature and one softmax), so importing the package never imports
scikit-learn or numpy, and the weights are read lazily on first use.

Features (binary) are computed from the classifier's *instruction* view (lower-cased prose with
quoted spans replaced by ``qtext``; pasted logs and code removed), so pasted material cannot
steer the model (nor can routing talk: the classifier blanks it first): word unigrams (no
function words, no digits) and bigrams, 5-letter word prefixes (a cheap stem that also
covers inflected languages), character bigrams of CJK/kana/Hangul runs (no spaces to split on),
and a few shape features (pasted log or code lines, quoted material, a question mark).
There is no length feature and no intercept: text the model knows nothing about gets even
odds, so it cannot tip a call to tier 3 (short, unknown prompts used to).

The training script imports :func:`features` from here, so training and inference can never
disagree on what a feature is.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Final

from langchain_tiered import _classifier_rules as rules
from langchain_tiered._classifier_stake_rule import names_nonlive_target

__all__ = ["MODEL_PATH", "Opinion", "TierModel", "features", "load_model", "second_opinion"]

MODEL_PATH: Final = Path(__file__).with_name("router_model.json")
_TOKEN: Final = re.compile(r"[^\W\d_]+")
#: Function words: never unigram features (they only carry spurious correlations, e.g. "the"
#: with short imperatives), though they still form bigrams ("is this", "the table").
_STOP: Final = rules._words(
    "a an the to of in on at for and or but is are was were be been it its this that these "
    "those with from by as into our my your we you i me us they them their there here not "
    "no do does did can could would should will just so if then than also all any some"
)
_WIDE: Final = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]{2,}")
_MAX_TOKENS: Final = 80
_PREFIX: Final = 5
#: "This is trivial", "super easy one": a claim about the task, not the task.
_EASY_CLAIM: Final = re.compile(
    r"\b(?:this\s+is|this's|it's|it\s+is|its|that's|just|only)\s+(?:(?:a|an|really|very|super"
    r"|totally|completely|pretty)\s+)?(?:trivial|easy|simple|tiny)\b(?:\s+(?:one|task|ask|job"
    r"|question|request|thing))?|\b(?:(?:really|very|super|totally|pretty)\s+)?(?:trivial|easy"
    r"|simple)\s+(?:one|task|ask|job|question)\b"
)
_EASY_WORDS: Final = rules._words("trivial easy simple tiny")
#: Weights are fixed-point integers in units of 1/SCALE.
SCALE: Final = 1000


def features(
    instruction: str, log_lines: int = 0, code_lines: int = 0, quoted: bool = False
) -> set[str]:
    """The binary features of one instruction (lower-cased prose) plus its material shape."""
    tokens = _TOKEN.findall(instruction)
    if len(tokens) > _MAX_TOKENS:  # the request sits at the start and the end
        tokens = tokens[:60] + tokens[-20:]
    out = {t for t in tokens if t not in _STOP}
    out.update(f"{a} {b}" for a, b in pairwise(tokens))
    out.update(f"~{t[:_PREFIX]}" for t in tokens if len(t) > _PREFIX + 1)
    if tokens:
        out.add(f"^{tokens[0]}")
    for run in _WIDE.findall(instruction[:400]):
        out.update(run[i : i + 2] for i in range(len(run) - 1))
    if log_lines >= 3:
        out.add("#log")
    if code_lines >= 3:
        out.add("#code")
    if quoted:
        out.add("#quoted")
    if "?" in instruction:
        out.add("#question")
    return out


class TierModel:
    """The linear model: ``bias`` and per-feature rows of tier weights, in thousandths (ints)."""

    __slots__ = ("bias", "policy", "version", "weights")

    def __init__(
        self,
        bias: list[int],
        weights: dict[str, list[int]],
        version: str,
        policy: dict[str, float],
    ) -> None:
        self.bias = bias
        self.weights = weights
        self.version = version
        #: Decision thresholds: ``tier3`` (raise to 3), ``cheap`` (pick tier 1 without a rule
        #: cue), ``cheap_tier0`` (pick tier 0 without one), ``override`` (move a rule's tier 0-2
        #: pick when the model is this sure).
        self.policy = policy

    def probabilities(self, feats: Iterable[str]) -> list[float]:
        """P(tier) for tiers 0-3 (softmax of the summed weights).

        Weights are summed as integers (thousandths), so the result does not depend on the
        iteration order of ``feats`` (string hashing differs between processes).
        """
        b0, b1, b2, b3 = self.bias
        get = self.weights.get
        for feat in feats:
            row = get(feat)
            if row is not None:
                b0 += row[0]
                b1 += row[1]
                b2 += row[2]
                b3 += row[3]
        top = max(b0, b1, b2, b3)
        exps = [math.exp((b - top) / SCALE) for b in (b0, b1, b2, b3)]
        total = sum(exps)
        return [e / total for e in exps]


def _fixed(weight: float) -> int:
    """A weight in thousandths (the file stores them rounded to 3 decimals)."""
    return round(float(weight) * SCALE)


@lru_cache(maxsize=1)
def load_model() -> TierModel | None:
    """The shipped model, read once; None if the data file is missing or unreadable."""
    try:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        return TierModel(
            [_fixed(x) for x in data["bias"]],
            {k: [_fixed(x) for x in v] for k, v in data["weights"].items()},
            str(data.get("version", "")),
            {str(k): float(v) for k, v in data["policy"].items()},
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


#: (intent, tier, confidence, reason, signals) of a verdict of the learned scorer.
Opinion = tuple[str, int, float, str, list[str]]


def model_features(
    instruction: str, words: frozenset[str], shape: tuple[int, int, bool]
) -> set[str]:
    """Features of a classifier view; routing talk and claims about how easy the task is are
    blanked first (invisible to the model: injected prompts taught it "this is trivial" -> 3)."""
    if not rules.INJECTION_GATE.isdisjoint(words):
        instruction = rules.INJECTION.sub(" ", instruction)
    if not _EASY_WORDS.isdisjoint(words):
        instruction = _EASY_CLAIM.sub(" ", instruction)
    return features(instruction, *shape)


def _stakes_intent(words: frozenset[str]) -> str:
    """The tier-3 intent named by the words of a request the learned scorer raised."""
    for group, intent in rules.ACTION_INTENTS:
        if not group.isdisjoint(words):
            return intent
    return "security_audit" if not rules.AUDIT_WORDS.isdisjoint(words) else "incident"


#: Tier-2 intents that ask for an artifact (a design, code, tests, a review): the model needs
#: more certainty to raise these to tier 3 (``policy.tier3_artifact``) unless a live marker or
#: an action word is in the request. Unknown words (non-English prompts) once tipped "design a
#: notification system" in Spanish or Japanese to tier 3.
ARTIFACT_INTENTS: Final = frozenset(
    {"architecture", "code", "test_writing", "refactor", "review", "debug"}
)


#: A question about acting now, or a demand to choose, in any of the rules' forms.
_ACTING_NOW: Final = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (
            rules.ML_URGENT_QUESTION,
            rules.DECISION_DEMAND,
            rules.ASKED_ACTION,
            rules.CONFIRMATION,
        )
    )
    + r"|\b(?:choose|pick)\s+now\b"
)
#: Cues that name a code artifact on their own ("add an override method to the Gate class").
ARTIFACT_CUES: Final = frozenset(
    {"make_code", "write_code", "write_code_ml", "migrate_code", "code_request"}
)


def _tier3_threshold(
    instruction: str,
    words: frozenset[str],
    policy: dict[str, float],
    intent: str,
    scores: dict[str, tuple[float, list[str]]],
) -> float:
    """P(tier 3) the model needs to raise the rules' verdict to tier 3."""
    base = policy["tier3"]
    strict = max(base, policy.get("tier3_artifact", base))
    score, cues = scores.get(intent, (0.0, []))
    if not rules.LIVE_MARKER.search(instruction):
        if names_nonlive_target(instruction) or rules.DOC_TARGET.search(instruction):
            return math.inf  # "against the staging database", "in the README": never on its word
        if rules.ADVICE_ONLY.search(instruction):
            return math.inf  # "lay out the options, leadership will make the call"
        if rules.ENV_LOCAL_MARKER.search(instruction):
            return strict  # staging, test mode, sandbox mentioned somewhere
    if rules.EXPLAIN_REQUEST.match(instruction) and not rules.LIVE_OR_NOW.search(instruction):
        # "Spiegami come funziona ...", "Leg uit wat deze plan-uitvoer doet" over a resource
        # named "boatreg_prod": an explanation, nothing acted on now
        return math.inf
    if rules.INTENT_TIER[intent] < 2 and score >= rules.CHEAP_MIN:
        # a clear reading/transforming task ("rewrite this outage notice")
        return max(strict, policy.get("tier3_cheap", strict))
    if rules.NEGATION.search(instruction):
        return strict  # "design only, no changes to the live IdP", "dry run"
    if intent not in ARTIFACT_INTENTS or (
        score < rules.CHEAP_MIN and ARTIFACT_CUES.isdisjoint(cues)
    ):
        return base
    actions = rules.ACTION_WORDS & words
    if "migrate_code" in cues:  # "migrate these pages to the app router" is code
        actions -= {"migrate", "migrating"}
    if actions or rules.LIVE_MARKER.search(instruction):
        return base
    return max(base, policy.get("tier3_artifact", base))


def second_opinion(
    instruction: str,
    words: frozenset[str],
    shape: tuple[int, int, bool],
    model: TierModel,
    intent: str,
    tier: int,
    scores: dict[str, tuple[float, list[str]]],
) -> Opinion | None:
    """The learned scorer's verdict when it raises the tier or settles what the rules left open.

    It sends the call to tier 3 when P(tier 3) exceeds the ``tier3`` threshold (indirect
    high-stakes phrasing); otherwise it picks among tiers 0-2: freely when the rules found no
    cue (``cheap``), against a rule cue only when it is very sure (``raise``/``override``).
    Stakes verdicts never reach here, so it cannot lower them.
    """
    probs = model.probabilities(model_features(instruction, words, shape))
    policy = model.policy
    signal = "model:p=" + "/".join(f"{p:.2f}" for p in probs)
    if probs[3] > _tier3_threshold(instruction, words, policy, intent, scores):
        name = _stakes_intent(words)
        reason = f"learned scorer: P(tier 3) {probs[3]:.2f} -> tier 3 ({name}, rules: tier {tier})"
        return name, 3, round(min(0.9, 0.45 + 0.5 * probs[3]), 2), reason, [signal]
    share = probs[0] + probs[1] + probs[2]
    best = max(range(3), key=probs.__getitem__)
    sure = probs[best] / share
    if best == tier:  # agrees (the rules' default tier 2 keeps its low confidence)
        return None
    if best < 2 and _ACTING_NOW.search(instruction):  # "fail open or closed? choose now" + logs
        return None  # a question about acting now is never settled cheap on the model's word
    if best < min(tier, 2) and probs[3] >= policy.get("no_lower_tier3", 1.0):
        # some doubt about the stakes ("wipe the april intake records ... Please action.",
        # "reset my pw to ...", P(tier 3) 0.05-0.25): not lowered below tier 2 (route up)
        return None
    if intent == "general":  # no rule cue: tier 0 (a small local model) needs more certainty
        needed = policy.get("cheap_tier0", policy["cheap"]) if best == 0 else policy["cheap"]
        if shape[1] >= 3:  # over pasted code, "convert this stage", "why didn't it trigger"
            needed = max(needed, policy.get("cheap_over_code", needed))
    else:
        needed = policy["raise"] if best > tier else policy["override"]
    if sure < needed:
        return None
    ranked = sorted(
        (i for i in scores if rules.INTENT_TIER[i] == best), key=lambda i: -scores[i][0]
    )
    name = ranked[0] if ranked else rules.TIER_DEFAULT_INTENT[best]
    reason = f"learned scorer: tier {best} (p {sure:.2f}; rules: {intent}, tier {tier}) ({name})"
    return name, best, round(min(0.85, 0.3 + 0.5 * sure), 2), reason, [signal]
