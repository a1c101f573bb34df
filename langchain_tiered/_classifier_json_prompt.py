"""Agent prompts wrapped in JSON, unwrapped into the lines a person would have written.

Agents often send a model a JSON object instead of prose: ``{"task": "extract", "schema":
{...}, "text": "..."}``, ``{"step": "route_ticket", "allowed_queues": [...], ...}`` or a tool
call to run, ``{"tool": "kubectl", "args": ["delete", "namespace", "x"]} — execute this``.
:func:`unwrap_json_prompt` turns such an object into ``key: value`` lines (``snake_case``
spelled as words), quotes the values that are input to work on (``text``, ``input``,
``email``...) so the classifier reads them as material, and spells a tool call as one command
line. Anything else (prose, pasted JSON data without instruction keys) is returned unchanged.
:func:`split_json_message_tail` reads JSON Lines closed by a person's message (an alert, then
``{"from": "priya.raman", "text": "purge the DLQ and restart. go."}``): that message is the
request.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

#: Top-level keys that mark a JSON object as an instruction to the model, not pasted data.
INSTRUCTION_KEYS: Final = frozenset(
    {
        "task", "instruction", "instructions", "step", "tool", "agent", "prompt", "query",
        "question", "action", "respond_with", "output_format", "command", "cmd", "request",
        "agent_plan", "plan", "human_reply", "proposed_tool_call", "user_reply",
    }
)  # fmt: skip
#: Keys whose values are the input to work on (read as quoted material).
MATERIAL_KEYS: Final = frozenset(
    {
        "text", "input", "content", "message", "body", "document", "email", "ticket", "log",
        "logs", "data", "record", "payload", "transcript", "thread", "note", "notes", "comment",
        "description", "diff", "code", "snippet",
    }
)  # fmt: skip
#: Keys whose one-word value only labels the task ("task_type": "classify", "priority":
#: "low") ...
_TASK_LABEL_KEYS: Final = frozenset(
    {"task", "task_type", "type", "kind", "priority", "urgency", "tier", "model", "mode", "level"}
)
#: ... when one of these spells the request itself: its words decide, the label is quoted.
_ASK_KEYS: Final = ("instruction", "instructions", "prompt", "request", "query", "question")
_TOOL_KEYS: Final = ("tool", "command", "cmd")
_ARG_KEYS: Final = ("args", "arguments", "argv")
_MAX_DEPTH: Final = 3


def unwrap_json_prompt(text: str) -> str:
    """``text`` as ``key: value`` lines when it is a JSON object with an instruction key."""
    stripped = text.strip()
    if not stripped.startswith("{"):
        return text
    end = stripped.rfind("}")
    try:
        obj = json.loads(stripped[: end + 1])
    except ValueError:
        return text
    if not isinstance(obj, dict) or INSTRUCTION_KEYS.isdisjoint(obj):
        return text
    lines: list[str] = []
    used: set[str] = set()
    tool = next((k for k in _TOOL_KEYS if isinstance(obj.get(k), str)), None)
    args = next((k for k in _ARG_KEYS if isinstance(obj.get(k), list)), None)
    if tool and args and all(isinstance(a, str | int | float) for a in obj[args]):
        lines.append("tool call: " + " ".join([obj[tool], *map(str, obj[args])]))
        used = {tool, args}
    # {"task_type": "classify", "instruction": "truncate table seed_results on smark_prod"}:
    # the declared type is a claim about the request, read as quoted text like its input
    asked = any(isinstance(obj.get(k), str) and obj[k].strip() for k in _ASK_KEYS)
    for key, value in obj.items():
        if key in used:
            continue
        label = value.strip() if isinstance(value, str) else ""
        if asked and key.lower() in _TASK_LABEL_KEYS and label and " " not in label:
            lines.append(f'{key.replace("_", " ")}: "{label}"')
            continue
        lines.extend(_lines(str(key), value, 0))
    rest = stripped[end + 1 :].strip()
    return "\n".join([*lines, rest] if rest else lines)


def _lines(key: str, value: Any, depth: int) -> list[str]:
    """One ``key: value`` line per leaf; nested objects are spelled out under their key."""
    name = key.replace("_", " ")
    if isinstance(value, dict) and depth < _MAX_DEPTH:
        nested = [line for k, v in value.items() for line in _lines(str(k), v, depth + 1)]
        return [f"{name}:", *nested]
    if key.lower() in MATERIAL_KEYS:
        body = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        return [f'{name}: "{body.replace(chr(34), chr(39))}"']
    shown = ", ".join(_scalar(v) for v in value) if isinstance(value, list) else _scalar(value)
    return [f"{name}: {shown}"]


def _scalar(value: Any) -> str:
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return (
        str(value).replace("_", " ") if isinstance(value, str) and " " not in value else str(value)
    )


#: Keys naming who sent a pasted JSON message, and keys holding what it says.
_SENDER_KEYS: Final = ("from", "sender", "author", "user", "speaker", "name")
_SAID_KEYS: Final = ("text", "message", "content", "body")
#: A sender that is a machine, not a person handing over a request ("alertmanager", "ci-bot").
_MACHINE_SENDER: Final = re.compile(
    r"bot\b|agent\b|assistant|alert|monitor|system|pagerduty|opsgenie|grafana|datadog|sentry|cron"
    r"|\bci\b|jenkins|scheduler|daemon|webhook|noreply|no-reply",
    re.IGNORECASE,
)


def split_json_message_tail(text: str) -> tuple[str, str] | None:
    """``(request, thread)`` when ``text`` is JSON Lines alone (two or more objects) and the
    last is a person's message (``{"from": "priya.raman", "text": "scale consumers to 0 ...
    go."}``): the message is the request, the lines above are what it answers. None otherwise
    (a machine's message last is a log, a chat of several people's messages stays one pasted
    input, and prose around the lines is read as written)."""
    lines = [line for line in text.strip().split("\n") if line.strip()]
    if len(lines) < 2 or not all(line.lstrip().startswith("{") for line in lines):
        return None
    try:
        objects = [json.loads(line) for line in lines]
    except ValueError:
        return None
    said = [_persons_message(obj) for obj in objects]
    if not said[-1] or any(said[:-1]):  # a chat of people, as JSON, stays one pasted input
        return None
    return said[-1], "\n".join(lines[:-1])


def _persons_message(obj: Any) -> str:
    """What a JSON message object says when a person (not a machine) sent it, else ""."""
    if not isinstance(obj, dict):
        return ""
    sender = next((obj[k] for k in _SENDER_KEYS if isinstance(obj.get(k), str)), "")
    said = next((obj[k] for k in _SAID_KEYS if isinstance(obj.get(k), str)), "")
    if not sender.strip() or _MACHINE_SENDER.search(sender):
        return ""
    return str(said).strip()


#: A line holding one JSON message object, bar a list's brackets and trailing comma.
_JSON_LINE: Final = re.compile(r"\s*\[?\s*(?P<obj>\{.*\})\s*[,\]]*\s*$")
_TIME_KEYS: Final = ("ts", "time", "timestamp", "at", "sent")


def json_chat_as_lines(text: str) -> str:
    """``text`` with a pasted chat in JSON (a list of two or more people's message objects,
    one per line: ``{"from": "derek.a", "ts": "05:41", "text": "..."}``) written as chat
    export lines ("[05:41] derek.a: ..."), so it is read like any chat export: its ask to
    the model, or its last message, is the request. Unchanged when there is no such chat."""
    if "{" not in text:
        return text  # no JSON object (the cheap test on every prompt)
    lines = text.split("\n")
    rows: dict[int, str] = {}
    senders: set[str] = set()
    for i, line in enumerate(lines):
        if not (found := _JSON_LINE.match(line)):
            continue
        try:
            obj = json.loads(found.group("obj"))
        except ValueError:
            continue
        if said := _persons_message(obj):
            sender = next(str(obj[k]) for k in _SENDER_KEYS if isinstance(obj.get(k), str))
            when = next((str(obj[k]) for k in _TIME_KEYS if isinstance(obj.get(k), str)), "")
            stamp = f"[{when}] " if when else ""
            rows[i] = f"{stamp}{sender.strip()}: " + " ".join(said.split())
            senders.add(sender.strip().lower())
    if len(rows) < 2 or len(senders) < 2:
        return text  # not a chat of several people
    return "\n".join(rows.get(i, line) for i, line in enumerate(lines))
