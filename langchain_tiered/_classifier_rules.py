"""Keyword and regex tables for :mod:`langchain_tiered.classifier`, in one namespace.

The classifier reads every table as ``rules.NAME``; they live in small modules by concern:

* :mod:`._classifier_patterns`: shared helpers, text shapes (log, code, prose lines) and lead
  words (with the vocabulary the rules use); :mod:`._classifier_markers`: the live/local/data
  markers;
* :mod:`._classifier_objects`: the object vocabularies the stakes rules test (credentials,
  privileges, money, security findings) and what cancels them in other languages;
* :mod:`._classifier_stakes`, :mod:`._classifier_stakes_ops`, :mod:`._classifier_stakes_ml`,
  :mod:`._classifier_stakes_ml_access`, :mod:`._classifier_stakes_ops_more`,
  :mod:`._classifier_stakes_ml_more`, :mod:`._classifier_stakes_more` and
  :mod:`._classifier_stakes_plant`: the tier-3 stakes rules, in English (destructive, access,
  money, audits; then operations: money runs, releases, cutovers, go/no-go calls), in other
  languages, more operations (on-chain transfers, router commits, bulk reinstatement), more
  languages, more English (keys put into authorized_keys, records removed from a system,
  roles granted, remote sessions), a plant's setpoints changed, and a customer's fees waived,
  billing agreements ended or live records replaced in bulk
  (:mod:`._classifier_stakes_records`; ``STAKES_RULES`` is all nine tables, in priority
  order). Three tables end with the rules
  of a smaller module: ``EN_RULES`` with :mod:`._classifier_stakes_audits` (audits and calls
  asked of the model), ``OPS_RULES`` with :mod:`._classifier_stakes_ops_calls` (tool calls,
  sign-offs, go-aheads) and ``ML_RULES`` with :mod:`._classifier_stakes_ml_vietnamese_arabic`;
* :mod:`._classifier_cues`, :mod:`._classifier_cues_tier1` and
  :mod:`._classifier_cues_frontier`: weighted intent cues for the tier-0, tier-1 and tier-2
  intents (``INTENT_CUES`` is all three, in that order);
* :mod:`._classifier_decisions`: decisions demanded or asked about (a live call is the stakes);
  :mod:`._classifier_decisions_ml` holds the same signals in other languages;
* :mod:`._classifier_material_requests`: "process this", "replace it" or "approve or reject"
  over pasted material that asks for money to move or reports a leaked secret;
* :mod:`._classifier_agent_plans`: an agent's plan or tool call handed over with a go-ahead
  ("approved, all three", "proceed with steps 3 and 4", "Continue.") and the steps that write;
* :mod:`._classifier_commands`: raw commands, negation ("don't run it"), routing talk and
  what surrounds a verb in request position;
* this module: the safety net's action words, intent tiers and the gate indexes.

Everything is data, compiled once at import: no I/O, no third-party imports.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_agent_plans import (
    BARE_GO_AHEAD,
    BARE_YES,
    CHAT_PREFIX,
    CLOSING_EXEC,
    DELEGATION,
    LETTER_ONLY,
    PLAN_EXECUTION,
    TOOL_APPROVAL_ASK,
    TOOL_STEP_EXEC,
    TOOL_WRITE,
)
from langchain_tiered._classifier_commands import (
    ANY_MODEL_TALK,
    ARTIFACT_COLON,
    ARTIFACT_SAFE_RULES,
    ARTIFACT_SENTENCE,
    ARTIFACT_SPEC,
    COMMAND_AFTER_COLON,
    COMMAND_END,
    COMPARISON_BEFORE,
    COMPOUND_NOUN_AFTER,
    CONJUNCTION_BEFORE,
    CREDENTIAL_COMMAND,
    DEPLOY_COMMAND,
    DESCRIBED_NEVER_AFTER,
    DESCRIBED_NEVER_BEFORE,
    DESIGN_SENTENCE,
    DESTRUCTIVE_COMMAND,
    DESTRUCTIVE_NEEDLES,
    HORIZON_AFTER,
    HYPOTHETICAL_BEFORE,
    INJECTION,
    INJECTION_GATE,
    LABEL_AFTER,
    LIST_TAIL,
    NEED_TO_BEFORE,
    NEGATED_AFTER,
    NEGATED_BEFORE,
    OPTION_LIST_AFTER,
    PURPOSE_NEGATION,
)
from langchain_tiered._classifier_cues import (
    TIER0_CUES,
    Cue,
)
from langchain_tiered._classifier_cues_frontier import (
    FRONTIER_CUES,
)
from langchain_tiered._classifier_cues_tier1 import TIER1_CUES
from langchain_tiered._classifier_decisions import (
    ACTION_QUESTION,
    ASKED_ACTION,
    CHOICE_DEMAND,
    CHOICE_GATE,
    CHOICE_PRESSURE,
    CHOICE_QUESTION,
    COMPARE_QUESTION,
    CONFIRMATION,
    DECISION_DEMAND,
    DECISION_EXTRA_ACTIONS,
    DECISION_GATE,
    DEPOSIT,
    DESTROY_VERBS,
    DRILL,
    EVIDENCE_HOLD,
    EXPOSURE_AUDIENCE,
    EXPOSURE_GATE,
    EXPOSURE_QUESTION,
    EXTERNAL_RECIPIENT,
    FLEET_WIDE,
    FOLLOWS_YOUR_CALL,
    INCIDENT_GATE,
    INCIDENT_NOW,
    LIVE_OR_NOW,
    LOCKDOWN_ASKED,
    MONEY_CONTEXT,
    MONEY_DECISION_VERBS,
    OPTIONS_LAID_OUT,
    PERSONAL_DATA,
    PRACTICE,
    RELEASE_VERBS,
    SAFE_TO_ACT,
    SAFE_TO_ACT_OBJECT,
    SECURITY_REVIEW,
    SIGN_OFF_CONTEXT,
    SIGN_OFF_QUESTION,
    URGENCY_WORDS,
)
from langchain_tiered._classifier_decisions_ml import (
    ML_ANSWER_FAST,
    ML_DECISION_DEMAND,
    ML_GREEK_QUESTION,
    ML_INCIDENT,
    ML_LIVE_ACTION,
    ML_LIVE_ENV,
    ML_RESTART_ASKED,
    ML_SAFETY_STOP,
    ML_SHOULD_WE_NOW,
    ML_TONIGHT,
    ML_URGENT,
    ML_URGENT_QUESTION,
    ML_WAIT_CHOICE,
)
from langchain_tiered._classifier_markers import (
    DATA_OBJECT,
    ENV_LOCAL_MARKER,
    LIVE_MARKER,
    LIVE_NEEDLES,
    LOCAL_MARKER,
    STRICT_LOCAL_MARKER,
)
from langchain_tiered._classifier_material_requests import (
    APPROVAL_ASK,
    APPROVED_ABOVE,
    CLOSING_ACTION_ASK,
    MATERIAL_ACCESS_REQUEST,
    MATERIAL_MONEY_REQUEST,
    MATERIAL_SECRET_LEAK,
    PROCESS_GATE,
    PROCESS_THIS,
    ROTATE_IT,
    WHOEVER_ASK,
)
from langchain_tiered._classifier_needles import StemIndex
from langchain_tiered._classifier_negation import FOR_REAL, GRANT_BEFORE, NEGATION
from langchain_tiered._classifier_patterns import (
    ADVERBS,
    ADVICE_ONLY,
    ASKED_AFTER_COLON,
    ASSISTANT_ROLES,
    BACK_POINTER,
    BARE_COMMAND,
    BULLET_LINE,
    BULLETS,
    CHEAP_MIN,
    CHECK_FRAME,
    CJK,
    CLOSING_REQUEST,
    CODE_SHAPE_LINE,
    CODE_START_LINE,
    COMPLEXITY_BASE,
    COMPLEXITY_RANGE,
    DEBUG_QUESTION,
    DOC_TARGET,
    DOCUMENT_ID_TITLE,
    DOCUMENT_START_LINE,
    DOCUMENT_TITLE,
    EACH_ITEM,
    EMAIL_HEADER,
    EXPLAIN_REQUEST,
    FIELD_LABEL,
    FIELD_LIST_REQUEST,
    FILTER_LEAD,
    FRAME_COLON,
    GO_AHEAD_CLOSING,
    HEAD,
    HUMAN_ROLES,
    LEAD_PAIRS,
    LEAD_PUNCT,
    LEAD_WORDS,
    LOG_MATERIAL_LINE,
    LONG_INPUT,
    MATERIAL_COLON,
    MAX_INSTRUCTION,
    MAX_LINE,
    MAX_PROSE_HEAD,
    MAX_PROSE_TAIL,
    NONLIVE_TARGET,
    OFFER_PREFIX,
    POINTER,
    PROSE_RUN,
    PROSE_START_LINE,
    QUOTE_CHARS,
    QUOTED,
    READ_QUESTION,
    RELEASE_TITLE,
    REQUEST_LEAD,
    SENTENCE_END,
    SHORT_REPLY_WORDS,
    SLASH_COMMAND,
    SYSTEM_ROLES,
    SYSTEM_SCAN,
    TABLE_ROW,
    TAG_PREFIX,
    TAIL,
    THEN_REQUEST,
    THIRD_PARTY,
    TURN_WORDS,
    WORD,
    YES_NO_FRAME,
    _c,
    _words,
)
from langchain_tiered._classifier_stake_rule import StakesRule
from langchain_tiered._classifier_stakes import EN_RULES
from langchain_tiered._classifier_stakes_ml import (
    ML_RULES,
)
from langchain_tiered._classifier_stakes_ml_access import ML_ACCESS_RULES
from langchain_tiered._classifier_stakes_ml_more import ML_MORE_RULES
from langchain_tiered._classifier_stakes_more import MORE_RULES
from langchain_tiered._classifier_stakes_ops import OPS_RULES
from langchain_tiered._classifier_stakes_ops_more import OPS_MORE_RULES
from langchain_tiered._classifier_stakes_plant import PLANT_RULES
from langchain_tiered._classifier_stakes_records import RECORD_RULES

__all__ = [
    "ACTION_INTENTS", "ACTION_QUESTION", "APPROVAL_ASK", "ACTION_WORDS", "ADVERBS",
    "ADVICE_ONLY", "ASKED_AFTER_COLON", "ASSISTANT_ROLES", "ARTIFACT_COLON",
    "ARTIFACT_SAFE_RULES", "ARTIFACT_SENTENCE", "ARTIFACT_SPEC", "DESIGN_SENTENCE",
    "ASKED_ACTION", "AUDIT_WORDS", "BACK_POINTER", "BARE_GO_AHEAD", "BARE_YES", "BARE_COMMAND",
    "BULLETS",
    "CLOSING_EXEC",
    "BULLET_LINE",
    "CHEAP_CUES", "CHEAP_MIN", "CHECK_FRAME", "COMPOUND_NOUN_AFTER", "CONJUNCTION_BEFORE",
    "CREDENTIAL_COMMAND", "CHOICE_CUES", "CJK", "CLOSING_REQUEST", "GO_AHEAD_CLOSING",
    "CODE_SHAPE_LINE",
    "CODE_START_LINE", "COMMAND_AFTER_COLON", "COMPARISON_BEFORE", "COMMAND_END",
    "COMPLEXITY_BASE", "COMPLEXITY_RANGE", "CUES", "CUE_INDEX", "CUE_STEMS",
    "CUE_STEMS_ASCII", "Cue", "DATA_OBJECT", "DEBUG_QUESTION", "DOC_TARGET",
    "DECISION_DEMAND", "DECISION_EXTRA_ACTIONS", "DECISION_GATE", "DELEGATION",
    "PLAN_EXECUTION", "LETTER_ONLY",
    "PURPOSE_NEGATION",
    "DESCRIBED_NEVER_AFTER",
    "DESCRIBED_NEVER_BEFORE",
    "EXPOSURE_AUDIENCE", "EXPOSURE_GATE", "EXPOSURE_QUESTION", "CHAT_PREFIX", "CHOICE_DEMAND",
    "CHOICE_GATE", "CHOICE_PRESSURE", "CHOICE_QUESTION", "OPTIONS_LAID_OUT", "COMPARE_QUESTION",
    "EXTERNAL_RECIPIENT", "PERSONAL_DATA", "RELEASE_VERBS",
    "CONFIRMATION",
    "ML_TONIGHT", "ML_URGENT", "DEPLOY_COMMAND", "DESTRUCTIVE_COMMAND", "DESTRUCTIVE_NEEDLES",
    "DOCUMENT_ID_TITLE", "DOCUMENT_START_LINE", "DOCUMENT_TITLE", "EACH_ITEM", "EMAIL_HEADER",
    "EXPLAIN_REQUEST", "ENV_LOCAL_MARKER", "FIELD_LABEL", "FIELD_LIST_REQUEST", "FILTER_LEAD",
    "EN_RULES", "EXEC_PHRASE", "EXEC_VERBS", "FOR_REAL", "HYPOTHETICAL_BEFORE", "FRAME_COLON",
    "HORIZON_AFTER", "NEED_TO_BEFORE",
    "FRAME_WORDS", "FRONTIER_CUES", "HEAD", "HUMAN_ROLES", "IMPERATIVE_WORDS", "INCIDENT_GATE",
    "INCIDENT_NOW", "ANY_MODEL_TALK", "INJECTION", "INJECTION_GATE", "INTENT_CUES", "INTENT_TIER",
    "KEYWORD_CUES", "LABEL_AFTER", "LEAD_PAIRS", "LEAD_PUNCT", "LEAD_WORDS",
    "LIST_KEYWORD_CUES", "LIST_TAIL", "LIVE_MARKER", "LIVE_OR_NOW", "LIVE_NEEDLES",
    "LOCAL_MARKER", "LOG_MATERIAL_LINE", "LONG_INPUT", "MATERIAL_COLON",
    "APPROVED_ABOVE", "CLOSING_ACTION_ASK", "WHOEVER_ASK",
    "MATERIAL_ACCESS_REQUEST", "MATERIAL_MONEY_REQUEST", "MATERIAL_SECRET_LEAK",
    "MAX_INSTRUCTION", "MAX_LINE",
    "MAX_PROSE_HEAD", "MAX_PROSE_TAIL", "ML_ANSWER_FAST", "ML_DECISION_DEMAND", "ML_INCIDENT",
    "ML_GREEK_QUESTION",
    "ML_LIVE_ACTION", "ROTATE_IT",
    "ML_LIVE_ENV", "ML_RESTART_ASKED", "ML_RULES", "ML_SAFETY_STOP", "OPS_RULES",
    "ML_SHOULD_WE_NOW", "ML_URGENT_QUESTION",
    "ML_WAIT_CHOICE", "DEPOSIT", "MONEY_CONTEXT", "MONEY_DECISION_VERBS", "NEGATED_AFTER",
    "NEGATED_BEFORE", "NEGATION", "GRANT_BEFORE", "OPTION_LIST_AFTER", "PROCESS_GATE",
    "PROCESS_THIS",
    "POINTER", "NONLIVE_TARGET", "OFFER_PREFIX", "PROSE_RUN", "PROSE_START_LINE", "QUOTED",
    "QUOTE_CHARS", "READ_ONLY_WORDS", "READ_QUESTION", "RELEASE_TITLE", "REQUEST_LEAD",
    "REASONING_GATE", "REASONING_MARKER", "RULE_INDEX", "RULE_STEMS", "RULE_STEMS_ASCII",
    "SAFE_TO_ACT", "SAFE_TO_ACT_OBJECT", "SECURITY_REVIEW", "SIGN_OFF_CONTEXT",
    "SIGN_OFF_QUESTION", "SENTENCE_END", "SHORT_REPLY_WORDS", "STAKES_RULES", "STEP_WORDS",
    "SLASH_COMMAND", "TABLE_ROW", "STRICT_LOCAL_MARKER", "TAG_PREFIX", "SYSTEM_ROLES",
    "SYSTEM_SCAN", "StakesRule", "TAIL", "THEN_REQUEST", "THIRD_PARTY", "TOOL_STEP_EXEC",
    "FLEET_WIDE", "LOCKDOWN_ASKED", "DRILL", "PRACTICE", "EVIDENCE_HOLD", "DESTROY_VERBS",
    "FOLLOWS_YOUR_CALL", "TOOL_APPROVAL_ASK",
    "TOOL_WRITE", "TIER_DEFAULT_INTENT",
    "TURN_WORDS", "URGENCY_WORDS", "WORD", "YES_NO_FRAME",
    "_c", "_words",
]  # fmt: skip

#: Stakes rules, in priority order (the first that fires names the intent).
STAKES_RULES: Final = (
    EN_RULES
    + OPS_RULES
    + ML_RULES
    + ML_ACCESS_RULES
    + OPS_MORE_RULES
    + ML_MORE_RULES
    + MORE_RULES
    + PLANT_RULES
    + RECORD_RULES
)
#: Rules whose verb is a common word ("get", "put", "set", "add", "buy"): negated without its
#: object ("don't get me wrong"), the verb is no negated stakes act.
NEGATED_WITH_OBJECT: Final = frozenset(rule.name for rule in OPS_MORE_RULES + MORE_RULES) | {
    "signal_authority"  # "so don't let the turning stop": "let" negates a signal only past one
}


#: Safety net: an action word in any form plus a live marker, in an unframed request.
ACTION_WORDS: Final = _words(
    "delete deleting deletion drop dropping truncate truncating purge purging wipe wiping erase "
    "erasing remove removing removal clean cleanup clear clearing destroy destroying nuke deploy "
    "deploying release releasing ship shipping rollout rollback revert reverting failover "
    "fail-over restart restarting reboot reindex reindexing re-index migrate migrating "
    "migration migrations backfill backfilling rotate rotating revoke revoking grant granting "
    "refund refunding transfer transferring payout payouts pay paying charge charging disable "
    "disabling enable enabling drain draining kill killing shutdown scale scaling restore "
    "restoring overwrite overwriting reset resetting flush flushing terminate terminating "
    "promote promoting apply applying push pushing merge merging cutover cut-over settle "
    "settling void voiding credit crediting debit debiting publish publishing unpublish yank "
    "approve approving submit submitting isolate isolating suspend suspending freeze freezing "
    "sweep sweeping wire wiring cancel cancelling canceling archive archiving expire expiring "
    "fail lock locking isolate rebook rtbh blackhole null-route withdraw"
)
#: Intent named by the safety net, from the action word.
ACTION_INTENTS: Final = (
    (_words("refund refunding transfer transferring payout payouts pay paying charge charging"),
     "payment"),
    (_words("rotate rotating revoke revoking grant granting"), "credentials"),
    (_words("migrate migrating migration migrations backfill backfilling reindex reindexing "
            "re-index"), "migration"),
    (_words("deploy deploying release releasing ship shipping rollout promote promoting push "
            "pushing merge merging apply applying"), "deploy"),
    (_words("delete deleting deletion drop dropping truncate truncating purge purging wipe wiping "
            "erase erasing remove removing removal clean cleanup clear clearing destroy "
            "destroying nuke overwrite overwriting flush flushing"), "delete_data"),
)  # fmt: skip
#: Words that name a security audit (intent of a tier-3 call raised by the learned scorer).
AUDIT_WORDS: Final = _words(
    "audit audits security secure vulnerability vulnerabilities pentest exploit exploitable cve "
    "sicherheit sécurité seguridad segurança sicurezza безопасность 安全"
)
#: Intent named when the learned scorer picks a tier the rules found no cue for.
TIER_DEFAULT_INTENT: Final = {0: "classify", 1: "rewrite", 2: "general"}
#: Lead words of an imperative that may carry the safety net ("kick off the reindex ...").
IMPERATIVE_WORDS: Final = ACTION_WORDS | _words(
    "kick go start proceed handle do perform take get make put set let's execute run trigger "
    "launch finish complete continue"
)
#: Lead words that frame a request as reading, analysis or generation (no safety net).
FRAME_WORDS: Final = _words(
    "investigate diagnose troubleshoot figure help consider estimate plan design propose suggest "
    "recommend outline sketch prepare create build implement add test monitor calculate compute "
    "predict research understand should could would can how why what when where who which"
)
#: Execution verbs: in lead position with a destructive command anywhere, tier 3.
EXEC_VERBS: Final = _words("run execute exec apply paste invoke fire go proceed")
#: "Proceed with `terraform apply ...`? Reply yes/no and then do it.": the command is to be run.
EXEC_PHRASE: Final = _c(
    r"\b(?:then|and|now)\s+do\s+it\b|\bdo\s+it\s+now\b|\bgo\s+ahead\b|(?:^|\n)\s*just\s+do\s+it\b"
    # "Classify this as low priority and then carry it out: give ... read/write on ..."
    r"|\b(?:then|and|now)\s+(?:carry\s+(?:it|this|that)\s+out|execute\s+it|action\s+it|apply\s+it"
    r"|make\s+it\s+happen)\b"
    r"|\b(?:read|look\s+at)\s+(?:this|the\s+\w+)\s+and\s+act\b|\bact\s+on\s+it\b"
    # "Plan step 4: kubectl delete ...": an agent's plan step is the next thing it runs
    r"|^\s*(?:(?:plan|next)\s+)?step\s+\d+\s*(?:of\s+\d+\s*)?[:.)-]\s*$"
)
#: Lead words that frame the material as something to read, check or transform.
READ_ONLY_WORDS: Final = _words(
    "summarize summarise explain describe translate classify label tag categorize categorise "
    "return output print "
    "what's any "
    "extract list count find show tell check validate verify lint review analyze analyse what "
    "which why how is are does do did was were compare format convert rewrite write draft "
    "generate give read parse identify detect highlight grep filter keep sort refactor fix debug "
    "optimize optimise document comment annotate pretty-print reformat rename traduce traduza "
    "traduis traduci übersetze resume resuma résume fasse riassumi est-ce ist isso questo это "
    "relis relire vérifie revisa revise prüfe überprüfe controlla rivedi sprawdź filtere filtra "
    "filtre filtrez filtruj zeige muestra mostra montre"
)
#: Words that make a short line a task, not a signature.
TASK_WORDS: Final = READ_ONLY_WORDS | IMPERATIVE_WORDS | FRAME_WORDS
#: Words that add steps or deliverables, for complexity.
STEP_WORDS: Final = _words(
    "then also finally plus including additionally afterwards explain compare propose document"
)

# --------------------------------------------------------------------------- intents

#: The tier of every intent.
INTENT_TIER: Final[dict[str, int]] = {
    "classify": 0, "format_check": 0, "regex_replace": 0, "log_filter": 0,
    "extract_json": 1, "validate_schema": 1, "metadata_extraction": 1, "summarize": 1,
    "translate": 1, "rewrite": 1,
    "code": 2, "refactor": 2, "debug": 2, "architecture": 2, "test_writing": 2, "review": 2,
    "general": 2,
    "deploy": 3, "delete_data": 3, "migration": 3, "credentials": 3, "incident": 3,
    "payment": 3, "security_audit": 3,
}  # fmt: skip


#: Weighted cues per intent, cheap intents first.
#: Cheap intents first (tier 0, then tier 1), then tier 2.
CHEAP_CUES: Final[dict[str, tuple[Cue, ...]]] = {**TIER0_CUES, **TIER1_CUES}
INTENT_CUES: Final[dict[str, tuple[Cue, ...]]] = {**CHEAP_CUES, **FRONTIER_CUES}

#: A reasoning marker raises tier-2 intents slightly (never a tier by itself).
REASONING_MARKER: Final = _c(
    r"\bstep\s+by\s+step\b|\bthink\s+(?:carefully|hard|through)\b|\breason\s+about\b"
    r"|\bprove\b|\bjustify\b"
)
REASONING_GATE: Final = _words("step think reason prove justify")
#: Cues of a label-choice question ("is this a bug or a feature request?", "tag as one of
#: feat/fix/refactor"): the labels are options to pick from, not the task.
CHOICE_CUES: Final = frozenset(
    {"classify_verb", "label_verb", "is_x_or_y", "bug_or_feature", "which_category",
     "label_list", "is_this_a", "ml_x_or_y", "tell_if", "answer_with_one", "which_option",
     "yes_no", "routed_to"}
)  # fmt: skip
#: Tier-2 cues that are bare keywords; with a label choice they name an option, so they drop.
KEYWORD_CUES: Final = frozenset(
    {"failure_words", "lang", "code_word", "design_word", "perf",
     "scale_words", "quality_words", "test_words", "architecture"}
)  # fmt: skip
#: With an explicit label list ("as one of feat/fix/refactor") the intent names drop too.
LIST_KEYWORD_CUES: Final = KEYWORD_CUES | {"debug", "refactor"}


# --------------------------------------------------------------------------- gate indexes


def _index(gates: list[frozenset[str]]) -> dict[str, tuple[int, ...]]:
    """Inverted index: trigger word -> positions of the gates that contain it."""
    index: dict[str, list[int]] = {}
    for position, gate in enumerate(gates):
        for word in gate:
            index.setdefault(word, []).append(position)
    return {word: tuple(positions) for word, positions in index.items()}


#: Every intent cue with its intent, in table order, and the word -> cue index.
CUES: Final = tuple((intent, cue) for intent, cues in INTENT_CUES.items() for cue in cues)
CUE_INDEX: Final = _index([cue.gate for _, cue in CUES])
CUE_NEEDLES: Final = tuple((i, cue.needles) for i, (_, cue) in enumerate(CUES) if cue.needles)
RULE_INDEX: Final = _index([rule.gate for rule in STAKES_RULES])
RULE_NEEDLES: Final = tuple((i, r.needles) for i, r in enumerate(STAKES_RULES) if r.needles)


def _ascii_needles(
    needles: tuple[tuple[int, tuple[str, ...]], ...],
) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """The needles that can occur in ASCII text (most prompts skip the other scripts' stems)."""
    kept = ((i, tuple(n for n in stems if n.isascii())) for i, stems in needles)
    return tuple((i, stems) for i, stems in kept if stems)


#: The same as one-scan indexes: all stems, and those that can occur in ASCII text (most
#: prompts skip the other scripts' stems).
CUE_STEMS: Final = StemIndex(CUE_NEEDLES)
CUE_STEMS_ASCII: Final = StemIndex(_ascii_needles(CUE_NEEDLES))
RULE_STEMS: Final = StemIndex(RULE_NEEDLES)
RULE_STEMS_ASCII: Final = StemIndex(_ascii_needles(RULE_NEEDLES))
