"""Cascade for checkable tasks: try the cheap tier, escalate one tier when the answer fails.

A call is checkable when it carries a validator, found by :func:`validator_for` (pure):

- ``validate``: a callable in run metadata, ``validate(message) -> bool``;
- ``labels``: a fixed label set in run metadata (the answer must be one of them);
- a forced tool (``tool_choice`` naming a tool, as ``with_structured_output`` binds): the
  answer must call it with arguments that have the schema's required keys;
- ``response_format`` JSON schema or JSON mode: the answer must parse as a JSON object with
  the schema's required keys.

``tiering.cascade`` (``enabled``, ``ceiling``) decides whether and how far a call escalates.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from langchain_core.messages import AIMessage

__all__ = ["CascadeSettings", "Validator", "validator_for"]

Validator = Callable[["AIMessage"], bool]


class CascadeSettings(BaseModel):
    """``tiering.cascade``: escalate checkable calls whose answer fails validation."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    """Escalate when a checkable call's answer fails its validator."""
    ceiling: int = Field(default=2, ge=0, strict=True)
    """Highest tier a cascade escalates to."""


def _required(schema: Mapping[str, Any]) -> list[str]:
    required = schema.get("required")
    return [str(k) for k in required] if isinstance(required, list) else []


def _json_object(text: Any) -> dict[str, Any] | None:
    if not isinstance(text, str):
        return None
    candidate = text.strip()
    if candidate.startswith("```"):
        candidate = candidate.strip("`").removeprefix("json").strip()
    try:
        value = json.loads(candidate)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _tool_schema(params: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    for tool in params.get("tools") or []:
        function = tool.get("function") or {}
        if function.get("name") == name:
            parameters = function.get("parameters")
            return parameters if isinstance(parameters, Mapping) else {}
    return {}


def _forced_tool_name(params: Mapping[str, Any]) -> str | None:
    choice = params.get("tool_choice")
    if isinstance(choice, Mapping) and choice.get("type") == "function":
        name = (choice.get("function") or {}).get("name")
        return name if isinstance(name, str) else None
    return None


def validator_for(params: Mapping[str, Any], metadata: Mapping[str, Any]) -> Validator | None:
    """The validator a call carries, or ``None`` when its answer cannot be checked."""
    custom = metadata.get("validate")
    if callable(custom):
        return lambda message: bool(custom(message))
    labels = metadata.get("labels")
    if isinstance(labels, list | tuple | set | frozenset) and labels:
        allowed = {str(label).strip().lower() for label in labels}
        return lambda message: str(message.content).strip().strip(".").lower() in allowed
    name = _forced_tool_name(params)
    if name is not None:
        required = _required(_tool_schema(params, name))

        def tool_ok(message: AIMessage) -> bool:
            calls = [c for c in message.tool_calls if c["name"] == name]
            return bool(calls) and all(key in calls[0]["args"] for key in required)

        return tool_ok
    response_format = params.get("response_format")
    if isinstance(response_format, Mapping):
        kind = response_format.get("type")
        if kind == "json_schema":
            schema = (response_format.get("json_schema") or {}).get("schema") or {}
            keys = _required(schema)

            def schema_ok(message: AIMessage) -> bool:
                value = _json_object(message.content)
                return value is not None and all(key in value for key in keys)

            return schema_ok
        if kind == "json_object":
            return lambda message: _json_object(message.content) is not None
    return None
