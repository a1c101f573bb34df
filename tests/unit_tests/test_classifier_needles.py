"""The needle gates of ``NeedlePattern`` never change a result.

A ``NeedlePattern`` skips its regex when the text holds none of its needles. That is only
sound when every possible match consumes one of the needles as literal text, which is proved
here from the pattern's parse tree: each top-level branch must hold a needle in a run of
literal characters (alternatives of literals are expanded, zero-width assertions skipped, and
a group, repeat or branch counts only when all its ways of matching hold one).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import re._constants as c
import re._parser as sre_parse
from typing import Any

import pytest

import langchain_tiered
from langchain_tiered import _classifier_rules as rules
from langchain_tiered._classifier_needles import NeedlePattern, StemIndex

_ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
_MAX_WAYS = 500


def _strings(op: Any, av: Any) -> set[str] | None:
    """Every string a node of literals matches, or None when it is not all literals."""
    if op is c.LITERAL:
        return {chr(av)}
    if op is c.IN and all(kind is c.LITERAL for kind, _ in av):
        return {chr(code) for _, code in av}
    if op is c.SUBPATTERN and not av[1]:  # no inline flag (a case-insensitive group is out)
        return _sequence_strings(list(av[-1]))
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            ways = _sequence_strings(list(branch))
            if ways is None:
                return None
            out |= ways
        return out
    return None


def _sequence_strings(items: list[Any]) -> set[str] | None:
    ways = {""}
    for op, av in items:
        more = _strings(op, av)
        if more is None:
            return None
        ways = {a + b for a in ways for b in more}
        if len(ways) > _MAX_WAYS:
            return None
    return ways


def _holds_needle(items: list[Any], needles: tuple[str, ...], start: frozenset[str]) -> bool:
    """True when every match of the sequence ``items`` (after text ``start``) holds a needle."""
    ways: set[str] = set(start)
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        more = _strings(op, av)
        if more is not None:
            ways = {a + b for a in ways for b in more}
            if len(ways) > _MAX_WAYS:
                ways = {""}
            if all(any(n in way for n in needles) for way in ways):
                return True
            continue
        now = frozenset(ways)
        if op is c.SUBPATTERN and not av[1] and _holds_needle(list(av[-1]), needles, now):
            return True
        if op is c.BRANCH and all(_holds_needle(list(b), needles, now) for b in av[1]):
            return True
        if op in _REPEATS and av[0] >= 1 and _holds_needle(list(av[2]), needles, frozenset({""})):
            return True
        ways = {""}
    return False


def _unproved_branches(pattern: re.Pattern[str], needles: tuple[str, ...]) -> list[str]:
    assert not pattern.flags & re.IGNORECASE, "needles are matched case-sensitively"
    items = list(sre_parse.parse(pattern.pattern))
    branches = items[0][1][1] if len(items) == 1 and items[0][0] is c.BRANCH else [items]
    return [
        str(branch)[:200]
        for branch in branches
        if not _holds_needle(list(branch), needles, frozenset({""}))
    ]


def _needle_patterns() -> list[tuple[str, NeedlePattern]]:
    found: dict[int, tuple[str, NeedlePattern]] = {}
    for info in pkgutil.iter_modules(langchain_tiered.__path__):
        if not info.name.startswith("_classifier"):
            continue
        module = importlib.import_module(f"langchain_tiered.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, NeedlePattern):
                found.setdefault(id(value), (f"{info.name}.{name}", value))
    return sorted(found.values(), key=lambda item: item[0])


_GATED = _needle_patterns()


def test_the_hot_markers_are_gated() -> None:
    names = {name.split(".")[-1] for name, _ in _GATED}
    assert {"LIVE_MARKER", "NONLIVE_TARGET"} <= names


@pytest.mark.parametrize(("name", "gated"), _GATED, ids=[name for name, _ in _GATED])
def test_every_match_holds_a_needle(name: str, gated: NeedlePattern) -> None:
    assert _unproved_branches(gated.regex, gated.needles) == []


@pytest.mark.parametrize(
    ("pattern", "needles", "proved"),
    [
        (r"\bprod\b|\blive\b", ("prod", "live"), True),
        (r"\b(?:main|master)\s+branch\b", ("main", "master"), True),
        (r"(?<!\bnot\s)\bpublic\s+page", ("public",), True),  # a lookbehind consumes nothing
        (r"\bskip\s+the\s+canary\b|\bprod\b", ("prod",), False),  # "skip" is not a needle
        (r"(?:fork|feature\s+branch)", ("fork",), False),
        (r"(?<=prod)\w+", ("prod",), False),  # the needle sits outside the match
        (r"(?i:prod)", ("prod",), False),  # "PROD" would match without the needle
        (r"(?:prod)?x", ("prod",), False),  # optional
    ],
)
def test_the_proof_rejects_a_needle_a_match_can_lack(
    pattern: str, needles: tuple[str, ...], proved: bool
) -> None:
    assert (_unproved_branches(re.compile(pattern), needles) == []) is proved


def test_a_gated_pattern_finds_what_its_regex_finds() -> None:
    gated = NeedlePattern(r"\bprod(?:uction)?\b", ("prod",))
    for text in ["drop it on production now", "nothing live here", "prod and prod", ""]:
        assert [m.span() for m in gated.finditer(text)] == [
            m.span() for m in gated.regex.finditer(text)
        ]
        found, expected = gated.search(text), gated.regex.search(text)
        assert (found and found.span()) == (expected and expected.span())
    assert gated.search("prod", 1) is None  # the window still applies


def _owners_by_in(entries: tuple[tuple[int, tuple[str, ...]], ...], text: str) -> set[int]:
    return {owner for owner, stems in entries if any(stem in text for stem in stems)}


def test_a_stem_index_finds_every_owner_the_in_tests_find() -> None:
    # stems that are prefixes of each other, substrings of each other, and regex characters
    entries = (
        (0, ("prod",)),
        (1, ("production", "live")),
        (2, ("rod", "d")),
        (3, ("a.b", "(x")),
        (4, ("über",)),
    )
    index = StemIndex(entries)
    texts = [
        "",
        "production",
        "prod",
        "rod",
        "xyz",
        "a.b",
        "axb",
        "(x",
        "live and über",
        "uber",
        "the productions of prod-db",
        "d",
    ]
    for text in texts:
        assert index.owners_in(text) == _owners_by_in(entries, text), text


def test_the_shipped_stem_indexes_agree_with_the_in_tests() -> None:
    texts = [
        "please deploy the new build to prod tonight",
        "mets à jour la base de production, lance la migration",
        "gib mir die Zugangsdaten für den Server",
        "summarise this thread for the newsletter",
    ]
    for index in (rules.RULE_STEMS, rules.RULE_STEMS_ASCII, rules.CUE_STEMS, rules.CUE_STEMS_ASCII):
        for text in texts:
            assert index.owners_in(text) == _owners_by_in(index.entries, text), text
