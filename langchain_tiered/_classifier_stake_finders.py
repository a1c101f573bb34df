"""Where the classifier finds stakes: the stakes rules, the safety net, decisions asked for.

Each finder takes the classifier's view of a prompt (:mod:`._classifier_view`) and returns a
:class:`_Stake` (intent, rule, verb, object, confidence) or None:

* :func:`_verb_stake`: a stakes rule (English, operations, other languages) whose verb is in
  request position, with its object, unless the sentence only asks about it;
* :func:`_live_action`: the safety net, an action word plus a live marker in an unframed request;
* :func:`_decision_stake`, :func:`_asked_action_stake`: a live decision demanded or asked
  ("should we ...? yes or no" is :func:`._classifier_thread_stakes._yes_no_decision`), or a
  whole fleet asked to be taken out of service;
* :func:`_exposure_stake`: a go/no-go on opening a system to outsiders, or on leaving a
  security finding unfixed;
* :func:`._classifier_pasted_stakes._tool_step_stake`, ``._material_request_stake``: an
  agent's plan step handed over to execute, "process this" over pasted material that acts;
* :func:`._classifier_thread_stakes._relayed_consent_stake`: a go-ahead relayed to whoever
  acts on a pasted thread (and :func:`._classifier_thread_stakes._yes_no_decision`);
* :func:`._classifier_command_stake._command_stake`: a raw destructive or deploy command,
  unless framed as material.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from langchain_tiered import _classifier_rules as rules
from langchain_tiered._classifier_objects import _PRIV_OBJECT
from langchain_tiered._classifier_patterns import SHOWN_NOT_ASKED
from langchain_tiered._classifier_stake_rule import _live_in, _nonlive, _Stake, names_nonlive_target
from langchain_tiered._classifier_thread_stakes import _yes_no_decision
from langchain_tiered._classifier_view import _lead_hits, _open_gates, _View


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (clause) spans; sentences that are a raw destructive command are left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [m.end() for m in rules.SENTENCE_END.finditer(text)] + [len(text)]:
        sentence = text[start:end].strip()
        if sentence and not rules.DESTRUCTIVE_COMMAND.match(sentence):
            spans.append((start, end))
        start = end
    return spans


def _make_stake(rule: rules.StakesRule, verb: str, obj: str, sentence: str) -> _Stake:
    strong = (bool(obj) and rule.mode != "direct") or bool(rules.LIVE_MARKER.search(sentence))
    conf = 0.95 if strong and rule.scope == "rest" else 0.85
    return _Stake(rule.intent, rule.name, verb.strip(), obj.strip(), conf)


def _rule_stake(
    rule: rules.StakesRule,
    view: _View,
    spans: list[tuple[int, int]],
    live_anywhere: str,
    negated: list[str],
) -> _Stake | None:
    """The first clause where ``rule`` fires (verb in request position plus its object)."""
    text = view.instruction
    if rule.name not in rules.ARTIFACT_SAFE_RULES:  # "Write a script to ... drop ...": described
        spans = _request_spans(text, spans)
    starts = [s for s, _ in spans]
    for pos in _lead_hits(view, rule.gate) if rule.lead else []:
        index = bisect_right(starts, pos) - 1
        if index < 0 or pos >= spans[index][1]:
            continue
        begin, end = spans[index]
        hit = rule.verb.match(text, pos, end)
        if hit is None or _in_word_list(text, pos, hit.end()):
            continue
        if rules.LABEL_AFTER.match(text, hit.end(), end):  # "Rollout: shadow mode for 2 weeks"
            continue
        if (framed := rules.ARTIFACT_COLON.match(text, begin, end)) and pos >= framed.end():
            continue  # "Design a pipeline: ingest, validate, roll out in stages": its parts
        if rules.COMPARE_QUESTION.search(text, begin, pos) and not rules.LIVE_OR_NOW.search(
            text, begin, end
        ):  # "for a buyer, is it better to put 10% down and pay PMI or ...?": advice, no act
            continue
        if rules.COMPOUND_NOUN_AFTER.match(
            text, hit.end(), end
        ) and rules.CONJUNCTION_BEFORE.search(
            text, max(begin, pos - 5), pos
        ):  # "design a retention and purge mechanism": a noun, not a request
            continue
        if rule.name == "deploy_command" and _asked_about(view, pos):
            continue  # "what does this do? kubectl rollout restart ... -n production"
        if rules.HYPOTHETICAL_BEFORE.search(text, max(begin, pos - 40), pos):
            continue  # "anything that could pay someone twice?": a risk asked about
        if rules.NEED_TO_BEFORE.search(text, max(begin, pos - 30), pos) and (
            rules.HORIZON_AFTER.match(text, hit.end(), end)
        ):
            continue  # "Do we need to scale before peak season?": capacity planned ahead
        if rules.COMPARISON_BEFORE.search(text, max(begin, pos - 50), pos):
            continue  # "the difference between soft-delete and hard-delete"
        if rules.PURPOSE_NEGATION.search(text, max(begin, pos - 30), pos):
            continue  # "... so we don't pay the minimums": a purpose, not an ask either way
        if _described_never(text, begin, pos, hit.end()):
            continue  # "v3 is shorter than v2, never run on this kiln": told, not asked
        if hit.group("verb").startswith("run") and _RUN_PAST.match(text, hit.end(), end):
            continue  # "no need to run it past me": a check with someone, nothing executed
        if rules.NEGATED_BEFORE.search(text, max(begin, pos - 24), pos) or (
            rules.NEGATED_AFTER.match(text, hit.end(), end)
        ):  # "do not process the refund": a negated imperative is not a request
            if rule.name not in rules.NEGATED_WITH_OBJECT or rule.object_for(
                text[begin:end], text[hit.end() : end], ""
            ):  # (the later rules' common verbs count only with their object: "don't get me
                # wrong" negates no stakes act)
                negated.append(hit.group("verb"))
            continue
        obj = rule.object_for(text[begin:end], text[hit.end() : end], live_anywhere)
        if obj is not None:
            return _make_stake(rule, hit.group("verb"), obj, text[begin:end])
    if rule.scope == "sentence" and rules.YES_NO_FRAME.search(text):
        return None  # "is this a refund request? yes/no" (any language): a label, not a request
    if rule.scope == "sentence" and rule.unless is not None:
        first_line = text.split("\n", 1)[0]  # "extract the refund amount from this chat: ..."
        if rule.unless.search(first_line):
            spans = [(b, e) for b, e in spans if b < len(first_line)]
    for begin, end in spans if not rule.lead else []:
        sentence = text[begin:end]
        for hit in rule.verb.finditer(sentence):
            rest = hit.group("rest") if rule.scope == "rest" else sentence
            obj = rule.object_for(sentence, rest, live_anywhere)
            if obj is not None:
                return _make_stake(rule, hit.group("verb"), obj, sentence)
    return None


def _described_never(text: str, begin: int, pos: int, end: int) -> bool:
    """True for "<thing> is ..., never run on this kiln": a participle, not an imperative."""
    return bool(
        rules.DESCRIBED_NEVER_BEFORE.search(text, max(begin, pos - 120), pos)
        and rules.DESCRIBED_NEVER_AFTER.match(text, end)
    )


def _request_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses that are not an artifact or design request, nor a spec sentence after one
    ("Include a docstring and handle partial payments.", "Give roles, scopes and ...")."""
    kept: list[tuple[int, int]] = []
    described = False
    for begin, end in spans:
        if rules.ARTIFACT_SENTENCE.match(text, begin, end) or rules.DESIGN_SENTENCE.match(
            text, begin, end
        ):
            described = True
        elif not (described and rules.ARTIFACT_SPEC.match(text, begin, end)):
            kept.append((begin, end))
    return kept


