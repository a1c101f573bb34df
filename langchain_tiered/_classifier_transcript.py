"""A chat transcript pasted as one string, read as the turns it holds.

Agents and support tools often send a conversation as a single text::

    Ops: the cleanup script is ready, dry run shows 48,201 files.
    Assistant: Want me to run it for real against the live bucket? This can't be undone.
    Ops: yep run it

("[assistant]: ..." labels in brackets are read the same way, and so is a JSON list of
``{"role": ..., "content": ...}`` messages pasted as text, alone or under a short heading.)
Under a heading that says the turns are this chat so far ("Earlier in this chat:"), what follows
the last turn after a blank line is the user's new message, a turn of its own.
The request is the last human turn ("yep run it"), read with the assistant turn before it, as
for a list of messages. :func:`parse_transcript` returns the ``(role, text)`` turns, or None
when the text is not such a transcript. The test is narrow: the first line is a speaker line
(or a short heading such as "continue from where we left off:" sits above it),
at least one speaker is an assistant and one is not, the last turn is a human's, and no prose
paragraph without a speaker follows the turns ("... User: thanks\\n\\nSummarize the chat." is a
request about a transcript, not a transcript). A label is a speaker when it is a known role
("User", "Bot", "Cliente") or opens two or more lines ("Ops:", "Vet:"); other "key: value"
lines (pasted config, headers) continue the turn they are in.
"""

from __future__ import annotations

import json
import re
from typing import Any, Final

_SPEAKER_LINE: Final = re.compile(
    r"^[ \t]*\[?(?P<label>[^\W\d_][\w'.-]{0,20}(?:[ -][^\W\d_][\w'.-]{0,20}){0,3})\]?"
    r"[ \t]*:(?:[ \t]+|$)",
    re.UNICODE,
)
#: Labels of the assistant side (an AI agent, a support bot).
ASSISTANT_LABELS: Final = frozenset(
    [
        "assistant",
        "ai",
        "bot",
        "agent",
        "model",
        "chatbot",
        "support-bot",
        "copilot",
        "claude",
        "gpt",
        "llm",
        "asistente",
        "assistente",
        "assistent",
        "ассистент",
        "бот",
        "アシスタント",
        "助手",
        "어시스턴트",
    ]
)
#: Labels of the human side that count as speakers even when they open a single line.
HUMAN_LABELS: Final = frozenset(
    [
        "user",
        "human",
        "customer",
        "client",
        "me",
        "you",
        "operator",
        "ops",
        "usuario",
        "usuário",
        "utilisateur",
        "nutzer",
        "kunde",
        "cliente",
        "utente",
        "klant",
        "użytkownik",
        "пользователь",
        "клиент",
        "ユーザー",
        "用户",
        "客户",
        "사용자",
        "고객",
    ]
)
_SYSTEM_LABELS: Final = frozenset({"system", "developer"})
#: Longest text read as a transcript (characters); the classifier runs on every untagged call.
MAX_CHARS: Final = 20_000
#: A trailing paragraph that is prose, not a speaker's: a request about the transcript.
_TRAILING_PROSE: Final = re.compile(r"^\s*[^\W\d_][^\n]*[.?!:。？！：]\s*$", re.UNICODE)


#: Multi-word labels of the assistant side ("Previous message from you: '...'").
_ASSISTANT_PHRASE: Final = re.compile(
    r"(?:(?:your|the)\s+)?(?:previous|last|earlier)\s+(?:message|reply|answer)\s+from\s+you"
    r"|(?:your|the\s+assistant's|the\s+bot's)\s+(?:previous|last|earlier)\s+(?:message|reply|answer)"
    r"|you\s+(?:said|wrote|asked|replied)"
)


