"""Messages to text: the turns of a prompt, its last human turn, and the turns around it.

A prompt is a string (one human turn, or the turns of a pasted transcript:
:mod:`._classifier_transcript`) or a sequence of messages (dicts, LangChain messages, or
``(role, text)`` pairs). :func:`_extract` gives the last human turn and the system prompt;
:func:`_previous_assistant` and :func:`_earlier_request` give what a short reply answers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

from langchain_tiered import _classifier_rules as rules
from langchain_tiered._classifier_transcript import parse_transcript, spell_tool_calls


def _content_text(content: Any) -> str:
    """Text of a message content: a string or a list of text blocks (other blocks ignored)."""
    if isinstance(content, str) or not isinstance(content, Sequence):
        return content if isinstance(content, str) else ""
    texts = [
        b if isinstance(b, str) else b.get("text")
        for b in content
        if isinstance(b, str) or (isinstance(b, Mapping) and b.get("type", "text") == "text")
    ]
    return "\n".join(t for t in texts if isinstance(t, str))


def _role_and_content(message: Any) -> tuple[str, Any]:
    """Role and content of a dict, a LangChain message (duck-typed) or a (role, text) pair."""
    if isinstance(message, str):
        return "human", message
    if isinstance(message, Mapping):
        return str(message.get("role", message.get("type", ""))), message.get("content")
    if isinstance(message, tuple) and len(message) == 2 and isinstance(message[0], str):
        return message[0], message[1]
    role = getattr(message, "type", None) or getattr(message, "role", None)
    if role == "chat":
        role = getattr(message, "role", "")
    return str(role or ""), getattr(message, "content", None)


def _turns(text_or_messages: str | Sequence[Any]) -> list[tuple[str, Any]]:
    """(lower-cased role, raw content) of each message; a string is one human turn (or the turns
    of a pasted transcript, :mod:`._classifier_transcript`). Content is
    left unconverted: callers turn only the turns they read into text (tool output can be big)."""
    if isinstance(text_or_messages, str):  # a pasted chat transcript is read as its turns
        return parse_transcript(text_or_messages) or [("human", text_or_messages)]
    if not isinstance(text_or_messages, Sequence):  # a single message object
        text_or_messages = [text_or_messages]
    turns = []
    for message in text_or_messages:
        role, content = _role_and_content(message)
        role = role.lower()
        if role in rules.ASSISTANT_ROLES and (calls := _message_tool_calls(message)):
            # an AIMessage that calls "delete_bucket": its calls are what a "yes" after it answers
            content = "\n".join(filter(None, [_content_text(content), *calls]))
        turns.append((role, content))
    return turns


def _message_tool_calls(message: Any) -> list[str]:
    """The tool calls of an assistant message (a dict with "tool_calls", or a LangChain
    AIMessage's ``tool_calls``) spelled in words, as in a pasted JSON transcript."""
    if isinstance(message, Mapping):
        return spell_tool_calls(dict(message))
    calls = getattr(message, "tool_calls", None)
    return spell_tool_calls({"tool_calls": calls}) if isinstance(calls, list) else []


def _extract(text_or_messages: str | Sequence[Any]) -> tuple[str, str]:
    """The last human turn and the system prompt (the assistant turn before a short reply is
    read by :func:`_previous_assistant`; tool turns never are)."""
    human: Any = ""
    system: list[str] = []
    for role, content in _turns(text_or_messages):
        if role in rules.HUMAN_ROLES:
            human = content
        elif role in rules.SYSTEM_ROLES:
            system.append(_content_text(content))
    return _content_text(human), "\n".join(system)


#: A short question put back to the assistant ("what's the rollback if it goes wrong?").
_CLARIFYING: Final = re.compile(r"[^\n?]{1,120}\?")


def _previous_assistant(text_or_messages: str | Sequence[Any]) -> str:
    """The assistant turn right before the last human turn ("" if none): what a short reply
    such as "ok, go" answers. A short question in between does not close an offer: after
    "... Proceed?" / "what's the rollback?" / "Downgrade to 0086 ..." a "👍" answers both
    assistant turns."""
    previous = ""
    last: list[str] = []  # the assistant's turns since the last human one: its text, its call
    for role, content in _turns(text_or_messages):
        if role in rules.ASSISTANT_ROLES:
            last.append(_content_text(content))
        elif role in rules.HUMAN_ROLES:
            said = _content_text(content).strip()
            if last and _CLARIFYING.fullmatch(said):
                continue  # the offer stays open: its answer follows
            previous, last = "\n".join(filter(None, last)), []
    return previous


def _earlier_request(text_or_messages: str | Sequence[Any]) -> str:
    """The human turn before that assistant turn ("" if none): what "yes" to "Are you sure?"
    confirms ("delete the old prod snapshots" / "Are you sure?" / "yes")."""
    turns = _turns(text_or_messages)
    humans = [i for i, (role, _) in enumerate(turns) if role in rules.HUMAN_ROLES]
    if len(humans) < 2 or not any(
        role in rules.ASSISTANT_ROLES for role, _ in turns[humans[-2] + 1 : humans[-1]]
    ):
        return ""
    return _content_text(turns[humans[-2]][1])
