"""Which model groups skip ``litellm.Router``, and the request sent to them directly."""

from __future__ import annotations

from typing import Any

import pytest

from langchain_tiered.config import config_from_dict
from langchain_tiered.dispatch import (
    DIRECT_SAFE_ROUTER_SETTINGS,
    Dispatcher,
    direct_request,
    known_offline,
    routed_groups,
)


def config(*deployments: dict[str, Any], router_settings: dict[str, Any] | None = None) -> Any:
    groups = list(dict.fromkeys(d["model_name"] for d in deployments))
    return config_from_dict(
        {
            "model_list": list(deployments),
            "router_settings": router_settings or {},
            "tiering": {
                "tiers": [{"tier": 1, "model_groups": groups}],
                "default_tier": 1,
                "rules": [],
            },
        }
    )


def deployment(group: str, model: str = "anthropic/claude-haiku-4-5", **params: Any) -> Any:
    return {"model_name": group, "litellm_params": {"model": model, **params}}


def test_one_plain_known_deployment_is_sent_directly() -> None:
    cfg = config(deployment("efficient"), deployment("frontier", "openai/gpt-4o"))
    assert routed_groups(cfg) == frozenset()
    dispatcher = Dispatcher(cfg, router=lambda: pytest.fail("no Router for direct groups"))
    assert dispatcher.is_direct("efficient")
    assert dispatcher.is_direct("frontier")
    assert not dispatcher.needs_router


def test_several_deployments_are_load_balanced_by_the_router() -> None:
    cfg = config(
        deployment("efficient"),
        deployment("frontier", "anthropic/claude-sonnet-4-5"),
        deployment("frontier", "openai/gpt-4o"),
    )
    assert routed_groups(cfg) == {"frontier"}
    assert Dispatcher(cfg, router=lambda: pytest.fail("unused")).needs_router


@pytest.mark.parametrize("limit", ["rpm", "tpm", "max_parallel_requests"])
def test_router_enforced_limits_keep_the_router(limit: str) -> None:
    cfg = config(deployment("efficient", **{limit: 10}), deployment("frontier", "openai/gpt-4o"))
    assert routed_groups(cfg) == {"efficient"}


def test_a_model_litellm_does_not_know_offline_keeps_the_router() -> None:
    # LiteLLM would ask Ollama for the model's facts (POST /api/show) on every direct call
    assert not known_offline("ollama_chat/tiered-test-only:1b")
    assert known_offline("anthropic/claude-haiku-4-5")
    assert known_offline("gpt-4o")
    cfg = config(deployment("local", "ollama_chat/tiered-test-only:1b"), deployment("efficient"))
    assert routed_groups(cfg) == {"local"}


def test_router_settings_that_change_calls_route_every_group() -> None:
    safe = dict.fromkeys(("num_retries", "routing_strategy", "timeout"), 0)
    assert set(safe) <= DIRECT_SAFE_ROUTER_SETTINGS
    assert routed_groups(config(deployment("efficient"), router_settings=safe)) == frozenset()
    for key in ("cache_responses", "default_litellm_params", "model_group_alias"):
        cfg = config(deployment("efficient"), router_settings={key: True})
        assert routed_groups(cfg) == {"efficient"}, key


def test_direct_request_merges_like_the_router(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEST_DISPATCH_KEY", "sk-from-env")
    cfg = config(
        {
            "model_name": "efficient",
            "litellm_params": {
                "model": "anthropic/claude-haiku-4-5",
                "api_key": "os.environ/TEST_DISPATCH_KEY",
                "api_base": "http://127.0.0.1:1",
                "temperature": 0.2,
            },
            "model_info": {"max_input_tokens": 1000},
        }
    )
    (dep,) = cfg.deployments("efficient")
    request = {"messages": [], "temperature": 0.7, "metadata": {"run": "r1"}, "timeout": 5}
    sent = direct_request(dep, request)
    assert sent["model"] == "anthropic/claude-haiku-4-5"
    assert sent["api_key"] == "sk-from-env"  # resolved at call time
    assert sent["temperature"] == 0.7  # the request's own value wins over the deployment's
    assert sent["timeout"] == 5
    assert sent["model_info"] == {"max_input_tokens": 1000}
    assert sent["metadata"] == {
        "run": "r1",
        "model_group": "efficient",
        "deployment": "anthropic/claude-haiku-4-5",
        "model_info": {"max_input_tokens": 1000},
        "api_base": "http://127.0.0.1:1",
        "deployment_model_name": "efficient",
    }
    assert request["metadata"] == {"run": "r1"}  # the caller's dict is not mutated


def test_direct_request_names_an_unset_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TEST_DISPATCH_UNSET", raising=False)
    cfg = config(deployment("efficient", api_key="os.environ/TEST_DISPATCH_UNSET"))
    with pytest.raises(KeyError, match="TEST_DISPATCH_UNSET"):
        direct_request(cfg.deployments("efficient")[0], {"messages": []})
