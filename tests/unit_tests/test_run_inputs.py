"""Reading routing inputs from run metadata and tags."""

from __future__ import annotations

import pytest

from langchain_tiered.errors import RoutingInputError
from langchain_tiered.policy import RoutingRequest
from langchain_tiered.run_inputs import inputs_from_tags, routing_request


def test_metadata_keys() -> None:
    request = routing_request(
        {"intent": "classify", "complexity": 2, "tier": None, "min_tier": 1, "other": "x"}
    )
    assert request == RoutingRequest(intent="classify", complexity=2, min_tier=1)


def test_tags() -> None:
    request = routing_request(None, ["foo", "intent:code", "tier:3", "complexity: 4", "x:y"])
    assert request == RoutingRequest(intent="code", complexity=4, tier=3)


def test_last_tag_wins_and_metadata_beats_tags() -> None:
    assert inputs_from_tags(["intent:classify", "intent:code"]) == {"intent": "code"}
    request = routing_request({"intent": "summarize"}, ["intent:code", "tier:1"])
    assert request == RoutingRequest(intent="summarize", tier=1)


@pytest.mark.parametrize(
    ("metadata", "tags", "field"),
    [
        ({"complexity": "2"}, [], "complexity"),
        ({"complexity": 2.0}, [], "complexity"),
        ({"tier": True}, [], "tier"),
        ({"max_tier": "high"}, [], "max_tier"),
        ({"intent": 3}, [], "intent"),
        ({}, ["tier:two"], "tier"),
        ({}, ["complexity:"], "complexity"),
    ],
)
def test_bad_values_raise(metadata: dict[str, object], tags: list[str], field: str) -> None:
    with pytest.raises(RoutingInputError, match=field):
        routing_request(metadata, tags)
