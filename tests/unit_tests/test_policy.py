"""The pure routing policy, tested exhaustively over intents, complexities and bounds."""

from __future__ import annotations

import itertools

import pytest

from langchain_tiered.config import default_rules
from langchain_tiered.errors import RoutingInputError
from langchain_tiered.policy import RoutingRequest, Rule, TierPolicy

GROUPS = {0: ("local",), 1: ("efficient",), 2: ("frontier", "frontier-openai"), 3: ("expert",)}
TIER0 = ["classify", "format_check", "regex_replace", "log_filter"]
TIER1 = ["extract_json", "validate_schema", "metadata_extraction", "summarize", "translate"]
TIER2 = ["code", "refactor", "debug", "architecture", "test_writing", "review"]
TIER3 = [
    "deploy",
    "delete_data",
    "security_audit",
    "migration",
    "credentials",
    "incident",
    "payment",
]


@pytest.fixture
def policy() -> TierPolicy:
    return TierPolicy(GROUPS, [r.to_rule() for r in default_rules()], default_tier=2)


def seed_tier(intent: str | None, complexity: int | None) -> int:
    """The seed rules written out independently of the implementation."""
    if complexity is not None and complexity > 8:
        return 3
    if intent in TIER3:
        return 3
    if intent in TIER0 and (complexity is None or complexity < 3):
        return 0
    if intent in TIER1 and (complexity is None or complexity < 5):
        return 1
    return 2


@pytest.mark.parametrize("intent", [*TIER0, *TIER1, *TIER2, *TIER3, "unheard_of", None])
def test_seed_rules_for_every_intent_and_complexity(policy: TierPolicy, intent: str | None) -> None:
    for complexity in [None, *range(1, 11)]:
        decision = policy.decide(RoutingRequest(intent=intent, complexity=complexity))
        assert decision.tier == seed_tier(intent, complexity), (intent, complexity, decision)
        assert decision.model_group == GROUPS[decision.tier][0]
        assert decision.fallbacks == GROUPS[decision.tier][1:]


def test_reason_names_the_rule(policy: TierPolicy) -> None:
    decision = policy.decide(RoutingRequest(intent="classify", complexity=2))
    assert decision.reason == "intent 'classify' with complexity 2 <= 2 -> tier 0"
    assert decision.source == "rule"
    decision = policy.decide(RoutingRequest(intent="summarize", complexity=9))
    assert decision.reason == "with complexity 9 >= 9 -> tier 3"
    decision = policy.decide(RoutingRequest(intent="code"))
    assert decision.reason == "intent 'code' (no complexity given) -> tier 2"


def test_unknown_intent_goes_to_default_and_says_so(policy: TierPolicy) -> None:
    decision = policy.decide(RoutingRequest(intent="poetry", complexity=3))
    assert decision.tier == 2
    assert decision.source == "unknown_intent"
    assert "unknown intent 'poetry'" in decision.reason
    assert "classify" in decision.reason  # lists the known intents


def test_untagged_goes_to_default(policy: TierPolicy) -> None:
    decision = policy.decide(RoutingRequest())
    assert (decision.tier, decision.source) == (2, "default")
    assert "no intent, complexity or tier given" in decision.reason


def test_known_intent_outside_its_bounds_goes_to_default(policy: TierPolicy) -> None:
    decision = policy.decide(RoutingRequest(intent="classify", complexity=5))
    assert (decision.tier, decision.source) == (2, "default")
    assert "matched no rule" in decision.reason


@pytest.mark.parametrize(
    ("tier", "min_tier", "max_tier"),
    [
        (t, lo, hi)
        for t, lo, hi in itertools.product(range(4), [None, 0, 1, 2, 3], [None, 0, 1, 2, 3])
        if lo is None or hi is None or lo <= hi
    ],
)
def test_explicit_tier_beats_bounds_and_rules(
    policy: TierPolicy, tier: int, min_tier: int | None, max_tier: int | None
) -> None:
    request = RoutingRequest(
        intent="classify", complexity=1, tier=tier, min_tier=min_tier, max_tier=max_tier
    )
    decision = policy.decide(request)
    assert decision.tier == tier
    assert decision.source == "tier"


