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
from typing import Any, Final


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


class StemIndex:
    """The rules (or cues) whose stems occur in a text, found in one scan.

    ``entries`` pairs an owner (a rule's position) with its stems; an owner opens when any of
    its stems is a substring of the text. Testing each stem with ``in`` costs one pass over
    the text per stem (hundreds per call); here one regex shaped as a trie of all stems finds,
    at every position, the longest stem starting there, and the stems that are prefixes of it
    are counted too. Every occurrence of a stem is the prefix of the longest stem matched at
    its position, so the owners found are exactly those of the ``in`` tests.
    """

    __slots__ = ("_finder", "_owners", "entries")

    def __init__(self, entries: tuple[tuple[int, tuple[str, ...]], ...]) -> None:
        self.entries: Final = entries
        self._owners: dict[str, frozenset[int]] = {}
        self._finder: re.Pattern[str] | None = None  # built on first use (no import-time cost)

    def owners_in(self, text: str) -> set[int]:
        """The owners with a stem somewhere in ``text``."""
        if self._finder is None:
            self._build()
        assert self._finder is not None
        found: set[int] = set()
        for match in self._finder.finditer(text):
            found |= self._owners[match.group(1)]
        return found

    def _build(self) -> None:
        owners: dict[str, set[int]] = {}
        for owner, owned in self.entries:
            for stem in owned:
                owners.setdefault(stem, set()).add(owner)
        # each stem, with the owners of every stem that is a prefix of it
        self._owners = {
            stem: frozenset().union(*(owners.get(stem[:k], ()) for k in range(1, len(stem) + 1)))
            for stem in owners
        }
        # (no stems: a pattern that never matches)
        self._finder = re.compile(f"(?=({_trie(sorted(owners))}))" if owners else r"(?!)")


def _trie(words: list[str]) -> str:
    """A regex matching any of ``words``, longest first, shaped as a trie (one branch per next
    character, so a position is dropped after one character test)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + build(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: the longer words are tried first
            return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return build(root)
