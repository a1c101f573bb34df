"""Load and validate the one YAML file: LiteLLM proxy format plus a ``tiering`` section.

The file keeps LiteLLM's proxy layout (``model_list`` with ``litellm_params`` and
``model_info``, ``router_settings``, ``litellm_settings``, ``os.environ/NAME`` secrets), so
``litellm --config FILE`` still starts a proxy from it; the proxy ignores the extra
top-level ``tiering`` section, which holds the tier policy::

    tiering:
      default_tier: 2
      tiers:
        - {tier: 0, model_groups: [local], description: "local model, free"}
        - {tier: 2, model_groups: [frontier, frontier-openai]}
      rules:                       # ordered, first match wins
        - {min_complexity: 9, tier: 3}
        - {intents: [classify, format_check], max_complexity: 2, tier: 0}

Validation happens at load time; any problem raises :class:`ConfigError` naming the file, the
YAML path, the bad value and the valid choices. Environment variables are *not* read at load
time: a missing one fails only when a model group that needs it is called.
"""

from __future__ import annotations

import os
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
)

from langchain_tiered.cascade import CascadeSettings
from langchain_tiered.cost_settings import CostSettings
from langchain_tiered.errors import ConfigError, MissingSecretError
from langchain_tiered.model_classifier import ClassifierSettings
from langchain_tiered.policy import Rule, TierPolicy
from langchain_tiered.reliability import ReliabilitySettings

__all__ = [
    "ENV_PREFIX",
    "Deployment",
    "LiteLLMParams",
    "RuleSpec",
    "TierSpec",
    "TieredConfig",
    "TieringSection",
    "load_config",
]

ENV_PREFIX = "os.environ/"
"""LiteLLM's marker for a value read from the environment: ``os.environ/NAME``."""

SECRET_PARAMS = ("api_key", "aws_secret_access_key", "aws_session_token", "vertex_credentials")
"""``litellm_params`` keys that hold secrets: kept as ``SecretStr``, never shown."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LiteLLMParams(BaseModel):
    """A deployment's ``litellm_params``: passed to LiteLLM as they are."""

    model_config = ConfigDict(extra="allow", frozen=True)

    model: str = Field(min_length=1)
    """LiteLLM model string, ``provider/model``, e.g. ``anthropic/claude-haiku-4-5``."""
    api_key: SecretStr | None = None
    """Key or ``os.environ/NAME`` reference; never logged or shown."""
    api_base: str | None = None
    """Base URL of the provider or gateway."""

    def env_references(self) -> list[str]:
        """Names of the environment variables this deployment reads."""
        return [
            value[len(ENV_PREFIX) :]
            for value in self.resolved_items(resolve=False).values()
            if isinstance(value, str) and value.startswith(ENV_PREFIX)
        ]

    def resolved_items(self, *, resolve: bool = True) -> dict[str, Any]:
        """All params as plain values; with ``resolve``, ``os.environ/NAME`` is looked up.

        Raises ``KeyError(NAME)`` for an unset variable when resolving.
        """
        out: dict[str, Any] = {}
        for key, value in {**dict(self), **(self.model_extra or {})}.items():
            if value is None:
                continue
            if isinstance(value, SecretStr):
                value = value.get_secret_value()
            if resolve and isinstance(value, str) and value.startswith(ENV_PREFIX):
                name = value[len(ENV_PREFIX) :]
                if name not in os.environ:
                    raise KeyError(name)
                value = os.environ[name]
            out[key] = value
        return out


class Deployment(BaseModel):
    """One entry of ``model_list``."""

    model_config = ConfigDict(extra="allow", frozen=True)

    model_name: str = Field(min_length=1)
    """The model group this deployment serves (several deployments may share one)."""
    litellm_params: LiteLLMParams
    """How LiteLLM reaches the model."""
    model_info: dict[str, Any] = Field(default_factory=dict)
    """Prices, context window and other facts LiteLLM reads (``input_cost_per_token`` ...)."""

    @field_validator("litellm_params", mode="before")
    @classmethod
    def _secret_params(cls, value: Any) -> Any:
        if isinstance(value, Mapping):
            return {
                k: (SecretStr(v) if k in SECRET_PARAMS and isinstance(v, str) else v)
                for k, v in value.items()
            }
        return value

    def to_litellm(self, *, resolve: bool = True) -> dict[str, Any]:
        """The deployment as LiteLLM's Router takes it, secrets resolved."""
        entry: dict[str, Any] = {
            "model_name": self.model_name,
            "litellm_params": self.litellm_params.resolved_items(resolve=resolve),
        }
        if self.model_info:
            entry["model_info"] = dict(self.model_info)
        return entry


class TierSpec(_Strict):
    """One tier: its number, the model groups that serve it and a description."""

    tier: int = Field(ge=0, le=9, strict=True)
    """Tier number; 0 is the cheapest."""
    model_groups: list[str] = Field(min_length=1)
    """``model_name`` groups from ``model_list``: the first is primary, the rest failovers."""
    description: str = ""
    """What the tier is for, shown by ``langchain-tiered rules``."""


