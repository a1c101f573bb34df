"""Intent scores: the weighted cues that name what a prompt asks for when no stake decides.

Split out of :mod:`langchain_tiered.classifier`. Cues (``_classifier_cues*``) fire on the
instruction part of the view; their weights add up per intent and per tier; a cheap tier wins
only with enough evidence and no close tier-2 rival (route up when unsure); complexity is the
tier's band moved up by length and multi-step structure.
"""

from __future__ import annotations

from langchain_tiered import _classifier_rules as rules
from langchain_tiered._classifier_view import _lead_hits, _open_gates, _View

__all__ = [
    "estimate_complexity",
    "intent_confidence",
    "pick_intent",
    "score_intents",
    "tier_totals",
]


def _cue_fires(cue: rules.Cue, view: _View) -> bool:
    if not cue.lead:
        return cue.pattern.search(view.instruction) is not None
    return any(cue.pattern.match(view.instruction, pos) for pos in _lead_hits(view, cue.gate))


def score_intents(view: _View) -> dict[str, tuple[float, list[str]]]:
    """Weighted cue scores per intent (only intents with at least one cue)."""
    scores: dict[str, tuple[float, list[str]]] = {}
    for position in _open_gates(view, rules.CUE_INDEX, rules.CUE_STEMS, rules.CUE_STEMS_ASCII):
        intent, cue = rules.CUES[position]
        if _cue_fires(cue, view):
            total, names = scores.get(intent, (0.0, []))
            scores[intent] = (total + cue.weight, [*names, cue.name])
    choice = scores.get("classify", (0.0, []))[1]
    if not rules.CHOICE_CUES.isdisjoint(choice):  # tier-2 keywords among the labels drop
        keywords = rules.KEYWORD_CUES if "label_list" not in choice else rules.LIST_KEYWORD_CUES
        tier2 = [i for i in scores if rules.INTENT_TIER[i] == 2]
        if all(keywords.issuperset(scores[i][1]) for i in tier2):
            for intent in tier2:
                del scores[intent]
    if view.code_lines >= 3 and "rewrite" in scores:  # "Rewrite this with streams:" over code
        total, names = scores.pop("rewrite")
        old_total, old_names = scores.get("refactor", (0.0, []))
        scores["refactor"] = (old_total + total, [*old_names, *names, "over_code"])
    cheap_ask = any(rules.INTENT_TIER[i] == 1 for i in scores)  # "two sentences: what failed?"
    if (
        view.log_lines >= 3
        and "?" in view.instruction
        and not cheap_ask
        and "log_filter" not in scores
        and not rules.DEBUG_QUESTION.search(view.instruction)  # "logs attached, why?"
        and view.words.isdisjoint(rules.ACTION_WORDS)  # "fail open or closed? choose now"
        and not rules.ML_URGENT_QUESTION.search(view.instruction)  # "¿cortamos ... ahora?"
        and not rules.DECISION_DEMAND.search(view.instruction)  # "... the whole /22? your call"
    ):
        scores["log_filter"] = (0.6, ["log_question"])
    if view.log_lines >= 3 and any(k in scores for k in ("log_filter", "classify")):
        total, names = scores.get("log_filter", (0.0, []))
        scores["log_filter"] = (total + 0.6, [*names, "log_material"])
    if not rules.REASONING_GATE.isdisjoint(view.words) and rules.REASONING_MARKER.search(
        view.instruction
    ):
        for intent in ("debug", "architecture", "code", "review"):
            if intent in scores:
                total, names = scores[intent]
                scores[intent] = (total + 0.4, [*names, "reasoning_marker"])
    return scores


def tier_totals(scores: dict[str, tuple[float, list[str]]]) -> dict[int, float]:
    totals = {0: 0.0, 1: 0.0, 2: 0.0}
    for intent, (score, _) in scores.items():
        totals[rules.INTENT_TIER[intent]] += score
    return totals


def pick_intent(scores: dict[str, tuple[float, list[str]]]) -> tuple[str, float, list[str]]:
    """The intent of the winning tier; cheap tiers need summed evidence and no close tier-2 rival.

    Cues of all intents of a tier add up ("normalize" plus "E.164" is enough for tier 0). A
    cheap tier wins only with a total of at least 1.0 that a tier-2 total does not come close
    to (route up); the best intent inside the winning tier names the result.
    """
    if not scores:
        return "general", 0.0, []
    totals = tier_totals(scores)
    cheap = 1 if totals[1] >= totals[0] else 0
    if totals[cheap] >= rules.CHEAP_MIN and totals[2] < max(1.2, 0.8 * totals[cheap]):
        tier = cheap
    elif totals[2] > 0:
        tier = 2
    else:
        return "general", max(totals.values()), [n for _, ns in scores.values() for n in ns]
    members = sorted(
        (i for i in scores if rules.INTENT_TIER[i] == tier), key=lambda i: (-scores[i][0], i)
    )
    return members[0], totals[tier], [n for i in members for n in scores[i][1]]


def estimate_complexity(tier: int, intent: str, view: _View) -> int:
    """1..10: the tier's band, moved up by instruction length and multi-step structure."""
    low, high = rules.COMPLEXITY_RANGE[tier]
    base = rules.COMPLEXITY_BASE.get(intent, low + (1 if tier == 2 else 0))
    words = len(view.tokens)
    steps = sum(1 for _, w in view.tokens if w in rules.STEP_WORDS)
    steps += sum(1 for line in view.instruction.split("\n") if line[:1] in "-*•")
    extra = (words > 30) + (words > 70) + (steps >= 2) + (steps >= 4)
    if tier in (1, 2) and (view.code_lines + view.log_lines > 40 or view.long_input):
        extra += 1
    return max(low, min(high, base + extra))


def intent_confidence(score: float, scores: dict[str, tuple[float, list[str]]], tier: int) -> float:
    rival = max((s for t, s in tier_totals(scores).items() if t != tier), default=0.0)
    conf = min(0.95, 0.45 + 0.2 * score) - (0.15 if score - rival < 0.5 else 0.0)
    return round(max(0.3, conf), 2)
