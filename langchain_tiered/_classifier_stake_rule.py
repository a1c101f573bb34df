"""How a stakes rule fires: :class:`StakesRule` and the builders the rule tables use.

The tables are :mod:`._classifier_stakes` and :mod:`._classifier_stakes_audits` (English),
:mod:`._classifier_stakes_ops` and :mod:`._classifier_stakes_ops_calls` (operations and tool
calls), :mod:`._classifier_stakes_ml`, :mod:`._classifier_stakes_ml_vietnamese_arabic` and
:mod:`._classifier_stakes_ml_access` (other languages), :mod:`._classifier_stakes_ops_more`
(more operations), :mod:`._classifier_stakes_ml_more` (more languages) and
:mod:`._classifier_stakes_more` (more English). The markers they test are in
:mod:`._classifier_markers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from langchain_tiered._classifier_markers import (
    DATA_OBJECT,
    ENV_LOCAL_MARKER,
    LIVE_MARKER,
    LOCAL_MARKER,
    STRICT_LOCAL_MARKER,
)
from langchain_tiered._classifier_patterns import NONLIVE_TARGET, _c, _words

#: A quantifier over everything right after a strong destructive verb ("wipe all devices").
_EVERY: Final = _c(
    r"\s*(?:all(?:\s+of)?|every|the\s+(?:entire|whole))\s+(?:the\s+)?(?!(?:[\w/()-]+\s+){0,3}?"
    r"(?:lines?|rows?|entries|columns?|fields?|items?|words?|characters?|spaces?|logs?|else)\b)\w"
)

#: A place that is not local named alongside a local one ("from the archive and the staging
#: buckets"): the local marker does not spare the whole act.
_BOTH_PLACES: Final = _c(
    r"\b(?:archive|warehouse|lake|backups?|databases?|db|buckets?|tables?|storage|vault|index"
    r"|prod\w*|live)\s+(?:and|&|plus|as\s+well\s+as)\s+(?:the\s+|our\s+|all\s+)?(?:staging|dev"
    r"|test|sandbox|qa|uat)\b|\b(?:staging|dev|test|sandbox|qa|uat)\s+(?:[\w-]+\s+)?(?:and|&|plus"
    r"|as\s+well\s+as)\s+(?:the\s+|our\s+|all\s+)?(?:prod\w*|live|archive|warehouse|lake|backups?"
    r"|main|primary)\b"
)


@dataclass(frozen=True, slots=True)
class _Stake:
    """What a stakes finder found: the intent, the rule, and the verb and object it fired on."""

    intent: str
    rule: str
    verb: str
    obj: str
    confidence: float


#: Words before an environment that say the act did not happen there ("ran the relabeling
#: script against the real LIMS instead of the sandbox").
_INSTEAD_OF: Final = _c(
    r"\b(?:instead\s+of|rather\s+than|not(?:\s+(?:on|in|against))?)\s+(?:(?:the|our|a|its)\s+)?$"
    # "(Femi forgot to point it at staging)": where it should have run, so it ran live
    r"|\b(?:forgot\s+to|didn't|did\s+not|failed\s+to|should\s+have)\s+(?:point|run|aim)"
    r"(?:ed)?\s+(?:it\s+|them\s+)?(?:at|on|against)\s+(?:(?:the|our)\s+)?$"
    # "nicht auf der Produktionsdatenbank", "no en producción", "pas sur la production"
    r"|\b(?:nicht|pas|no|não|nao|non|niet|nie)\s+(?:(?:auf|in|im|en|em|na|no|su|sur|op|w)\s+)?"
    r"(?:(?:der|dem|den|die|das|el|la|le|il|lo|o|a|de|het)\s+)?$"
)


def _named_instead(text: str, found: re.Match[str]) -> bool:
    """True when ``found`` is named as where the act is not to happen ("instead of the
    sandbox", "not the live one")."""
    return _INSTEAD_OF.search(text, max(0, found.start() - 30), found.start()) is not None


def _local_envs(text: str) -> list[str]:
    """The non-production environments named in ``text``, bar those named as where the act did
    not happen ("instead of the sandbox")."""
    return [m.group() for m in ENV_LOCAL_MARKER.finditer(text) if not _named_instead(text, m)]


def _live_in(text: str) -> re.Match[str] | None:
    """The first live marker in ``text`` not named as where the act is not to happen ("against
    the POC copy (not the live one)")."""
    return next((m for m in LIVE_MARKER.finditer(text) if not _named_instead(text, m)), None)


def _nonlive(text: str, ignore: frozenset[str] = frozenset()) -> bool:
    """A non-production environment is named (staging, sandbox, test mode...) and no live one;
    environment words in ``ignore`` do not count ("simulation" for a simulated run's output)."""
    return any(env not in ignore for env in _local_envs(text)) and not LIVE_MARKER.search(text)


#: A sentence opened by a reported check ("tom-hc commented: Verified with last night's scans
#: on staging"): the non-live system it names is where the check ran, not the request's target.
_CHECK_REPORTED: Final = _c(
    r"\s*(?:[\w .'()-]{1,40}:\s+)?(?:verified|tested|validated|soaked|rehearsed|trialled"
    r"|trialed)\b"
)
#: ... or a clause reporting a check passed on it ("v3.5.1 is built, tests pass on staging").
_PASSED_ON: Final = _c(
    r"\b(?:tests?|checks?|it|everything|all)\s+(?:(?:all|have|has)\s+)?(?:pass(?:ed|es)?|ran\s+green"
    r"|(?:is|are)\s+green)\s+(?:(?:on|in)\s+(?:the\s+)?)?$"
    # "..., QA signed it off on the bench unit": the sign-off reported, not the target
    r"|\b(?:signed\s+(?:it|this|them|that)\s+off|(?:tested|tried|verified|validated|soaked|trialled"
    # ("Rui already tested it on staging": the place a run names starts with its "on")
    r"|trialed)\s+(?:it|this|them|that))(?:\s+(?:on|in)\s+(?:the\s+|our\s+|a\s+)?|\s+)$"
    # the same in other languages, verb first: "vi har testat den i staging", "lo hemos
    # probado en staging" (German puts the verb last, "in Staging getestet", and is not read)
    r"|\b(?:testat|testet|testede|testade|getest|testé|testée|probado|testado|testato|provato)\s+"
    r"(?:den|det|dem|es|het|le|la|lo|o|a|il)?\s*(?:i|in|på|op|en|em|su|sur|auf)\s+(?:der\s+|la\s+"
    r"|el\s+|o\s+|a\s+)?$"
    # Greek "έχει ελεγχθεί στο staging" (it has been checked in staging)
    r"|(?:ελέγχθηκε|ελεγχθεί|δοκιμάστηκε|δοκιμαστεί|τεσταρίστηκε|τεσταριστεί|δοκιμάσαμε"
    r"|ελέγξαμε)\s+(?:\w+\s+){0,2}?(?:στο|στη|στην|σε)\s+$"
    # Arabic "اختبرنا الإصدار 4.0 من نظام الحجز على" (we tested release 4.0 ... on)
    r"|(?:اختبرنا|جربنا|اختبرت|جربت|تم\s+(?:اختبار|تجربة))\s+(?:[^\s،]+\s+){0,8}(?:على|في)\s+$"
    # "- Priya did the dry run on staging last week": a rehearsal reported
    r"|\b(?:did|done|ran|finished|completed)\s+(?:the\s+|a\s+)?(?:dry[- ]?run|rehearsal|trial\s+run"
    r"|test\s+run)(?:\s+(?:on|in)\s+(?:the\s+|our\s+)?|\s+)$"
    # "Femi ran the migration on staging yesterday against a copy ...": a past run reported
    r"|\b(?:ran|rehearsed|trialled|trialed)\s+(?:it|this|them|that|the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:migration|import|script|change|upgrade|backfill|job|update|load|sync))"
    r"(?:\s+(?:on|in)\s+(?:the\s+|our\s+|a\s+)?|\s+)$"
    # "Tomasz signed off the simulator results, so ...": a sign-off on where it was tried
    r"|\bsigned\s+off\s+(?:on\s+)?(?:the\s+|our\s+)?$"
    # "CI green, ran on staging against a copy of Friday's data": a run there reported
    r"|\b(?:ran|tested)\s+$"
    # "the index build on carers took 7 minutes on staging": a rehearsal's timing reported
    r"|\b(?:took|lasted|(?:ran|finished|completed)\s+in)\s+(?:about\s+|around\s+|roughly\s+|just\s+"
    r"|under\s+|over\s+|~\s?)?\d+(?:[.,]\d+)?\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)"
    r"\s+(?:(?:on|in)\s+(?:the\s+|our\s+)?)?$"
    # "importer v1 passed QA on staging Tuesday": the check passed (QA, UAT, testing) and where
    r"|\b(?:passed|cleared|went\s+through)\s+(?:(?:qa|uat|testing|tests|acceptance|review"
    r"|checks)\s+(?:(?:on|in)\s+(?:the\s+|our\s+)?)?)?$"
    # "Counts all matched on staging.": a reconciliation's result reported
    r"|\b(?:counts?|totals?|numbers|figures|checksums?|row\s+counts?)\s+(?:all\s+|both\s+)?"
    r"(?:matched|tallied|reconciled|agreed|balanced)\s+(?:on|in)\s+(?:the\s+|our\s+)?$"
)
#: ... or a stay on it ("it's been sitting on staging for a week", "Marek has a fix on
#: staging": where a change waits, not where the ask goes).
_STAYED: Final = _c(
    r"\b(?:been|sat|sitting)\s+(?:\w+\s+)?$|\b(?:has|have|got|'s\s+got|'ve\s+got)\s+(?:a|the"
    r"|his|her|their|our)\s+(?:[\w-]+\s+)?(?:fix|patch|hotfix|build|candidate|branch)\s+(?:up\s+"
    r"|ready\s+|waiting\s+)?(?:(?:on|in)\s+(?:the\s+)?)?$"
)
_FOR_A_WHILE: Final = _c(
    r"\s+(?:for|since)\s+(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+|last|yesterday"
    r"|monday|tuesday|wednesday|thursday|friday)\b"
)
#: After an environment: a run there reported ("on staging it took 11 minutes").
_RUN_THERE_REPORTED: Final = (
    r"\s+(?:it|this|that)\s+(?:took|ran|lasted|finished|completed|failed|passed|worked|went)\b"
)
#: ... or a sentence that reports the test done ("Testing on the bench unit is done.", "The
#: dry run on staging was clean.").
_DONE_AFTER: Final = _c(
    _RUN_THERE_REPORTED + r"|"
    # "Dry run on staging said 41,208 cards": what the run there found, reported
    r"\s+(?:said|says|showed|shows|found|returned|reported|counted|matched|listed|flagged)\s+"
    r"(?:~|about\s+|only\s+)?\d|"
    r"[^.!?\n]{0,30}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:all\s+)?(?:done|complete"
    r"|completed|finished|over|green|passed|signed\s+off|clean|successful)\b"
    # "Die Tests in Staging waren grün.", "les tests en recette étaient verts"
    r"|[^.!?\n]{0,30}?\b(?:war|waren|ist|sind)\s+(?:alle\s+)?(?:grün|ok|okay|erfolgreich|durch"
    r"|bestanden|sauber)\b|[^.!?\n]{0,30}?\b(?:était|étaient|sont|est)\s+(?:tous\s+)?(?:verts?|ok"
    r"|concluants?|passés?)\b|[^.!?\n]{0,30}?\b(?:fueron|estaban|están|está|son)\s+(?:todos\s+)?"
    r"(?:verdes?|ok|correctos?|exitosos?)\b"
    # Hindi "v3.2 स्टेजिंग पर ठीक चल रहा है" (is running fine on staging): a report
    r"|\s*(?:ठीक|सही|बढ़िया|अच्छे\s+से)\s+(?:चल\s+(?:रहा|रही|रहे)|चला|चली|है|था|थी)"
)
#: Where a sentence starts: after its end mark or a line break.
_SENTENCE_START: Final = _c(r"[.!?]\s|\n")


#: A run named just before the environment ("Dry run on ", "the rehearsal in "): with
#: ``_DONE_AFTER`` ("... said 41,208 cards"), where it ran, reported.
_RUN_BEFORE: Final = _c(
    r"\b(?:dry[- ]?run|rehearsal|trial\s+run|test\s+run|test(?:ing)?|run)\s+(?:on|in|against)\s+"
    r"(?:the\s+|our\s+)?$"
)


def _not_the_place(text: str, found: re.Match[str], prefix: str) -> bool:
    """True when the environment ``found`` (``prefix``: its sentence up to it) is named as where
    the act is not to happen ("not the bench unit") or where a reported check ran ("Verified
    on staging", "tests pass on staging"), not as the request's target."""
    return bool(
        _named_instead(text, found)
        or _CHECK_REPORTED.match(prefix)
        or _PASSED_ON.search(prefix)
        or (_RUN_BEFORE.search(prefix) and _DONE_AFTER.match(text, found.end()))
    )


def _sentence_prefix(text: str, found: re.Match[str]) -> str:
    """The sentence of ``text`` that holds ``found``, up to it."""
    starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, found.start())]
    return text[starts[-1] if starts else 0 : found.start()]


