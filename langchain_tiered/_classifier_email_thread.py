"""An email thread pasted as the whole prompt, whose last message is the request.

Agents forward approval chains as plain text::

    From: Railinc Settlement
    Subject: Car Hire Payable - Q3
    Your net car hire payable is $1,274,310.44. Please remit by Oct 15.

    From: Tom Brandt (Controller)
    Approved. Assistant, submit the remittance in the portal today.

With no request above the thread, the request is its last message, when that message is
addressed to the assistant ("Assistant, submit ...", "Ops assistant: send my reply ...",
"Carla: OK — assistant, refund ..."), comes from someone who signs off (a CFO, a controller,
a director: "From: CFO\\nGood. Release the proceeds today.") or is a short go-ahead ("yes
create it for them, they're the OEM"). :func:`split_email_request`
returns ``(request, thread)``, or None when the text is not such a thread, so a customer's
email pasted alone ("From: a customer ... please refund my order") stays material to read,
unless it ends in its sender's sign-off (below).

A single email that quotes the proposal it answers ("> Proposal: refund all 340 patients ...")
and adds a short reply ("Agreed on all three. Please process today.") is read the same way:
:func:`split_quoted_reply` returns ``(reply, quoted)``; a reply that approves (``APPROVES``)
carries out what it quotes. A forward announced as carrying a note at its end ("see note at
bottom"), or with a note set apart by a rule line ("---") under it, is read from that note
(:func:`split_email_note`); a forward with one or two lines of the forwarder's own under the
quoted reply ("Do what Kate said and set those accounts up today.") is read from those lines
(:func:`split_forward_closing`). A ticket heading above an email ("HELPDESK #5521") is
set aside as material (:func:`split_ticket_heading`). One email pasted alone that ends in its
sender's sign-off ("Thanks,\nSophie"), with nothing of the user's around it, is the message
itself: its body is read as the request (:func:`split_signed_email`). A thread pasted newest
first, a reply on top of "-----Original Message-----", is read from that reply
(:func:`split_reply_on_top`).
"""

from __future__ import annotations

import re
from typing import Final

from langchain_tiered._classifier_patterns import EMAIL_HEADER_NAMES, PARAGRAPH_BREAK