#: A JSON message list pasted as text ('[{"role": "user", "content": ...}, ...]'), or one
#: message per line (JSON Lines: '{"role": "assistant", "tool_calls": [...]}').
#: ('[{"from": "ops-agent", "text": "... Schedule payment ...?"}, {"from": "treasurer", ...}]':
#: a chat tool's export names the speaker and the text in its own words)
_JSON_MESSAGES: Final = re.compile(
    r'\s*(?:(?:\{\s*"messages"\s*:\s*)?\[\s*)?\{\s*"(?:role|from|sender|speaker|author)"\s*:'
)
_ROLE_KEYS: Final = ("role", "from", "sender", "speaker", "author")
_CONTENT_KEYS: Final = ("content", "text", "message", "body")
#: A job title labelling the last line after an assistant's turn ("Case Management Lead: purge
#: them"): that person answers the assistant, even when the label opens only that line.
_TITLE_LABEL: Final = re.compile(
    r"(?:[\w'.-]+[ -]){0,3}(?:lead|manager|head|chief|director|officer|engineer|admin|owner"
    r"|supervisor|analyst|pharmacist|nurse|doctor|dispatcher|controller|planner|approver)",
    re.UNICODE,
)


#: A short heading line ending in a colon above pasted turns.
_HEADING: Final = re.compile(r"[^\n:]{1,60}:\s*")
#: ... that asks for work on the turns, or points at them as material.
_HEADING_TASK: Final = re.compile(
    r"\s*(?:please\s+)?(?:summari[sz]e|translate|classify|extract|review|rewrite|analy[sz]e|tag"
    r"|label|list|count|check|draft|write|reply|respond|answer|tl;?dr|what|which|who|why|how|is"
    r"|are|does|did|can|could|here)\b"
    r"|.*\b(?:this|the|following|below|above)\s+(?:call|chat|conversation|transcript|thread"
    r"|exchange|log)\b"
    # a channel or export label ("DBA channel:") keeps the lines as one pasted text
    r"|.*\b(?:channel|chat|thread|log|export|slack|teams)\s*:",
    re.IGNORECASE,
)
#: A heading that says the turns below are this conversation so far ("Earlier in this chat:"):
#: they are context, and whatever follows the last turn is the user's new message.
_CONTEXT_HEADING: Final = re.compile(
    r"\s*(?:(?:earlier|previously|before\s+this)\s+(?:in|on)\s+(?:this|our|the)\s+"
    r"(?:chat|conversation|thread|session)|(?:the\s+|our\s+)?(?:chat|conversation)\s+so\s+far"
    r"|(?:previous|earlier)\s+(?:messages|turns)(?:\s+in\s+(?:this|our)\s+(?:chat|conversation))?)"
    r"\s*:\s*",
    re.IGNORECASE,
)


#: A tool named service first, then its act ("s3_delete_prefix", "gcs_purge_bucket").
_SERVICE_THEN_ACT: Final = re.compile(
    r"(?P<service>[a-z0-9]+)_(?P<act>(?:delete|remove|purge|drop|wipe|erase|destroy|terminate"
    r"|truncate|revoke|grant|rotate|transfer|refund|pay|deploy|rollback|restore|disable)"
    r"(?:_[a-z0-9]+)*)"
)
#: Roles of a tool's result in a JSON message list (OpenAI, older "function", Llama "ipython").
_TOOL_ROLES: Final = frozenset({"tool", "function", "ipython"})


