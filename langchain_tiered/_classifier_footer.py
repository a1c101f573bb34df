"""A pasted email's legal footer, which is not part of what the sender asks.

Mail clients and company gateways append boilerplate under the message::

    Do we pull the yard network's link to the naval base now?

    --
    This email and any attachments are intended solely for the addressee. ... do not forward
    outside the organisation without the approval of the Security Office.

Its "do not forward" is not a negated request and its words are not the sender's.
:func:`without_footer` cuts such a block off the end of the text: the block under a signature
delimiter ("--", "-- " or a rule of underscores) when it reads as a disclaimer, or a last
paragraph that opens like one ("CONFIDENTIALITY NOTICE: ...", "This email and any attachments
are ..."). Anything else under a delimiter ("--" above a pasted report or a SQL comment) stays.
"""

from __future__ import annotations

import re
from typing import Final

#: A signature delimiter line.
_DELIMITER: Final = re.compile(r"^[ \t]*(?:--[ \t]*|_{5,}[ \t]*)$", re.MULTILINE)
#: Words only a disclaimer uses.
_DISCLAIMER: Final = re.compile(
    r"\b(?:intended\s+(?:solely|only|exclusively)\s+for|(?:is|are|may\s+be)\s+(?:strictly\s+)?"
    r"confidential|confidentiality\s+notice|(?:if\s+you\s+(?:have\s+)?|you\s+have\s+)received\s+"
    r"this\s+(?:e-?mail|message|communication)\s+in\s+error|registered\s+(?:office|in\s+england"
    r"|in\s+scotland|company)|company\s+(?:no|number|registration)\b|disclaimer)",
    re.IGNORECASE,
)
#: A word every ``_DISCLAIMER`` match holds (a cheap test before the regex).
_DISCLAIMER_WORDS: Final = (
    "intended",
    "confidential",
    "received",
    "registered",
    "company",
    "disclaimer",
)
#: A last paragraph that opens like a disclaimer, with no delimiter above it.
_DISCLAIMER_OPENING: Final = re.compile(
    r"\s*(?:(?:confidentiality\s+notice|disclaimer|legal\s+notice)\s*:|this\s+(?:e-?mail|message)"
    r"\s+(?:and\s+any\s+(?:attachments?|files?)\s+(?:transmitted\s+with\s+it\s+)?)?(?:is|are|may)"
    r"\s+(?:\w+\s+){0,2}?(?:confidential|intended|privileged))",
    re.IGNORECASE,
)
#: The longest footer cut off (characters); a longer block is a paste, not boilerplate.
_MAX_FOOTER: Final = 900


def without_footer(text: str) -> str:
    """``text`` without a legal footer at its end (``text`` itself when it has none)."""
    tail = text[-2 * _MAX_FOOTER :]
    if "privileged" not in tail and "intended" not in tail:
        low = tail.lower()  # (runs on every untagged call: the regex only where it can match)
        if not any(word in low for word in _DISCLAIMER_WORDS) or not _DISCLAIMER.search(tail):
            return text  # the common case: no boilerplate at all
    stripped = text.rstrip()
    delimiters = list(_DELIMITER.finditer(stripped))
    if delimiters:
        last = delimiters[-1]
        footer = stripped[last.end() :]
        if (
            len(footer) <= _MAX_FOOTER
            and _DISCLAIMER.search(footer)
            and stripped[: last.start()].strip()
        ):
            return stripped[: last.start()].rstrip()
    head, blank, paragraph = stripped.rpartition("\n\n")
    if (
        blank
        and head.strip()
        and len(paragraph) <= _MAX_FOOTER
        and _DISCLAIMER_OPENING.match(paragraph)
    ):
        return head.rstrip()
    return text