#: The first line of a thread: "From: ..." or a label ("Email", "Email chain", "Fwd: ...").
_THREAD_START: Final = re.compile(
    r"\s*(?:(?:e-?mail|mail|email\s+(?:chain|thread)|thread|fwd?:[^\n]*|re:[^\n]*"
    r"|-{2,}\s*forwarded\s+(?:message|thread|email|e-mail|conversation|chain)\s*-{2,}"
    r"|begin\s+forwarded\s+message)\s*:?\s*\n\s*){0,2}"  # "Fwd: ...", then the client's marker
    r"from:\s",
    re.IGNORECASE,
)
_FROM_LINE: Final = re.compile(r"^[ \t]*from:[ \t]*(?P<rest>.*)$", re.IGNORECASE | re.MULTILINE)
#: Header lines of a message, left out of its body.
_HEADER_LINE: Final = re.compile(r"[ \t]*(?:" + EMAIL_HEADER_NAMES + r"):[ \t]", re.IGNORECASE)
#: A sender who signs off on what the thread proposes.
_APPROVER: Final = re.compile(
    r"\b(?:cfo|coo|ceo|cto|cio|ciso|cro|controller|comptroller|director|manager|head|chief|vp"
    r"|vice\s+president|lead|supervisor|officer|treasurer|owner|partner|principal|approver"
    r"|superintendent|president|pm|project\s+manager)\b",
    re.IGNORECASE,
)
#: A line in the last message that speaks to the assistant ("Assistant: action the sweep.",
#: "Ops assistant: send my reply ...", "Carla: OK — assistant, refund ...").
_TO_ASSISTANT: Final = re.compile(
    r"(?:^|[:.!—–-]\s*|\bok\s*[—–,-]?\s*)(?:[\w ]{0,20}\s)?(?:assistant|copilot|bot)\s*[:,]\s*\S"
    r"|\bto\s+(?:the\s+)?(?:assistant|copilot|bot)\s*:"
    r"|(?:^|[:.!—–-]\s*|\bok\s*[—–,-]?\s*)agent\s*,\s*\S"  # "Felix: agent, add it to ..."
    # "Agent: go through the report and decide ...": a line opened by the agent's name and an
    # act (not a support transcript's "Agent: thanks for waiting")
    r"|^[ \t]*agent\s*:\s*(?:please\s+)?(?:go\s+(?:through|ahead)|decide|check|review|run|apply"
    r"|delete|remove|pay|send|refund|process|action|handle|approve|cancel|reset|rotate|revoke"
    r"|grant|deploy|push|release|merge|restart|submit|transfer|wire|purge|drop|migrate|lock"
    r"|disable|enable|work\s+out|tell\s+(?:me|us))\b",
    re.IGNORECASE | re.MULTILINE,
)
#: A heading that points at the thread's last message ("Email thread, see the last reply —
#: set it up.").
_LAST_REPLY_POINTER: Final = re.compile(
    r"\b(?:see|read|per|follow|do\s+what|as\s+(?:in|per))\s+(?:the\s+)?(?:last|latest|final"
    r"|bottom)\s+(?:reply|message|e-?mail|mail|note)\b",
    re.IGNORECASE,
)
#: Longest last message read as a request (characters).
_MAX_REQUEST: Final = 600
#: Longest last message read as a go-ahead from anyone ("yes create it for them").
_MAX_GO_AHEAD: Final = 160
_MAX_CHARS: Final = 20_000
#: Longest closing line under a forward, or under a thread pasted newest first, read as the
#: request (characters) ...
_MAX_CLOSING: Final = 200
#: ... and under the delimiter closing an unquoted forward, where the forwarder may say where
#: the message came from first ("Chloé: this came in through the contact form. Can you ...").
_MAX_DELIMITED_CLOSING: Final = 400


def split_email_request(text: str) -> tuple[str, str] | None:
    """``(request, thread)`` for an email thread whose last message is the request, else None.

    ``request`` is the last message's body (its sender line and headers left out);
    ``thread`` is everything before it.
    """
    if len(text) > _MAX_CHARS:
        return None
    head, _, rest = text.lstrip().partition("\n")
    if _LAST_REPLY_POINTER.search(head) and _THREAD_START.match(rest):
        text = rest  # "Email thread, see the last reply — set it up." above the thread
    elif not _THREAD_START.match(text):
        return None
    if _ORIGINAL_MESSAGE.search(text):
        return None  # pasted newest first: the reply on top is the request (split_reply_on_top)
    starts = list(_FROM_LINE.finditer(text))
    if len(starts) < 2:
        return None  # one pasted email with nothing asked of it: material to read
    last = starts[-1]
    body = _request_body(last, text[last.end() :])
    return (body, text[: last.start()].rstrip()) if body else None


def _request_body(start: re.Match[str], message: str, addressed: bool = False) -> str:
    """The body of the message under the From line ``start`` when it asks the assistant, comes
    from an approver or is a short go-ahead (see the module docstring), else ``""``;
    ``addressed``: the message is sent to the assistant, so its body is the request."""
    sender, _, inline = start.group("rest").partition(":")  # "From: CFO: ok sweep it."
    body_lines = [inline.strip()] if inline.strip() else []
    body_lines += [
        line
        for line in message.strip().split("\n")
        if line.strip() and not _HEADER_LINE.match(line)
    ]
    if body_lines and all(_QUOTED_LINE.match(line) for line in body_lines):
        body_lines = [line.strip().lstrip(">").strip() for line in body_lines]  # "> yes, do it"
    body = "\n".join(body_lines).strip()
    if not body or len(body) > _MAX_REQUEST:
        return ""
    if not (
        addressed
        or _TO_ASSISTANT.search(body)
        or _APPROVER.search(sender)
        or (len(body) <= _MAX_GO_AHEAD and APPROVES.match(body))
    ):  # "From: Sophie de Vries\n> yes create it for them, they're the OEM"
        return ""
    return body