def _json_turns(text: str) -> list[tuple[str, str]] | None:
    """The turns of a JSON message list (or JSON Lines), or None if ``text`` is not one."""
    try:
        data = json.loads(text)
    except ValueError:
        try:  # one message per line
            data = [json.loads(line) for line in text.strip().split("\n") if line.strip()]
        except ValueError:
            return None
    if isinstance(data, dict):
        data = data.get("messages")
    if not isinstance(data, list):
        return None
    turns = []
    for message in data:
        if not isinstance(message, dict):
            return None
        role = next((message[key] for key in _ROLE_KEYS if key in message), None)
        content = next((message[key] for key in _CONTENT_KEYS if key in message), None)
        content = "\n".join(filter(None, [_text_of(content), *spell_tool_calls(message)]))
        if not isinstance(role, str) or not content:
            return None
        # a tool's result ('{"role": "tool", "content": "dry-run: 18,412 rows match"}') is
        # neither side's turn: the call before it and the question after it are one offer
        role = role.lower()
        turns.append(("tool" if role in _TOOL_ROLES else _role(role), content))
    roles = {role for role, _ in turns}
    if len(turns) < 2 or turns[-1][0] != "human":
        return None
    # a conversation with the model, or a group chat of named users only ('[{"role": "user",
    # "name": "mira.k", "content": "... roll vend-pricing in prod back to 3.2.7"}]')
    # (a chat tool's export of people only, '"from": "Maria (ops)"', stays one pasted input;
    # a system prompt and a user's message are a request to the model)
    if "ai" in roles or (roles <= {"human", "system"} and all("role" in m for m in data)):
        return turns
    return None


def _text_of(content: Any) -> str:
    """A pasted message's text: a string, or the text parts of a list of content parts
    ('[{"type": "text", "text": "..."}]'); "" for anything else."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [part.get("text") if isinstance(part, dict) else part for part in content]
        return "\n".join(part for part in parts if isinstance(part, str))
    return ""


#: Keys of a tool call that are not spelled as its words (its name, arguments and ids).
_CALL_KEYS: Final = frozenset(
    {"id", "type", "name", "tool", "function", "arguments", "input", "args"}
)


def spell_tool_calls(message: dict[str, Any]) -> list[str]:
    """An assistant message's tool calls spelled in words ('transfer funds: amount 150000.0,
    currency USD'), in the OpenAI ("function") and flat ("name", "arguments") shapes."""
    calls = message.get("tool_calls")
    # one call: '"tool_call": {"name": "shell", ...}'
    if isinstance(message.get("tool_call"), dict):
        calls = [message["tool_call"]]
    if not isinstance(calls, list):
        return []
    spelled = []
    for call in calls:
        if not isinstance(call, dict):
            continue
        function = call.get("function")
        function = function if isinstance(function, dict) else call
        # the OpenAI and Anthropic key names ("arguments", "input"), or a tool's own ("tool",
        # "args"), and what else the call carries in words ('"plan_summary": "1 to destroy"')
        name = next((function[k] for k in ("name", "tool") if k in function), None)
        args = next((function[k] for k in ("arguments", "input", "args") if k in function), None)
        notes = [
            f"{key.replace('_', ' ')} {value}"
            for key, value in call.items()
            if key not in _CALL_KEYS and isinstance(value, str)
        ]
        if isinstance(args, str):
            try:
                args = json.loads(args)
            except ValueError:
                args = {"arguments": args}
        if isinstance(name, str):
            pairs = dict(args) if isinstance(args, dict) else {}
            # a subcommand argument reads with the tool's name: "terraform apply, workspace ..."
            sub = next((k for k in ("cmd", "command", "subcommand") if k in pairs), None)
            word = str(pairs[sub]).strip() if sub is not None else ""
            head = f"{name.replace('_', ' ')}:"
            space, dot, method = name.rpartition(".")
            if dot and space and "_" in method:  # "s3.delete_objects": "delete objects (s3):"
                head = f"{method.replace('_', ' ')} ({space}):"
            elif (verb := _SERVICE_THEN_ACT.fullmatch(name)) is not None:
                # "s3_delete_prefix": "delete prefix (s3):"
                head = f"{verb.group('act').replace('_', ' ')} ({verb.group('service')}):"
            if sub is not None and isinstance(pairs[sub], str) and word and " " not in word:
                head = f"{name} {word},"
                del pairs[sub]
            spelled_args = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in pairs.items())
            spelled.append(f"{head} {', '.join([spelled_args, *notes])}")
    return spelled


