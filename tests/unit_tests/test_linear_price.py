"""Prices measured once (``LinearPrice``) equal LiteLLM's exact price on every usage."""

from __future__ import annotations

import itertools
import math
import re

import litellm
import pytest

from langchain_tiered.config import load_config
from langchain_tiered.pricing import DeploymentPrice, LinearPrice, litellm_cost

USAGES = [
    (i, o, r, w)
    for i, o in itertools.product(
        (0, 1, 17, 999, 12_345, 150_000, 199_999, 200_001, 900_000), (0, 3, 4096)
    )
    for r, w in ((0, 0), (i // 2, 0), (0, i // 3), (i // 4, i // 5))
]
PROVIDERS = {"anthropic", "openai", "mistral", "deepseek", "groq", "gemini", "xai"}


def offline_chat_models() -> list[str]:
    """Chat models of providers priced from the bundled map alone (no runtime lookups)."""
    return sorted(
        name
        for name, info in litellm.model_cost.items()
        if info.get("mode") == "chat" and info.get("litellm_provider") in PROVIDERS
    )


def price(model: str) -> DeploymentPrice:
    return DeploymentPrice(model_group="g", model=model, price_model=model)


def test_every_offline_chat_model_costs_what_litellm_says() -> None:
    models = offline_chat_models()
    assert len(models) > 100
    linear = 0
    for model in models:
        p = price(model)
        for usage in USAGES:
            exact = litellm_cost(
                model, usage[0], usage[1], cache_read=usage[2], cache_creation=usage[3]
            )
            got = p.cost(usage[0], usage[1], cache_read=usage[2], cache_creation=usage[3])
            if exact is None:
                assert got is None, model
            else:
                assert got is not None, model
                assert math.isclose(got, exact, rel_tol=1e-9, abs_tol=1e-12), (
                    model,
                    usage,
                    got,
                    exact,
                )
        linear += p._linear[0] is not None
    assert linear > len(models) // 2  # most prices are measured once, not asked per call


def test_tiered_pricing_above_a_threshold_is_asked_of_litellm() -> None:
    tiered = [
        m
        for m in offline_chat_models()
        if "input_cost_per_token_above_200k_tokens" in litellm.model_cost[m]
    ]
    found = []
    for model in tiered:
        p = price(model)
        if p.cost(10, 10) is None or (measured := p._linear[0]) is None:
            continue
        exact = litellm_cost(model, 250_000, 10)
        if exact is not None and exact > measured.cost(250_000, 10, 0, 0):
            found.append((model, p, measured, exact))  # linear rates would under-price
    assert found, "the bundled map has models whose long prompts cost more per token"
    for model, p, measured, exact in found:
        keys = litellm.model_cost[model]
        limits = [int(m.group(1)) for k in keys if (m := re.search(r"_above_(\d+)k_tokens", k))]
        assert measured.max_input_tokens == 1000 * min(limits) <= 200_000
        assert p.cost(250_000, 10) == exact  # beyond the threshold: LiteLLM's exact price


def test_a_price_that_is_not_linear_is_never_measured() -> None:
    def stepped(i: int, o: int, r: int, w: int) -> float:
        return 1e-6 * i + 2e-6 * o + (0.01 if o > 500 else 0.0)

    assert LinearPrice.measure(stepped) is None
    assert LinearPrice.measure(lambda i, o, r, w: None) is None
    fee = LinearPrice.measure(
        lambda i, o, r, w: 0.002 + 1e-6 * (i - r - w) + 5e-7 * r + 2e-6 * o + 3e-6 * w
    )
    assert fee is not None
    assert fee.base == pytest.approx(0.002)
    assert fee.cost(1000, 10, 100, 0) == pytest.approx(0.002 + 1e-6 * 900 + 5e-8 * 1000 + 2e-5)


def test_the_shipped_configs_price_linearly_and_exactly() -> None:
    for path in ("litellm_config/tiers.yaml", "litellm_config/aggregator.yaml"):
        for deployment in load_config(path).model_list:
            p = DeploymentPrice.of(deployment)
            for usage in USAGES[:40]:
                exact = p.exact_cost(*usage)
                got = p.cost(usage[0], usage[1], cache_read=usage[2], cache_creation=usage[3])
                assert got == pytest.approx(exact, rel=1e-9, abs=1e-12), (path, p.model)