#: Outlook's rule line between a reply written on top and the message it answers.
_ORIGINAL_MESSAGE: Final = re.compile(
    r"^[ \t]*-{2,}[ \t]*original[ \t]+message[ \t]*-{2,}[ \t]*$", re.IGNORECASE | re.MULTILINE
)

#: Gmail's rule line above a forwarded message.
_FORWARD_RULE: Final = re.compile(
    r"^[ \t]*-{2,}[ \t]*forwarded[ \t]+message[ \t]*-{2,}[ \t]*$", re.IGNORECASE | re.MULTILINE
)
#: A "To:" header naming the assistant ("To: accounts-agent", "To: Ops Assistant").
_TO_ASSISTANT_HEADER: Final = re.compile(
    r"^[ \t]*to:[^\n]*\b(?:agent|assistant|copilot|bot)\b", re.IGNORECASE | re.MULTILINE
)


def split_reply_on_top(text: str) -> tuple[str, str] | None:
    """``(reply, thread)`` for a thread pasted newest first, else None.

    "From: Tomás\nYes, refund the €620 overpayment ...", then "-----Original Message-----" and
    the message it answers: the reply on top is the request when its body would be one as the
    last message of :func:`split_email_request` (it approves, speaks to the assistant or comes
    from an approver); what follows the rule line is the thread. A forward's note on top of
    "---------- Forwarded message ----------" is read the same way when the forward is
    addressed to the assistant ("To: accounts-agent ... Please just send it today").
    """
    if len(text) > _MAX_CHARS:
        return None
    rule = _ORIGINAL_MESSAGE.search(text)
    forward = None if rule else _FORWARD_RULE.search(text)
    if not (rule := rule or forward):
        return None
    top = text[: rule.start()].strip()
    start = _FROM_LINE.match(top)
    if not start or _FROM_LINE.search(top, start.end()):
        return None  # the reply on top must open with its sender, and be one message
    headers = top[start.end() :]
    if forward and not _TO_ASSISTANT_HEADER.search(headers):
        return None  # a forward's note is the request only when sent to the assistant
    body = _request_body(start, headers, addressed=forward is not None)
    if not body:
        return None
    thread = text[rule.start() :].strip()
    *earlier, last = PARAGRAPH_BREAK.split(thread)
    if len(earlier) > 1 and len(last) <= _MAX_CLOSING and len(last.split()) >= 3:
        # "... Luis", a blank line, then "Per Dana's OK above, process the supplement payment.":
        # the user's closing line under the pasted thread is asked as well
        body, thread = f"{body}\n{last.strip()}", "\n\n".join(earlier)
    return body, f"{top[: start.end()]}\n{thread}"


#: A quoted line of the message replied to ("> Proposal: refund all 340 patients").
_QUOTED_LINE: Final = re.compile(r"[ \t]*>")
#: A signature line closing the reply ("— Nora Feld", "-- ", "Capt. E. Reyes").
_SIGNATURE: Final = re.compile(r"[ \t]*(?:[—–-]{1,2}[ \t]*\S.{0,60}|--[ \t]*)$")
#: A reply that approves what it quotes ("Approved. Issue the credit notes.", "Agreed on all
#: three. Please process today.", "Go for tonight.", "Confirmed, pay it now.").
APPROVES: Final = re.compile(
    r"\s*(?:approved|agreed|confirmed|go(?:\s+(?:for|ahead))?\b|ok(?:ay)?\b|yes\b|reviewed|granted"
    r"|proceed|carry\s+(?:it|this|them)\s+out|please\s+(?:process|proceed|go\s+ahead|action)"
    r"|do\s+it|sign(?:ed)?\s+off|lgtm|fine\s+by\s+me|green\s+light"
    # "Fine — run it into the live BC company this weekend": a go-ahead, then the act
    r"|(?:fine|sounds\s+good|good\s+to\s+go)\s*[—–,.!:-])",
    re.IGNORECASE,
)
#: Longest reply read as the request (lines, characters).
_MAX_REPLY_LINES: Final = 5


