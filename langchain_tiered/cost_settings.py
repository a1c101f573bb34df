"""The ``tiering.costs`` block of the YAML: baseline model, budgets and the ledger.

::

    tiering:
      costs:
        baseline_model_group: frontier    # default: tier 2's primary group
        budgets:
          - {period: daily, limit_usd: 5, mode: soft}            # overall, downgrade past $5
          - {period: monthly, limit_usd: 100, mode: hard}        # overall, refuse past $100
          - {period: daily, limit_usd: 2, tier: 3, mode: hard}   # tier 3 only
        ledger:
          backend: sqlite                  # sqlite | redis | none
          path: ~/.local/share/langchain-tiered/ledger.sqlite3
          # redis_url: os.environ/TIERED_REDIS_URL

Pure data and small helpers: no I/O at import or validation time, no LiteLLM import.
Periods are calendar periods in UTC (a daily budget resets at 00:00 UTC).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from langchain_tiered.errors import ConfigError

__all__ = [
    "BudgetSpec",
    "CostSettings",
    "LedgerSettings",
    "default_baseline_group",
    "default_ledger_path",
]

ENV_PREFIX = "os.environ/"
NEVER_DOWNGRADED_TIER = 3
"""Soft caps never move a call routed to this tier or above (irreversible, high-stakes work)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def default_ledger_path(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME/langchain-tiered/ledger.sqlite3`` (``~/.local/share/...`` if unset)."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "langchain-tiered" / "ledger.sqlite3"


class BudgetSpec(_Strict):
    """One spending cap: per period, overall or for one tier, soft or hard."""

    period: Literal["daily", "monthly"]
    """Calendar period in UTC the cap covers."""
    limit_usd: float = Field(gt=0)
    """The cap in US dollars."""
    tier: int | None = Field(default=None, strict=True)
    """Count only calls answered at this tier; omitted means every tier."""
    mode: Literal["soft", "hard"] = "hard"
    """``soft`` downgrades calls past the cap; ``hard`` refuses them before they are sent."""
    name: str = ""
    """Label used in errors and reports; derived from the other fields if empty."""

    @property
    def scope(self) -> str:
        """The counter this cap reads: ``all`` or ``tier:N``."""
        return "all" if self.tier is None else f"tier:{self.tier}"

    @property
    def label(self) -> str:
        """A readable name, e.g. ``'daily hard cap on tier 3 ($2.00)'``."""
        if self.name:
            return repr(self.name)
        where = "overall" if self.tier is None else f"on tier {self.tier}"
        return f"'{self.period} {self.mode} cap {where} (${self.limit_usd:.2f})'"


class LedgerSettings(_Strict):
    """Where every call is recorded and budget counters are kept."""

    backend: Literal["sqlite", "redis", "none"] = "sqlite"
    """``sqlite`` (one machine, several processes), ``redis`` (a fleet) or ``none``."""
    path: str | None = None
    """SQLite file; default ``$XDG_DATA_HOME/langchain-tiered/ledger.sqlite3``."""
    redis_url: SecretStr = SecretStr(ENV_PREFIX + "TIERED_REDIS_URL")
    """Redis URL or ``os.environ/NAME``; may carry a password, so it is never shown."""
    key_prefix: str = Field(default="langchain-tiered", min_length=1)
    """Prefix of every Redis key."""
    retention_days: int = Field(default=400, ge=1)
    """Redis only: call records older than this are trimmed."""
    queue_size: int = Field(default=10_000, ge=1)
    """Records waiting for the background writer; past this, new ones are dropped and counted."""

    def sqlite_path(self, environ: Mapping[str, str] | None = None) -> Path:
        """The SQLite file, ``~`` and ``$VARS`` expanded."""
        if self.path is None:
            return default_ledger_path(environ)
        return Path(os.path.expandvars(os.path.expanduser(self.path)))

    def resolved_redis_url(self, environ: Mapping[str, str] | None = None) -> str | None:
        """The Redis URL, ``os.environ/NAME`` looked up; ``None`` if that variable is unset."""
        env = os.environ if environ is None else environ
        value = self.redis_url.get_secret_value()
        if value.startswith(ENV_PREFIX):
            return env.get(value[len(ENV_PREFIX) :]) or None
        return value

    @property
    def redis_url_source(self) -> str:
        """Where the URL comes from, safe to show: ``os.environ/NAME`` or ``<literal>``."""
        value = self.redis_url.get_secret_value()
        return value if value.startswith(ENV_PREFIX) else "<literal URL in the config>"


class CostSettings(_Strict):
    """The ``tiering.costs`` block: what calls are compared with, caps and the ledger."""

    baseline_model_group: str | None = None
    """Group whose prices give each call's baseline cost; default: tier 2's primary group."""
    budgets: list[BudgetSpec] = Field(default_factory=list)
    """Spending caps, checked before each call."""
    ledger: LedgerSettings = Field(default_factory=LedgerSettings)
    """Where calls and budget counters are stored."""
    on_ledger_error: Literal["allow", "deny"] = "allow"
    """When budgets cannot be read: ``allow`` the call (logged, counted) or ``deny`` it."""

    def check_references(self, *, source: str, groups: Sequence[str], tiers: Sequence[int]) -> None:
        """Raise :class:`ConfigError` if a reference names a missing group or tier.

        Called by the config loader's cross-checks, which know the model groups and tiers.
        """
        base = "tiering.costs"
        if self.baseline_model_group is not None and self.baseline_model_group not in groups:
            raise ConfigError(
                "model group not in model_list",
                file=source,
                path=f"{base}.baseline_model_group",
                value=self.baseline_model_group,
                valid=groups,
            )
        seen: set[tuple[str, int | None, str]] = set()
        for i, budget in enumerate(self.budgets):
            path = f"{base}.budgets[{i}]"
            if budget.tier is not None and budget.tier not in tiers:
                raise ConfigError(
                    "tier does not exist",
                    file=source,
                    path=f"{path}.tier",
                    value=budget.tier,
                    valid=sorted(tiers),
                )
            if budget.mode == "soft" and (budget.tier or 0) >= NEVER_DOWNGRADED_TIER:
                raise ConfigError(
                    f"a soft cap on tier {budget.tier} can never act: calls at tier "
                    f"{NEVER_DOWNGRADED_TIER} and above are never downgraded",
                    file=source,
                    path=f"{path}.mode",
                    value=budget.mode,
                    valid=["hard"],
                )
            key = (budget.period, budget.tier, budget.mode)
            if key in seen:
                raise ConfigError(
                    "duplicate budget (same period, tier and mode)",
                    file=source,
                    path=path,
                    value=budget.model_dump(exclude_defaults=True),
                )
            seen.add(key)

    def baseline_group(self, tiers: Mapping[int, Sequence[str]]) -> str:
        """The configured baseline group, or :func:`default_baseline_group`."""
        if self.baseline_model_group is not None:
            return self.baseline_model_group
        return default_baseline_group(tiers)


def default_baseline_group(tiers: Mapping[int, Sequence[str]]) -> str:
    """The primary group of tier 2, else of the highest tier below 2, else of the lowest tier."""
    if not tiers:
        raise ValueError("no tiers configured")
    below = [t for t in tiers if t <= 2]
    tier = max(below) if below else min(tiers)
    return tiers[tier][0]
