"""A TieredChatModel config whose every tier points at the loopback provider server."""

from __future__ import annotations

from typing import Any

from tests.loopback_provider import LoopbackProvider

TEST_KEY = "sk-ant-test-0000000000000000000000"


def loopback_config(provider: LoopbackProvider | str, **reliability: Any) -> dict[str, Any]:
    """The shape of litellm_config/tiers.yaml, with every api_base on the loopback server.

    ``provider`` is the running server or its base URL (a server in another process).
    """
    base = provider if isinstance(provider, str) else provider.base_url
    reliability.setdefault("retries", {"attempts": 3, "initial_wait_s": 0.01, "jitter_s": 0.0})
    return {
        "model_list": [
            {
                "model_name": "local",
                "litellm_params": {"model": "ollama_chat/qwen2.5:7b", "api_base": base},
                "model_info": {"input_cost_per_token": 0, "output_cost_per_token": 0},
            },
            {
                "model_name": "efficient",
                "litellm_params": {
                    "model": "anthropic/claude-haiku-4-5",
                    "api_base": base,
                    "api_key": TEST_KEY,
                },
            },
            {
                "model_name": "frontier",
                "litellm_params": {
                    "model": "anthropic/claude-sonnet-4-5",
                    "api_base": base,
                    "api_key": TEST_KEY,
                },
            },
            {
                "model_name": "frontier-openai",
                "litellm_params": {
                    "model": "openai/gpt-4o",
                    "api_base": f"{base}/v1",
                    "api_key": "sk-test-000000000000000000000000",
                },
            },
            {
                "model_name": "expert",
                "litellm_params": {
                    "model": "anthropic/claude-opus-4-5",
                    "api_base": base,
                    "api_key": TEST_KEY,
                },
            },
        ],
        "router_settings": {"num_retries": 0},
        "tiering": {
            "default_tier": 2,
            "tiers": [
                {"tier": 0, "model_groups": ["local"]},
                {"tier": 1, "model_groups": ["efficient"]},
                {"tier": 2, "model_groups": ["frontier", "frontier-openai"]},
                {"tier": 3, "model_groups": ["expert"]},
            ],
            "reliability": reliability,
        },
    }