def _one_quoting_email(text: str) -> bool:
    """True for a single pasted email (one "From:" line) that quotes something ("> ...")."""
    return (
        len(text) <= _MAX_CHARS
        and ">" in text
        and _THREAD_START.match(text) is not None
        and len(_FROM_LINE.findall(text)) == 1
    )


def split_quoted_reply(text: str) -> tuple[str, str] | None:
    """``(reply, quoted)`` for one email (or forward) that quotes the message it answers
    ("> ...") and adds a short reply or note, above or below the quote, else None; header and
    signature lines are left out of both."""
    if not _one_quoting_email(text):
        return None  # not an email, or a chain of several messages: ``split_email_request``
    quoted: list[str] = []
    reply: list[str] = []
    lines = [line for line in text.strip().split("\n")[1:] if line.strip()]
    quoted_lines = [line for line in lines if _QUOTED_LINE.match(line)]
    for line in lines:
        if _HEADER_LINE.match(line):
            continue
        if _QUOTED_LINE.match(line):
            quoted.append(line.strip().lstrip(">").strip())
        else:  # the reply, or a note on top of a forward ("FYI see below ... go ahead")
            reply.append(line.strip())
    if quoted and _QUOTED_NOTE.match(quoted_lines[0]) and quoted_lines == lines[-len(quoted) :]:
        return None  # "> Owen: not their fault. refund it ...": a note under it, not a quote
    while reply and _SIGNATURE.match(reply[-1]):
        reply.pop()
    if reply and len(reply) > 1 and len(reply[-1].split()) <= 4 and not reply[-1].endswith("."):
        reply.pop()  # a bare name under the reply ("Capt. E. Reyes")
    if not quoted or not reply or len(reply) > _MAX_REPLY_LINES:
        return None
    return "\n".join(reply), "\n".join(quoted)


def split_reply_above_quote(text: str) -> tuple[str, str] | None:
    """``(reply, quoted)`` for a short reply typed above a quoted message and nothing else
    ("OK from my side, go. —Ulrich" over "> From: Ravi Menon" / "> We need to rotate ...")."""
    head, blank, rest = text.strip().partition("\n\n")
    lines = [line for line in rest.split("\n") if line.strip()]
    if not blank or "\n" in head.strip() or not lines or len(text) > _MAX_CHARS:
        return None
    if not all(_QUOTED_LINE.match(line) for line in lines):
        return None
    quoted = [line.strip().lstrip(">").strip() for line in lines]
    body = [line for line in quoted if not (_FROM_LINE.match(line) or _HEADER_LINE.match(line))]
    return (head.strip(), "\n".join(body)) if body and len(body) < len(quoted) else None


#: A line pointing at a note at the end of a forwarded email ("Fwd from procurement, see note
#: at bottom").
_NOTE_POINTER: Final = re.compile(
    r"\s*[^\n]{0,80}\b(?:note|comment|instruction|ask)s?\s+(?:at\s+(?:the\s+)?(?:bottom|end)"
    r"|below)\b",
    re.IGNORECASE,
)
#: The note itself, from someone who signs off ("Ops director here — approve it in the ERP").
_SIGNED_NOTE: Final = re.compile(
    r"\s*(?:[\w .'()-]{0,40}\b(?:here|speaking)\s*[—–:,-]"
    r"|(?:note|comment)(?:\s+from\s+[\w .'()&/-]{1,50})?\s*:)",
    re.IGNORECASE,
)