def nonlive_ask(text: str) -> bool:
    """Like :func:`_nonlive`, but an environment named as where a reported check ran ("Counts
    all matched on staging. Execute 4 to 6 now.") is not where the ask goes."""
    return not LIVE_MARKER.search(text) and any(
        not (_named_instead(text, m) or _not_the_place(text, m, _sentence_prefix(text, m)))
        for m in ENV_LOCAL_MARKER.finditer(text)
    )


def names_nonlive_target(text: str) -> bool:
    """True when ``NONLIVE_TARGET`` matches ``text`` as the request's target, not as the place
    a reported check ran (or a test is reported done) or where the change has stayed."""
    for found in NONLIVE_TARGET.finditer(text):
        prefix = _sentence_prefix(text, found)
        if not (
            _not_the_place(text, found, prefix)
            or _STAYED.search(prefix)
            or _FOR_A_WHILE.match(text, found.end())
            or _DONE_AFTER.match(text, found.end())
        ):
            return True
    return False


#: After a local marker: the team that ran a check ("QA signed it off", "UAT has passed it").
_CHECKED_BY: Final = _c(
    r"\s+(?:team\s+)?(?:has\s+|have\s+)?(?:signed|tested|verified|approved|passed|checked"
    r"|validated|cleared|gave)\b"
)


