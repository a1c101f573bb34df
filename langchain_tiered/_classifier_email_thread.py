"""An email thread pasted as the whole prompt, whose last message is the request.

Agents forward approval chains as plain text::

    From: Railinc Settlement
    Subject: Car Hire Payable - Q3
    Your net car hire payable is $1,274,310.44. Please remit by Oct 15.

    From: Tom Brandt (Controller)
    Approved. Assistant, submit the remittance in the portal today.

With no request above the thread, the request is its last message, when that message is
addressed to the assistant ("Assistant, submit ...", "Ops assistant: send my reply ...",
"Carla: OK — assistant, refund ...") or comes from someone who signs off (a CFO, a controller,
a director: "From: CFO\\nGood. Release the proceeds today."). :func:`split_email_request`
returns ``(request, thread)``, or None when the text is not such a thread, so a customer's
email pasted alone ("From: a customer ... please refund my order") stays material to read.
"""

from __future__ import annotations

import re
from typing import Final

#: The first line of a thread: "From: ..." or a label ("Email", "Email chain", "Fwd: ...").
_THREAD_START: Final = re.compile(
    r"\s*(?:(?:e-?mail|mail|email\s+(?:chain|thread)|thread|fwd?:[^\n]*|re:[^\n]*)\s*:?\s*\n\s*)?"
    r"from:\s",
    re.IGNORECASE,
)
_FROM_LINE: Final = re.compile(r"^[ \t]*from:[ \t]*(?P<rest>.*)$", re.IGNORECASE | re.MULTILINE)
#: Header lines of a message, left out of its body.
_HEADER_LINE: Final = re.compile(
    r"[ \t]*(?:to|cc|bcc|subject|date|sent|reply-to):[ \t]", re.IGNORECASE
)
#: A sender who signs off on what the thread proposes.
_APPROVER: Final = re.compile(
    r"\b(?:cfo|coo|ceo|cto|cio|ciso|cro|controller|comptroller|director|manager|head|chief|vp"
    r"|vice\s+president|lead|supervisor|officer|treasurer|owner|partner|principal|approver"
    r"|superintendent|president)\b",
    re.IGNORECASE,
)
#: A line in the last message that speaks to the assistant ("Assistant: action the sweep.",
#: "Ops assistant: send my reply ...", "Carla: OK — assistant, refund ...").
_TO_ASSISTANT: Final = re.compile(
    r"(?:^|[:.!—–-]\s*|\bok\s*[—–,-]?\s*)(?:[\w ]{0,20}\s)?(?:assistant|copilot|bot)\s*[:,]\s*\S"
    r"|\bto\s+(?:the\s+)?(?:assistant|copilot|bot)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
#: Longest last message read as a request (characters).
_MAX_REQUEST: Final = 600
_MAX_CHARS: Final = 20_000


def split_email_request(text: str) -> tuple[str, str] | None:
    """``(request, thread)`` for an email thread whose last message is the request, else None.

    ``request`` is the last message's body (its sender line and headers left out);
    ``thread`` is everything before it.
    """
    if len(text) > _MAX_CHARS or not _THREAD_START.match(text):
        return None
    starts = list(_FROM_LINE.finditer(text))
    if len(starts) < 2:
        return None  # one pasted email with nothing asked of it: material to read
    last = starts[-1]
    sender, _, inline = last.group("rest").partition(":")  # "From: CFO: ok sweep it."
    body_lines = [inline.strip()] if inline.strip() else []
    body_lines += [
        line
        for line in text[last.end() :].strip().split("\n")
        if line.strip() and not _HEADER_LINE.match(line)
    ]
    body = "\n".join(body_lines).strip()
    if not body or len(body) > _MAX_REQUEST:
        return None
    if not (_TO_ASSISTANT.search(body) or _APPROVER.search(sender)):
        return None
    return body, text[: last.start()].rstrip()