#: Field labels that never name the person answering an assistant ("Note: ...").
_FIELD_LABELS: Final = frozenset(
    [
        "note",
        "notes",
        "status",
        "result",
        "output",
        "error",
        "warning",
        "source",
        "date",
        "time",
        "subject",
        "ps",
        "re",
        "fyi",
        "summary",
        "context",
        "update",
        "log",
    ]
)


def _role(label: str) -> str:
    if label in ASSISTANT_LABELS or label.replace(" ", "-") in ASSISTANT_LABELS:
        return "ai"
    if re.split(r"[ -]", label)[-1] in ASSISTANT_LABELS:
        return "ai"  # "crm agent", "billing bot", "kiln-agent"
    if _ASSISTANT_PHRASE.fullmatch(label):
        return "ai"
    return "system" if label in _SYSTEM_LABELS else "human"


def _asking_assistant_line(lines: list[str], labels: list[str], speakers: set[str]) -> bool:
    """True when the last speaker line before the final line is an assistant's and its turn
    ends in a question ("... Shall I proceed?")."""
    for index in range(len(lines) - 2, -1, -1):
        if labels[index] in speakers:
            if _role(labels[index]) != "ai":
                return False
            turn = "\n".join(lines[index : len(lines) - 1]).rstrip()
            return turn.endswith(("?", "？"))
    return False


#: An agent's offer in the first person ("I will merge them ... hard-deleting the rest.").
_OFFER: Final = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:i(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to|\s+can)"
    r"|shall\s+i|should\s+i|do\s+you\s+want\s+me\s+to|want\s+me\s+to)\s",
    re.IGNORECASE,
)
#: The offer asks for consent at its end ("... Proceed?", "Reply 'yes' to confirm.").
_CONSENT_END: Final = re.compile(
    r"\?\s*$|\breply\s+[\"'\u201c\u2018]?(?:yes|y|ok|confirm|go)[\"'\u201d\u2019]?\s+to\s+"
    r"(?:confirm|proceed|continue|approve)\b[^\n]{0,40}$",
    re.IGNORECASE,
)
#: A short yes under it ("yes", "ok go", "👍").
_SHORT_YES: Final = re.compile(
    r"\s*(?:yes|yep|yeah|y|ok(?:ay)?|sure|go(?:\s+ahead)?|proceed|do\s+it|confirm(?:ed)?"
    r"|approved?)\b[\w\s,.!]{0,30}|\s*(?:👍|✅|👌)\s*",
    re.IGNORECASE,
)


def unlabelled_offer(text: str) -> str | None:
    """The offer of an agent's first-person offer pasted without speaker labels with a short
    yes under it ("I will merge them ... hard-deleting the rest. Reply 'yes' to confirm.\n\n
    yes"); None for anything else."""
    if "\n\n" not in text or len(text) > MAX_CHARS:
        return None
    head, _, tail = text.strip().rpartition("\n\n")
    if len(tail.split()) > 6 or not _SHORT_YES.fullmatch(tail):
        return None
    head = head.strip()
    if _SPEAKER_LINE.match(head) or not _OFFER.search(head) or not _CONSENT_END.search(head):
        return None
    return head