#: After a local marker: a rehearsal there and how it went ("the staging rehearsal failed at
#: batch 17"): where the act was tried, not its target.
_REHEARSED_THERE: Final = _c(
    # ("apply the migration to the real one now, the staging run was fine")
    r"\s+(?:rehearsal|dry[- ]?run|trial(?:\s+run)?|test\s+run|run-through|soak(?:\s+test)?|run"
    r"|migration|import)"
    r"\s+(?:(?:on|at|in)\s+[^.?!,;\n]{1,30}?\s+)?(?:failed|passed|went|was|were|took|ran|showed"
    r"|found|hit|broke|succeeded|completed|finished|came\s+back|blew\s+up|stalled)\b"
    r"|" + _RUN_THERE_REPORTED
)


#: Before a material marker: the file an overwrite takes its data from ("Overwrite the cask
#: master data in BondTrack with the spreadsheet Keisha sent (attached as casks.csv)").
_SOURCE_BEFORE: Final = _c(
    r"\b(?:overwrite|replace|reload|re-?import)\b[^.?!\n]{0,120}\bwith\s+(?:the\s+|this\s+|that\s+"
    r"|her\s+|his\s+|their\s+|our\s+)?[^.?!\n]{0,80}$"
)
#: The material markers a source may carry (not an environment: "with the staging copy").
_MATERIAL_WORDS: Final = _c(
    r"(?:attached|below|above|following|pasted|this\s+(?:csv|file|sheet"
    r"|spreadsheet|list|export))\b"
)


