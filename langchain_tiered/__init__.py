"""langchain-tiered: send every LLM call to the cheapest tier that can do it well.

Public names are imported lazily, so ``import langchain_tiered`` stays cheap and the CLI's
``route`` command never imports LiteLLM.
"""

from __future__ import annotations

import importlib
import logging
import os
from typing import TYPE_CHECKING, Any

# Prices come from LiteLLM's bundled map, never fetched over the network at import (LiteLLM's
# default). An explicit LITELLM_LOCAL_MODEL_COST_MAP=False in the environment still wins.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

# A library logs, the application decides where it goes (no "last resort" stderr output).
logging.getLogger("langchain_tiered").addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from langchain_tiered.chat_model import TieredChatModel
    from langchain_tiered.classifier import Classification, classify
    from langchain_tiered.config import TieredConfig, load_config
    from langchain_tiered.errors import (
        BudgetExceededError,
        ConfigError,
        FallbackExhaustedError,
        MissingSecretError,
        ProviderAuthError,
        RoutingInputError,
        StreamInterruptedError,
        TieredError,
    )
    from langchain_tiered.policy import RoutingDecision, RoutingRequest, Rule, TierPolicy

__all__ = [
    "BudgetExceededError",
    "Classification",
    "ConfigError",
    "FallbackExhaustedError",
    "ProviderAuthError",
    "StreamInterruptedError",
    "classify",
    "MissingSecretError",
    "RoutingDecision",
    "RoutingInputError",
    "RoutingRequest",
    "Rule",
    "TierPolicy",
    "TieredChatModel",
    "TieredConfig",
    "TieredError",
    "load_config",
]

_WHERE = {
    "BudgetExceededError": "errors",
    "FallbackExhaustedError": "errors",
    "ProviderAuthError": "errors",
    "StreamInterruptedError": "errors",
    "Classification": "classifier",
    "classify": "classifier",
    "TieredChatModel": "chat_model",
    "TieredConfig": "config",
    "load_config": "config",
    "ConfigError": "errors",
    "MissingSecretError": "errors",
    "RoutingInputError": "errors",
    "TieredError": "errors",
    "RoutingDecision": "policy",
    "RoutingRequest": "policy",
    "Rule": "policy",
    "TierPolicy": "policy",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'langchain_tiered' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"langchain_tiered.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
