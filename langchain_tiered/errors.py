"""Every error langchain-tiered raises, in one small hierarchy.

::

    TieredError                      base of everything raised here
    ├── ConfigError (ValueError)     the YAML file is wrong: names the file, the YAML path,
    │                                the bad value and the valid choices
    ├── RoutingInputError (ValueError)
    │                                a per-call routing input is wrong (complexity outside
    │                                1..10, a tier that does not exist, a non-integer)
    ├── MissingSecretError (RuntimeError)
    │                                a deployment names ``os.environ/NAME`` and NAME is unset;
    │                                raised only when a model that needs it is called
    ├── ProviderAuthError (PermissionError)
    │                                a provider answered 401/403: names the model group and
    │                                the key variable(s) to check
    ├── FallbackExhaustedError (RuntimeError)
    │                                every rung of the fallback chain failed; ``attempts``
    │                                lists each try (model group, error, wait)
    ├── StreamInterruptedError (RuntimeError)
    │                                a stream failed after chunks were sent; never spliced
    │                                with another model's text
    ├── BudgetExceededError (RuntimeError)
    │                                a hard budget cap would be exceeded: raised before the
    │                                call is sent; names the budget, period, spent and limit
    └── LedgerError (RuntimeError)   the ledger's store (SQLite file, Redis) cannot be opened
                                     or read; a ledger write never raises it

A provider's bad request (400) or unknown model (404) is LiteLLM's own exception, re-raised
unchanged, so existing ``except litellm.BadRequestError`` code keeps working.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = [
    "BudgetExceededError",
    "ConfigError",
    "FallbackExhaustedError",
    "LedgerError",
    "MissingSecretError",
    "ProviderAuthError",
    "RoutingInputError",
    "StreamInterruptedError",
    "TieredError",
]


class TieredError(Exception):
    """Base class of every error raised by langchain-tiered."""


def _choices(valid: Iterable[Any] | None) -> str:
    if valid is None:
        return ""
    items = ", ".join(repr(v) for v in valid)
    return f"; valid choices: {items}" if items else "; there are no valid choices"


class ConfigError(TieredError, ValueError):
    """The configuration file is invalid.

    The message always names the file, the YAML path of the bad field, the bad value and,
    where they are known, the valid choices.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        path: str | None = None,
        value: Any = None,
        valid: Iterable[Any] | None = None,
    ) -> None:
        self.file = file
        self.path = path
        self.value = value
        self.valid = list(valid) if valid is not None else None
        where = f"{file or '<config>'}"
        if path:
            where += f": {path}"
        text = f"{where}: {message} (got {value!r}{_choices(self.valid)})"
        super().__init__(text)


class RoutingInputError(TieredError, ValueError):
    """A routing input given for one call (metadata, tags, CLI flags) is invalid."""

    def __init__(self, field: str, value: Any, valid: str) -> None:
        self.field = field
        self.value = value
        super().__init__(f"invalid routing input {field}={value!r}: expected {valid}")


class MissingSecretError(TieredError, RuntimeError):
    """An ``os.environ/NAME`` reference points at an unset environment variable."""

    def __init__(self, variable: str, model_group: str) -> None:
        self.variable = variable
        self.model_group = model_group
        super().__init__(
            f"environment variable {variable} is not set; model group {model_group!r} "
            f"needs it (set {variable} or change its litellm_params in the config)"
        )


class ProviderAuthError(TieredError, PermissionError):
    """A provider rejected the credentials of a model group (401/403)."""

    def __init__(self, model_group: str, variables: list[str], detail: str) -> None:
        self.model_group = model_group
        self.variables = variables
        check = ", ".join(variables) if variables else "the api_key in its litellm_params"
        super().__init__(
            f"model group {model_group!r} was refused by its provider ({detail}); check {check}"
        )


class FallbackExhaustedError(TieredError, RuntimeError):
    """Every rung of the fallback chain failed; ``attempts`` says how."""

    def __init__(self, attempts: list[dict[str, Any]]) -> None:
        self.attempts = attempts
        lines = [
            f"  {i}. tier {a.get('tier')} {a.get('model_group')}: {a.get('outcome')}"
            + (f" ({a['error']})" if a.get("error") else "")
            + (f", waited {a['wait_s']}s" if a.get("wait_s") else "")
            for i, a in enumerate(attempts, 1)
        ]
        super().__init__("every fallback failed:\n" + "\n".join(lines))


class StreamInterruptedError(TieredError, RuntimeError):
    """A stream broke after some chunks were already passed on."""

    def __init__(self, model_group: str, chunks: int, detail: str) -> None:
        self.model_group = model_group
        self.chunks = chunks
        super().__init__(
            f"stream from model group {model_group!r} broke after {chunks} chunk(s) ({detail}); "
            "not retried, to avoid splicing two answers"
        )


class BudgetExceededError(TieredError, RuntimeError):
    """A hard budget cap would be exceeded by this call; the call was not sent."""

    def __init__(
        self, budget: str, period: str, spent_usd: float, limit_usd: float, estimate_usd: float
    ) -> None:
        self.budget = budget
        self.period = period
        self.spent_usd = spent_usd
        self.limit_usd = limit_usd
        self.estimate_usd = estimate_usd
        super().__init__(
            f"budget {budget} exceeded for {period}: spent ${spent_usd:.6f} of "
            f"${limit_usd:.6f}; this call (estimated ${estimate_usd:.6f}) was not sent"
        )


class LedgerError(TieredError, RuntimeError):
    """The ledger's store cannot be opened or read (writes never raise it)."""
