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
import math
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from langchain_tiered.config import Deployment, TieredConfig

__all__ = [
    "DeploymentPrice",
    "LinearPrice",
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

    _linear: list[LinearPrice | None] = field(default_factory=list, compare=False, repr=False)
    """The measured linear price (one item once measured; ``None`` if it is not linear)."""

    def cost(
        self, input_tokens: int, output_tokens: int, *, cache_read: int = 0, cache_creation: int = 0
    ) -> float | None:
        """USD for this usage; ``None`` when neither the YAML nor LiteLLM has a price.

        Computed from the rates measured once (:class:`LinearPrice`) when the usage lies in
        their linear range, else asked of LiteLLM's price map (or the YAML's rates).
        """
        if not self._linear:
            self._linear.append(LinearPrice.measure(self.exact_cost, model=self.price_model))
        linear = self._linear[0]
        if linear is not None and input_tokens <= linear.max_input_tokens:
            return linear.cost(input_tokens, output_tokens, cache_read, cache_creation)
        return self.exact_cost(input_tokens, output_tokens, cache_read, cache_creation)

    def exact_cost(
        self, input_tokens: int, output_tokens: int, cache_read: int = 0, cache_creation: int = 0
    ) -> float | None:
        """USD for this usage, asked of LiteLLM (``cost_per_token``) or the YAML's rates."""
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


_PROBE: Final = 1000
"""Tokens per probe when measuring a :class:`LinearPrice` (exact in binary floating point)."""
_CHECKS: Final = ((5000, 700, 1500, 400), (30000, 4000, 0, 9000), (1, 1, 0, 0))
"""Usages on which a measured :class:`LinearPrice` must agree with the exact price."""
TIER_THRESHOLD: Final = re.compile(r"_above_(\d+)k_tokens")
"""A price-map key for prompts longer than N thousand tokens (tiered pricing)."""


@dataclass(frozen=True, slots=True)
class LinearPrice:
    """A deployment's price as a linear function of its token counts, measured once.

    LiteLLM's ``cost_per_token`` takes about 250 us per call; pricing every answer twice
    (the answer and the baseline) and every budget check per tier made it the largest cost
    langchain-tiered added to a call (see ``benchmarks/README.md``). Below LiteLLM's
    tiered-pricing thresholds (``..._above_200k_tokens`` keys) a price is linear, so it is
    measured once from the exact price at a few probe usages and then *checked* against the
    exact price at other usages: a price that is not linear (a per-request fee that
    depends on something else, a pricing rule we do not model) fails the check and every
    call keeps using the exact price.
    """

    base: float
    """USD of a call with no tokens (a per-request fee)."""
    input: float
    """USD per uncached input token."""
    output: float
    """USD per output token."""
    cache_read: float
    """USD per input token read from the prompt cache."""
    cache_creation: float
    """USD per input token written to the prompt cache."""
    max_input_tokens: int
    """The linear range: prompts longer than this are priced exactly."""

    def cost(
        self, input_tokens: int, output_tokens: int, cache_read: int, cache_creation: int
    ) -> float:
        """USD for this usage (inside the linear range)."""
        regular = max(input_tokens - cache_read - cache_creation, 0)
        return (
            self.base
            + regular * self.input
            + output_tokens * self.output
            + cache_read * self.cache_read
            + cache_creation * self.cache_creation
        )

    @classmethod
    def measure(
        cls, exact: Callable[[int, int, int, int], float | None], *, model: str | None = None
    ) -> LinearPrice | None:
        """The linear price ``exact`` follows, or ``None`` if it has no price or is not linear."""
        probes = [exact(0, 0, 0, 0), exact(_PROBE, 0, 0, 0), exact(0, _PROBE, 0, 0)]
        probes += [exact(_PROBE, 0, _PROBE, 0), exact(_PROBE, 0, 0, _PROBE)]
        if any(p is None for p in probes):
            return None
        base, i, o, r, w = (float(p) for p in probes if p is not None)
        price = cls(
            base=base,
            input=(i - base) / _PROBE,
            output=(o - base) / _PROBE,
            cache_read=(r - base) / _PROBE,
            cache_creation=(w - base) / _PROBE,
            max_input_tokens=_linear_limit(model),
        )
        for usage in _CHECKS:
            expected = exact(*usage)
            got = price.cost(*usage)
            if expected is None or not math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-12):
                return None
        return price


def _linear_limit(model: str | None) -> int:
    """The prompt length below which ``model``'s price map entry has no tiered pricing."""
    if model is None:
        return 2**62
    cost_map = import_litellm().model_cost
    info = cost_map.get(model) or cost_map.get(model.split("/", 1)[-1]) or {}
    limits = [int(m.group(1)) * 1000 for key in info if (m := TIER_THRESHOLD.search(key))]
    return min(limits, default=2**62)


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
