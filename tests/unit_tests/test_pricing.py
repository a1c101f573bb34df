"""Prices: equal to LiteLLM's completion_cost for the same usage; YAML overrides win."""

from __future__ import annotations

import copy
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import litellm
import pytest
import yaml
from litellm import ModelResponse, Usage

from langchain_tiered.config import config_from_dict, load_config
from langchain_tiered.cost_settings import default_baseline_group
from langchain_tiered.errors import ConfigError
from langchain_tiered.pricing import Pricer, token_cost, usage_tokens

ROOT = Path(__file__).resolve().parents[2]
TIERS = ROOT / "litellm_config" / "tiers.yaml"
AGGREGATOR = ROOT / "litellm_config" / "aggregator.yaml"

GROUPS = {
    "efficient": "anthropic/claude-haiku-4-5",
    "frontier": "anthropic/claude-sonnet-4-5",
    "expert": "anthropic/claude-opus-4-5",
    "frontier-openai": "openai/gpt-4o",
}
USAGES = [(1000, 200, 0, 0), (12_345, 678, 4000, 1000), (1, 0, 0, 0), (0, 0, 0, 0)]


def litellm_completion_cost(model: str, usage: tuple[int, int, int, int]) -> float:
    prompt, completion, read, write = usage
    response = ModelResponse(
        model=model,
        usage=Usage(
            prompt_tokens=prompt,
            completion_tokens=completion,
            total_tokens=prompt + completion,
            cache_read_input_tokens=read or None,
            cache_creation_input_tokens=write or None,
        ),
    )
    return float(litellm.completion_cost(completion_response=response))


@pytest.fixture
def base() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(TIERS.read_text())
    return data


@pytest.mark.parametrize("usage", USAGES)
@pytest.mark.parametrize(("group", "model"), GROUPS.items())
@pytest.mark.parametrize("path", [TIERS, AGGREGATOR], ids=["direct", "gateway-base_model"])
def test_cost_equals_litellm_completion_cost(
    path: Path, group: str, model: str, usage: tuple[int, int, int, int]
) -> None:
    pricer = Pricer(load_config(path))
    prompt, completion, read, write = usage
    got = pricer.cost(group, prompt, completion, cache_read=read, cache_creation=write)
    assert got == pytest.approx(litellm_completion_cost(model, usage), rel=1e-12, abs=1e-15)
    assert pricer.unpriced == set()


def test_prices_are_the_bundled_map_not_zero() -> None:
    pricer = Pricer(load_config(TIERS))
    costs = [pricer.cost(g, 1_000_000, 1_000_000) for g in ("efficient", "frontier", "expert")]
    assert 0 < costs[0] < costs[1] < costs[2]  # haiku < sonnet < opus


def test_local_tier_is_free_and_can_be_priced(base: dict[str, Any]) -> None:
    assert Pricer(config_from_dict(base)).cost("local", 10_000, 5_000) == 0.0
    data = copy.deepcopy(base)
    data["model_list"][0]["model_info"] = {
        "input_cost_per_token": 1e-8,
        "output_cost_per_token": 2e-8,
    }
    pricer = Pricer(config_from_dict(data))
    assert pricer.cost("local", 10_000, 5_000) == pytest.approx(10_000 * 1e-8 + 5_000 * 2e-8)


def test_model_info_override_wins(base: dict[str, Any]) -> None:
    data = copy.deepcopy(base)
    frontier = next(d for d in data["model_list"] if d["model_name"] == "frontier")
    frontier["model_info"] = {"input_cost_per_token": 1e-6, "output_cost_per_token": 4e-6}
    pricer = Pricer(config_from_dict(data))
    got = pricer.cost("frontier", 1000, 100)
    assert got == pytest.approx(1000 * 1e-6 + 100 * 4e-6)
    assert got != pytest.approx(litellm_completion_cost(GROUPS["frontier"], (1000, 100, 0, 0)))
    # The same as LiteLLM's own custom pricing for these rates.
    prompt_cost, completion_cost = litellm.cost_per_token(
        model=GROUPS["frontier"],
        prompt_tokens=1000,
        completion_tokens=100,
        custom_cost_per_token={"input_cost_per_token": 1e-6, "output_cost_per_token": 4e-6},
    )
    assert got == pytest.approx(prompt_cost + completion_cost)
    # A partial override keeps the price map's other rates (here the cache-read rate).
    cached = pricer.cost("frontier", 1000, 100, cache_read=400)
    sonnet_info = litellm.get_model_info("anthropic/claude-sonnet-4-5")
    sonnet_read = float(sonnet_info["cache_read_input_token_cost"] or 0)
    assert cached == pytest.approx(600 * 1e-6 + 400 * sonnet_read + 100 * 4e-6)