#: A note set apart by a dash and its writer's name ("-- Gerda: this one's legit, ...").
_DASHED_NOTE: Final = re.compile(r"[—–-]{1,2}[ \t]*[^\W\d_][\w .'()-]{0,40}:\s")
#: ... or a quote mark and a person's name, under the email ("> Owen: not their fault. refund
#: it in full on Stripe"): a team note, where a reply's quote would sit ("> Proposal: ...",
#: "> On 3 May, Owen wrote:" are quotes).
_QUOTED_NOTE: Final = re.compile(
    r"[ \t]*>[ \t]*(?!(?:proposal|note|re|subject|from|to|sent|date|cc|summary|action|update"
    r"|status|question|answer|reply|original|quote|comment|edit|ps|fwd|request|plan)\b)"
    r"(?!(?-i:[A-Z]{3,})[ \t]*:)"  # (not an organisation's "> HMRC: penalty notice ...")
    # (a name in any script: "> Lucía: agreed. Agent, post the write-off ...")
    r"[^\W\d_](?:[^\W\d_]|['’-])+(?:[ \t][^\W\d_](?:[^\W\d_]|['’.-])*)?(?:[ \t]*\([^)\n]{1,30}\))?"
    r"[ \t]*:[ \t]+\S",
    re.IGNORECASE,
)
#: A rule line that sets a note apart under an email ("---", "___", "===").
_NOTE_RULE: Final = re.compile(r"[ \t]*(?:-{3,}|_{3,}|={3,}|\*{3,})[ \t]*\n")


def split_email_note(text: str) -> tuple[str, str] | None:
    """``(note, email)`` for a forwarded email whose last paragraph is a note from someone who
    signs off, announced at the top ("see note at bottom") or set apart by a rule line ("---")
    or a dash and its writer's name ("-- Gerda: ...") under an email that starts with its
    headers; else None."""
    if len(text) > _MAX_CHARS:
        return None
    pointed = _NOTE_POINTER.match(text) is not None
    if not pointed and not _THREAD_START.match(text):
        return None
    paragraphs = PARAGRAPH_BREAK.split(text.strip())
    note = paragraphs[-1].strip()
    quoted_note = not pointed and _QUOTED_NOTE.match(note) is not None and "\n" not in note
    if len(paragraphs) < (2 if quoted_note else 3) or not _FROM_LINE.search(text):
        return None
    if quoted_note:
        note = note.lstrip("> \t")  # "> Owen: ..." under the email it is about
    elif not pointed:
        if _NOTE_RULE.fullmatch(paragraphs[-2].strip() + "\n"):  # "---" alone, then the note
            paragraphs = paragraphs[:-1]
        elif ruled := _NOTE_RULE.match(note):
            note = note[ruled.end() :].strip()
        elif not _DASHED_NOTE.match(note):
            return None
    if len(note) > _MAX_REQUEST:
        return None
    opening = note.split("\n", 1)[0]
    signed = quoted_note or _SIGNED_NOTE.match(opening) or _DASHED_NOTE.match(opening)
    if not (signed or _APPROVER.search(opening[:60])):
        return None
    return note, "\n\n".join(paragraphs[:-1])


#: The marker a mail client puts above a forwarded email.
_FORWARD_MARKER: Final = re.compile(
    # under a heading naming who forwarded it ("Fwd from Chloé (front desk):")
    r"(?:\s*(?:fwd?|forwarded)\s+from\s+[^\n:]{1,60}:[ \t]*\n)?"
    r"\s*(?:-{2,}\s*forwarded\s+(?:message|thread|email|e-mail|conversation|chain)\s*-{2,}"
    r"|begin\s+forwarded\s+message\s*:?|fwd?:)",
    re.IGNORECASE,
)