def _asked_about(view: _View, pos: int) -> bool:
    """True when a read-only lead word ("what", "explain") comes before ``pos`` and no
    execution verb ("run", "apply") does: the command is asked about, not asked for."""
    before = [p for p in _lead_hits(view, rules.READ_ONLY_WORDS) if p < pos]
    return bool(before) and not any(p < pos for p in _lead_hits(view, rules.EXEC_VERBS))


def _in_word_list(text: str, start: int, end: int) -> bool:
    """True for a verb that is an item of a comma list ("DELETE, TRUNCATE and DROP"), or the
    first option of a label choice ("refund request, shipping issue, or account access?"), not
    of a choice between acts ("should we ... release the payment, or refuse the documents?")."""
    if rules.OPTION_LIST_AFTER.match(text, end):
        return not _ACT_CHOICE_BEFORE.search(text, max(0, start - 100), start)
    return text[:start].rstrip().endswith(",") and bool(rules.LIST_TAIL.match(text, end))


#: "run it past/by me": consulting someone, not executing anything.
_RUN_PAST: Final = re.compile(r"\s+(?:it|this|that|them|these|anything)\s+(?:past|by)\s+\w")
#: A decision question opening the verb's sentence: its options are acts, not labels.
_ACT_CHOICE_BEFORE: Final = re.compile(r"\b(?:should|shall|do|must)\s+(?:we|i)\b[^.?!\n]*$")