class RuleSpec(_Strict):
    """One routing rule: intents and/or complexity bounds that send a call to a tier."""

    tier: int = Field(strict=True)
    """Tier the matching calls go to."""
    intents: list[str] | None = Field(default=None, min_length=1)
    """Intents covered; omitted means any intent."""
    min_complexity: int | None = Field(default=None, ge=1, le=10, strict=True)
    """Lowest complexity (inclusive) covered."""
    max_complexity: int | None = Field(default=None, ge=1, le=10, strict=True)
    """Highest complexity (inclusive) covered."""

    def to_rule(self) -> Rule:
        """The pure policy rule."""
        return Rule(
            tier=self.tier,
            intents=frozenset(self.intents) if self.intents is not None else None,
            min_complexity=self.min_complexity,
            max_complexity=self.max_complexity,
        )


def default_rules() -> list[RuleSpec]:
    """The seed policy, generalised: see the README's tier table."""
    return [
        RuleSpec(tier=3, min_complexity=9),
        RuleSpec(
            tier=3,
            intents=[
                "deploy",
                "delete_data",
                "security_audit",
                "migration",
                "credentials",
                "incident",
                "payment",
            ],
        ),
        RuleSpec(
            tier=0,
            intents=["classify", "format_check", "regex_replace", "log_filter"],
            max_complexity=2,
        ),
        RuleSpec(
            tier=1,
            intents=[
                "extract_json",
                "validate_schema",
                "metadata_extraction",
                "summarize",
                "translate",
            ],
            max_complexity=4,
        ),
        RuleSpec(
            tier=2,
            intents=["code", "refactor", "debug", "architecture", "test_writing", "review"],
        ),
    ]


class TieringSection(_Strict):
    """The ``tiering`` section: the tier policy."""

    tiers: list[TierSpec] = Field(min_length=1)
    """The tiers, each with its model groups."""
    rules: list[RuleSpec] = Field(default_factory=default_rules)
    """Ordered routing rules; first match wins."""
    default_tier: int = Field(default=2, strict=True)
    """Tier for calls no rule covers (and unknown intents)."""
    cascade: CascadeSettings = Field(default_factory=CascadeSettings)
    """Escalate checkable calls (schemas, JSON, label sets, ``validate``) that fail validation."""
    classify_untagged: bool = True
    """Route calls with no intent, complexity or tier by the built-in prompt classifier."""
    reliability: ReliabilitySettings = Field(default_factory=ReliabilitySettings)
    """Retries, failover, escalation, circuit breaking and local-tier spill."""
    costs: CostSettings = Field(default_factory=CostSettings)
    """Baseline model for savings, budgets (daily/monthly caps) and the call ledger."""
    classifier: ClassifierSettings = Field(default_factory=ClassifierSettings)
    """Optional model classifier asked when the built-in one is unsure (off by default)."""


class TieredConfig(BaseModel):
    """The whole file: LiteLLM proxy sections plus ``tiering``."""

    model_config = ConfigDict(extra="allow", frozen=True)

    model_list: list[Deployment] = Field(min_length=1)
    """LiteLLM deployments."""
    router_settings: dict[str, Any] = Field(default_factory=dict)
    """Passed to ``litellm.Router`` as keyword arguments."""
    litellm_settings: dict[str, Any] = Field(default_factory=dict)
    """Proxy-level LiteLLM settings; kept for the proxy, not applied globally by this library."""
    tiering: TieringSection
    """The tier policy."""
    source: str = Field(default="<config>", exclude=True)
    """Where the config came from (file path), for error messages."""

    @property
    def model_groups(self) -> list[str]:
        """Every ``model_name`` in ``model_list``, in file order, without repeats."""
        return list(dict.fromkeys(d.model_name for d in self.model_list))

    def deployments(self, model_group: str) -> list[Deployment]:
        """The deployments serving ``model_group``."""
        return [d for d in self.model_list if d.model_name == model_group]

    def policy(self) -> TierPolicy:
        """The pure routing policy this config describes."""
        return TierPolicy(
            model_groups={t.tier: tuple(t.model_groups) for t in self.tiering.tiers},
            rules=[r.to_rule() for r in self.tiering.rules],
            default_tier=self.tiering.default_tier,
        )

    def router_model_list(self) -> list[dict[str, Any]]:
        """``model_list`` for ``litellm.Router``; ``os.environ/`` references stay unresolved.

        LiteLLM resolves them itself when a deployment is used; :meth:`check_secrets`
        names a missing one before the call.
        """
        return [d.to_litellm(resolve=False) for d in self.model_list]

    def check_secrets(self, model_group: str) -> None:
        """Raise :class:`MissingSecretError` if ``model_group`` needs an unset variable."""
        for deployment in self.deployments(model_group):
            for name in deployment.litellm_params.env_references():
                if name not in os.environ:
                    raise MissingSecretError(name, model_group)

    def provider_of(self, model_group: str) -> str | None:
        """The LiteLLM provider prefix of ``model_group``'s first deployment (``anthropic``)."""
        for deployment in self.deployments(model_group):
            return deployment.litellm_params.model.split("/", 1)[0]
        return None

    def tier_of(self, model_group: str) -> int | None:
        """The tier ``model_group`` serves, if any."""
        for spec in self.tiering.tiers:
            if model_group in spec.model_groups:
                return spec.tier
        return None


