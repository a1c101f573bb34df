"""Loading the YAML: the shipped files validate, bad files fail with file, path, value, choices."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from langchain_tiered.config import load_config
from langchain_tiered.errors import ConfigError, MissingSecretError

ROOT = Path(__file__).resolve().parents[2]
TIERS = ROOT / "litellm_config" / "tiers.yaml"
AGGREGATOR = ROOT / "litellm_config" / "aggregator.yaml"


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data) if not isinstance(data, str) else data)
    return path


@pytest.fixture
def base() -> dict[str, Any]:
    return yaml.safe_load(TIERS.read_text())


def test_shipped_tiers_yaml(base: dict[str, Any]) -> None:
    config = load_config(TIERS)
    policy = config.policy()
    assert policy.model_groups[0] == ("local",)
    assert policy.model_groups[2] == ("frontier", "frontier-openai")
    models = {d.model_name: d.litellm_params.model for d in config.model_list}
    assert models == {
        "local": "ollama_chat/qwen2.5:7b",
        "efficient": "anthropic/claude-haiku-4-5",
        "frontier": "anthropic/claude-sonnet-4-5",
        "frontier-openai": "openai/gpt-4o",
        "expert": "anthropic/claude-opus-4-5",
    }
    local = config.deployments("local")[0]
    assert local.model_info["input_cost_per_token"] == 0
    assert local.litellm_params.api_base == "http://localhost:11434"
    # The proxy sections are kept as they are.
    assert config.router_settings == base["router_settings"]
    assert config.litellm_settings == base["litellm_settings"]


def test_shipped_aggregator_yaml() -> None:
    config = load_config(AGGREGATOR)
    cloud = [d for d in config.model_list if d.model_name != "local"]
    assert {d.litellm_params.api_base for d in cloud} == {"os.environ/TIERED_GATEWAY_URL"}
    assert all(d.litellm_params.env_references() for d in cloud)
    assert {d.litellm_params.model.split("/")[0] for d in cloud} == {"openai"}


def test_same_file_builds_a_litellm_router() -> None:
    from litellm import Router

    config = load_config(TIERS)
    router = Router(model_list=config.router_model_list(), **config.router_settings)
    assert set(router.registry().names(kind="group_set")) == set(config.model_groups)


def test_secrets_are_secretstr_and_hidden(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = yaml.safe_load(TIERS.read_text())
    data["model_list"][1]["litellm_params"]["api_key"] = "sk-ant-literal-secret-value-123"
    config = load_config(write(tmp_path, data))
    assert "sk-ant-literal" not in repr(config)
    assert "sk-ant-literal" not in str(config.model_dump())
    entry = config.deployments("efficient")[0].to_litellm()
    assert entry["litellm_params"]["api_key"] == "sk-ant-literal-secret-value-123"


def test_missing_env_var_fails_only_when_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    config = load_config(TIERS)  # loading does not need it
    config.check_secrets("local")  # the local model needs no key
    with pytest.raises(MissingSecretError, match="ANTHROPIC_API_KEY") as info:
        config.check_secrets("efficient")
    assert "efficient" in str(info.value)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "x")
    config.check_secrets("efficient")


def mutate(base: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(base)
    node: Any = data
    parts = path.split(".")
    for part in parts[:-1]:
        node = node[int(part)] if part.isdigit() else node[part]
    last = parts[-1]
    if last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "yaml_path", "expect"),
    [
        (
            "tiering.tiers.1.model_groups",
            ["nope"],
            "tiering.tiers[1].model_groups[0]",
            "'local', 'efficient'",
        ),
        ("tiering.rules.2.tier", 7, "tiering.rules[2].tier", "0, 1, 2, 3"),
        ("tiering.default_tier", 5, "tiering.default_tier", "0, 1, 2, 3"),
        ("tiering.rules.2.max_complexity", 11, "tiering.rules[2].max_complexity", "11"),
        ("tiering.rules.2.max_complexity", "two", "tiering.rules[2].max_complexity", "'two'"),
        ("tiering.tiers.0.tier", "zero", "tiering.tiers[0].tier", "'zero'"),
        ("tiering.tiers.1.tier", 0, "tiering.tiers[1].tier", "duplicate tier"),
        ("tiering.tiers.0.colour", "red", "tiering.tiers[0].colour", "'model_groups'"),
        ("tiering.bogus", 1, "tiering.bogus", "'tiers', 'rules', 'default_tier'"),
        (
            "model_list.0.litellm_params",
            {"api_base": "x"},
            "model_list[0].litellm_params.model",
            "Field required",
        ),
    ],
)
def test_bad_files_name_file_path_value_and_choices(
    tmp_path: Path, base: dict[str, Any], path: str, value: Any, yaml_path: str, expect: str
) -> None:
    bad = write(tmp_path, mutate(base, path, value))
    with pytest.raises(ConfigError) as info:
        load_config(bad)
    message = str(info.value)
    assert str(bad) in message
    assert yaml_path in message
    assert expect in message
    assert isinstance(info.value, ValueError)


def test_rule_without_conditions_is_rejected(tmp_path: Path, base: dict[str, Any]) -> None:
    base["tiering"]["rules"].append({"tier": 1})
    with pytest.raises(ConfigError, match=r"tiering.rules\[5\]: a rule needs intents"):
        load_config(write(tmp_path, base))


def test_missing_tiering_section(tmp_path: Path, base: dict[str, Any]) -> None:
    del base["tiering"]
    with pytest.raises(ConfigError, match="tiering: missing section"):
        load_config(write(tmp_path, base))


def test_not_yaml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(write(tmp_path, "model_list: [\n"))
    with pytest.raises(ConfigError, match="cannot read file"):
        load_config(tmp_path / "absent.yaml")


def test_rules_default_to_the_seed_policy(tmp_path: Path, base: dict[str, Any]) -> None:
    del base["tiering"]["rules"]
    policy = load_config(write(tmp_path, base)).policy()
    shipped = load_config(TIERS).policy()
    assert policy.rules == shipped.rules