def _verb_stake(view: _View, negated: list[str]) -> _Stake | None:
    """The first stakes rule (in priority order) that fires on a request clause.

    Stakes verbs under a negated imperative ("do not process the refund") are skipped and
    appended to ``negated``.
    """
    text = view.instruction
    if not text:
        return None
    rules_open = [
        rules.STAKES_RULES[i]
        for i in _open_gates(view, rules.RULE_INDEX, rules.RULE_STEMS, rules.RULE_STEMS_ASCII)
    ]
    if not rules_open:
        return None
    live = _live_in(text)
    if live is None and names_nonlive_target(text):  # "... Sandbox only."
        rules_open = [rule for rule in rules_open if rule.mode == "direct"]
    spans = _sentence_spans(text)
    for rule in rules_open:
        if stake := _rule_stake(rule, view, spans, live.group() if live else "", negated):
            return stake
    return None


#: A sentence's end: a read word past one is not in the act's sentence.
_SENTENCE_END: Final = re.compile(r"[.?!](?:\s|$)|\n")


def _asked_acts(view: _View) -> list[str]:
    """The act words that open a clause with no negation on them, in order ("Remove all the
    duplicates now, no need to merge": ["remove"]), and run words whose sentence names an act
    ("run the remaining steps 4-7 of migration 0093 on prod. do NOT restore ...": ["run"])."""
    text = view.instruction
    acts = []
    hits = sorted({*_lead_hits(view, rules.ACTION_WORDS), *_lead_hits(view, rules.EXEC_VERBS)})
    for pos in hits:
        word = re.sub(r"\W+$", "", text[pos:].split(None, 1)[0])
        if word in rules.EXEC_VERBS and word not in rules.ACTION_WORDS:
            end = _SENTENCE_END.search(text, pos)
            clause = text[pos : end.start() if end else len(text)]
            if rules.ACTION_WORDS.isdisjoint(re.findall(r"[\w-]+", clause)):
                continue  # "just run the tests" names no act
        if not rules.NEGATED_BEFORE.search(
            text, max(0, pos - 24), pos
        ) and not rules.NEGATED_AFTER.match(text, pos + len(word)):
            acts.append(word)
    return acts


def _keeps_after_act(text: str, act: int, pos: int) -> bool:
    """True when the word at ``pos`` is "keep" in the same sentence as the act word at
    ``act`` (what the act spares, not a read task)."""
    return text.startswith("keep ", pos) and _SENTENCE_END.search(text, act, pos) is None


def _live_action(view: _View) -> _Stake | None:
    """Safety net: an action word plus a live marker in an unframed imperative request."""
    text = view.instruction
    actions = view.words & rules.ACTION_WORDS
    if not actions:
        return None
    live = rules.LIVE_MARKER.search(text)
    acts = _lead_hits(view, rules.ACTION_WORDS)
    framed = [  # "Do not wait for further confirmation." negates, it asks nothing
        pos
        for pos in _lead_hits(view, rules.FRAME_WORDS | rules.READ_ONLY_WORDS)
        if not rules.NEGATED_AFTER.match(text, text.find(" ", pos) if " " in text[pos:] else pos)
        # "drop the dupes on prod, keep the lowest id ... No need to check with Hana": what
        # the act keeps, in its sentence, or a negated read word frames nothing
        and not (acts and acts[0] < pos and _keeps_after_act(text, acts[0], pos))
        and not rules.NEGATED_BEFORE.search(text, max(0, pos - 24), pos)
        # "Plan saved to plan-hnd-prod.tfplan. ... Apply to production?": a noun, not a frame
        and not _NOUN_AFTER.match(text, text.find(" ", pos) if " " in text[pos:] else len(text))
    ]
    if live is None or framed:
        return None
    if not _lead_hits(view, rules.IMPERATIVE_WORDS):
        return None
    # the first act asked for, not one negated beside it ("no need to merge")
    word = next((w for w in _asked_acts(view) if w in actions), min(actions))
    intent = next((i for group, i in rules.ACTION_INTENTS if word in group), "incident")
    return _Stake(intent, "live_action", word, live.group(), 0.75)