def _yaml_path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _valid_fields(model: type[BaseModel]) -> list[str]:
    return list(model.model_fields)


def _model_class(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside ``annotation`` (``X``, ``list[X]``, ``X | None``), if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_class(arg)
        if found is not None:
            return found
    return None


def _model_at(loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The pydantic model class that validates the mapping at YAML path ``loc``."""
    model: type[BaseModel] | None = TieredConfig
    for part in loc:
        if isinstance(part, int):
            continue
        if model is None or part not in model.model_fields:
            return None
        model = _model_class(model.model_fields[part].annotation)
    return model


def _from_validation_error(err: ValidationError, source: str) -> ConfigError:
    first = err.errors(include_url=False)[0]
    loc = tuple(first["loc"])
    valid: list[Any] | None = None
    if first["type"] == "extra_forbidden":
        owner = _model_at(loc[:-1])
        valid = _valid_fields(owner) if owner else None
        return ConfigError(
            "unknown field", file=source, path=_yaml_path(loc), value=loc[-1], valid=valid
        )
    message = first["msg"]
    more = len(err.errors()) - 1
    if more:
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return ConfigError(
        message, file=source, path=_yaml_path(loc), value=first.get("input"), valid=valid
    )


def _cross_check(config: TieredConfig) -> None:
    """Checks that span sections: groups exist, tiers exist and are unique."""
    source = config.source
    groups = config.model_groups
    tiers = [t.tier for t in config.tiering.tiers]
    seen: set[int] = set()
    for i, spec in enumerate(config.tiering.tiers):
        if spec.tier in seen:
            raise ConfigError(
                "duplicate tier", file=source, path=f"tiering.tiers[{i}].tier", value=spec.tier
            )
        seen.add(spec.tier)
        for j, group in enumerate(spec.model_groups):
            if group not in groups:
                raise ConfigError(
                    "model group not in model_list",
                    file=source,
                    path=f"tiering.tiers[{i}].model_groups[{j}]",
                    value=group,
                    valid=groups,
                )
    for i, rule in enumerate(config.tiering.rules):
        if rule.tier not in seen:
            raise ConfigError(
                "tier does not exist",
                file=source,
                path=f"tiering.rules[{i}].tier",
                value=rule.tier,
                valid=sorted(tiers),
            )
        if (
            rule.min_complexity is not None
            and rule.max_complexity is not None
            and rule.min_complexity > rule.max_complexity
        ):
            raise ConfigError(
                "min_complexity is above max_complexity",
                file=source,
                path=f"tiering.rules[{i}]",
                value=(rule.min_complexity, rule.max_complexity),
            )
        if rule.intents is None and rule.min_complexity is None and rule.max_complexity is None:
            raise ConfigError(
                "a rule needs intents, min_complexity or max_complexity",
                file=source,
                path=f"tiering.rules[{i}]",
                value=rule.model_dump(exclude_none=True),
            )
    local_settings = config.tiering.reliability.local
    local = local_settings.tier
    if "tier" in local_settings.model_fields_set and local not in seen:
        raise ConfigError(
            "tier does not exist",
            file=source,
            path="tiering.reliability.local.tier",
            value=local,
            valid=sorted(tiers),
        )
    if config.tiering.default_tier not in seen:
        raise ConfigError(
            "tier does not exist",
            file=source,
            path="tiering.default_tier",
            value=config.tiering.default_tier,
            valid=sorted(tiers),
        )
    config.tiering.costs.check_references(source=source, groups=groups, tiers=tiers)
    classifier_group = config.tiering.classifier.model_group
    if classifier_group is not None and classifier_group not in groups:
        raise ConfigError(
            "model group not in model_list",
            file=source,
            path="tiering.classifier.model_group",
            value=classifier_group,
            valid=groups,
        )


def config_from_dict(data: Any, source: str = "<config>") -> TieredConfig:
    """Validate an already-parsed config mapping; raise :class:`ConfigError` when invalid."""
    if not isinstance(data, Mapping):
        raise ConfigError("the file must hold a mapping", file=source, value=type(data).__name__)
    if "tiering" not in data:
        raise ConfigError(
            "missing section",
            file=source,
            path="tiering",
            value=None,
            valid=["a mapping with tiers, rules, default_tier"],
        )
    try:
        config = TieredConfig.model_validate({**data, "source": source})
    except ValidationError as err:
        raise _from_validation_error(err, source) from None
    _cross_check(config)
    return config


def load_config(path: str | os.PathLike[str]) -> TieredConfig:
    """Read and validate a YAML config file."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"cannot read file: {err.strerror}", file=source, value=source) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise ConfigError(f"not valid YAML: {err}", file=source, value=None) from None
    return config_from_dict(data, source)