def test_token_cost_formula() -> None:
    rates = {"input_cost_per_token": 2.0, "output_cost_per_token": 10.0}
    assert token_cost(rates, 10, 1) == 30.0
    assert token_cost(rates, 10, 1, cache_read=4, cache_creation=2) == 30.0  # default: input rate
    rates |= {"cache_read_input_token_cost": 0.5, "cache_creation_input_token_cost": 3.0}
    assert token_cost(rates, 10, 1, cache_read=4, cache_creation=2) == 4 * 2 + 4 * 0.5 + 2 * 3 + 10


def test_baseline_defaults_to_tier_2_primary_and_is_configurable(base: dict[str, Any]) -> None:
    pricer = Pricer(config_from_dict(base))
    assert pricer.baseline_model_group == "frontier"
    assert pricer.baseline_cost(1000, 200) == pricer.cost("frontier", 1000, 200)
    data = copy.deepcopy(base)
    data["tiering"]["costs"] = {"baseline_model_group": "expert"}
    pricer = Pricer(config_from_dict(data))
    assert pricer.baseline_cost(1000, 200) == pricer.cost("expert", 1000, 200)


def test_default_baseline_group_without_tier_2() -> None:
    assert default_baseline_group({0: ["a"], 1: ["b", "c"], 3: ["d"]}) == "b"
    assert default_baseline_group({3: ["d"], 5: ["e"]}) == "d"
    assert default_baseline_group({0: ["a"], 2: ["x", "y"]}) == "x"


def test_unknown_baseline_group_is_a_config_error(base: dict[str, Any]) -> None:
    base["tiering"]["costs"] = {"baseline_model_group": "nope"}
    with pytest.raises(ConfigError) as err:
        config_from_dict(base, "tiers.yaml")
    text = str(err.value)
    assert "tiers.yaml: tiering.costs.baseline_model_group" in text
    assert "'nope'" in text
    assert "'frontier'" in text


def test_unpriced_model_costs_zero_and_warns_once(
    base: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    base["model_list"][1]["litellm_params"]["model"] = "openai/some-private-model-xyz"
    pricer = Pricer(config_from_dict(base))
    with caplog.at_level(logging.WARNING, logger="langchain_tiered"):
        assert pricer.cost("efficient", 100, 10) == 0.0
        assert pricer.cost("efficient", 100, 10) == 0.0
    assert pricer.unpriced == {"efficient/openai/some-private-model-xyz"}
    assert len([r for r in caplog.records if "no price" in r.message]) == 1


def test_deployment_is_chosen_by_model(base: dict[str, Any]) -> None:
    base["model_list"].append(
        {"model_name": "frontier", "litellm_params": {"model": "openai/gpt-4o"}}
    )
    pricer = Pricer(config_from_dict(base))
    sonnet = pricer.cost("frontier", 1000, 100)
    assert pricer.cost("frontier", 1000, 100, model="gpt-4o") == pricer.cost(
        "frontier-openai", 1000, 100
    )
    assert pricer.cost("frontier", 1000, 100, model="unknown") == sonnet
    with pytest.raises(KeyError):
        pricer.cost("nope", 1, 1)


def test_tier_cost_is_the_priciest_group_and_estimator() -> None:
    pricer = Pricer(load_config(TIERS))
    sonnet, gpt4o = pricer.cost("frontier", 5000, 500), pricer.cost("frontier-openai", 5000, 500)
    assert pricer.tier_cost(2, 5000, 500) == max(sonnet, gpt4o)
    estimate = pricer.estimator(5000, 500)
    assert estimate(0) == 0.0
    assert estimate(3) == pricer.cost("expert", 5000, 500)


def test_usage_costs_from_usage_metadata() -> None:
    pricer = Pricer(load_config(TIERS))
    usage = {
        "input_tokens": 1200,
        "output_tokens": 80,
        "total_tokens": 1280,
        "input_token_details": {"cache_read": 1000, "cache_creation": None},
    }
    assert usage_tokens(usage) == (1200, 80, 1000, 0)
    costs = pricer.usage_costs("efficient", usage)
    assert costs["cost_usd"] == pytest.approx(
        litellm_completion_cost(GROUPS["efficient"], (1200, 80, 1000, 0))
    )
    assert costs["baseline_cost_usd"] == pytest.approx(
        litellm_completion_cost(GROUPS["frontier"], (1200, 80, 1000, 0))
    )
    assert costs["baseline_model_group"] == "frontier"
    assert pricer.usage_costs("efficient", None)["cost_usd"] == 0.0


def test_cost_modules_import_without_litellm() -> None:
    code = (
        "import sys\n"
        "import langchain_tiered.pricing, langchain_tiered.ledger, langchain_tiered.budget\n"
        "import langchain_tiered.planner, langchain_tiered.report, langchain_tiered.cli\n"
        "import langchain_tiered.ledger_sqlite, langchain_tiered.cost_settings\n"
        "from langchain_tiered.config import load_config\n"
        f"load_config({str(TIERS)!r})\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('litellm', 'redis', 'matplotlib')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