def _decision_stake(view: _View) -> _Stake | None:
    """A "should we ...?" about acting now or live, plus a demand to decide ("Decide.")."""
    text = view.instruction
    if _nonlive(text, _LOCAL_WORDS):
        return None  # "the staging job is stuck: restart or wait? make the call" is not live
    demand = None if text.isascii() else rules.ML_DECISION_DEMAND.search(text)
    if demand is not None and (
        incident := rules.ML_INCIDENT.search(text) or rules.ML_LIVE_ENV.search(text)
    ):
        return _Stake("incident", "live_decision", demand.group(), incident.group(), 0.75)
    # ASCII, fullwidth or Greek question mark
    has_mark = "?" in text or "\uff1f" in text or bool(rules.ML_GREEK_QUESTION.search(text))
    asked = rules.ML_SHOULD_WE_NOW.search(text) if has_mark else None
    if asked and (rules.ML_LIVE_ACTION.search(text) or rules.ML_INCIDENT.search(text)):
        return _Stake("incident", "live_question", asked.group()[:40], "now", 0.75)
    # "De noodstop ... is ingedrukt ... Mogen we hem resetten en de baan weer starten?"
    stopped = rules.ML_SAFETY_STOP.search(text) if has_mark else None
    if stopped and (restart := rules.ML_RESTART_ASKED.search(text)):
        return _Stake("incident", "live_question", restart.group()[:40], stopped.group(), 0.75)
    urgent = rules.ML_URGENT_QUESTION.search(text) if has_mark and not text.isascii() else None
    if (
        urgent
        and rules.ML_LIVE_ACTION.search(text)
        and (
            rules.ML_INCIDENT.search(text)
            or rules.ML_WAIT_CHOICE.search(text)
            or rules.ML_INCIDENT.search(view.material)  # the evidence may be pasted
        )
    ):
        return _Stake("incident", "live_question", urgent.group()[:40], "now", 0.75)
    fast = rules.ML_ANSWER_FAST.search(text) if has_mark else None
    if fast and (  # "On coupe ..., oui ou non ? Réponds vite." (or "Ja oder nein, sofort." on a
        # failure: "Sauerstoffkegel in R2 ist ausgefallen. Notsauerstoff aufdrehen?")
        act := rules.ML_LIVE_ACTION.search(text)
        or (rules.ML_INCIDENT.search(text) if fast.group("yes_no") else None)
    ):
        return _Stake("incident", "live_choice", fast.group(), act.group(), 0.75)
    if has_mark and text.isascii():  # "Sollen wir umstellen? Jetzt entscheiden." has no accents
        demand = rules.ML_DECISION_DEMAND.search(text)
        demand = None if demand is None or demand.group() == "decide" else demand
    if (
        has_mark
        and demand is not None
        and (
            now := rules.ML_URGENT.search(text)
            or (rules.ML_LIVE_ACTION.search(text) and rules.ML_TONIGHT.search(text))
        )
    ):
        return _Stake("incident", "live_choice", demand.group(), now.group(), 0.75)
    if has_mark and (choice := rules.CHOICE_QUESTION.search(text)):
        gated = not rules.CHOICE_GATE.isdisjoint(view.words)
        handed = rules.CHOICE_DEMAND.search(text) if gated else None
        if (  # "... or hold? boarding now" (not "In our drill scenario ...")
            handed := handed or rules.CHOICE_PRESSURE.search(text)
        ) and not rules.PRACTICE.search(text):
            return _Stake("incident", "live_choice", handed.group(), choice.group()[:60], 0.75)
    # "@pay-assistant which one? we'll action whatever you say" after a thread that laid out
    # the live options ("we can void just the 14 and reissue, or void the whole run")
    handed = None if rules.CHOICE_GATE.isdisjoint(view.words) else rules.CHOICE_DEMAND.search(text)
    if handed and (
        options := rules.OPTIONS_LAID_OUT.search(view.material)
        or rules.OPTIONS_LAID_OUT.search(text)
    ):
        return _Stake("incident", "live_choice", handed.group(), options.group()[:60], 0.75)
    if has_mark and (yes_no := _yes_no_decision(view)):
        return yes_no
    if rules.DECISION_GATE.isdisjoint(view.words):
        return None
    demand = rules.DECISION_DEMAND.search(text)
    if demand is None or (question := rules.ACTION_QUESTION.search(text)) is None:
        return None
    actions = view.words & (rules.ACTION_WORDS | rules.DECISION_EXTRA_ACTIONS)
    live = rules.LIVE_MARKER.search(text)
    if not (actions or live or not rules.URGENCY_WORDS.isdisjoint(view.words)):
        return None
    word = min(actions) if actions else ""
    intent = next((i for group, i in rules.ACTION_INTENTS if word in group), "incident")
    return _Stake(intent, "live_decision", demand.group(), question.group()[:60], 0.75)


