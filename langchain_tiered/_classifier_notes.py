"""The writer's own notes pasted under a heading, and an excerpt's heading.

"Month-end notes for finance:", "Handover for the night shift:" or "End of season checklist,
where we're at:" head the writer's own notes: the items that ask the reader to act ("please
send the deposit today") stay instruction, the rest is material (:func:`asks_in_notes`).
"Extract from the draft trustee minutes, 14 October:" heads an excerpt, not a task
(``EXCERPT_HEADING``). Split out of :mod:`._classifier_closing`, which uses both.
"""

from __future__ import annotations

import re
from typing import Final

#: A heading over the writer's own notes, not a task on pasted items ("Month-end notes for
#: finance, November:", "Handover for the night shift:", "Weekly ops digest for the mill
#: manager - draft, please tidy:"); no task verb ("Summarise these notes:" frames material).
_NOTES_HEADING: Final = re.compile(
    r"(?!.*\b(?:summari[sz]e|translate|classify|extract|tag|label|rewrite|proofread|check|review"
    r"|sort|rank|count|list|format|convert|which|what)\b)"
    r"[^:\n]{0,40}\b(?:notes|brain[- ]?dump|handover|hand-over|to-?dos?|update|catch-?up"
    r"|round-?up|digest|recap|checklist|wrap-?up|where\s+we(?:'re|’re|\s+are)\s+at)\b[^:\n]{0,60}"
    r":\s*"
)
#: An item of those notes that asks its reader to act ("... please go ahead and close them out
#: as paid in the ledger").
_ASK_IN_NOTE: Final = re.compile(
    r"\b(?:please|pls|kindly)\s+(?:go\s+ahead\s+and\s+|can\s+you\s+|could\s+you\s+)?[a-z]"
    r"|\b(?:can|could)\s+you\s+(?:please\s+)?[a-z]"
    r"|\bplease\s*[.!]?\s*$"  # "... and close those debtor balances this morning please."
    # "while you're in the rota system, clear out the old volunteer accounts"
    r"|\bwhile\s+you(?:'re|’re|\s+are)\s+(?:in|on|at)\b[^,\n]{1,60},\s*[a-z]",
)
#: An excerpt's heading ("Extract from the draft trustee minutes, 14 October:"), not a task.
EXCERPT_HEADING: Final = re.compile(
    r"\s*(?:an?\s+)?(?:extract|excerpt)s?\s+from\s+(?:the|our|[\w'-]+'s)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:minutes|report|letter|email|contract|lease|agreement|policy|document|transcript|notes"
    r"|log|statement|register|papers|handbook|manual)\b[^:\n]{0,40}:\s*"
)


def asks_in_notes(first: str, lines: list[str], material: list[str]) -> list[str] | None:
    """Under a heading over the writer's own notes (``first``), the items that ask the reader to
    act stay instruction and the rest go to ``material``; None under any other heading."""
    if not _NOTES_HEADING.fullmatch(first):
        return None
    asks = [line for line in lines if _ASK_IN_NOTE.search(line)]
    if not asks:
        return None
    material.extend(line for line in lines if line not in asks)
    return asks