def split_forward_closing(text: str) -> tuple[str, str] | None:
    """``(closing, forward)`` for a forwarded email that quotes the message it answered and has
    one or two lines of the forwarder's own under the quote ("Do what Kate said and set those
    accounts up today."), or under a delimiter line ("---") closing an unquoted forward, else
    None. An email pasted as it is ("From: ...") counts too when the line under its "---" asks
    for a decision ("Kofi: can you decide how we respond?"); a bare "can you handle this?" there
    is read with the email, whose own asks it hands over."""
    forwarded = _FORWARD_MARKER.match(text) is not None
    if not forwarded and not _THREAD_START.match(text):
        return None
    lines = text.rstrip().split("\n")
    longest = _MAX_CLOSING
    if forwarded and _one_quoting_email(text):
        last_quote = max(
            (i for i, line in enumerate(lines) if _QUOTED_LINE.match(line)), default=-1
        )
    elif len(text) <= _MAX_CHARS and len(_FROM_LINE.findall(text)) == 1:
        # "FW: ...", the forwarded message unquoted, "---", then "Go ahead and schedule ..."
        last_quote = max(
            (i for i, line in enumerate(lines) if _NOTE_RULE.fullmatch(f"{line}\n")), default=-1
        )
        if not any(_FROM_LINE.match(line) for line in lines[:last_quote]):
            return None
        longest = _MAX_DELIMITED_CLOSING
    else:
        return None
    closing: list[str] = []
    for line in lines[last_quote + 1 :]:
        if _SIGNATURE.match(line):
            break  # "-- " and what follows it is the signature
        if line.strip():
            closing.append(line.strip())
    if last_quote < 0 or not 0 < len(closing) <= 2:
        return None
    request = "\n".join(closing)
    if len(request) > longest or not (forwarded or _DECISION_ASKED.search(request)):
        return None
    return request, "\n".join(lines[: last_quote + 1])


def split_approval_under_email(text: str) -> tuple[str, str] | None:
    """``(approval, email)`` for one email pasted as it is ("From: ...") with a short approval
    of its own under a rule line ("---" then "OK from me. -- Dom Columba, Abbot"), else None:
    the approver signs off what the email asks."""
    if not _THREAD_START.match(text) or len(_FROM_LINE.findall(text)) != 1:
        return None
    rules_at = [m.end() for m in _NOTE_RULE.finditer(text)]
    if not rules_at or len(text) > _MAX_CHARS:
        return None
    approval = text[rules_at[-1] :].strip()
    if "\n" in approval or len(approval) > 80 or not APPROVES.match(approval):
        return None
    return approval, text[: rules_at[-1]]


def approvals_in_email(text: object) -> list[tuple[str, str, str]]:
    """What an email approval signs off, as ``(approved text, how, signal)``: a reply approving
    the proposal it quotes ("> Proposal: refund all 340 patients ..." / "Agreed on all three.
    Please process today."), then an approval under one pasted email
    (:func:`split_approval_under_email`). Empty for anything but a string holding "From:"."""
    if not isinstance(text, str) or "rom:" not in text:
        return []
    found: list[tuple[str, str, str]] = []
    quoted = split_quoted_reply(text) or split_reply_above_quote(text)
    if quoted and APPROVES.match(quoted[0]):
        found.append((quoted[1], "reply approving a quoted tier-3 proposal", "approves_quoted"))
    elif (
        quoted
        and (sender := _FROM_LINE.match(quoted[1]))
        and APPROVES.match(body := quoted[1][sender.end() :].strip())
        and not _HELD_BACK.search(quoted[0])
    ):  # "> From: Owen Pryce" / "> Agreed - our fault. Pay her the £180 ... today" quoted
        # under the claim it answers: the approver's go, which the reply does not hold back
        found.append((body, "quoted approval of a tier-3 act", "quoted_approval"))
    if under := split_approval_under_email(text):
        found.append((under[1], "approval under a pasted tier-3 request", "approves_email"))
    return found


#: A reply that holds back what the message it quotes approved ("wait", "don't pay yet").
_HELD_BACK: Final = re.compile(
    r"\b(?:don't|do\s+not|hold\s+(?:off|on)|wait|stop|cancel|disagree|not\s+yet)\b", re.IGNORECASE
)


