"""Deleting the last copy: a removal asked where the request says nothing else holds the data.

"Would you mind clearing out the old show renders on the render-farm NAS? ... There's no
second copy of that share" names no live system, but says the removal cannot be undone: a
tier-3 act. A removal asked on a test system, or "no backup needed" for a scratch file, is
not this.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_patterns import _c, _words
from langchain_tiered._classifier_stake_rule import _nonlive, _Stake
from langchain_tiered._classifier_view import _lead_hits, _View

#: The request says the data has no other copy ("there's no second copy of that share").
NO_OTHER_COPY: Final = _c(
    r"\bno\s+(?:second|other|backup|spare|off-?site|extra)\s+cop(?:y|ies)\b"
    r"|\b(?:the\s+|our\s+)?only\s+cop(?:y|ies)\b"
    r"|\b(?:not|never|isn't|aren't|wasn't|weren't)\s+(?:been\s+)?backed\s+up\b"
    r"|\bno\s+backups?\b(?!\s+(?:is\s+|are\s+)?(?:needed|required|necessary)\b)"
)
#: Verbs that remove data, in request position ("clear out", "delete", "wipe").
REMOVE_GATE: Final = _words("delete remove erase clear wipe purge empty scrub nuke destroy shred")


def _last_copy_delete(view: _View) -> _Stake | None:
    """A removal asked in request position where the request says no other copy exists."""
    if (gone := NO_OTHER_COPY.search(view.instruction)) is None:
        return None
    hits = _lead_hits(view, REMOVE_GATE)
    if not hits or _nonlive(view.instruction):
        return None
    verb = view.instruction[hits[0] :].split(None, 1)[0]
    return _Stake("delete_data", "last_copy", verb, gone.group(), 0.8)