def _local_target(sentence: str) -> re.Match[str] | None:
    """The first local marker in ``sentence`` that is not where a reported check ran, or who
    ran it ("promote 3.0.0 to all five kiosks, QA signed it off on the bench unit"), nor the
    file an overwrite takes its data from."""
    return next(
        (
            m
            for m in LOCAL_MARKER.finditer(sentence)
            if not (
                _not_the_place(sentence, m, sentence[: m.start()])
                or _CHECKED_BY.match(sentence, m.end())  # "QA signed it off": QA is who checked
                or _REHEARSED_THERE.match(sentence, m.end())  # "the staging rehearsal failed"
                or (
                    _MATERIAL_WORDS.match(m.group())
                    and _SOURCE_BEFORE.search(sentence, 0, m.start()) is not None
                )
            )
        ),
        None,
    )


Mode = Literal[
    "live_or_data", "strong", "not_local", "object", "object_env", "object_live", "direct"
]


@dataclass(frozen=True, slots=True)
class StakesRule:
    """One tier-3 rule: a verb (in lead position unless ``lead`` is False) plus an object test.

    The rule is tried only when one of ``gate`` is a token of the instruction or one of
    ``needles`` is a substring of it. ``verb`` is matched at the token (lead rules) or searched
    in each sentence; ``scope`` says whether objects are looked for after the verb ("rest") or
    in the whole sentence. ``mode`` decides how the object is checked:

    * ``live_or_data``: a live marker in the sentence, or a data object after the verb and no
      local marker in the sentence.
    * ``strong``: for unambiguous verbs (drop, truncate, purge...): a live marker anywhere in the
      instruction, or a data object and no explicit pasted-material/non-production marker.
    * ``not_local``: fires unless a local marker is present and no live marker is.
    * ``object``: ``obj`` must match and no local marker may be present (unless a live one is).
    * ``object_env``: like ``object``, but only a non-production environment cancels it (pasted
      material does not: "refund every order in this list" moves money).
    * ``object_live``: ``obj`` must match and a live marker must be in the instruction.
    * ``direct``: the verb pattern alone decides.
    """

    name: str
    intent: str
    gate: frozenset[str]
    verb: re.Pattern[str]
    mode: Mode
    obj: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    lead: bool = True
    needles: tuple[str, ...] = ()
    scope: Literal["rest", "sentence"] = "rest"

    def object_for(self, sentence: str, rest: str, live_anywhere: str) -> str | None:
        """The object that licenses this rule in a clause, ``""`` for direct rules, else None.

        ``sentence`` is the whole clause, ``rest`` the text after the verb and
        ``live_anywhere`` a live marker found anywhere in the instruction (or ``""``).
        """
        if self.unless is not None and self.unless.search(rest):
            return None
        live = _live_in(sentence)
        if self.mode == "direct":
            return live.group() if live else ""
        if self.mode == "strong":
            if live or live_anywhere:
                return live.group() if live else live_anywhere
            both = _BOTH_PLACES.search(sentence)  # "from the archive and the staging buckets"
            data = DATA_OBJECT.search(rest)
            if data is None and (both or not LOCAL_MARKER.search(sentence)):
                data = _EVERY.match(rest)  # "purge all reservations", not "all lines from this"
            spared = STRICT_LOCAL_MARKER.search(sentence) is not None and both is None
            return data.group() if data and not spared else None
        local = _local_target(sentence)
        if self.mode == "not_local":
            return live.group() if live else (None if local else "")
        if self.mode == "live_or_data":
            if live:
                return live.group()
            data = DATA_OBJECT.search(rest)
            return data.group() if data and not local else None
        found = self.obj.search(rest) if self.obj is not None else None
        if found is None:
            return None
        if self.mode == "object_live":
            where = live.group() if live else live_anywhere
            return f"{where} {found.group()}" if where else None
        if live:
            return f"{live.group()} {found.group()}"
        if self.mode == "object_env":
            local = ENV_LOCAL_MARKER.search(sentence)
        return None if local else found.group()