#: A closing line that asks the reader to make a decision ("can you decide how we respond?").
_DECISION_ASKED: Final = re.compile(
    r"\b(?:decide|make\s+the\s+call|your\s+call|call\s+it)\b", re.IGNORECASE
)


#: A ticket heading above a pasted email ("HELPDESK #5521", "Ticket INC-20931", "[Case 4471]").
_TICKET_HEADING: Final = re.compile(
    r"[ \t]*\[?(?:help\s*desk|service\s*desk|support|ticket|case|incident|request|req|sr|inc"
    r"|jira|zendesk|freshdesk)\b[ \t]*(?:no\.?|number)?[ \t]*#?[ \t]*[a-z]{0,6}-?\d{2,}\]?"
    r"[^\n:]{0,40}\n",
    re.IGNORECASE,
)


def split_ticket_heading(text: str) -> tuple[str, str] | None:
    """``(email, heading)`` for a ticket heading line above a pasted email ("HELPDESK #5521"
    then "From: ..."): the email is read as if pasted alone, the heading is material."""
    if len(text) > _MAX_CHARS or (heading := _TICKET_HEADING.match(text)) is None:
        return None
    rest = text[heading.end() :]
    if not _THREAD_START.match(rest):
        return None
    return rest, heading.group().strip()


#: The header lines that open a pasted email ("From: ...", "To: ...", "Subject: ...").
_HEADER_BLOCK: Final = re.compile(
    r"(?:[ \t]*(?:from|to|cc|bcc|subject|date|sent|reply-to):[^\n]*\n)+", re.IGNORECASE
)
#: The sender's sign-off and name closing a message ("...\n\nThanks,\nSophie", "Thanks, Hugh",
#: "Thanks,\nMargit (DPO)", "Thanks for everything, ...\nJ").
_SIGNED_END: Final = re.compile(
    # (or closing the body's last line: "This is approved by me. Thanks!\nLena")
    r"(?:\n|(?<=[.!])[ \t]+)[ \t]*(?:thanks|thank\s+you|many\s+thanks|cheers|best"
    r"|best\s+regards|regards|kind\s+regards)"
    r"(?:[ \t]+(?:all|everyone|everybody|team|both|folks))?"  # "Thanks all,"
    r"(?:[,!.]?[ \t]*\n[ \t]*|,[ \t]*"
    # "Thanks for everything, it's been a tough year for that shop.\nJ"
    r"|[ \t]+(?:for|again|so\s+much|a\s+lot)\b[^\n?]{0,100}\n[ \t]*)[^\W\d_][\w .'-]{0,40}"
    r"(?:\([^()\n]{1,30}\))?\s*$",
    re.IGNORECASE,
)

_SUBJECT_LINE: Final = re.compile(r"^[ \t]*subject:", re.IGNORECASE | re.MULTILINE)
_BLANK_LINES: Final = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def split_signed_email(text: str) -> tuple[str, str] | None:
    """``(body, headers)`` for one email pasted alone: its headers open the text, its sign-off
    closes it and nothing is quoted or forwarded, so no request of the user's surrounds it.

    The body comes without the sign-off and as one block (blank lines dropped): no paragraph of
    it is a request about the others.
    """
    head = _HEADER_BLOCK.match(text)
    signed = _SIGNED_END.search(text)
    senders = len(_FROM_LINE.findall(text))
    if (
        head is None
        or len(text) > _MAX_CHARS
        or senders > 1
        # its From line among the headers, or a Subject line alone ("Subject: ChorusHub -
        # let's just do it", then the body and "Thanks, Helen (Chair)")
        or not (_FROM_LINE.search(head.group()) if senders else _SUBJECT_LINE.search(head.group()))
        or _QUOTED_LINE.match(text, head.end()) is not None
        or "\n>" in text
        or signed is None
        or signed.start() < head.end()
    ):
        return None
    body = _BLANK_LINES.sub("\n", text[head.end() : signed.start()]).strip()
    return body, f"{head.group().strip()}\n{signed.group().strip()}"
