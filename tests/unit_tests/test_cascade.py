"""Validators a call carries (pure)."""

from __future__ import annotations

from langchain_core.messages import AIMessage

from langchain_tiered.cascade import validator_for

TOOL = {
    "type": "function",
    "function": {
        "name": "Ticket",
        "parameters": {"type": "object", "required": ["kind"], "properties": {}},
    },
}


def test_no_validator_for_plain_calls() -> None:
    assert validator_for({"messages": []}, {}) is None
    assert validator_for({"tool_choice": "auto", "tools": [TOOL]}, {}) is None


def test_labels_are_case_and_period_insensitive() -> None:
    check = validator_for({}, {"labels": ["bug", "feature"]})
    assert check is not None
    assert check(AIMessage(" Bug."))
    assert not check(AIMessage("a bug"))


def test_forced_tool_needs_the_call_and_required_keys() -> None:
    params = {"tools": [TOOL], "tool_choice": {"type": "function", "function": {"name": "Ticket"}}}
    check = validator_for(params, {})
    assert check is not None
    ok = AIMessage("", tool_calls=[{"name": "Ticket", "args": {"kind": "bug"}, "id": "1"}])
    missing = AIMessage("", tool_calls=[{"name": "Ticket", "args": {}, "id": "1"}])
    assert check(ok)
    assert not check(missing)
    assert not check(AIMessage("kind: bug"))


def test_json_schema_and_json_mode() -> None:
    schema = {"type": "json_schema", "json_schema": {"schema": {"required": ["a"]}}}
    check = validator_for({"response_format": schema}, {})
    assert check is not None
    assert check(AIMessage('{"a": 1}'))
    assert check(AIMessage('```json\n{"a": 1}\n```'))
    assert not check(AIMessage('{"b": 1}'))
    assert not check(AIMessage("nope"))
    mode = validator_for({"response_format": {"type": "json_object"}}, {})
    assert mode is not None
    assert mode(AIMessage("{}"))
    assert not mode(AIMessage("[1]"))


def test_user_callable_wins() -> None:
    check = validator_for({"response_format": {"type": "json_object"}}, {"validate": lambda m: 1})
    assert check is not None
    assert check(AIMessage("not json"))