def _rule(
    name: str,
    intent: str,
    gate: str,
    verbs: str,
    mode: Mode,
    obj: str | None = None,
    unless: str | None = None,
) -> StakesRule:
    """A lead-position rule: ``verbs`` is matched where a gate word starts."""
    return StakesRule(
        name,
        intent,
        _words(gate),
        _c(r"(?P<verb>" + verbs + r")\b"),
        mode,
        _c(obj) if obj else None,
        _c(unless) if unless else None,
    )


#: A sentence opened by a speaker's or a plan's label ("kerry: ...", "plan: ...").
_LABELLED: Final = re.compile(r"\s*(?:[-*>]\s*)?[^\W\d_][\w.'-]{0,20}(?:\s[\w.'-]{1,20})?\s*:\s")


@dataclass(frozen=True, slots=True)
class UnquotedRule(StakesRule):
    """A lead rule that passes over a sentence quoted under a speaker's or plan's label
    ("Kerry: ... cancel her 31 mandates", "agent: Plan: flash ccs-hmi-mp1 with ..."): the thread
    and plan finders read those with what answers them."""

    def object_for(self, sentence: str, rest: str, live_anywhere: str) -> str | None:
        if _LABELLED.match(sentence):
            return None
        return StakesRule.object_for(self, sentence, rest, live_anywhere)


def unquoted_rule(
    name: str, intent: str, gate: str, verbs: str, mode: Mode, obj: str, unless: str
) -> StakesRule:
    """``_rule`` as :class:`UnquotedRule`."""
    rule = _rule(name, intent, gate, verbs, mode, obj, unless)
    return UnquotedRule(
        rule.name, rule.intent, rule.gate, rule.verb, rule.mode, rule.obj, rule.unless
    )


def _search_rule(
    name: str, intent: str, gate: str, pattern: str, mode: Mode, obj: str | None = None
) -> StakesRule:
    """A rule whose pattern (with ``verb`` and ``rest`` groups) is searched in each sentence."""
    return StakesRule(
        name, intent, _words(gate), _c(pattern), mode, _c(obj) if obj else None, lead=False
    )


def _ml_rule(
    name: str, intent: str, needles: str, verbs: str, obj: str, unless: str | None = None
) -> StakesRule:
    """A multilingual rule: verb and object anywhere in the same sentence (no lead analysis).

    ``unless`` (searched in the sentence) cancels it: a reading, extraction or code task.
    """
    return StakesRule(
        name,
        intent,
        frozenset(),
        _c(r"(?P<verb>" + verbs + r")"),
        "object",
        _c(obj),
        _c(unless) if unless else None,
        lead=False,
        needles=tuple(needles.split()),
        scope="sentence",
    )