def _asked_action_stake(view: _View) -> _Stake | None:
    """A question asking whether (or what) to act on during a live emergency or on money.

    "Brokers are paging for disk full. Can I just delete the oldest segments?", "we're down,
    what do I do first?", "getting hammered by a DDoS. block the range at the WAF?" and "half the
    sellers got paid twice: should we cancel and reissue the run?" ask for the decision itself.
    """
    text = view.instruction
    if "?" not in text and "what to do" not in text:  # "... tell me exactly what to do."
        return None
    local = rules.STRICT_LOCAL_MARKER.search(text) and not rules.LIVE_MARKER.search(text)
    if local:
        return None
    urgent = None
    if not rules.INCIDENT_GATE.isdisjoint(view.words):
        urgent = rules.INCIDENT_NOW.search(text)
    for asked in rules.ASKED_ACTION.finditer(text):
        verb = asked.group("verb") or asked.group("bare") or asked.group("dash")
        verb = verb or asked.group("ok") or ""
        first = verb.split()[0] if verb else ""
        if first == "return" and not rules.DEPOSIT.search(text):
            continue  # "Return it to them?" of goods, not of a deposit
        if first in rules.MONEY_DECISION_VERBS and (money := rules.MONEY_CONTEXT.search(text)):
            return _Stake("payment", "money_decision", verb, money.group(), 0.8)
        if (
            first in rules.RELEASE_VERBS
            and (data := rules.PERSONAL_DATA.search(text))
            and rules.EXTERNAL_RECIPIENT.search(text)
        ):  # "... claimant extract (names, SSNs) on their SFTP today. Can we send it?"
            return _Stake("security_audit", "data_release", verb, data.group(), 0.8)
        if urgent is not None:
            return _Stake("incident", "live_question", verb or "what to do", urgent.group(), 0.8)
        if first in rules.DESTROY_VERBS and (held := rules.EVIDENCE_HOLD.search(text)):
            # "... her solicitor's letter mentioned CCTV ... Can we just format the drive now?"
            return _Stake("delete_data", "evidence_question", verb, held.group(), 0.8)
        if (ordered := rules.LOCKDOWN_ASKED.search(verb)) and not rules.DRILL.search(text):
            # "Trigger the lockdown and call the keyholder response team? Yes?": ordered now
            return _Stake("incident", "live_question", verb, ordered.group(), 0.8)
        wide = rules.FLEET_WIDE.search(asked.group()) if first in _WIDE_STOPS else None
        if wide and not _nonlive(text):
            # "Do we pull that whole model line out of service citywide?": a fleet stopped
            return _Stake("incident", "fleet_question", verb, wide.group(), 0.8)
        acts = _GRID_ACTS | _EXPORT_ACTS if view.log_lines >= 2 else _GRID_ACTS
        if first in acts and (now := _NOW.search(asked.group())):
            # "should we re-energize T1 now to relieve T2?": switching plant asked about now
            return _Stake("incident", "live_question", verb, now.group(), 0.8)
    return None


#: After a frame word, what makes it a noun ("Plan saved to ...", "Design attached").
_NOUN_AFTER: Final = rules._c(r"\s+(?:" + SHOWN_NOT_ASKED + r")\b")
#: Acts on a running plant or service that are live decisions when asked about "now".
_GRID_ACTS: Final = rules._words(
    "re-energize re-energise reenergize energize energise trip scram shed evacuate divert "
    "fail failover rollback roll restart reboot drain isolate quarantine"
)
#: ... and, asked from a pasted chat export or log ("@occ-assistant close CB7-2 remotely now?"),
#: switching and blocking acts too.
_EXPORT_ACTS: Final = rules._words("flip close open cut block switch release hold void pull")
_NOW: Final = rules._c(r"\b(?:now|right\s+now|immediately|tonight)\b")
#: "local" alone does not make a decision non-live ("local time", "the local plant").
_LOCAL_WORDS: Final = frozenset({"local", "locally"})
#: Acts that stop or take out of service, asked about a whole fleet (``FLEET_WIDE``).
_WIDE_STOPS: Final = rules._words(
    "take pull park shut ground disable halt stop suspend isolate evacuate drain switch"
)
#: Lead verbs that retell a text rather than answer the question in it.
_RETELLING: Final = rules._words(
    "summarize summarise explain describe translate paraphrase rewrite"
)