def parse_transcript(text: str) -> list[tuple[str, str]] | None:
    """The ``(role, text)`` turns of a pasted chat transcript, or None if ``text`` is not one.

    Roles are ``"human"``, ``"ai"`` and ``"system"``; a turn's text is its first line after the
    label plus the lines that continue it.
    """
    if len(text) <= MAX_CHARS and _JSON_MESSAGES.match(text):
        return _json_turns(text)
    heading, newline, body = text.strip().partition("\n")
    if newline and _HEADING.fullmatch(heading) and _JSON_MESSAGES.match(body):
        return _json_turns(body) if len(body) <= MAX_CHARS else None  # "JSON messages:\n[...]"
    if ":" not in text or "\n" not in text.strip() or len(text) > MAX_CHARS:
        return None  # a long paste is read as one input (the view scans only its head and tail)
    lines = text.strip().split("\n")
    context = _CONTEXT_HEADING.fullmatch(lines[0]) is not None
    if len(lines) > 2 and (
        context or (_HEADING.fullmatch(lines[0]) and not _HEADING_TASK.match(lines[0]))
    ):
        # "continue from where we left off:" above the turns: a heading, not a turn (but
        # "Summarise this call for the CRM note:" asks for work on them)
        rest = [line for line in lines[1:] if line.strip()]
        if rest and _SPEAKER_LINE.match(rest[0]):
            # (under "Earlier in this chat:" blank lines stay: they end the last turn)
            lines = lines[lines.index(rest[0], 1) :] if context else rest
    labels = [
        m.group("label").lower() if (m := _SPEAKER_LINE.match(line)) else "" for line in lines
    ]
    if not labels[0]:
        return None
    counts: dict[str, int] = {}
    for label in labels:
        if label:
            counts[label] = counts.get(label, 0) + 1
    speakers = {
        label
        for label, n in counts.items()
        if n >= 2
        or label in ASSISTANT_LABELS
        or label in HUMAN_LABELS
        or label in _SYSTEM_LABELS
        or _ASSISTANT_PHRASE.fullmatch(label)
    }
    # "[CRM agent]: ... Shall I proceed?\n[Marieke]: ja, doe maar.": a named agent ("crm agent",
    # "billing bot") is a speaker when it asked and the last line answers it
    named_ai = {label for label in counts if label not in speakers and _role(label) == "ai"}
    if (
        named_ai
        and labels[-1] not in named_ai
        and _asking_assistant_line(lines, labels, speakers | named_ai)
    ):
        speakers |= named_ai
    if labels[0] not in speakers:
        return None
    last_label = labels[-1]
    if (
        last_label
        and last_label not in speakers
        and _TITLE_LABEL.fullmatch(last_label)
        and any(_role(label) == "ai" for label in labels[:-1] if label in speakers)
    ):
        speakers.add(last_label)  # "Assistant: I can purge them ...\nCase Management Lead: do it"
    elif (
        last_label
        and last_label not in speakers
        and last_label not in _FIELD_LABELS
        and len(last_label.split()) <= 2
        and _asking_assistant_line(lines, labels, speakers)
    ):
        speakers.add(last_label)  # "[CRM agent]: ... Shall I proceed?\n[Marieke]: ja, doe maar."
    turns: list[tuple[str, list[str]]] = []
    for line, label in zip(lines, labels, strict=True):
        if label in speakers:
            turns.append((_role(label), [line.split(":", 1)[1].strip()]))
        else:
            turns[-1][1].append(line)
    if len(turns) == 1 and turns[0][0] == "ai":
        # "Agent: ... cannot be unposted. Post it?\n\nyes": the unlabelled short answer under
        # the agent's question is the human's turn
        head, blank, tail = "\n".join(turns[0][1]).rstrip().rpartition("\n\n")
        words = len(tail.split())
        if blank and head.rstrip().endswith(("?", "\uff1f")) and 0 < words <= 6 and ":" not in tail:
            return [("ai", head.strip()), ("human", tail.strip())]
    roles = {role for role, _ in turns}
    if len(turns) < 2 or not {"ai", "human"} <= roles or turns[-1][0] != "human":
        return None
    last = "\n".join(turns[-1][1]).rstrip().rsplit("\n\n", 1)
    if len(last) == 2 and _TRAILING_PROSE.match(last[1]) and not context:
        # "... User: thanks\n\nSummarize the conversation above." (but under "Earlier in this
        # chat:" the paragraph after the turns is the user's new message)
        return None
    result = [(role, "\n".join(body).strip()) for role, body in turns]
    said, blank, new = result[-1][1].partition("\n\n")
    if context and blank and new.strip():
        # "user: yeah one more thing", a blank line, then the message: the message is a turn
        result[-1:] = [("human", said.strip()), ("human", new.strip())]
    return result
