"""What a call costs, from LiteLLM's bundled price map and the YAML's per-deployment prices.

Prices come from ``litellm.cost_per_token`` over LiteLLM's *bundled* price map (the map is
never fetched: ``LITELLM_LOCAL_MODEL_COST_MAP`` is set before LiteLLM is first imported here).
A deployment may override them in the YAML, as LiteLLM's proxy reads them::

    - model_name: local
      litellm_params: {model: ollama_chat/qwen2.5:7b}
      model_info: {input_cost_per_token: 0, output_cost_per_token: 0}
    - model_name: efficient                       # through a gateway
      litellm_params: {model: openai/anthropic/claude-haiku-4.5, api_base: ...}
      model_info: {base_model: anthropic/claude-haiku-4-5}   # priced as this model

Precedence: explicit per-token prices (``litellm_params`` then ``model_info``, the latter
winning) > ``model_info.base_model`` > ``litellm_params.model``. Token counts follow LiteLLM's
``Usage`` and LangChain's ``usage_metadata``: ``input_tokens`` is every prompt token,
*including* ``cache_read`` and ``cache_creation`` tokens, which are priced at their own rates.

The baseline of a call is the cost of the same tokens on the baseline model group
(``tiering.costs.baseline_model_group``, by default tier 2's primary group): what the call
would have cost without tiering. LiteLLM is imported lazily, on the first price asked.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from langchain_tiered.config import Deployment, TieredConfig

__all__ = [
    "DeploymentPrice",
    "PRICE_KEYS",
    "Pricer",
    "import_litellm",
    "litellm_cost",
    "litellm_rates",
    "token_cost",
    "usage_tokens",
]

logger = logging.getLogger("langchain_tiered")

PRICE_KEYS = (
    "input_cost_per_token",
    "output_cost_per_token",
    "cache_read_input_token_cost",
    "cache_creation_input_token_cost",
)
"""Per-token price keys a deployment may set in ``model_info`` (or ``litellm_params``)."""


def import_litellm() -> ModuleType:
    """Import LiteLLM with its bundled price map (never fetched from the network)."""
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    return litellm


def token_cost(
    rates: Mapping[str, float],
    input_tokens: int,
    output_tokens: int,
    *,
    cache_read: int = 0,
    cache_creation: int = 0,
) -> float:
    """Cost of a call at fixed per-token ``rates`` (LiteLLM's custom-pricing formula).

    Cache reads and writes default to the input rate when ``rates`` gives no price for them.
    """
    input_rate = float(rates.get("input_cost_per_token", 0.0))
    read_rate = float(rates.get("cache_read_input_token_cost", input_rate))
    write_rate = float(rates.get("cache_creation_input_token_cost", input_rate))
    regular = max(input_tokens - cache_read - cache_creation, 0)
    return (
        regular * input_rate
        + cache_read * read_rate
        + cache_creation * write_rate
        + output_tokens * float(rates.get("output_cost_per_token", 0.0))
    )


def litellm_cost(
    model: str,
    input_tokens: int,
    output_tokens: int,
    *,
    cache_read: int = 0,
    cache_creation: int = 0,
) -> float | None:
    """Cost of a call on ``model`` by LiteLLM's price map; ``None`` if LiteLLM has no price."""
    litellm = import_litellm()
    try:
        prompt, completion = litellm.cost_per_token(
            model=model,
            prompt_tokens=input_tokens,
            completion_tokens=output_tokens,
            cache_read_input_tokens=cache_read,
            cache_creation_input_tokens=cache_creation,
        )
    except Exception:  # LiteLLM raises a bare Exception for unmapped models
        return None
    return float(prompt) + float(completion)


def litellm_rates(model: str) -> dict[str, float]:
    """LiteLLM's per-token prices for ``model`` (empty if it has none)."""
    litellm = import_litellm()
    try:
        info = litellm.get_model_info(model)
    except Exception:
        return {}
    return {key: float(info[key]) for key in PRICE_KEYS if info.get(key) is not None}


@dataclass(frozen=True, slots=True)
class DeploymentPrice:
    """How one deployment is priced."""

    model_group: str
    """The model group the deployment serves."""
    model: str
    """The deployment's LiteLLM model string (``litellm_params.model``)."""
    price_model: str
    """The model looked up in LiteLLM's price map (``base_model`` or ``model``)."""
    overrides: Mapping[str, float] = field(default_factory=dict)
    """Per-token prices from the YAML; when present they win over the price map."""

    @classmethod
    def of(cls, deployment: Deployment) -> DeploymentPrice:
        """Read a ``model_list`` entry's pricing."""
        params = deployment.litellm_params.resolved_items(resolve=False)
        overrides: dict[str, float] = {}
        for source in (params, deployment.model_info):
            for key in PRICE_KEYS:
                if source.get(key) is not None:
                    overrides[key] = float(source[key])
        base = deployment.model_info.get("base_model")
        model = deployment.litellm_params.model
        return cls(
            model_group=deployment.model_name,
            model=model,
            price_model=str(base) if base else model,
            overrides=overrides,
        )

    def cost(
        self, input_tokens: int, output_tokens: int, *, cache_read: int = 0, cache_creation: int = 0
    ) -> float | None:
        """USD for this usage; ``None`` when neither the YAML nor LiteLLM has a price."""
        if self.overrides:
            rates = {**litellm_rates(self.price_model), **self.overrides}
            return token_cost(
                rates,
                input_tokens,
                output_tokens,
                cache_read=cache_read,
                cache_creation=cache_creation,
            )
        return litellm_cost(
            self.price_model,
            input_tokens,
            output_tokens,
            cache_read=cache_read,
            cache_creation=cache_creation,
        )


class Pricer:
    """Prices calls for one config: per model group, per tier and on the baseline group.

    Never raises for an unknown price: such a group costs 0.0, a warning is logged once,
    and it is listed in :attr:`unpriced`.
    """

    def __init__(self, config: TieredConfig) -> None:
        self._config = config
        self._tiers = {spec.tier: tuple(spec.model_groups) for spec in config.tiering.tiers}
        self.baseline_model_group: str = config.tiering.costs.baseline_group(self._tiers)
        """The group each call is compared with."""
        self._prices = [DeploymentPrice.of(d) for d in config.model_list]
        self.unpriced: set[str] = set()
        """Model groups (or ``group/model``) with no known price, priced at 0.0."""

    def deployment_price(self, model_group: str, model: str | None = None) -> DeploymentPrice:
        """The pricing of ``model_group``'s deployment ``model`` (default: its first one).

        ``model`` may be the deployment's LiteLLM model string or the model name a
        provider answered with; an unknown one falls back to the group's first deployment.
        """
        group = [p for p in self._prices if p.model_group == model_group]
        if not group:
            raise KeyError(f"model group {model_group!r} is not in model_list")
        if model is not None:
            for price in group:
                if model in (price.model, price.price_model) or price.model.endswith("/" + model):
                    return price
        return group[0]

    def cost(
        self,
        model_group: str,
        input_tokens: int,
        output_tokens: int,
        *,
        cache_read: int = 0,
        cache_creation: int = 0,
        model: str | None = None,
    ) -> float:
        """USD for a call on ``model_group`` (deployment ``model`` if given) with this usage."""
        price = self.deployment_price(model_group, model)
        value = price.cost(
            input_tokens, output_tokens, cache_read=cache_read, cache_creation=cache_creation
        )
        if value is None:
            key = f"{model_group}/{price.price_model}"
            if key not in self.unpriced:
                self.unpriced.add(key)
                logger.warning(
                    "no price for model group %r (model %r): counted as $0; set "
                    "model_info.input_cost_per_token/output_cost_per_token or base_model",
                    model_group,
                    price.price_model,
                )
            return 0.0
        return value

    def baseline_cost(
        self, input_tokens: int, output_tokens: int, *, cache_read: int = 0, cache_creation: int = 0
    ) -> float:
        """USD the same usage would cost on the baseline model group."""
        return self.cost(
            self.baseline_model_group,
            input_tokens,
            output_tokens,
            cache_read=cache_read,
            cache_creation=cache_creation,
        )

    def tier_cost(self, tier: int, input_tokens: int, output_tokens: int) -> float:
        """The most this usage can cost at ``tier`` (its priciest group: failover may use it)."""
        groups = self._tiers.get(tier)
        if not groups:
            raise KeyError(f"tier {tier} is not configured")
        return max(self.cost(group, input_tokens, output_tokens) for group in groups)

    def estimator(self, input_tokens: int, output_tokens: int) -> Callable[[int], float]:
        """``tier -> estimated USD`` for one call, as :meth:`BudgetGuard.admit` takes it."""

        def estimate(tier: int) -> float:
            return self.tier_cost(tier, input_tokens, output_tokens)

        return estimate

    def usage_costs(
        self, model_group: str, usage: Mapping[str, Any] | None, *, model: str | None = None
    ) -> dict[str, Any]:
        """``cost_usd``, ``baseline_cost_usd`` and ``baseline_model_group`` for an answer.

        ``usage`` is LangChain's ``usage_metadata`` (``input_tokens``, ``output_tokens``,
        ``input_token_details.cache_read`` / ``cache_creation``); ``None`` costs 0.
        """
        tokens = usage_tokens(usage)
        return {
            "cost_usd": self.cost(model_group, *tokens[:2], **_cache(tokens), model=model),
            "baseline_cost_usd": self.baseline_cost(*tokens[:2], **_cache(tokens)),
            "baseline_model_group": self.baseline_model_group,
        }


def usage_tokens(usage: Mapping[str, Any] | None) -> tuple[int, int, int, int]:
    """``(input, output, cache_read, cache_creation)`` from a ``usage_metadata`` mapping."""
    if not usage:
        return 0, 0, 0, 0
    details = usage.get("input_token_details") or {}
    return (
        int(usage.get("input_tokens") or 0),
        int(usage.get("output_tokens") or 0),
        int(details.get("cache_read") or 0),
        int(details.get("cache_creation") or 0),
    )


def _cache(tokens: tuple[int, int, int, int]) -> dict[str, int]:
    return {"cache_read": tokens[2], "cache_creation": tokens[3]}