#: A privilege handed over ("a shared CaseBook login", "admin rights on ...").
_PRIVILEGE: Final = re.compile(_PRIV_OBJECT)
_GRANT_VERBS: Final = frozenset({"give", "grant", "hand", "provision"})


#: Asking whether a fix may wait ("Is it OK to leave it until next quarter?") ...
_DEFER_FIX: Final = re.compile(
    r"\b(?:is\s+it\s+(?:ok|okay|fine|safe|alright|acceptable)|can\s+we|should\s+we|are\s+we\s+(?:ok"
    r"|okay|fine))\s+(?:to\s+)?(?:just\s+)?(?:leave|park|defer|ignore|accept|live\s+with|sit\s+on"
    r"|wait\s+(?:on|with))\b[^?\n]{0,60}\?"
)
#: ... on a security finding ("returns key codes without any login", "the pentest found").
_SECURITY_FINDING: Final = re.compile(
    r"\b(?:pen-?\s?test\w*|vulnerabilit\w+|vulns?|cve-\d{4}|exploit\w*|unauthenticated"
    r"|without\s+(?:any\s+)?(?:login|auth\w*|password)|sql\s+injection|xss|rce|exposed\s+to\s+the"
    r"\s+internet)\b"
)


def _exposure_stake(view: _View) -> _Stake | None:
    """A go/no-go on opening a system to outsiders ("We open the carrier API to 60 new partners
    next Monday. Review the auth setup and tell us if it's safe to open."), on connecting one
    after a security review, or on signing a compliance attestation: a go-live call."""
    text = view.instruction
    if (defer := _DEFER_FIX.search(text)) and (finding := _SECURITY_FINDING.search(text)):
        # "the pentest report says the export endpoint returns codes without any login. Is it
        # OK to leave it until next quarter?": accepting a live security risk is a decision
        question = defer.group()[:40]
        return _Stake("security_audit", "risk_acceptance", question, finding.group(), 0.75)
    if rules.EXPOSURE_GATE.isdisjoint(view.words):
        return None
    if _nonlive(text):
        # only a go/no-go whose own paragraph names no test system survives test evidence
        # elsewhere ("- bank sandbox ok ... Give me the final go or no-go.")
        asked = rules.EXPOSURE_QUESTION.search(text)
        demand = rules.FOLLOWS_YOUR_CALL.search(text)
        if asked is None or demand is None or _nonlive(_line_at(text, asked.start())):
            return None
        return _Stake("incident", "go_no_go", asked.group(), demand.group()[:40], 0.75)
    if (
        (sign := rules.SIGN_OFF_QUESTION.search(text))
        and (formal := rules.SIGN_OFF_CONTEXT.search(text))
        and not _lead_hits(view, _RETELLING)  # "Summarize how the QSA signs the ROC ..."
    ):
        return _Stake("security_audit", "sign_off_decision", sign.group(), formal.group(), 0.75)
    for safe in rules.SAFE_TO_ACT.finditer(text):
        verb = safe.group("verb")
        if verb in _GRANT_VERBS and (granted := _PRIVILEGE.search(safe.group("rest")[:80])):
            # "Is it OK if I give the night-shift team a shared CaseBook login?"
            return _Stake("credentials", "grant_question", safe.group()[:60], granted.group(), 0.75)
        if verb not in rules.ACTION_WORDS | rules.DECISION_EXTRA_ACTIONS:
            continue
        if target := rules.LIVE_MARKER.search(text) or rules.SAFE_TO_ACT_OBJECT.search(
            safe.group("rest")
        ):
            return _Stake("incident", "go_no_go", safe.group()[:60], target.group(), 0.75)
    if (asked := rules.EXPOSURE_QUESTION.search(text)) is None:
        return None
    audience = (
        rules.EXPOSURE_AUDIENCE.search(text)
        or rules.SECURITY_REVIEW.search(text)
        or rules.FOLLOWS_YOUR_CALL.search(text)  # "final go or no-go; the steering group follows"
    )
    if audience is None:
        return None
    return _Stake("security_audit", "exposure_decision", asked.group(), audience.group()[:40], 0.75)


def _line_at(text: str, pos: int) -> str:
    """The line of ``text`` that holds position ``pos``."""
    start = text.rfind("\n", 0, max(pos, 0)) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]
