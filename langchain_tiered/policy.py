"""The routing policy: which tier answers a call. Pure, no I/O, no LiteLLM import.

Precedence, highest first:

1. an explicit ``tier``;
2. ``min_tier`` / ``max_tier`` bounds, applied to whatever the next steps pick;
3. the ordered ``rules`` (first match wins): an intent set and/or complexity bounds;
4. for untagged calls, the prompt classifier's verdict when one is supplied;
5. the ``default_tier``.

An unknown intent goes to the default tier and the reason says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_tiered.errors import RoutingInputError

__all__ = ["RoutingDecision", "RoutingRequest", "Rule", "TierPolicy", "check_complexity"]

COMPLEXITY_RANGE = range(1, 11)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_complexity(value: Any, field_name: str = "complexity") -> int:
    """Return ``value`` if it is an integer in 1..10, else raise :class:`RoutingInputError`."""
    if not _is_int(value) or value not in COMPLEXITY_RANGE:
        raise RoutingInputError(field_name, value, "an integer from 1 to 10")
    return int(value)


@dataclass(frozen=True, slots=True)
class RoutingRequest:
    """What one call says about itself: the inputs of a routing decision."""

    intent: str | None = None
    """Task type, e.g. ``"classify"`` or ``"code"``."""
    complexity: int | None = None
    """How hard the task is, 1 (trivial) to 10 (hardest)."""
    tier: int | None = None
    """An explicit tier; wins over everything else."""
    min_tier: int | None = None
    """Never answer below this tier."""
    max_tier: int | None = None
    """Never answer above this tier (unless ``tier`` says otherwise)."""

    @property
    def is_untagged(self) -> bool:
        """True when the call carries no routing input at all."""
        return self.intent is None and self.complexity is None and self.tier is None


@dataclass(frozen=True, slots=True)
class Rule:
    """Send calls whose intent and complexity match to ``tier``."""

    tier: int
    """Tier this rule routes to."""
    intents: frozenset[str] | None = None
    """Intents this rule covers; ``None`` matches any intent."""
    min_complexity: int | None = None
    """Lowest complexity (inclusive) this rule covers."""
    max_complexity: int | None = None
    """Highest complexity (inclusive) this rule covers."""

    def matches(self, intent: str | None, complexity: int | None) -> bool:
        """Whether a call with this intent and complexity is covered by the rule.

        Complexity bounds only apply when the call gives a complexity; a rule with no intents
        (a pure complexity rule) needs one.
        """
        if self.intents is not None and intent not in self.intents:
            return False
        has_bounds = self.min_complexity is not None or self.max_complexity is not None
        if complexity is None:
            return self.intents is not None or (not has_bounds and intent is not None)
        if self.min_complexity is not None and complexity < self.min_complexity:
            return False
        return self.max_complexity is None or complexity <= self.max_complexity

    def describe(self, intent: str | None, complexity: int | None) -> str:
        """The sentence fragment naming this rule for a matching call."""
        parts = []
        if self.intents is not None:
            parts.append(f"intent {intent!r}")
        if complexity is None:
            if self.intents is not None:
                parts.append("(no complexity given)")
        else:
            bounds = []
            if self.min_complexity is not None:
                bounds.append(f"{complexity} >= {self.min_complexity}")
            if self.max_complexity is not None:
                bounds.append(f"{complexity} <= {self.max_complexity}")
            if bounds:
                parts.append("with complexity " + " and ".join(bounds))
            else:
                parts.append(f"with complexity {complexity}")
        return " ".join(parts) + f" -> tier {self.tier}"


@dataclass(frozen=True, slots=True)
class RoutingDecision:
    """Which tier and model group answer a call, and why."""

    tier: int
    """The tier chosen."""
    model_group: str
    """The LiteLLM model group (``model_name``) tried first."""
    reason: str
    """One sentence naming the rule that fired."""
    source: str
    """Which step decided: ``tier``, ``rule``, ``classifier``, ``unknown_intent`` or ``default``."""
    intent: str | None = None
    """The intent the decision used (given or classified)."""
    complexity: int | None = None
    """The complexity the decision used (given or classified)."""
    fallbacks: tuple[str, ...] = ()
    """Equivalent model groups of the same tier, in failover order."""
    max_tier: int | None = None
    """The call's ``max_tier``: escalation after failures never goes above it."""
    min_tier: int | None = None
    """The call's ``min_tier``: no budget downgrade goes below it."""
    extra: Mapping[str, Any] = field(default_factory=dict)
    """Anything a step wants to show, e.g. the classifier's confidence."""

    def as_metadata(self) -> dict[str, Any]:
        """The decision as plain JSON-able data for metadata, logs and the CLI."""
        data: dict[str, Any] = {
            "tier": self.tier,
            "model_group": self.model_group,
            "routing_reason": self.reason,
            "routing_source": self.source,
            "intent": self.intent,
            "complexity": self.complexity,
            "fallback_model_groups": list(self.fallbacks),
        }
        data.update(self.extra)
        return data


