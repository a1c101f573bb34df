"""The classifier's view of a prompt: instruction prose versus pasted material.

Split out of :mod:`langchain_tiered.classifier` (messages are read into text by
:mod:`._classifier_messages`): the text is cut into *instruction* (lower-cased prose, quoted
spans replaced by ``qtext``) and *material* (pasted logs, code, quoted text, commands quoted
after a colon); lead positions and rule gates are computed on the instruction. A closing
request survives the cut when it comes after the pasted text (:mod:`._classifier_closing`: its
own last paragraph, a line that demands a decision, or the lines after a paste enclosed in
"----" delimiter lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

from langchain_tiered import _classifier_rules as rules
from langchain_tiered._classifier_chat_export import (
    CHAT_LINE,
    TIMESTAMPED,
    WRAPPED,
    normalize_export,
    read_chat_export,
)
from langchain_tiered._classifier_closing import (
    NUMBERED_ITEM,
    QUOTED_CLOSING_TURN,
    RELAYED_ASK,
    RELAYED_TURN,
    SHORT_GO_AHEAD,
    approved_after_quote,
    material_after,
    paragraph_split,
    proposal_approved,
    starts_document,
)
from langchain_tiered._classifier_email_thread import (
    split_email_note,
    split_email_request,
    split_forward_closing,
    split_quoted_reply,
    split_reply_on_top,
    split_signed_email,
    split_ticket_heading,
)
from langchain_tiered._classifier_footer import without_footer
from langchain_tiered._classifier_json_prompt import (
    json_chat_as_lines,
    split_json_message_tail,
    unwrap_json_prompt,
)
from langchain_tiered._classifier_lead_position import _is_lead
from langchain_tiered._classifier_needles import StemIndex
from langchain_tiered._classifier_notes import asks_in_notes
from langchain_tiered._classifier_patterns import CRON_FIELDS

__all__ = ["Tokens"]


Tokens = list[tuple[int, str]]

#: A closing demand for a yes/no call under a relayed message ("Need a yes or no from you.").
_DEMAND_AFTER: Final = re.compile(
    r"\s*(?:i\s+|we\s+)?(?:need|want)\s+(?:a\s+)?(?:yes\s+or\s+no|yes\s*/\s*no|decision|go\s+or\s+"
    r"no[- ]go)\b[^\n]{0,30}|\s*(?:decide|your\s+call|make\s+the\s+call)\b[^\n]{0,30}"
)

#: A label that introduces a quoted chat turn and nothing else ('chat follow-up: "yes, go"').
_QUOTED_TURN: Final = re.compile(
    r"\s*[\w' -]{0,40}\b(?:follow-?up|message|reply|chat|said|says|wrote|writes|user|customer"
    # (or relayed with its sender and time: 'SMS from night watchman 02:14: "..."')
    r"|operator|from\s+[\w.-]+(?:\s+[\w.-]+){0,2}?(?:,?\s+\(?\d{1,2}:\d\d\)?)?"
    # or a ticket's text under its id ("Ticket SEC-118: 'Please audit who has access ...'")
    r"|(?:ticket|request|task|jira|card|story|work\s+order)\s+#?\s*[a-z]*-?\d[\w-]*)\s*:\s*"
    r"[\"'“‘«「][^\n]*[\"'”’»」]\s*$"
)
#: A quoted proposal ('NOC bot proposed: "Open breaker CB-14 on PDU-3B ..."') ...
_QUOTED_PROPOSAL: Final = re.compile(
    r"\s*[\w' .()-]{0,40}\b(?:proposed|proposes|suggested|suggests|recommended|recommends"
    r"|wants\s+to|plans\s+to|would\s+like\s+to)\s*:?\s*[\"“«„]"
)
#: Where a quoted snippet after a frame's colon closes and a second ask follows it ("classify
#: this: 'we couldn't come.' also, issue a full refund ..."): the ask is not the snippet.
_ASK_AFTER_QUOTE: Final = re.compile(
    r"[.!?]?[\"'”’»」]\s+(?=(?:and\s+)?(?:also|then|separately|plus|after\s+that|oh\s+and"
    r"|p\.?s\.?)\s*[,:]\s*\S)"
)
#: An agent's tag opening a one-line message ("[retention-agent] 14,203 records ... purge?").
_AGENT_TAG: Final = re.compile(r"\s*\[[\w.-]*(?:agent|bot|assistant|copilot)[\w.-]*\]\s*\S")
#: Tags, then a short go-ahead ("[it-requests auto-forward -> access-agent] Please action."):
#: the request, with what follows as its material.
_TAGGED_GO: Final = re.compile(
    r"\s*(?P<tags>(?:\[[^\]\n]{1,80}\]\s*){1,3})(?:please\s+)?(?:action|handle|process|approve"
    r"|execute|do)"
    r"(?:\s+(?:it|this|these|them|the\s+request))?(?:\s+please)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
#: A crontab entry or a shell comment: a "# ..." line under one is a comment, not a heading.
_CRON_OR_COMMENT: Final = re.compile(r"\s*(?:#|" + CRON_FIELDS + r"\S)")
#: Words in such a label that ask for work on the quote ("Draft a reply to this message:").
_TURN_TASKS: Final = frozenset({"reply", "respond", "answer", "draft", "handle", "route"})


@dataclass(frozen=True, slots=True)
class _View:
    """The instruction (lower-cased prose, quotes replaced by ``qtext``), its tokens, material."""

    instruction: str
    tokens: Tokens
    words: frozenset[str]
    positions: dict[str, list[int]]
    leads: dict[int, bool]
    material: str
    log_lines: int
    code_lines: int
    long_input: bool
    scored: str = ""
    """The instruction as the learned scorer reads it, when the rules read it otherwise (its
    "would you mind deleting" before ``_gerund_base``); empty when it is ``instruction``."""


def _is_material(
    line: str, stripped: str, single: bool, opening: bool = False, chat: bool = True
) -> tuple[int, int] | None:
    """(log, code) counts if the line looks like pasted material, else None (``opening``: the
    prompt's first line; ``chat``: a chat export's first line is material too)."""
    if single and rules.PROSE_RUN.search(line):
        return None  # a one-line prompt with sentences in it is the request ("6.3.0 is ...")
    if single and rules.CJK.search(line):
        return None  # the same in scripts without spaces ("7.42 버전을 지금 ... 출시해 줘.")
    if rules.SLASH_COMMAND.match(stripped):
        return None  # "/tldr", "/filter level=error": a ChatOps command is the request
    if chat and opening and not single and CHAT_LINE.match(line):
        return 1, 0  # "[9:02 AM] Ravi K.: the vendor wants ...": a chat export's first line
    if (single and _AGENT_TAG.match(line)) or (
        (single or (opening and rules.PROSE_RUN.search(line))) and rules.TAG_PREFIX.match(line)
    ):
        # "[priority:low][model:cheap] ACTION bank.transfer(...). Execute.": tags; "[ops-agent
        # step 3/7] From the tool output below, keep only ..." opens with tags, then the request
        return None
    if rules.LOG_MATERIAL_LINE.match(line):
        return 1, 0
    if rules.CODE_START_LINE.match(line) or (
        not rules.PROSE_START_LINE.match(line) and rules.CODE_SHAPE_LINE.match(line)
    ):
        return 0, 1
    if not (single or opening) and rules.TABLE_ROW.match(line) and not rules.PROSE_RUN.search(line):
        return 0, 0  # a row of a pasted table: data, neither log nor code
    if not single and not any(c.isalpha() for c in stripped):
        return 0, 0
    if not single and " " not in stripped and not rules.CJK.search(stripped):
        if opening and stripped.endswith(":") and rules.FRAME_COLON.match(stripped.lower()):
            return None  # "Summarize:" on its own line, then the text: the request
        return 0, 0  # one token (an id, a hash), but CJK prose has no spaces
    return None


def _split_command(line: str, start: int) -> tuple[str, str]:
    """(prose, command) of a line quoting a raw command after a colon; text after ``;`` stays."""
    command = line[start:]
    end = rules.COMMAND_END.search(command)
    if end is None:
        return line[:start], command
    return line[:start] + " " + command[end.end() :], command[: end.start() + 1]


#: "Would you mind pushing ...", "proceed with purging ...": a request whose act is a gerund
#: (lower-cased instruction).
_POLITE_GERUND: Final = re.compile(
    r"\b(?P<lead>(?:would|do|if)\s+you\s+mind\s+(?:(?:just|quickly)\s+)?|(?P<go>proceed|go\s+ahead"
    r"|carry\s+on|continue)\s+with\s+)(?P<stem>[a-z]{2,})ing\b"
)
#: The verbs the stakes rules open on, the bases a gerund is read back to.
_RULE_VERBS: Final = frozenset().union(*(rule.gate for rule in rules.STAKES_RULES))


def _gerund_base(found: re.Match[str]) -> str:
    """The gerund after "would you mind" or "proceed with" read back to the verb a stakes rule
    opens on ("would you mind deleting" as "would you mind delete"), so the act stands in
    request position; other gerunds are left as they are."""
    stem = found.group("stem")
    undoubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem  # stopping
    # "proceed with purging" as "proceed and purge", the act in request position
    lead = f"{found.group('go')} and " if found.group("go") else found.group("lead")
    for base in (stem, f"{stem}e", undoubled):  # pushing, deleting, stopping
        if base in _RULE_VERBS:
            return f"{lead}{base}"
    return found.group()


def _request_in_thread(request: str, thread: str) -> _View:
    """The view of ``request`` with ``thread`` (what it answers or closes) as its material."""
    view = _build_view(request)
    return replace(view, material=f"{thread.lower()}\n{view.material}".strip())


def _build_view(text: str, *, exports: bool = True) -> _View:
    """Split the text into instruction prose and pasted material using cheap line heuristics.

    ``exports`` False reads a pasted chat export as plain lines (no request found in it).
    """
    text = unwrap_json_prompt(text)  # {"task": "extract", "text": "..."} from an agent
    text = without_footer(text)  # "--" then "This email ... is intended solely for ..."
    if text.lstrip().startswith("{") and (json_tail := split_json_message_tail(text)):
        # an alert as JSON Lines, then {"from": "priya.raman", "text": "purge the DLQ. go."}
        return _request_in_thread(*json_tail)
    head, _, last = text.rstrip().rpartition("\n")
    if head.strip() and (go := _TAGGED_GO.fullmatch(last)):
        # a forwarded request closed by a tagged go-ahead: the go-ahead is the request
        return _request_in_thread(last[go.end("tags") :], head)
    if ("rom:" in text or "ubject:" in text) and (
        split := split_email_request(text)
        or split_quoted_reply(text)
        or split_email_note(text)
        or split_reply_on_top(text)
        or split_forward_closing(text)
        or split_ticket_heading(text)
        or split_signed_email(text)  # one email pasted alone and signed: its body is the message
    ):
        # an approval chain whose last message asks the assistant ("From: Controller\n
        # Approved. Assistant, submit the remittance today."), or a reply under the proposal it
        # quotes ("> Proposal: refund all 340 patients" / "Agreed. Please process today."):
        # that message is the request
        return _request_in_thread(*split)
    if exports:
        text = normalize_export(text)  # "Sophie Marchetti  16:41\n..." as "[16:41] Sophie: ..."
        text = json_chat_as_lines(text)  # '{"from": "derek.a", "ts": "05:41", "text": ...}
    long_input = len(text) > rules.LONG_INPUT  # scan only the head and the tail of long inputs
    lines = (text[: rules.HEAD] + "\n" + text[-rules.TAIL :] if long_input else text).split("\n")
    prose: list[str] = []
    paragraphs: list[int] = []  # the paragraph (blank-line separated block) of each prose line
    titled: set[int] = set()  # prose lines that open like a document title ("POSTMORTEM: ...")
    material: list[str] = []
    log_n = code_n = para = 0
    in_fence = opened_with_material = wrapped = False
    previous = current = ""  # the last two non-blank lines
    for line in lines:
        stripped = line.strip()
        after_chat_line, wrapped = wrapped, False
        if not stripped:
            para += 1 if prose else 0
            continue
        previous, current = current, line
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
        elif in_fence:
            code_n += 1
            material.append(line)
        elif (
            stripped.startswith("# ")
            and material
            and material[-1] is previous
            and _CRON_OR_COMMENT.match(previous)
        ):
            code_n += 1  # "# purge guest embeddings" under a crontab line: a code comment
            material.append(line)
        elif after_chat_line and WRAPPED.match(line):
            material[-1] += " " + stripped  # "[08:45] sam: rotating it will restart ...\n    late"
            wrapped = True
        elif (
            kind := _is_material(line, stripped, len(lines) == 1, not (prose or material), exports)
        ) is not None:
            log_n, code_n = log_n + kind[0], code_n + kind[1]
            material.append(line)
            wrapped = kind[0] == 1 and TIMESTAMPED.match(line) is not None
        else:
            if ":" in stripped and (command := rules.COMMAND_AFTER_COLON.search(stripped)):
                stripped, material_text = _split_command(stripped, command.end())
                material.append(material_text)
            if not prose:
                opened_with_material = bool(material)
            if rules.DOCUMENT_TITLE.match(stripped) or rules.DOCUMENT_ID_TITLE.match(stripped):
                titled.add(len(prose))
            prose.append((stripped if len(stripped) <= rules.MAX_LINE else stripped[:600]).lower())
            paragraphs.append(para)
    if (
        not prose
        and material
        and material[-1] is current
        and current.rstrip().endswith(("?", "\uff1f"))
        and len(_PROSE_WORD.findall(current)) >= 6
        and not CHAT_LINE.match(current)
    ):  # an alert, then "08:02 boarding is live for the 08:15. Page the on-call and declare
        # SEV1?": a question under the paste, opened with a time, is the request
        material.pop()
        prose, paragraphs = [current.strip().lower()], [para]
    # a chat export or channel log: its ask to the model, or its last message, is the request
    if exports:
        prose, paragraphs = read_chat_export(prose, paragraphs, material, para)
    # "From the report below, extract ...", a blank line, then the report: later paragraphs are
    # the input (bar a closing request), whatever words they hold
    prose = paragraph_split(text, prose, paragraphs, material, opened_with_material, titled)
    if len(prose) > rules.MAX_PROSE_HEAD + rules.MAX_PROSE_TAIL:
        prose = prose[: rules.MAX_PROSE_HEAD] + prose[-rules.MAX_PROSE_TAIL :]
    first = prose[0] if prose else ""
    frame = rules.MATERIAL_COLON.search(first) or rules.FRAME_COLON.match(first)
    head = first[: frame.start("rest")] if frame and frame.group("rest") else first
    if frame and rules.INJECTION.search(head):
        frame = None  # "route to tier 0: void the invoices": routing talk never frames a request
    elif frame and rules.DECISION_DEMAND.search(head):
        frame = None  # "Make the call: the cert expires in 40 minutes. Do we swap it ...?"
    elif frame and rules.EXEC_PHRASE.search(head):
        frame = None  # "Classify this as low priority and then do it: move ... and destroy ..."
    elif frame and _QUOTED_PROPOSAL.match(first) and approved_after_quote(first):
        frame = None  # 'you proposed: "close the account and sweep ..." - ok, do it.'
    elif frame and rules.FIELD_LIST_REQUEST.match(first):
        frame = None  # "Tag this advisory: ecosystem, package, severity." names fields
    elif (
        frame
        and (frame.re is rules.MATERIAL_COLON or rules.CHECK_FRAME.match(first))
        and any(  # ... or close on the question ("HAB alert: ... 120,000 cells/L. Do we stop
            rules.ASKED_AFTER_COLON.match(part)  # harvest and pull back what's shipped?")
            for part in (frame.group("rest") or "", _last_sentence(frame.group("rest") or ""))
        )
    ):  # "Based on this, make the call: do we fail over now?", "Check our tenant isolation:
        frame = None  # could one client have seen another's data?" ask, they quote nothing
    if frame:  # "Translate to French: ...", "... so I can read this: GET /x 200 | ..."
        if frame.group("rest"):
            rest, after = frame.group("rest"), ""
            if rest.startswith(rules.QUOTE_CHARS) and (ask := _ASK_AFTER_QUOTE.search(rest)):
                rest, after = rest[: ask.end()], rest[ask.end() :]
            material.append(rest)
            prose[0] = prose[0][: frame.start("rest")] + after
        elif (notes := asks_in_notes(first, prose[1:], material)) is not None:
            prose = [prose[0], *notes]  # "Month-end notes for finance:" then "- ... please pay"
        else:  # "Classify each of these:" then lines: they are material, bar a closing request
            prose = [prose[0], *material_after(prose[1:], material, text)]
    elif len(prose) > 1 and "?" in first and rules.READ_QUESTION.match(first):
        # "Which lines mention refund?" then the lines: they are material
        prose = [first, *material_after(prose[1:], material)]
    elif len(prose) > 1 and rules.EACH_ITEM.search(first):
        # "For each commit give breaking yes/no:" then a bulleted list: the items are material
        items = [  # "- add x", "2. fix y", or a bare number: "1 please erase my account"
            bool(rules.BULLET_LINE.match(line) or NUMBERED_ITEM.match(line)) for line in prose[1:]
        ]
        material.extend(line for line, item in zip(prose[1:], items, strict=True) if item)
        prose = [first, *(line for line, item in zip(prose[1:], items, strict=True) if not item)]
    elif len(prose) > 2:  # "Is this postmortem about X or Y?" then a pasted document
        start = next((i for i, line in enumerate(prose[1:], 1) if starts_document(line)), 0)
        if start:
            prose = prose[:start] + material_after(prose[start:], material, text)
    if approved := proposal_approved(prose, material):
        prose = approved  # "OpsBot: ... Proposed: <act>" then "Jun: 👌": the act is asked
    # (a closing demand for the call may follow it: "Need a yes or no from you.")
    demand = 1 if len(prose) > 2 and _DEMAND_AFTER.fullmatch(prose[-1]) else 0
    if (
        len(prose) > 1 + demand
        and prose[-2 - demand].endswith(":")
        and RELAYED_TURN.fullmatch(f"{prose[-2 - demand]} {prose[-1 - demand]}")
    ):  # 'SMS - Kemal 17:48:' over the quoted message: one relayed turn
        prose[len(prose) - 2 - demand : len(prose) - demand] = [
            f"{prose[-2 - demand]} {prose[-1 - demand]}"
        ]
    for i, line in enumerate(prose):
        if any(q in line for q in rules.QUOTE_CHARS):
            quotes = rules.QUOTED.findall(line)
            label = set(rules.WORD.findall(line.split(":", 1)[0]))
            if len(quotes) == 1 and (
                (
                    (
                        (len(prose) == 1 and _QUOTED_TURN.match(line))
                        or (i == len(prose) - 1 and QUOTED_CLOSING_TURN.match(line))
                        # (a relayed message that asks: 'running late, be there by 7' does not)
                        or (
                            i == len(prose) - 1 - demand
                            and RELAYED_TURN.fullmatch(line)
                            and RELAYED_ASK.search(line)
                        )
                    )
                    and label.isdisjoint(rules.READ_ONLY_WORDS | _TURN_TASKS)
                )
                or (
                    _QUOTED_PROPOSAL.match(line)
                    and (
                        (i == len(prose) - 2 and SHORT_GO_AHEAD.match(prose[-1]))
                        or (i == len(prose) - 1 and approved_after_quote(line))
                    )
                )
            ):
                # 'chat follow-up: "yes, confirmed - push the takedown to all mirrors"', or
                # 'NOC bot proposed: "Open breaker CB-14 ..."' then "Me: ok go": the quoted
                # turn is the message (the act asked), not material about it
                prose[i] = quotes[0].strip("".join(rules.QUOTE_CHARS) + "”’»」 ")
                continue
            material.extend(quotes)
            prose[i] = rules.QUOTED.sub(" qtext ", line)
    said = "\n".join(prose)
    if len(said) > rules.MAX_INSTRUCTION:
        said = said[:1100] + "\n" + said[-500:]
    instruction = _POLITE_GERUND.sub(_gerund_base, said)
    tokens = [(m.start(), m.group()) for m in rules.WORD.finditer(instruction)]
    positions: dict[str, list[int]] = {}
    for pos, word in tokens:
        positions.setdefault(word, []).append(pos)
    joined = "\n".join(material).lower()
    scored = said if instruction != said else ""
    return _View(
        instruction,
        tokens,
        frozenset(positions),
        positions,
        {},
        joined,
        log_n,
        code_n,
        long_input,
        scored,
    )


def _last_sentence(text: str) -> str:
    """The last sentence of ``text`` ("" when it has only one)."""
    parts = _SENTENCE_BREAK.split(text)
    return parts[-1] if len(parts) > 1 else ""


_SENTENCE_BREAK: Final = re.compile(r"(?<=[.!])\s+(?=[a-z])")
#: A word of prose (letters only), counted in a line.
_PROSE_WORD: Final = re.compile(r"\b[^\W\d_]{2,}\b")


def _lead_hits(view: _View, gate: frozenset[str]) -> list[int]:
    """Positions of gate words in request position (memoized per view)."""
    hits: list[int] = []
    for word in gate & view.words:
        for pos in view.positions[word]:
            lead = view.leads.get(pos)
            if lead is None:
                lead = view.leads[pos] = _is_lead(view.instruction, pos)
            if lead:
                hits.append(pos)
    return sorted(hits)


def _open_gates(
    view: _View, index: dict[str, tuple[int, ...]], stems: StemIndex, ascii_stems: StemIndex
) -> list[int]:
    """Sorted positions of the rules whose gate opens on this instruction: a gate word is one
    of its words, or a stem is in its text (``ascii_stems`` when the text is ASCII)."""
    get = index.get
    found = {i for word in view.words for i in get(word, ())}
    text = view.instruction
    found |= (ascii_stems if text.isascii() else stems).owners_in(text)
    return sorted(found)


def export_tail(view: _View) -> bool:
    """True when the instruction is a chat export's short last message ("night!") and the
    material is only the export's earlier lines: a social remark there asks nothing."""
    return (
        len(view.instruction.split()) <= 3
        and bool(view.material)
        and all(CHAT_LINE.match(line) for line in view.material.split("\n"))
    )
