"""``NeedlePattern``: a compiled pattern that skips texts it cannot match.

Python's ``re`` tries every alternative at every position, and the markers tried on every
untagged call (live systems, test environments, places named as non-live) are long
alternations whose branches open with look-behinds, so a scan of a long prompt costs
hundreds of microseconds even when the prompt names no environment at all. Each such marker
is given the literal substrings (*needles*) that any match of it must hold; a text holding
none of them is not scanned. ``tests/unit_tests/test_classifier_needles.py`` proves every
needle list from the pattern's parse tree, so the gate never changes a result.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Final


class NeedlePattern:
    """A compiled pattern behind a substring test: every match holds one of ``needles``, so a
    text holding none of them is not scanned at all.

    ``tests/unit_tests/test_classifier_needles.py`` proves the needles from the pattern's parse
    tree (every branch must consume one of them as literal text), so the gate never changes a
    result; it only spares the scan (most prompts name no live system).
    """

    __slots__ = ("needles", "regex")

    def __init__(self, pattern: str, needles: tuple[str, ...]) -> None:
        self.regex: Final = re.compile(pattern)
        self.needles: Final = needles

    def _open(self, text: str) -> bool:
        return any(needle in text for needle in self.needles)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``, or None at once when ``text`` holds no needle."""
        return self.regex.search(text, pos, endpos) if self._open(text) else None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``, or nothing at once when ``text`` holds no needle."""
        return self.regex.finditer(text, pos, endpos) if self._open(text) else iter(())
