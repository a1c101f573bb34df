"""Every error langchain-tiered raises, in one small hierarchy.

::

    TieredError                      base of everything raised here
    ├── ConfigError (ValueError)     the YAML file is wrong: names the file, the YAML path,
    │                                the bad value and the valid choices
    ├── RoutingInputError (ValueError)
    │                                a per-call routing input is wrong (complexity outside
    │                                1..10, a tier that does not exist, a non-integer)
    └── MissingSecretError (KeyError-free, RuntimeError)
                                     a deployment names ``os.environ/NAME`` and NAME is unset;
                                     raised only when a model that needs it is called

Errors from providers (rate limits, timeouts, bad requests) are LiteLLM's own exception
classes and pass through unchanged, so existing ``except litellm.RateLimitError`` code keeps
working.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = [
    "ConfigError",
    "MissingSecretError",
    "RoutingInputError",
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
