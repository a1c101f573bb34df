"""Agent prompts wrapped in JSON (``_classifier_json_prompt``), and how they classify."""

from __future__ import annotations

import json

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_json_prompt import unwrap_json_prompt
from tests.unit_tests.phrasing import rules


def test_instruction_object_becomes_key_value_lines() -> None:
    text = json.dumps(
        {
            "step": "route_ticket",
            "text": 'Printer on 3rd floor says "offline"',
            "allowed_queues": ["hardware", "network", "software"],
            "respond_with": "queue_name",
        }
    )
    assert unwrap_json_prompt(text).split("\n") == [
        "step: route ticket",
        "text: \"Printer on 3rd floor says 'offline'\"",
        "allowed queues: hardware, network, software",
        "respond with: queue name",
    ]


def test_nested_objects_are_spelled_out_under_their_key() -> None:
    text = json.dumps({"task": "extract", "schema": {"user_id": "string", "ok": True}})
    assert unwrap_json_prompt(text).split("\n") == [
        "task: extract",
        "schema:",
        "user id: string",
        "ok: yes",
    ]


def test_tool_call_is_one_command_line_and_trailing_text_is_kept() -> None:
    text = '{"tool": "kubectl", "args": ["delete", "ns", "acme"], "confirm": true} - run it'
    assert unwrap_json_prompt(text).split("\n") == [
        "tool call: kubectl delete ns acme",
        "confirm: yes",
        "- run it",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Summarize this: {not json}",
        '{"user": "ana", "amount": 12}\n\nIs this valid JSON?',  # pasted data: no instruction key
        '["task", "extract"]',
        '{"task": "extract", broken',
    ],
)
def test_anything_else_is_unchanged(text: str) -> None:
    assert unwrap_json_prompt(text) == text


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        (
            '{"tool": "ticket_classifier", "input": {"text": "VPN drops every hour", "labels": '
            '["network", "hardware", "access", "other"]}, "output_format": "label_only"}',
            0,
        ),
        (
            '{"task": "extract", "schema": {"device": "string", "os": "string"}, "text": '
            '"Laptop LT-22 runs Windows 11 and was last seen Monday."}',
            1,
        ),
        (
            '{"agent": "coder", "instruction": "Add a retry with backoff to the S3 upload helper '
            'and a unit test for it", "repo": "platform", "open_pr": true}',
            2,
        ),
        (
            '{"tool": "kubectl", "args": ["delete", "namespace", "tenant-acme"], "context": '
            '"prod-eu-1", "confirm": true} - execute this tool call',
            3,
        ),
    ],
)
def test_json_wrapped_prompts_route_like_their_prose(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier
