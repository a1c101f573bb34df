"""Requests reach the loopback provider directly for one-deployment groups, via the Router else.

Also: an async model builds its parts (Router, pricing, ledger) in a worker thread, never on
the event loop that called it.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest

from langchain_tiered import TieredChatModel
from langchain_tiered.config import TieredConfig
from tests.loopback_provider import LoopbackProvider
from tests.tiered_loopback import TEST_KEY, loopback_config

TIER1: Any = {"metadata": {"intent": "summarize"}}


def test_one_deployment_group_is_called_without_building_a_router(
    loopback_provider: LoopbackProvider,
) -> None:
    llm = TieredChatModel(config=loopback_config(loopback_provider))
    msg = llm.invoke("recap this", config=TIER1)
    assert msg.content == "claude-haiku-4-5 says: recap this"
    assert msg.response_metadata["model_group"] == "efficient"
    assert msg.response_metadata["attempts"][0]["deployment"] == "anthropic/claude-haiku-4-5"
    assert llm._router is None
    (sent,) = loopback_provider.requests
    assert sent.headers["x-api-key"] == TEST_KEY  # the deployment's own litellm_params


async def test_async_direct_call(
    loopback_provider: LoopbackProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    llm = TieredChatModel(config=loopback_config(loopback_provider))

    async def no_router(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a one-deployment group went through the Router")

    monkeypatch.setattr(type(llm.router), "acompletion", no_router)
    msg = await llm.ainvoke("recap this", config=TIER1)
    assert msg.content == "claude-haiku-4-5 says: recap this"
    (sent,) = loopback_provider.requests
    assert sent.headers["x-api-key"] == TEST_KEY


def with_twin(provider: LoopbackProvider) -> dict[str, Any]:
    """The loopback config with a second deployment in the ``efficient`` group."""
    config = loopback_config(provider)
    twin = {
        "model_name": "efficient",
        "litellm_params": {
            "model": "anthropic/claude-3-5-haiku-20241022",
            "api_base": provider.base_url,
            "api_key": TEST_KEY,
        },
    }
    config["model_list"].append(twin)
    return config


def test_a_group_of_two_deployments_goes_through_the_router(
    loopback_provider: LoopbackProvider,
) -> None:
    llm = TieredChatModel(config=with_twin(loopback_provider))
    assert not llm.dispatcher.is_direct("efficient")
    assert llm.dispatcher.is_direct("frontier")
    answers = {str(llm.invoke(f"recap {i}", config=TIER1).content).split()[0] for i in range(12)}
    assert llm._router is not None
    assert answers <= {"claude-haiku-4-5", "claude-3-5-haiku-20241022"}
    assert len(loopback_provider.requests) == 12


async def test_async_first_call_builds_its_parts_off_the_event_loop(
    loopback_provider: LoopbackProvider, monkeypatch: pytest.MonkeyPatch
) -> None:
    built_in: list[threading.Thread] = []
    original = TieredConfig.router_model_list

    def spy(self: TieredConfig) -> list[dict[str, Any]]:
        built_in.append(threading.current_thread())
        return original(self)

    monkeypatch.setattr(TieredConfig, "router_model_list", spy)
    llm = TieredChatModel(config=with_twin(loopback_provider))
    assert llm.dispatcher.needs_router
    msg = await llm.ainvoke("recap this", config=TIER1)
    assert str(msg.content).endswith("says: recap this")
    assert built_in
    assert threading.current_thread() not in built_in
    assert llm._router is not None
    assert llm._accounting is not None