@pytest.mark.parametrize(("min_tier", "max_tier"), [(1, None), (2, 3), (None, 1), (1, 1)])
def test_bounds_clamp_rule_results(
    policy: TierPolicy, min_tier: int | None, max_tier: int | None
) -> None:
    for intent, complexity in [("classify", 1), ("summarize", 2), ("code", 5), ("deploy", 9)]:
        ruled = policy.decide(RoutingRequest(intent=intent, complexity=complexity)).tier
        expected = ruled
        if min_tier is not None:
            expected = max(expected, min_tier)
        if max_tier is not None:
            expected = min(expected, max_tier)
        decision = policy.decide(
            RoutingRequest(
                intent=intent, complexity=complexity, min_tier=min_tier, max_tier=max_tier
            )
        )
        assert decision.tier == expected
        if expected > ruled:
            assert f"raised to min_tier {min_tier}" in decision.reason
        if expected < ruled:
            assert f"lowered to max_tier {max_tier}" in decision.reason


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("complexity", 0),
        ("complexity", 11),
        ("complexity", -3),
        ("complexity", 2.5),
        ("complexity", "3"),
        ("complexity", True),
        ("tier", 4),
        ("tier", -1),
        ("tier", "2"),
        ("tier", 1.0),
        ("min_tier", 7),
        ("max_tier", 9),
    ],
)
def test_invalid_inputs_raise_value_error(policy: TierPolicy, field: str, value: object) -> None:
    with pytest.raises(ValueError, match=field) as info:
        policy.decide(RoutingRequest(**{field: value}))  # type: ignore[arg-type]
    assert isinstance(info.value, RoutingInputError)
    assert repr(value) in str(info.value)


def test_min_above_max_is_rejected(policy: TierPolicy) -> None:
    with pytest.raises(RoutingInputError, match="min_tier <= max_tier"):
        policy.decide(RoutingRequest(min_tier=3, max_tier=1))


def test_tier_that_is_not_configured_is_rejected() -> None:
    policy = TierPolicy({0: ("local",), 2: ("frontier",)}, [], default_tier=2)
    with pytest.raises(RoutingInputError, match=r"configured tiers \[0, 2\]"):
        policy.decide(RoutingRequest(tier=1))


def test_rule_order_first_match_wins() -> None:
    rules = [Rule(tier=1, intents=frozenset({"x"})), Rule(tier=0, intents=frozenset({"x"}))]
    policy = TierPolicy({0: ("a",), 1: ("b",), 2: ("c",)}, rules, default_tier=2)
    assert policy.decide(RoutingRequest(intent="x")).tier == 1


def test_policy_rejects_rules_for_missing_tiers() -> None:
    with pytest.raises(RoutingInputError, match="rule tier"):
        TierPolicy({0: ("a",)}, [Rule(tier=3, intents=frozenset({"x"}))], default_tier=0)


class _Verdict:
    def __init__(self, tier: int) -> None:
        self.tier = tier
        self.intent = "general"
        self.complexity = 5
        self.confidence = 0.4
        self.reason = "no strong signal"


def test_classification_only_used_for_untagged_calls(policy: TierPolicy) -> None:
    decision = policy.decide(RoutingRequest(), _Verdict(1))
    assert (decision.tier, decision.source) == (1, "classifier")
    assert decision.extra["classifier_confidence"] == 0.4
    tagged = policy.decide(RoutingRequest(intent="code"), _Verdict(0))
    assert (tagged.tier, tagged.source) == (2, "rule")


def test_classification_respects_min_tier(policy: TierPolicy) -> None:
    decision = policy.decide(RoutingRequest(min_tier=2), _Verdict(0))
    assert decision.tier == 2
    assert "raised to min_tier 2" in decision.reason


def test_classified_tier_missing_rounds_up() -> None:
    policy = TierPolicy({0: ("a",), 2: ("c",), 3: ("d",)}, [], default_tier=2)
    assert policy.decide(RoutingRequest(), _Verdict(1)).tier == 2


def test_intents_by_tier(policy: TierPolicy) -> None:
    table = policy.intents_by_tier()
    assert set(table[0]) == set(TIER0)
    assert set(table[3]) == set(TIER3)
