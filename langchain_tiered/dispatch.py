"""Sending one request to a model group: LiteLLM directly, or through ``litellm.Router``.

``litellm.Router`` earns its cost when it has a choice: a model group served by several
deployments is load-balanced by it (its ``routing_strategy``, rpm/tpm limits). For a group of
**one** deployment, with langchain-tiered doing the retries, failover and cooldowns itself,
the Router only merges the deployment's ``litellm_params`` into the request and tags its
metadata, and that bookkeeping measured about 2 ms of CPU per call (see
``benchmarks/README.md``). :class:`Dispatcher` does that merge itself and calls
``litellm.completion`` / ``litellm.acompletion`` for such groups, and uses the Router for
the rest.

A group goes through the Router when any of these holds:

* it has more than one deployment (load balancing);
* its deployment sets ``rpm``, ``tpm`` or ``max_parallel_requests`` (the Router enforces them);
* LiteLLM's bundled price map does not know its model (``ollama/qwen2.5:7b``, a
  fine-tune behind ``openai/``...): LiteLLM would then ask the provider for the model's
  facts on every call (Ollama's ``POST /api/show``), which the Router avoids by registering
  the deployment's ``model_info`` once;
* ``router_settings`` holds a key that changes single-deployment calls (anything outside
  :data:`DIRECT_SAFE_ROUTER_SETTINGS`, e.g. ``cache_responses``, ``default_litellm_params``,
  ``model_group_alias``); then every group does.

The direct request matches what the Router would send: the deployment's ``litellm_params``
(``os.environ/NAME`` resolved at call time), overridden by the request's own keys, with
``metadata`` carrying ``model_group``, ``deployment``, ``model_info``, ``api_base`` and
``deployment_model_name`` as the Router sets them for LiteLLM callbacks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from langchain_tiered.config import Deployment, TieredConfig

if TYPE_CHECKING:
    from litellm.router import Router

__all__ = ["DIRECT_SAFE_ROUTER_SETTINGS", "Dispatcher", "direct_request", "routed_groups"]

logger = logging.getLogger("langchain_tiered")

DIRECT_SAFE_ROUTER_SETTINGS: Final = frozenset(
    {
        # deployment choice: moot with one deployment
        "routing_strategy",
        "routing_strategy_args",
        # retries, fallbacks and cooldowns: switched off for our Router (see call_path.py)
        "num_retries",
        "retry_after",
        "retry_policy",
        "model_group_retry_policy",
        "allowed_fails",
        "allowed_fails_policy",
        "cooldown_time",
        "disable_cooldowns",
        "fallbacks",
        "context_window_fallbacks",
        "content_policy_fallbacks",
        "default_fallbacks",
        "max_fallbacks",
        # every request carries its own timeout (TieredChatModel.timeout or reliability)
        "timeout",
    }
)
"""``router_settings`` keys that do not change what a single-deployment request sends."""

ROUTER_ENFORCED_PARAMS: Final = frozenset({"rpm", "tpm", "max_parallel_requests"})
"""Deployment ``litellm_params`` keys only the Router enforces."""


def routed_groups(config: TieredConfig) -> frozenset[str]:
    """The model groups of ``config`` that must go through ``litellm.Router``."""
    groups = config.model_groups
    if set(config.router_settings) - DIRECT_SAFE_ROUTER_SETTINGS:
        return frozenset(groups)
    out = set()
    for group in groups:
        deployments = config.deployments(group)
        if len(deployments) != 1:
            out.add(group)
            continue
        params = deployments[0].litellm_params.resolved_items(resolve=False)
        if ROUTER_ENFORCED_PARAMS & params.keys() or not known_offline(params["model"]):
            out.add(group)
    return frozenset(out)


def known_offline(model: str) -> bool:
    """Whether LiteLLM's bundled price map has ``model`` (``provider/name`` or ``name``)."""
    from langchain_tiered.pricing import import_litellm

    cost_map = import_litellm().model_cost
    return model in cost_map or model.split("/", 1)[-1] in cost_map


def direct_request(deployment: Deployment, request: dict[str, Any]) -> dict[str, Any]:
    """The ``litellm.completion`` keyword arguments for ``request`` on ``deployment``.

    Raises ``KeyError(NAME)`` for an unset ``os.environ/NAME`` (checked earlier by
    :meth:`TieredConfig.check_secrets`, which names the group).
    """
    params = deployment.litellm_params.resolved_items()
    model_info = dict(deployment.model_info)
    metadata = dict(request.get("metadata") or {})
    metadata.update(
        {
            "model_group": deployment.model_name,
            "deployment": params.get("model"),
            "model_info": model_info,
            "api_base": params.get("api_base"),
            "deployment_model_name": deployment.model_name,
        }
    )
    return {
        **params,
        **request,
        "metadata": metadata,
        "model_info": model_info,
        "model": params["model"],
    }


class Dispatcher:
    """Sends a request to a model group, directly when the group has one plain deployment."""

    def __init__(self, config: TieredConfig, router: Callable[[], Router]) -> None:
        self._config = config
        self._router = router
        routed = routed_groups(config)
        self._direct: dict[str, Deployment] = {
            group: config.deployments(group)[0]
            for group in config.model_groups
            if group not in routed
        }
        self.needs_router = bool(routed)
        """Whether any model group goes through the Router."""
        if routed:
            logger.debug("model groups sent through litellm.Router: %s", sorted(routed))

    def is_direct(self, model_group: str) -> bool:
        """Whether ``model_group`` is called without the Router."""
        return model_group in self._direct

    def completion(self, model: str, **request: Any) -> Any:
        """``litellm.completion`` for ``model`` (a model group), the Router's if it needs one."""
        deployment = self._direct.get(model)
        if deployment is None:
            return self._router().completion(model=model, **request)
        import litellm

        return litellm.completion(**direct_request(deployment, request))

    async def acompletion(self, model: str, **request: Any) -> Any:
        """``litellm.acompletion`` for ``model``; the async twin of :meth:`completion`."""
        deployment = self._direct.get(model)
        if deployment is None:
            return await self._router().acompletion(model=model, **request)
        import litellm

        return await litellm.acompletion(**direct_request(deployment, request))
