"""Read a call's routing inputs from LangChain run metadata and tags. Pure functions.

Metadata keys: ``intent``, ``complexity``, ``tier``, ``min_tier``, ``max_tier``.
Tags: ``intent:NAME``, ``complexity:N``, ``tier:N``, ``min_tier:N``, ``max_tier:N``.

Metadata wins over tags; among tags the last one wins (LangChain lists a parent's tags
before a child's, so the innermost runnable's tag wins). Values are checked: a non-integer
complexity or tier raises :class:`~langchain_tiered.errors.RoutingInputError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from langchain_tiered.errors import RoutingInputError
from langchain_tiered.policy import RoutingRequest

__all__ = ["DECISION_METADATA_PREFIX", "ROUTING_KEYS", "routing_request"]

ROUTING_KEYS = ("intent", "complexity", "tier", "min_tier", "max_tier")
"""The metadata keys (and tag prefixes) that steer routing."""

DECISION_METADATA_PREFIX = "tiered_"
"""Prefix of the keys under which a decision is written back into run metadata."""

_INT_KEYS = frozenset({"complexity", "tier", "min_tier", "max_tier"})


def _int_from_tag(key: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise RoutingInputError(f"tag {key}:", text, "an integer, e.g. 'tier:2'") from None


def inputs_from_tags(tags: Iterable[str]) -> dict[str, Any]:
    """Routing inputs named by ``key:value`` tags; later tags override earlier ones."""
    found: dict[str, Any] = {}
    for tag in tags:
        key, sep, value = tag.partition(":")
        if not sep or key not in ROUTING_KEYS:
            continue
        found[key] = _int_from_tag(key, value) if key in _INT_KEYS else value.strip()
    return found


def inputs_from_metadata(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """Routing inputs present in ``metadata`` (``None`` values count as absent)."""
    return {key: metadata[key] for key in ROUTING_KEYS if metadata.get(key) is not None}


def routing_request(
    metadata: Mapping[str, Any] | None = None, tags: Iterable[str] | None = None
) -> RoutingRequest:
    """Build the :class:`RoutingRequest` a run's metadata and tags describe.

    Types are checked here; ranges (complexity 1..10, tiers that exist) are checked by the
    policy, which knows the configured tiers.
    """
    values = {**inputs_from_tags(tags or ()), **inputs_from_metadata(metadata or {})}
    for key in _INT_KEYS & values.keys():
        value = values[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise RoutingInputError(key, value, "an integer")
    if "intent" in values and not isinstance(values["intent"], str):
        raise RoutingInputError("intent", values["intent"], "a string")
    return RoutingRequest(**values)