@dataclass(frozen=True, slots=True)
class TierPolicy:
    """The routing policy: tiers, their model groups, ordered rules and a default tier."""

    model_groups: Mapping[int, Sequence[str]]
    """Tier -> model groups, the first tried first, the rest its equivalent failovers."""
    rules: Sequence[Rule] = ()
    """Ordered rules; the first that matches decides."""
    default_tier: int = 2
    """Tier for calls no rule covers."""

    def __post_init__(self) -> None:
        if not self.model_groups:
            raise ValueError("a TierPolicy needs at least one tier")
        for tier, groups in self.model_groups.items():
            if not groups:
                raise ValueError(f"tier {tier} has no model groups")
        for rule in self.rules:
            self._check_tier(rule.tier, "rule tier")
        self._check_tier(self.default_tier, "default_tier")

    @property
    def tiers(self) -> list[int]:
        """The tiers that exist, lowest first."""
        return sorted(self.model_groups)

    @property
    def known_intents(self) -> frozenset[str]:
        """Every intent some rule names."""
        found: set[str] = set()
        for rule in self.rules:
            found.update(rule.intents or ())
        return frozenset(found)

    def intents_by_tier(self) -> dict[int, list[str]]:
        """Tier -> intents that rules route there, in rule order (for docs and ``rules``)."""
        out: dict[int, list[str]] = {tier: [] for tier in self.tiers}
        for rule in self.rules:
            for intent in sorted(rule.intents or ()):
                if intent not in out[rule.tier]:
                    out[rule.tier].append(intent)
        return out

    def _check_tier(self, value: Any, field_name: str) -> int:
        if not _is_int(value) or value not in self.model_groups:
            raise RoutingInputError(field_name, value, f"one of the configured tiers {self.tiers}")
        return int(value)

    def validate(self, request: RoutingRequest) -> RoutingRequest:
        """Raise :class:`RoutingInputError` if any input of ``request`` is invalid."""
        if request.intent is not None and not isinstance(request.intent, str):
            raise RoutingInputError("intent", request.intent, "a string")
        if request.complexity is not None:
            check_complexity(request.complexity)
        for name in ("tier", "min_tier", "max_tier"):
            value = getattr(request, name)
            if value is not None:
                self._check_tier(value, name)
        if (
            request.min_tier is not None
            and request.max_tier is not None
            and request.min_tier > request.max_tier
        ):
            raise RoutingInputError(
                "min_tier/max_tier",
                (request.min_tier, request.max_tier),
                "min_tier <= max_tier",
            )
        return request

    def decide(self, request: RoutingRequest, classification: Any | None = None) -> RoutingDecision:
        """Pick the tier for ``request``.

        ``classification`` is the prompt classifier's verdict (anything with ``tier``,
        ``intent``, ``complexity``, ``confidence`` and ``reason`` attributes); it is used
        only for untagged calls.
        """
        self.validate(request)
        intent, complexity = request.intent, request.complexity
        extra: dict[str, Any] = {}
        if request.tier is not None:
            return self._decision(
                request.tier,
                f"explicit tier {request.tier} -> tier {request.tier}",
                "tier",
                intent,
                complexity,
                max_tier=request.max_tier,
                min_tier=request.min_tier,
            )
        tier, reason, source = self._rule_tier(intent, complexity)
        if source == "default" and request.is_untagged and classification is not None:
            tier = self._nearest_tier(int(classification.tier))
            intent, complexity = classification.intent, classification.complexity
            reason = f"classifier: {classification.reason}"
            if tier != classification.tier:
                reason += f" (tier {classification.tier} not configured, using tier {tier})"
            source = "classifier"
            extra["classifier_confidence"] = float(classification.confidence)
        if request.min_tier is not None and tier < request.min_tier:
            reason += f"; raised to min_tier {request.min_tier}"
            tier = request.min_tier
        if request.max_tier is not None and tier > request.max_tier:
            reason += f"; lowered to max_tier {request.max_tier}"
            tier = request.max_tier
        return self._decision(
            tier, reason, source, intent, complexity, extra, request.max_tier, request.min_tier
        )

    def _rule_tier(self, intent: str | None, complexity: int | None) -> tuple[int, str, str]:
        for rule in self.rules:
            if rule.matches(intent, complexity):
                return rule.tier, rule.describe(intent, complexity), "rule"
        default = self.default_tier
        if intent is not None and intent not in self.known_intents:
            known = ", ".join(sorted(self.known_intents))
            return (
                default,
                f"unknown intent {intent!r} (known: {known}) -> default tier {default}",
                "unknown_intent",
            )
        if intent is None and complexity is None:
            return (
                default,
                f"no intent, complexity or tier given -> default tier {default}",
                ("default"),
            )
        given = ", ".join(
            f"{name} {value!r}"
            for name, value in (("intent", intent), ("complexity", complexity))
            if value is not None
        )
        return default, f"{given} matched no rule -> default tier {default}", "default"

    def _nearest_tier(self, wanted: int) -> int:
        """The configured tier closest to ``wanted``, rounding up (route up, not down)."""
        above = [t for t in self.tiers if t >= wanted]
        return min(above) if above else max(self.tiers)

    def _decision(
        self,
        tier: int,
        reason: str,
        source: str,
        intent: str | None,
        complexity: int | None,
        extra: Mapping[str, Any] | None = None,
        max_tier: int | None = None,
        min_tier: int | None = None,
    ) -> RoutingDecision:
        groups = self.model_groups[tier]
        return RoutingDecision(
            tier=tier,
            model_group=groups[0],
            reason=reason,
            source=source,
            intent=intent,
            complexity=complexity,
            fallbacks=tuple(groups[1:]),
            max_tier=max_tier,
            min_tier=min_tier,
            extra=dict(extra or {}),
        )


def seed_rules(tier_intents: Iterable[tuple[int, Iterable[str], int | None]]) -> list[Rule]:
    """Build intent rules from ``(tier, intents, max_complexity)`` triples."""
    return [
        Rule(tier=tier, intents=frozenset(intents), max_complexity=max_c)
        for tier, intents, max_c in tier_intents
    ]
