"""Keyword and regex tables for :mod:`langchain_tiered.classifier`.

Everything here is data, compiled once at import: no I/O, no third-party imports. The
classifier lower-cases the instruction before matching, so patterns are lower case and compiled
without ``re.IGNORECASE``, except where case carries meaning (raw SQL in pasted material).

Speed: Python's ``re`` tries every alternative at every position, so a rule never scans the text
unless its *gate* opens. A gate is a set of trigger words (one must be a token of the
instruction) and optional *needles* (substrings, for scripts without spaces and for stems).

Vocabulary:

* *lead position*: the start of a clause (start of a sentence or line, after ``:``/``;``/``,`` or
  a bullet, or after words such as "please", "then", "and", "can you", "should we"). A verb in
  lead position is read as a request; "we dropped the table" or "the script that deletes rows"
  is a mention, not a request.
* *live marker*: words naming a live system ("production", "prod", "live", "main branch").
* *data object*: things whose loss is irreversible (databases, tables, records, buckets...).
* *local marker*: the object is pasted material or a non-production environment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

__all__ = [
    "BULLETS",
    "CHEAP_MIN",
    "COMPLEXITY_BASE",
    "COMPLEXITY_RANGE",
    "CUES",
    "CUE_INDEX",
    "CUE_NEEDLES",
    "CUE_NEEDLES_ASCII",
    "HEAD",
    "HUMAN_ROLES",
    "LEAD_PUNCT",
    "LONG_INPUT",
    "MAX_INSTRUCTION",
    "MAX_LINE",
    "MAX_PROSE_HEAD",
    "MAX_PROSE_TAIL",
    "QUOTE_CHARS",
    "RULE_INDEX",
    "RULE_NEEDLES",
    "RULE_NEEDLES_ASCII",
    "SYSTEM_ROLES",
    "SYSTEM_SCAN",
    "TAIL",
    "ACTION_INTENTS",
    "ACTION_WORDS",
    "ADVERBS",
    "ARTIFACT_SAFE_RULES",
    "ARTIFACT_SENTENCE",
    "BULLET_LINE",
    "CODE_SHAPE_LINE",
    "CODE_START_LINE",
    "DATA_OBJECT",
    "DESTRUCTIVE_COMMAND",
    "DESTRUCTIVE_NEEDLES",
    "EXEC_VERBS",
    "FRAME_COLON",
    "FRAME_WORDS",
    "IMPERATIVE_WORDS",
    "INJECTION",
    "INJECTION_GATE",
    "INTENT_CUES",
    "INTENT_TIER",
    "LEAD_PAIRS",
    "LEAD_WORDS",
    "LIST_TAIL",
    "LIVE_MARKER",
    "LIVE_NEEDLES",
    "LOCAL_MARKER",
    "LOG_MATERIAL_LINE",
    "NEGATION",
    "PROSE_START_LINE",
    "QUOTED",
    "READ_ONLY_WORDS",
    "REASONING_GATE",
    "REASONING_MARKER",
    "SENTENCE_END",
    "STAKES_RULES",
    "STEP_WORDS",
    "STRICT_LOCAL_MARKER",
    "WORD",
    "ACTION_QUESTION",
    "CHOICE_CUES",
    "COMMAND_AFTER_COLON",
    "COMMAND_END",
    "DECISION_DEMAND",
    "DECISION_GATE",
    "KEYWORD_CUES",
    "LABEL_AFTER",
    "LIST_KEYWORD_CUES",
    "NEGATED_AFTER",
    "NEGATED_BEFORE",
    "URGENCY_WORDS",
    "Cue",
    "StakesRule",
]


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------- parameters

HUMAN_ROLES: Final = frozenset({"human", "user"})
SYSTEM_ROLES: Final = frozenset({"system", "developer"})
#: Inputs longer than LONG_INPUT characters are scanned in their first HEAD and last TAIL chars.
LONG_INPUT: Final = 4000
HEAD: Final = 1500
TAIL: Final = 800
#: At most this many prose lines from the start and the end form the instruction.
MAX_PROSE_HEAD: Final = 8
MAX_PROSE_TAIL: Final = 3
MAX_LINE: Final = 600
MAX_INSTRUCTION: Final = 1600
#: Characters of the system prompt read by the fallback.
SYSTEM_SCAN: Final = 1500
#: Evidence a cheap tier (0 or 1) needs before it may win.
CHEAP_MIN: Final = 1.0
#: Material shorter than this is a bare statement, not a log or a document.
BARE_COMMAND: Final = 200
LEAD_PUNCT: Final = frozenset(":;,.?!¿¡")
BULLETS: Final = frozenset({"-", "*", "•", "–", "—"})
QUOTE_CHARS: Final = ("'", '"', "“", "‘", "«", "„", "「", "`")
#: Complexity band per tier, and the base complexity of intents that start higher.
COMPLEXITY_RANGE: Final = {0: (1, 2), 1: (2, 4), 2: (4, 8), 3: (8, 10)}
COMPLEXITY_BASE: Final = {
    "architecture": 7, "debug": 6, "refactor": 6, "incident": 10, "delete_data": 9, "general": 5,
}  # fmt: skip

# --------------------------------------------------------------------------- text views

#: Word tokens (letters first; inner apostrophes and hyphens kept: "don't", "force-push").
WORD: Final = _c(r"[^\W\d_][\w'-]*")
#: Quoted spans (straight, curly, guillemets, CJK brackets, backticks) inside a prose line.
QUOTED: Final = _c(
    r"(?<![\w'])'[^'\n]{1,400}'(?![\w'])|\"[^\"\n]{1,400}\"|“[^”\n]{1,400}”|‘[^’\n]{1,400}’"
    r"|«[^»\n]{1,400}»|„[^“”\n]{1,400}[“”]|「[^」\n]{1,400}」|`[^`\n]{1,400}`"
)
#: Lines of pasted logs: timestamps, syslog dates, log levels, kubectl-style columns.
LOG_MATERIAL_LINE: Final = _c(
    r"\s*(?:\[?\d{4}[-/.]\d\d[-/.]\d\d|\[?\d\d:\d\d(?::\d\d)?|\[\d|\d+\.\d+\s*[|\]]"
    r"|[A-Z][a-z]{2} +\d{1,2} \d\d:|\[?(?:INFO|DEBUG|WARN|WARNING|ERROR|FATAL|TRACE|CRITICAL"
    r"|NOTICE|ERR|PASSED|FAILED|SKIPPED)\b|[\w.-]+-[a-z0-9]{5,10}-[a-z0-9]{5}\s"
    r"|NAME\s{2,}|#\d+\s|(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/|\d+(?:[^\d.)\s]|\.\d|[.)]\S))"
)
#: Scripts written without spaces between words (Chinese, Japanese, Korean, Thai).
CJK: Final = _c(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]{3}")
#: Lines that start like pasted code, diffs, stack traces, SQL, markup or data.
CODE_START_LINE: Final = _c(
    r"\s*(?:def |class |import |from [\w.]+ import|return\b|const |let\s+(?:mut\s+)?(?:[\w$]+\s*"
    r"(?:[:=;,]|$)|[{\[(])|var |function\b|func "
    r"|fn |pub |public |private |package |#include|using |@@|\+\+\+ |--- |diff |[{}\[\]<>@$|]|//"
    r"|/\*|\*/|#!|>>> |\$ |at [\w.$<>]+\(|File \"|Traceback|Caused by|\w+(?:Error|Exception)\b:"
    r"|(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|TRUNCATE|GRANT|REVOKE|WITH)\s+[A-Z*(])"
)
#: Lines that start with three words of prose (checked after CODE_START_LINE).
PROSE_START_LINE: Final = _c(
    r"[¿¡\"'«“(]?[^\W\d_]+[,:]?\s[^\W\d_]+[,:']?\s+[^\W\d_]+|[^\x00-\x7f]{4}"
)
#: Lines shaped like code: indented, assignments, or ending in ``;``/``{``/``}``.
CODE_SHAPE_LINE: Final = _c(
    r"(?:\s{2,}|\t)\S|[\w.]+\s*[=:]\s*[\[{\"'\d]|[\w\"'.-]+\s*=\s*\S|.*[;{}]\s*$"
)
#: End of a sentence or clause, for stakes analysis.
SENTENCE_END: Final = _c(r"[.!?;](?=\s)|[\n。！？]")
#: First-line frames whose text after the colon is material: "Translate to French: ...".
FRAME_COLON: Final = _c(
    r"\s*(?:please\s+)?(?:translate|summari[sz]e|classify|categori[sz]e|label|tag|extract|tl;?dr"
    r"|count|list|which|sort|group|filter|convert|parse|assign|route|rewrite|proofread|generate"
    r"|write|draft|compose|produce|make|create|turn\s+(?:this|these|the|it)|prefix|suffix|append"
    r"|prepend|indent|number|wrap|quote|uppercase|lowercase|capitali[sz]e|dedupe|deduplicate"
    r"|check|validate|verify|does\s+this|is\s+(?:it|this)"
    r"|detect|identify|is\s+(?:this|the\s+following)|tradu\w*|übersetz\w*|resum\w*|résum\w*"
    r"|fasse\b|riassum\w*|переведи|replace|substitute|swap|normali[sz]e|remplace\w*|reemplaz\w*"
    r"|sustitu\w*|ersetz\w*|sostituisc\w*|substitu\w*|vervang\w*|zamień|замени\w*"
    r"|[^:：\n]{0,40}?(?:翻译|总结|翻訳|要約|替换|替換|置換|置き換え|바꿔|치환|번역|요약))"
    r"[^:：\n]{0,120}[:：](?:\s*(?P<rest>\S.*))?$"
)
#: A clause pointing at inline material after a colon ("... so I can read this: GET /healthz
#: 200 | POST /api/orders 201", "pull the fields out of this email as JSON: ..."): the text after
#: the colon is material. Execution verbs never open it ("run this on prod: ...").
MATERIAL_COLON: Final = _c(
    r"^(?!\s*(?:please\s+)?(?:run|execute|exec|apply|do|perform|go|proceed|handle)\b)[^:\n]{0,160}"
    r"\b(?:read|in|from|of|on|about|inside|within)\s+(?:this|these|the\s+following"
    r"|the\s+\w+\s+below)\b[^:\n]{0,30}:(?:\s+(?P<rest>\S.*))?$"
)

#: A line that starts a pasted document after the request (lower-cased prose lines).
DOCUMENT_START_LINE: Final = _c(
    r"\s*(?:#{1,6}\s+\S|(?:from|subject|to|date|cc):\s|-{3,}\s*$|={3,}\s*$)"
)
#: A first line that asks about the lines below it ("Which lines mention refund?").
READ_QUESTION: Final = _c(
    r"\s*(?:which|what|how\s+many|does|do|is|are|any|count|list)\b[^?\n]{0,120}\b(?:lines?|entries"
    r"|rows|items|messages|tickets|events|records|these|below|following)\b"
)
#: A line after pasted material that is a new request ("now ...", "then ...", "also ...").
CLOSING_REQUEST: Final = _c(
    r"\s*(?:now|then|and\s+then|also|finally|after\s+that|afterwards|next|ok\s+now|please)\b"
)
#: A bulleted or numbered list item.
BULLET_LINE: Final = _c(r"\s*(?:[-*•]|\d+[.)])\s+\S|\s*\w+(?:\([\w-]+\))?!?:\s")

# --------------------------------------------------------------------------- lead position

#: A single word before a verb that puts the verb in request position.
LEAD_WORDS: Final = _words(
    "please pls kindly now then and or also just immediately asap quickly first next finally so "
    "ok okay must let's lets don't dont never"
)
#: Two words before a verb that put it in request position ("can you drop ...").
LEAD_PAIRS: Final = frozenset(
    {
        "can you", "could you", "would you", "will you", "need to", "have to", "you must",
        "we must", "you should", "we should", "should we", "should i", "shall we", "can we",
        "do we", "let us", "help me", "time to", "sure to", "forget to", "remember to", "you to",
        "ok to", "okay to", "safe to", "fine to", "want to", "going to", "do not",
    }
)  # fmt: skip
#: Words that turn to a new request whatever came before ("... 👍 now mute all monitors").
TURN_WORDS: Final = _words("now then please pls kindly")
#: Adverbs skipped when looking back for the lead ("please immediately drop ...").
ADVERBS: Final = _words(
    "immediately quickly now just also then permanently completely safely finally actually "
    "please asap"
)

# --------------------------------------------------------------------------- stakes

#: Live systems: a destructive request naming one of these is tier 3 whatever else it says.
LIVE_MARKER: Final = _c(
    r"\bprod\b|\bprod[-_.]\w|\bproduction\b|\blive\b|\bprimary\b|\bon-?prem\b"
    r"|\b(?:main|master)\s+(?:branch|database|db|cluster)\b|\b(?:to|onto|over)\s+"
    r"(?:origin/)?(?:main|master)\b|\bcustomer\s+(?:data|records|pii)\b|\bpii\b"
    r"|\breal\s+(?:users|customers|data|portal|account|instance|tenant|environment|system|site"
    r"|bucket|org)\b|\bnot\s+(?:the\s+|in\s+|on\s+)?(?:sandbox|staging|test|dev)\b|\b(?:shared|public|remote|upstream|team)\s+(?:github\s+"
    r"|gitlab\s+)?(?:repo|repository|bucket|drive|folder)\b"
)
LIVE_NEEDLES: Final = (
    "prod", "live", "primary", "prem", "main", "master", "customer", "pii", "real", "shared",
    "public", "remote", "upstream", "team", "not",
)  # fmt: skip
#: Objects whose deletion loses data.
DATA_OBJECT: Final = _c(
    r"\b(?:databases?|dbs?|tables?|columns?|schemas?|records?|rows|collections?|indexes|indices"
    r"|contacts|leads|subscribers|members|employees|patients|students|devices|laptops|phones"
    r"|gateways|routers|sensors|endpoints|fleet|mailbox(?:es)?|inbox(?:es)?"
    r"|buckets?|backups?|snapshots?|clusters?|namespaces?|volumes?|disks?|instances?|servers?"
    r"|warehouse|datasets?|tenants?|accounts?|repositor(?:y|ies)|repo|keyspace|topics?|queues?"
    r"|customers|users|orders|invoices|transactions|subscriptions|history|redis|postgres\w*"
    r"|mysql|mongo\w*|elasticsearch|kafka|dynamodb|bigquery|snowflake|s3|gcs|rds|vms?|nodes?"
    r"|pods?|deployments?|environment|env|branch(?:es)?|data|logs|events|objects|blobs|files)\b"
    r"|s3://|gs://|/var/lib|\b[a-z]+_[a-z0-9_]+\b"
)
#: The object is pasted material or a non-production environment.
LOCAL_MARKER: Final = _c(
    r"\b(?:below|above|attached|following|pasted|this\s+(?:list|csv|file|text|json|yaml|output"
    r"|snippet|string|array|dataframe|df|spreadsheet|sheet|log|document|paragraph|code|script"
    r"|function|config|example|sample|markdown|message|email|diff|query)|this\s+(?:[\w-]+\s+)?"
    r"(?:model|module|class|component|notebook|macro|method|template|dockerfile|readme|pr)|these\s+(?:lines|rows"
    r"|entries|items|values|words)|in\s+memory|local(?:ly|host)?|temp|tmp|scratch|sandbox|dev"
    r"|development|staging|stage|tests?|testing|qa|uat|preview|ephemeral|non-?prod|fixtures?"
    r"|mocks?|my\s+(?:laptop|machine|branch|fork)|feature\s+branch|my\s+own|docker"
    r"|testcontainers|in-memory|sqlite)\b"
)
#: Like LOCAL_MARKER without the positional words ("above", "below"...), for strong verbs.
STRICT_LOCAL_MARKER: Final = _c(
    r"\bthis\s+(?:list|csv|file|text|json|yaml|output|snippet|string|array|dataframe|df"
    r"|spreadsheet|sheet|document|paragraph|code|script|function|config|example|sample|markdown"
    r"|message|email|diff|query)\b|\bthis\s+(?:[\w-]+\s+)?(?:model|module|class|component"
    r"|notebook|macro|method|template|dockerfile|readme|pr)\b|\b(?:in\s+memory|local(?:ly|host)?|temp|tmp|scratch|sandbox"
    r"|dev|development|staging|stage|test(?:ing)?|qa|uat|preview|ephemeral|non-?prod|fixtures?"
    r"|mocks?|my\s+(?:laptop|machine|branch|fork)|feature\s+branch)\b"
)
#: A non-production environment only (not pasted material): staging, sandbox, test mode...
ENV_LOCAL_MARKER: Final = _c(
    r"\b(?:local(?:ly|host)?|sandbox|dev|development|staging|stage|test\s+(?:mode|env\w*"
    r"|server|cluster|db|database|account|data|keys?|cards?|tenant)|sk_test\w*|testnet|qa|uat"
    r"|preview|ephemeral|non-?prod|my\s+(?:laptop|machine)|docker|testcontainers|in-memory"
    r"|sqlite|scratch|mock\w*|fixtures?)\b"
)
_CODE_CONTEXT: Final = (
    r"\b(?:column|field|function|method|class|form|endpoint|schema|model|unit|regex|validation"
    r"|hash\w*|middleware|decorator|component|page|ui|screen|readme|docs?|documentation|docstring"
    r"|comment|tutorial|guide|blog|test|tests|enum|type|struct|variable|parameter)\b"
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
        live = LIVE_MARKER.search(sentence)
        if self.mode == "direct":
            return live.group() if live else ""
        if self.mode == "strong":
            if live or live_anywhere:
                return live.group() if live else live_anywhere
            data = DATA_OBJECT.search(rest)
            return data.group() if data and not STRICT_LOCAL_MARKER.search(sentence) else None
        local = LOCAL_MARKER.search(sentence)
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


_CRED_OBJECT: Final = (
    r"\b(?:admin\w*|administrators?|root|sudo\w*|superuser|owners?|ownership|iam|permissions?"
    r"|privileges?|roles?|acls?|access|mfa|2fa|two-factor|branch\s+protection|(?:ssh|api|access"
    r"|secret|signing|deploy|encryption|gpg|pgp)\s+keys?|keys|secrets?|credentials?|creds"
    r"|passwords?|passphrases?|tokens?|certs?|certificates?|service\s+accounts?|policies|sessions"
    r"|kms|vault|sso|okta|ldap)\b"
)
_PRIV_OBJECT: Final = (
    r"\b(?:admin\w*|administrators?|root|sudo\w*|superuser|owners?|ownership|iam|permissions?"
    r"|privileges?|roles?|acls?|access\s+(?:to|on|for)|(?:write|read|push|merge)\s+access|mfa|2fa"
    r"|two-factor|branch\s+protection|(?:ssh|api|access|secret|signing|deploy)\s+keys?"
    r"|credentials|service\s+accounts?|org(?:anization)?\s+(?:owner|admin)|public(?:ly)?"
    r"(?:\s+(?:readable|accessible|writable))?)\b"
)
_MONEY: Final = (
    r"\b(?:wire(?:\s+transfers?)?|transfers?|payments?|payouts?|refunds?|funds|money|cash"
    r"|invoices?|sepa|ach|swift|iban|bank|payroll|salar(?:y|ies)|bonus(?:es)?|reimbursements?"
    r"|chargebacks?|vendors?|suppliers?|contractors?|creditors?|balances?|usd|eur|gbp|euros?|dollars?"
    r"|bitcoin|btc|eth|usdc|withdrawals?|deposits?)\b|[$€£¥]\s?\d|\d\s?[$€£¥]|\border\s+#?\d+|\bcustomer\s+#?\d+"
)
_SEC_OBJECT: Final = (
    r"\b(?:security\s+(?:holes?|issues?|flaws?|vulnerabilit\w+|problems?|risks?|bugs?|weakness\w*)"
    r"|vulnerabilit\w+|exploit\w*|privilege\s+escalation|escalation\s+paths?|injection|xss|csrf"
    r"|escalate\s+(?:(?:their|its|his|her|my)\s+)?(?:to\s+|into\s+)?(?:[\w-]+\s+){0,2}?(?:admin\w*|root|superuser"
    r"|owner|privileges?|permissions?)|(?:gain|get|obtain)\s+(?:admin|root|superuser)\s+(?:access"
    r"|rights|privileges)"
    r"|ssrf|rce|idor|auth\w*\s+bypass|secrets?\s+(?:leak\w*|exposure)|attack\s+surface"
    r"|plaintext\s+(?:secrets?|passwords?|credentials|keys|tokens)|publicly\s+exposed|exposed"
    r"\s+(?:endpoints|ports|services|secrets|buckets)|overly\s+broad|too\s+broad|wildcard\s+"
    r"(?:permissions|policies|iam)"
    r"|owasp(?:\s+(?:top\s*(?:10|ten)|asvs))?|asvs|timing\s+attacks?|insecure|misconfigur\w+|overly\s+permissive|public\s+(?:read|write"
    r"|access))\b"
)
#: Reading, extracting, translating or classifying, in other languages: a money word in such a
#: sentence is material ("从这段对话中提取退款金额" extracts a refund amount, it moves no money).
_READ_ML: Final = (
    r"提取|抽出|抜き出|取り出|摘要|总结|概括|翻译|翻訳|要約|分类|分類|归类|判断.{0,6}是否|吗[?？]|ですか"
    r"|추출|요약|번역|분류|\b(?:json|extrae|extraiga|extraia|extrais|extrayez|extrahiere|estrai"
    r"|извлеки|resum\w*|zusammenfass\w*|traduc\w*|tradu[zsi]\w*|übersetz\w*|classif\w*"
    r"|clasific\w*|klassifizier\w*|wyodrębnij|podsumuj|przetłumacz)\b"
)
#: Code being changed, in other languages: "remover os ifs ... usando uma tabela" refactors.
_CODE_ML: Final = (
    r"\b(?:refator\w*|refactor\w*|refaktor\w*|рефактор\w*|código|codigo|code|codice|funci[oó]n"
    r"|fonction|funktion|funzione|função|método|methode|méthode|classe|clase|klasse|ifs?|loops?"
    r"|bucles?|laços?|schleifen?)\b|リファクタ|重构|리팩터|コード|代码|코드"
)
_STRONG_DESTROY: Final = (
    "drop truncate purge wipe nuke obliterate shred destroy expunge hard hard-delete tear "
    "teardown decommission deprovision rm factory factory-reset remote-wipe"
)

#: English stakes rules, in priority order (the first that fires names the intent).
STAKES_RULES: Final[tuple[StakesRule, ...]] = (
    _rule(
        "destructive_verb", "delete_data", _STRONG_DESTROY,
        r"drop(?!\s+(?:me|us|him|her|them|a\s+(?:line|note|comment|message|hint|mail|pin)"
        r"|support|in|by|off|down|shadow|zone)\b)|truncate|purge|wipe(?:\s+out)?|nuke|obliterate"
        r"|shred|destroy|expunge|hard[- ]delete|tear\s+down|teardown|decommission|deprovision"
        r"|rm\s+-rf|factory[- ]reset|remote[- ]wipe",
        "strong",
    ),
    _rule(
        "destructive_verb", "delete_data",
        "delete remove erase clear empty flush reset overwrite terminate discard kill clean prune "
        "get scrub",
        r"delete|remove|erase|clear(?!\s+(?:for|to|and|enough|about|on|that|in|with)\b)(?:\s+out)?|empty|flush|reset|overwrite|terminate|discard|kill"
        r"|clean\s+(?:up|out)|prune|get\s+rid\s+of|scrub",
        "live_or_data",
        unless=r"^\s*(?:duplicate|blank|empty|trailing|leading|the\s+(?:duplicate|blank|empty"
        r"|trailing|first|last|header|extra))\b",
    ),
    _rule(
        "force_push", "deploy", "force-push force forcepush push git",
        r"force[- ]?push|push\s+(?:--force|-f)|git\s+push\s+(?:--force|-f)",
        "not_local",
    ),
    _rule(
        "deploy_command", "deploy",
        "kubectl helm terraform pulumi ansible-playbook cdk serverless fly vercel eb gcloud",
        r"kubectl\s+(?:-{1,2}[\w-]+(?:[=\s][\w./:-]+)?\s+)*(?:apply|rollout|scale|set\s+image|patch"
        r"|replace|edit)|helm\s+(?:upgrade"
        r"|install|rollback)|terraform\s+apply|pulumi\s+up|ansible-playbook|cdk\s+deploy"
        r"|serverless\s+deploy|fly\s+deploy|vercel\s+--prod|eb\s+deploy|gcloud\s+\w+\s+deploy",
        "not_local",
    ),
    _rule(
        "deploy_verb", "deploy", "deploy redeploy roll rollout go cut cutover hotfix ship launch",
        r"deploy|redeploy|roll\s+out|rollout|go\s+live|cut\s*over|hotfix|ship|launch",
        "not_local",
    ),
    _rule(
        "release_verb", "deploy", "release publish promote tag unpublish yank deprecate",
        r"release|publish|promote|tag\s+and\s+(?:release|publish|ship)|unpublish|yank|deprecate",
        "object",
        r"^\s+(?:it\b|(?:the\s+|our\s+|this\s+)?(?:new\s+|latest\s+)?(?:[\w.-]+\s+){0,2}"
        r"(?:build|release|version|app|update|hotfix|patch|fix|feature|changes?|package|sdk|image"
        r"|container|service|candidate|rc|site|website|api|binary|artifact|cli)\b|(?:version\s+"
        r"|release\s+|build\s+)?v?\d+(?:\.\d+)+)|\b(?:to|for)\s+(?:\d+\s*%|prod|production|live|pypi|npm"
        r"|homebrew|users|customers|everyone|all\s+(?:users|customers)|the\s+app\s+store|the"
        r"\s+play\s+store|crates\.io|maven|docker\s*hub|the\s+registry)\b|\b(?:to|for)\s+\d+\s*%",
    ),
    _rule(
        "push_live", "deploy", "push merge promote move",
        r"push|merge|promote|move",
        "object",
        r"\b(?:to|into|live\s+to|onto)\s+(?:the\s+)?(?:prod|production|live|(?:origin/)?"
        r"(?:main|master))\b|^\s+(?:the\s+)?(?:release\s+)?tags?\b",
    ),
    _rule(
        "apply_infra", "deploy", "apply run execute",
        r"apply|run|execute",
        "object",
        r"\b(?:terraform|tf|plan|manifests?|helm|infra\w*|cloudformation|pulumi|stack"
        r"|changes\s+to\s+(?:prod|production|live))\b",
    ),
    _rule(
        "exec_live", "deploy", "run execute apply deploy rerun re-run",
        r"run|execute|apply|deploy|re-?run",
        "object_live",
        r"^\s+(?:it|this|them|that|these)\b",
    ),
    _rule(
        "traffic_switch", "deploy", "switch shift move route cut flip send enable turn toggle",
        r"switch|shift|move|route|cut|flip|send|enable|turn\s+on|toggle",
        "object",
        r"\b(?:traffic|flag\b.{0,40}\b(?:all|everyone|100%|prod|production|live|customers"
        r"|users))",
    ),
    _rule(
        "trigger_deploy", "deploy", "trigger start kick run launch fire",
        r"trigger|start|kick\s+off|run|launch|fire\s+off",
        "object",
        r"^\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:deploy\w*|release|rollout)\b",
    ),
    _rule("failover", "incident", "fail failover fail-over", r"fail\s*over|fail-over", "not_local"),
    _rule(
        "rollback", "incident", "roll rollback revert downgrade",
        r"roll\s*back|rollback|revert|downgrade",
        "object",
        r"\b(?:deploy\w*|release|prod|production|live|version|build|v?\d+\.\d+|previous"
        r"|yesterday|last\s+(?:deploy|release|build|version)|cluster|service)\b",
    ),
    _rule(
        "live_operation", "incident",
        "restart reboot kill shut shutdown stop halt pause drain cordon scale block disable "
        "throttle evacuate isolate quarantine restore rebuild recreate resize failback modify "
        "update change alter edit patch write insert mutate backfill reindex bump increase "
        "decrease raise lower adjust",
        r"restart|reboot|kill|shut\s*down|stop|halt|pause|drain|cordon|scale|block|disable"
        r"|throttle|evacuate|isolate|quarantine|restore|rebuild|recreate|resize|failback|modify"
        r"|update|change|alter|edit|patch|write\s+to|insert\s+into|mutate|backfill|reindex|bump"
        r"|increase|decrease|raise|lower|adjust",
        "object_live",
        r"\b(?:prod\w*|live|primary|cluster|database|db|servers?|service|site|traffic|firewall"
        r"|dns|load\s+balancer|queries|pods?|nodes?|region|instance|table|replicas?|flag"
        r"|config\w*|records?|rows|users?|customers?|orders?|deployments?|api|app|workers?|fleet"
        r"|hosts?)\b",
    ),
    _rule(
        "outage_action", "incident", "take put shut shutdown force-logout force",
        r"take\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:down|offline)|put\s+(?:the\s+|our\s+)?"
        r"(?:[\w-]+\s+){0,2}(?:into|in)\s+maintenance|shut\s*down\s+(?:the\s+|our\s+)?(?:site"
        r"|website|service|api|app|checkout)|force[- ]?log\s*out\s+(?:all|every)",
        "not_local",
    ),
    _rule(
        "migration", "migration", "run apply execute perform kick start trigger launch do",
        r"run|apply|execute|perform|kick\s+off|start|trigger|launch|do",
        "object",
        r"^\s+(?:the\s+|all\s+|any\s+|our\s+|pending\s+|these\s+|this\s+|new\s+)*(?:[\w-]+\s+)"
        r"{0,2}(?:migrations?|backfill|schema\s+changes?|db:migrate|alembic|flyway|liquibase"
        r"|data\s+fix|re-?index(?:ing)?|resharding|rebalanc\w+)\b",
    ),
    _rule(
        "migration", "migration", "migrate backfill reindex re-index reshard re-shard",
        r"migrate|backfill|re-?index|re-?shard",
        "live_or_data",
    ),
    _rule(
        "credential_change", "credentials",
        "rotate revoke grant elevate escalate invalidate regenerate reissue re-issue deactivate "
        "suspend unlock lock expire leak expose rekey",
        r"rotate|revoke|grant|elevate|escalate|invalidate|regenerate|re-?issue|deactivate"
        r"|suspend|unlock|lock\s+out|expire|leak|expose|rekey",
        "object",
        _CRED_OBJECT,
    ),
    _rule(  # "... and revoke the old one on npm": a credential named earlier in the sentence
        "credential_change", "credentials", "revoke invalidate rekey deactivate",
        r"revoke|invalidate|rekey|deactivate",
        "object_env",
        r"^\s+(?:the\s+)?(?:old|previous|current|existing|leaked|compromised|exposed)\s+(?:one|ones)\b"
        r"|^\s+(?:it|them)\b",
    ),
    _rule(
        "permission_change", "credentials",
        "give add assign remove delete reset change disable enable create issue generate update "
        "set make share transfer promote demote lock provision upgrade bypass turn",
        r"give|add|assign|remove|delete|reset|change|disable|enable|create|issue|generate"
        r"|update|set|make|share|transfer|promote|demote|lock|provision|upgrade|bypass"
        r"|turn\s+off",
        "object",
        _PRIV_OBJECT,
        unless=_CODE_CONTEXT + r"|^\s+(?:me|us)\s+(?!(?:[\w-]+\s+)?(?:access|admin\w*|root|sudo"
        r"|permissions?|rights|privileges?|owner(?:ship)?|roles?|write|read|push|merge)\b)",
    ),
    _rule(
        "credential_change", "credentials",
        "reset change update set share send post disclose publish email replace swap",
        r"reset|change|update|set|share|send|post|disclose|publish|email|replace|swap(?:\s+out)?",
        "object_live",
        r"\b(?:passwords?|credentials|secrets?|tokens?|keys)\b",
    ),
    _rule(
        "disable_control", "credentials",
        "disable turn switch mute silence snooze pause bypass suspend deactivate relax loosen "
        "kill",
        r"disable|turn\s+off|switch\s+off|mute|silence|snooze|pause|bypass|suspend|deactivate"
        r"|relax|loosen|kill",
        "object",
        r"\b(?:waf|web\s+application\s+firewall|firewall\w*|mfa|2fa|two-factor|sso\s+enforcement"
        r"|branch\s+protection|monitors?|monitoring|alerts?|alerting|alarms?|pagerduty|paging"
        r"|pager|pages|audit\s+log\w*|cloudtrail|guardduty|encryption|ssl\s+verification"
        r"|certificate\s+(?:checks?|validation|pinning)|rate[- ]limit\w*|ddos\s+protection|edr"
        r"|antivirus|defender|crowdstrike|security\s+(?:groups?|controls?|checks?|scans?"
        r"|policies)|captcha|fraud\s+(?:checks?|rules?|detection|screening)|signature"
        r"\s+verification|secret\s+scanning)\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(
        "expose", "credentials", "open expose allow whitelist allowlist",
        r"open(?:\s+up)?|expose|allow|whitelist|allowlist",
        "object",
        r"\b(?:port\s+\d+|0\.0\.0\.0/0|::/0|(?:to|for)\s+(?:the\s+)?(?:whole\s+)?(?:internet|world"
        r"|public|everyone|anyone)|public(?:ly)?\s+(?:readable|accessible|writable|access)"
        r"|ingress\s+from\s+(?:anywhere|all))",
    ),
    _rule(
        "money_movement", "payment",
        "approve execute send initiate process issue authorize authorise release wire transfer "
        "refund disburse remit charge settle move pay reimburse top withdraw credit debit void "
        "write",
        r"approve|execute|send|initiate|process|issue|authori[sz]e|release|wire|transfer"
        r"|refund|disburse|remit|charge|settle|move|pay(?!\s+attention)"
        r"|reimburse|top\s+up|withdraw|credit|debit|void|write\s+off",
        "object_env",
        _MONEY,
        unless=r"^\s+(?:me|us)\b",
    ),
    _rule(
        "price_change", "payment",
        "change update raise increase lower cut set bump drop reduce double halve apply",
        r"change|update|raise|increase|lower|cut|set|bump|drop|reduce|double|halve|apply",
        "object_env",
        r"\b(?:pric(?:e|es|ing)|fees?|rates?|discounts?|surcharges?)\b[^.\n]{0,80}\b(?:all|every"
        r"|existing|current|active)\s+(?:[\w-]+\s+)?(?:customers|subscribers|users|accounts"
        r"|tenants|plans|merchants|sellers)\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # generic verbs: the money must be their object ("make the payment", not "make this
        # email shorter, keep the refund promise")
        "money_movement", "payment",
        "make handle complete finalize finalise do perform action submit schedule proceed",
        r"make|handle|complete|finali[sz]e|do|perform|action|submit|schedule|proceed\s+with",
        "object_env",
        r"^\s+(?:[\w$€£¥.,#-]+\s+){0,3}?(?:" + _MONEY + r")",
        unless=r"^\s+(?:me|us)\b",
    ),
    _rule(
        "money_movement", "payment", "pay refund disburse remit reimburse",
        r"pay(?!\s+attention)|refund|disburse|remit|reimburse",
        "object_env",
        r"(?:)",  # any object: only a non-production environment cancels it
        unless=r"^\s*(?:wrappers?|functions?|handlers?|logic|code|endpoints?|modules?|services?"
        r"|flows?|apis?|calls?|methods?|tests?|jobs?|workers?|webhooks?|controllers?)\b",
    ),
    _rule(
        "security_audit", "security_audit",
        "perform conduct do run carry execute start complete audit pentest pen-test red-team "
        "red threat threat-model pentest-style pentest-like audit-style red-team-style",
        r"(?:perform|conduct|do|run|carry\s+out|execute|start|complete)\s+(?:a\s+|an\s+)?(?:full"
        r"\s+|thorough\s+|quick\s+|comprehensive\s+|complete\s+)?(?:security|penetration|pen"
        r"|red[- ]team|vulnerability|threat|access|permissions?|iam|privilege)\s*(?:audit|test"
        r"|review|assessment|scan|exercise|model\w*)|(?:perform|conduct|do|run|carry\s+out|execute"
        r"|start|complete)\s+(?:a\s+|an\s+)?pen[- ]?test(?:[- ]style|[- ]like)?\s+"
        r"(?:review|audit|pass|assessment)|audit(?!\s+(?:trails?|logs?|logging|events?"
        r"|records?|tables?|history|entries|fields?|columns?|ids?)\b)|pen-?test|red[- ]team"
        r"|threat[- ]model(?!\s+(?:included|attached|below|above|section|doc\w*|template|is|was"
        r"|should|would|will)\b)",
        "direct",
    ),
    _rule(
        "security_audit", "security_audit",
        "check review scan analyze analyse assess inspect examine test look go evaluate probe "
        "find list identify hunt search tell show enumerate map",
        r"check|review|scan|analy[sz]e|assess|inspect|examine|test|look\s+(?:at|over|for)"
        r"|go\s+(?:over|through)|evaluate|probe|find|list|identify|hunt\s+for|search\s+for"
        r"|tell\s+me|show\s+me|enumerate|map\s+out",
        "object",
        _SEC_OBJECT,
        unless=r"\b(?:from|in)\s+(?:this|the)\s+(?:advisory|report|cve|bulletin|changelog"
        r"|scan\s+output)",
    ),
    _search_rule(
        "security_audit", "security_audit", "vulnerable exploitable secure safe injectable",
        r"(?P<verb>\b(?:is|are)\s+(?:this|these|it|the|our)\s+(?:[\w-]+\s+){0,3}(?:vulnerable"
        r"|exploitable|secure|safe\s+(?:from|against)|injectable))(?P<rest>.*)",
        "direct",
    ),
    _search_rule(
        "disclosure_decision", "security_audit",
        "disclose disclosure notify public advisory cve breach report",
        r"(?P<verb>\b(?:decide|determine|choose|advise|recommend|should\s+we)\b.{0,60}\b"
        r"(?:disclose|disclosure|notify\s+(?:customers|users|regulators|the\s+public|affected)"
        r"|go\s+public|publish\s+the\s+(?:advisory|cve)|breach\s+notice)|\b(?:do|should|must"
        r"|shall)\s+we\s+(?:need\s+to\s+|have\s+to\s+)?(?:notify|disclose\s+(?:it|this|the)"
        r"|report\s+(?:it|this|the\s+breach)\s+to)\b|\bwhether\s+(?:we\s+have|there\s+is|this\s+is)"
        r"\s+a\s+(?:reportable\s+)?breach\b|\bbreach\s+to\s+report\b)(?P<rest>.*)",
        "direct",
    ),
    _search_rule(
        "live_decision", "incident", "decide determine choose tell advise recommend",
        r"(?P<verb>\b(?:decide|determine|choose|tell\s+me|advise|recommend)\s+(?:now\s+)?"
        r"(?:(?:whether|if)\s+(?:to|we\s+(?:should|can|must|need\s+to))|between)\s+(?:[\w-]+\s+)"
        r"{0,3}?(?:roll\s*back|rollback|fail\s*over|failover|deploy"
        r"|release|ship|apply|drop|delete|purge|restore|shut\s*down|proceed|revert|pay|refund"
        r"|rotate|revoke|merge|promote|force[- ]?log\s*out|log\s*out|sign\s*out|lock|block"
        r"|disable|suspend|ban|take\s+(?:[\w-]+\s+){0,3}(?:down|offline)|restart|scale|disclose"
        r"|shut\s+(?:[\w-]+\s+){0,3}down|isolate))(?P<rest>.*)",
        "not_local",
    ),
    _search_rule(
        "compromise_question", "security_audit", "compromised breached hacked owned pwned",
        r"(?P<verb>\b(?:are|were|is|have)\s+(?:we|our\s+[\w-]+|this\s+account|the\s+account)\s+(?:been\s+)?"
        r"(?:compromised|breached|hacked|owned|pwned)\b)(?P<rest>.*)",
        "direct",
    ),
    _search_rule(
        "act_on_decision", "incident", "pick choose decide select commander",
        r"(?P<verb>\b(?:pick|choose|decide\s+on|select)\s+(?:(?:the\s+|an?\s+)?(?:best\s+|next\s+"
        r"|right\s+|better\s+)?(?:action|step|option|fix|remediation|mitigation|one)s?|one|either)"
        r"\s+and\s+(?:execute|run|apply|do|perform|carry\s+out|implement|go)\b|\byou(?:'re|\s+are)\s+(?:the\s+|our"
        r"\s+)?incident\s+commander\b)(?P<rest>.*)",
        "direct",
    ),
    _search_rule(
        "go_no_go", "deploy", "safe ok okay fine good go no-go",
        r"(?P<verb>\b(?:safe|ok|okay|fine|good)\s+to\s+(?:apply|deploy|run|release|ship|merge"
        r"|execute|proceed|roll\s+out|drop|delete|migrate|push|go\s+ahead)\b|\bgo(?:/|\s+or\s+)"
        r"no[- ]go\b)(?P<rest>.*)",
        "object_live",
        r".",
    ),
    _ml_rule(
        "ml_destructive", "delete_data",
        "borr elimin suprim vací vaci trunc destru apag exclu remov delet supprim effac vide "
        "détrui tronq purg lösch entfern leer dropp vernicht cancell rimuov svuot distrugg удал "
        "очист сотр дроп снес уничтож 删 清空 截断 销毁 清除 削除 消去 消して ドロップ",
        r"\b(?:borra|borre|borrar|elimina|elimine|eliminar|suprime|suprimir|vacía|vaciar|trunca"
        r"|truncar|destruye|apague|apaga|apagar|exclua|excluir|remova|remover|trunque|deletar"
        r"|supprime[rz]?|efface[rz]?|vide|videz|vider|détrui[st]|détruisez|tronquez?|purgez?|lösche"
        r"|löscht|löschen|entferne|entfernen|leere|leeren|droppe|vernichte|cancella|cancellare"
        r"|eliminare|rimuovi|rimuovere|svuota|svuotare|tronca|distruggi|удали|удалите|удалить"
        r"|очисти|очистите|сотри|дропни|снеси|уничтожь)\b|删除|删掉|清空|截断|销毁|清除|削除"
        r"|消去|消して|ドロップ",
        r"\b(?:base\s+de\s+datos|bases\s+de\s+datos|tabla|tablas|datos|registros|clientes"
        r"|usuarios|producción|produccion|banco\s+de\s+dados|base\s+de\s+dados|tabela|tabelas"
        r"|dados|registos|usuários|produção|producao|base\s+de\s+données|données|donnees"
        r"|enregistrements|utilisateurs|production|table|datenbank\w*|tabelle\w*|daten"
        r"|kundendaten|datensätze|benutzer\w*|produktion\w*|produktiv\w*|database|tabella|dati"
        r"|record|clienti|utenti|produzione|prod|backups?|баз\w*|таблиц\w*|данны\w*|запис\w*"
        r"|клиент\w*|пользовател\w*|прод\w*|бэкап\w*|бекап\w*|резервн\w*|репозитори\w*|ветк\w*"
        r"|branch\w*|repositor\w*|repositório|repositorio|bucket\w*|cluster\w*|clúster"
        r"|sauvegardes?|copias|cópias)\b|数据库|表|数据|用户|生产|线上|备份|仓库|分支"
        r"|データベース|テーブル|データ|本番|ユーザー|バックアップ|リポジトリ",
        _CODE_ML,
    ),
    _ml_rule(
        "ml_deploy", "deploy",
        "despl publi lanz sub pasa deploy implant faça faz suba lance déplo mets mett livr pous "
        "spiel roll ausroll einspiel veröffentlich bring distribu rilasc pubblic porta metti "
        "задепло разверн "
        "выкат раскат релиз опублик 部署 上线 发布 デプロイ リリース 反映",
        r"\b(?:despliega|desplegar|despliegue|publica|publicar|lanza|sube|subir|pasa|haz\s+(?:el"
        r"\s+)?deploy|implante|implantar|implanta|publique|faça\s+o\s+deploy|faz\s+o\s+deploy"
        r"|fazer\s+o\s+deploy|suba|lance|déploie[rz]?|déployez|mets|mettez|mettre|publie[rz]?"
        r"|livre[rz]?|pousse[rz]?|deploye\w*|spiel\w*|rolle|roll|ausroll\w*|einspiel\w*"
        r"|veröffentliche\w*|bringe?"
        r"|distribuisci|rilascia|pubblica|porta|metti|fai\s+il\s+deploy|effettua\s+il\s+deploy"
        r"|deploya|задеплой\w*|разверн\w*|выкати\w*|раскатай|релизни|опубликуй)\b|部署|上线|发布"
        r"|デプロイ|リリース|反映",
        r"\b(?:producción|produccion|produção|producao|production|produktion\w*|produktiv\w*"
        r"|produzione|prod|live|прод\w*|продакшн\w*|продакшен\w*|боев\w*)\b|生产|线上|正式环境"
        r"|本番",
    ),
    _ml_rule(
        "ml_live_operation", "incident",
        "reinici apag detén deten neustart starte herunter redémarr arrêt arret reinicie deslig "
        "riavvi spegn ferma revier zurück annule reverta ripristin перезапуст перезагруз останов "
        "откат 重启 关闭 停止 回滚 再起動 停止 シャットダウン ロールバック",
        r"\b(?:reinicia\w*|apaga|apague|detén|deten|neustarten|starte|fahre|herunterfahren"
        r"|redémarre[rz]?|arrête[rz]?|reinicie|desligue|riavvia\w*|spegni|ferma|revierte"
        r"|zurückrollen|rolle|annule[rz]?|reverta|ripristina|перезапусти\w*|перезагрузи\w*"
        r"|останови\w*|откати\w*)\b|重启|关闭|停止|回滚|再起動|シャットダウン|ロールバック",
        r"\b(?:producción|produccion|produção|producao|production|produktion\w*|produktiv\w*"
        r"|produzione|prod|live|прод\w*|продакшн\w*|продакшен\w*|боев\w*)\b|生产|线上|正式环境"
        r"|本番",
    ),
    _ml_rule(
        "ml_loanword", "incident", "rollback roll deploy reboot restart drop delete truncate purge",
        r"\b(?:rollback|roll\s*back|deploy|redeploy|reboot|restart|drop|delete|truncate|purge"
        r"|wipe)\b",
        r"\b(?:producción|produccion|produção|producao|produktion\w*|produktiv\w*|produzione"
        r"|прод\w*|продакшн\w*|продакшен\w*)\b|生产|线上|本番",
    ),
    _ml_rule(
        "ml_refund", "payment",
        "rembours reembols erstatt rimbors возвра верни 退款 返金 hoàn kembalikan iade คืนเงิน "
        "استرد أعد החזר תחזיר",
        r"\b(?:rembourse[rz]?|reembolsa\w*|reembolse|erstatte\w*|rimborsa\w*|верни\s+деньги"
        r"|оформи\s+возврат|hoàn\s+tiền|kembalikan\s+(?:dana|uang)|iade\s+et\w*)\b|退款|返金"
        r"|คืนเงิน|استرد|أعد\s+المبلغ|החזר\s+כספי|תחזיר\s+(?:את\s+)?הכסף",
        r"\w",
        _READ_ML,
    ),
    _ml_rule(
        "ml_money", "payment",
        "transf enví envi paga pagar realiza haz aprue reembols pague faça aprove vire effectu fai "
        "envoi paie paye rembours approuv überweis zahl bezahl sende erstatt führe genehmig "
        "trasfer esegui effettua invia rimbors approva autorizza procedi proceda procede procéde "
        "prosiga prossiga перев отправ оплат заплат верни "
        "выплат одобр 转账 汇款 付款 打款 退款 支付 送金 振込 振り込 支払 返金",
        r"\b(?:transfiere|transferir|envía|envia|enviar|paga|pagar|realiza|haz|aprueba|reembolsa"
        r"|reembolsar|transfira|envie|pague|faça|aprove|reembolse|vire[rz]?|effectue[rz]?"
        r"|transfère|transférez|transférer|envoie[rz]?|paie|payez|payer|rembourse[rz]?|fais"
        r"|faites|faire"
        r"|approuve[rz]?|überweise\w*|zahle|zahlen|bezahle\w*|sende|erstatte\w*|führe|genehmige"
        r"|trasferisci|esegui|effettua|invia|rimborsa|approva|autorizza|procedi|proceda|procedere"
        r"|procede|procédez|procède|prosiga|prossiga|переведи|перевести"
        r"|отправь|оплати|заплати|верни|выплати|одобри)\b|转账|汇款|付款|打款|退款|支付|送金|振込"
        r"|振り込|支払|返金",
        r"\b(?:transferencia|dinero|fondos|pago|pagos|euros?|dólares|reembolso|transferência"
        r"|dinheiro|pagamento|reais|pix|virement|argent|fonds|paiement|remboursement|überweisung"
        r"|geld|zahlung|betrag|rückerstattung|erstattung|bonifico|denaro|soldi|rimborso|fondi"
        r"|facturas?|faturas?|factures?|rechnung\w*|fattur[ae]|nómina|nomina|salario|sueldo"
        r"|gehalt|gehälter|salaire|stipendi?o|salário|boleto|счёт|счет|инвойс\w*|зарплат\w*"
        r"|деньги|средства|руб\w*|евро|долл\w*|оплату|плат[её]ж\w*|перевод|выплат\w*)\b|[$€£₽¥]"
        r"|r\$|转账|汇款|付款|打款|退款|送金|振込|振り込|返金",
        _READ_ML,
    ),
    _ml_rule(
        "ml_credentials", "credentials",
        "otorg conced dale asigna revoc rota cambia restablec quita conceda dê atribua revog "
        "rotacion troque altere redefin accord donne attribu révoqu revoqu renouvel change "
        "retire réinitialis remplac ersetz tausch reemplaz sustitu substitu sostitu erteil gib "
        "gewähr vergib vergeben entzieh widerruf rotier ändere setz "
        "geben erteilen concedi dai assegna ruota reimposta togli выда дай предостав назнач "
        "отзов смени поменя "
        "сбрось забери ротир 授予 给予 开通 撤销 吊销 轮换 重置 收回 付与 取り消 失効 "
        "ローテーション リセット 剥奪 与えて",
        r"\b(?:otorga\w*|concede|dale|asigna|revoca|revocar|rota|rotar|cambia|restablece|quita"
        r"|conceda|conceder|dê|atribua|revogue|revogar|rotacione|rotacionar|troque|altere"
        r"|redefina|accorde[rz]?|donne[rz]?|attribue[rz]?|révoque[rz]?|revoque[rz]?"
        r"|renouvelle[rz]?|changez|changer|retire[rz]?|réinitialise[rz]?|remplace[rz]?|erteile\w*|gib"
        r"|geben|ersetze|ersetzen|tausche|austauschen|reemplaza|sustituye|substitua|sostituisci"
        r"|gewähre\w*"
        r"|vergib|vergeben|entziehe\w*|widerrufe\w*|rotiere\w*|ändere|setze|setzen|concedi|dai"
        r"|assegna|ruota"
        r"|reimposta|togli|выдай|дай|предоставь|назначь|отзови\w*|смени|поменяй|сбрось|забери"
        r"|ротируй)\b|授予|给予|开通|撤销|吊销|轮换|重置|收回|付与|取り消|失効|ローテーション"
        r"|リセット|剥奪|与えて",
        r"\b(?:mfa|2fa|a2f|otp|totp|sso|yubikeys?|permisos?|administrador\w*|admin\w*|acceso|credenciales|claves?|contraseñas?"
        r"|tokens?|roles?|privilegios|root|permissões|permissão|acesso|credenciais|chaves?"
        r"|senhas?|privilégios|droits|permissions|administrateur|accès|identifiants|clés?"
        r"|mots?\s+de\s+passe|jetons|privilèges|\w*rechte|admin-rechte|berechtigung\w*"
        r"|zugriff\w*|zugang\w*|schlüssel|passw[öo]rt\w*|kennw[öo]rt\w*|rolle|permessi|diritti"
        r"|amministratore|credenziali|chiavi|chiave|password|privilegi|права|доступ\w*"
        r"|администратор\w*|админ\w*|ключ\w*|парол\w*|токен\w*|уч[её]тн\w*|привилеги\w*)\b|权限"
        r"|管理员|密钥|凭证|密码|令牌|権限|管理者|キー|鍵|認証情報|パスワード|トークン|アクセス",
    ),
    _ml_rule(
        "ml_migration", "migration",
        "execut ejecut rode roda rodar aplica apliq exécut lance esegui führ migra",
        r"\b(?:execut[ae]r?|ejecut[ae]r?|rod[ae]r?|aplic[ae]r?|aplique|exécute[rz]?|lance[rz]?"
        r"|esegui|führe)\b[^.\n]{0,30}\bmigra\w+",
        r"\b(?:producción|produccion|produção|producao|production|produktion\w*|produktiv\w*"
        r"|produzione|prod)\b",
    ),
    _search_rule(  # SAP: importing a transport into the production system or client is a deploy
        "transport_import", "deploy", "transport import move",
        r"(?P<verb>\b(?:transport|import|move)\s+(?:the\s+|this\s+)?(?:change\s+request|transport"
        r"(?:\s+request)?|tr|cr|workbench\s+request|customi[sz]ing\s+request)\b(?:\s+[\w-]+)?"
        r"\s+(?:into|to|in)\s+(?:the\s+)?(?:prod\w*|production|prd|p\d{2,3}|live)\b)(?P<rest>.*)",
        "direct",
    ),
    _search_rule(  # "let the contractor's laptop into the VPN": network or directory access
        "access_grant", "credentials", "let allow admit",
        r"(?P<verb>\b(?:let|allow|admit)\s+(?:[\w'’.-]+\s+){1,4}?(?:in(?:to)?|onto|on)\s+(?:the\s+"
        r"|our\s+)?(?:corporate\s+|company\s+|office\s+|internal\s+)?(?:vpn|network|tailnet"
        r"|domain|tenant|sso|okta|active\s+directory|wi-?fi|bastion|jump\s*host|intranet"
        r"|vault)\b)(?P<rest>.*)",
        "not_local",
    ),
    # Arabic: a security audit, destructive or deploy action, access or money (no \b: marks)
    _ml_rule(
        "ml_security_audit", "security_audit", "تدقيق اختبار فحص",
        r"تدقيق\s*(?:ال)?أمني|اختبار\s*(?:ال)?اختراق|فحص\s*(?:ال)?أمني",
        r"\w",
    ),
    _ml_rule(
        "ml_destructive", "delete_data", "احذف امسح أفرغ احذفوا",
        r"احذف|امسح|أفرغ",
        r"قاعدة\s*البيانات|قواعد\s*البيانات|الجدول|الجداول|البيانات|السجلات|العملاء|المستخدمين"
        r"|الإنتاج|النسخ\s*الاحتياطي",
    ),
    _ml_rule(
        "ml_deploy", "deploy", "انشر اطرح نشر طرح",
        r"انشر|اطرح|نشر|طرح",
        r"الإنتاج|بيئة\s*الإنتاج|المباشر|الحي\b|للعملاء|لجميع\s*المستخدمين",
    ),
    _ml_rule(
        "ml_credentials", "credentials", "امنح أعط ألغ الغ اسحب غير غيّر",
        r"امنح|أعط|ألغ|الغ|اسحب|غي[ّ]?ر",
        r"صلاحي|كلمة\s*المرور|كلمات\s*المرور|المفتاح|مفاتيح|الوصول|مسؤول|المشرف|الرمز\s*المميز",
    ),
    _ml_rule(
        "ml_money", "payment", "حو حول حوّل ادفع أرسل اصرف",
        r"حو[ّ]?ل|ادفع|أرسل|اصرف",
        r"مبلغ|دولار|يورو|درهم|ريال|دينار|جنيه|راتب|رواتب|دفعة|[$€£]",
    ),
    # Turkish: a security audit, or a destructive or deploy action on production (üretim)
    _ml_rule(
        "ml_security_audit", "security_audit", "güvenlik sızma denetim",
        r"güvenlik\s+(?:denetim\w*|taraması\w*|açıkları\w*|testi\w*)|sızma\s+test\w*",
        r"\w",
    ),
    _ml_rule(
        "ml_destructive", "delete_data", "sil boşalt kaldır",
        r"\b(?:sil|silin|silelim|boşalt|kaldır)\b",
        r"\b(?:veritaban\w*|tablo\w*|veri\w*|kayıt\w*|müşteri\w*|kullanıcı\w*|üretim\w*"
        r"|canlı\w*|prod\w*|yedek\w*)\b",
    ),
    _ml_rule(
        "ml_deploy", "deploy", "deploy yayınla dağıt geri",
        r"\b(?:deploy\s+et|yayınla|dağıt|geri\s+al)\w*",
        r"\b(?:üretim\w*|canlı\w*|prod\w*)\b",
    ),
    # Turning off a security or alerting control, in other languages
    _ml_rule(
        "ml_disable_control", "credentials",
        "关掉 关闭 停用 禁用 無効 オフ 切って 止めて 끄 꺼 비활성 desactiv deshabilit deaktivier "
        "abschalt ausschalt schalte disattiv desativ desligu отключ выключ wyłącz wylacz kapat "
        "devre uitschakel",
        r"关掉|关闭|停用|禁用|無効|オフ|切って|止めて|끄|꺼|비활성|\b(?:desactiv\w*|deshabilit\w*"
        r"|deaktivier\w*|abschalt\w*|schalte\s+[^.\n]{0,40}\bab|ausschalt\w*|disattiv\w*|desativ\w*"
        r"|deslig\w*|отключ\w*|выключ\w*|wyłącz\w*|wylacz\w*|kapat\w*|devre\s+dışı|uitschakel\w*"
        r"|schakel\s+[^.\n]{0,40}\buit)",
        r"\b(?:mfa|2fa|waf|sso|vpn|ssh|firewall\w*|cloudtrail|guardduty|pagerduty|captcha)\b|防火墙|监控"
        r"|계정|アカウント|账号|帐号|账户|\b(?:cuentas?|comptes?|kont[oa]|konten|аккаунт\w*|учётн\w*"
        r"|учетн\w*)\b"
        r"|告警|审计|ファイアウォール|アラート|監視|監査|방화벽|알림|모니터링|감사\s*로그|\b(?:pare-feu"
        r"|cortafuegos|alertas?|alertes?|monitoreo|monitoramento|überwachung|alarm\w*|audit\w*"
        r"|мониторинг\w*|алерт\w*|оповещени\w*|двухфакторн\w*|zapor\w*|alarmy|uyarı\w*)\b",
    ),
    # A security audit or penetration test, asked for in other languages
    _ml_rule(
        "ml_security_audit", "security_audit",
        "安全审计 安全審計 渗透测试 滲透測試 セキュリティ監査 ペネトレーション 脆弱性診断 "
        "보안 침투 auditoría auditoria audit sicherheitsaudit sicherheitsprüfung penetrationstest "
        "pentest аудит пентест тестирован",
        r"安全审计|安全審計|渗透测试|滲透測試|セキュリティ監査|ペネトレーションテスト|脆弱性診断|보안\s*감사"
        r"|침투\s*테스트|\b(?:auditoría\s+de\s+seguridad|auditoria\s+de\s+segurança|audit\s+de"
        r"\s+sécurité|audit\s+di\s+sicurezza|sicherheitsaudit\w*|sicherheitsprüfung\w*"
        r"|penetrationstest\w*|pentest\w*|аудит\w*\s+безопасности|пентест\w*|тестировани\w*\s+на"
        r"\s+проникновение|audyt\s+bezpieczeństwa|güvenlik\s+denetimi)",
        r"进行|進行|执行|執行|做|実施|して|해\s*줘|해주세요|수행|\b(?:realiza|realice|haz|haga|faça"
        r"|realize|effectue[rz]?|fais|faites|führe|führen|durchführen|durch|mach|esegui|effettua|fai"
        r"|проведи|проведите|сделай|przeprowadź|przeprowadz|yap|perform|run|do)\b",
    ),
    _ml_rule(
        "ml_money", "payment", "भुगतान पैसे रिफंड ट्रांसफर वेतन बोनस",
        r"भेज\s*द|कर\s*द|लौटा\s*द|ट्रांसफर\s*कर|रिफंड\s*कर",
        r"भुगतान|पैसे|रिफंड|ट्रांसफर|वेतन|बोनस|[€$₹£]|रुपये",
    ),
    # Hindi: run / delete / deploy / roll back on production
    _ml_rule(
        "ml_live_operation", "incident",
        "चला डिलीट हटा मिटा डिप्लॉय रोलबैक रीस्टार्ट बंद लागू",
        r"चला\s*द|डिलीट|हटा\s*द|मिटा\s*द|डिप्लॉय|रोलबैक|रीस्टार्ट|बंद\s*कर|लागू\s*कर",
        r"प्रोडक्शन|प्रोड|लाइव|\b(?:production|prod|live)\b",
    ),
    # Turkish and Polish money movement (and a price change for all subscribers)
    _ml_rule(
        "ml_money", "payment",
        "iade öde gönder transfer değiştir zwróć zwroc przelej wypłać wyplac zapłać zaplac "
        "oddaj zmień zmien",
        r"\b(?:iade\s+et\w*|öde\w*|gönder\w*|transfer\s+et\w*|değiştir\w*|zwróć|zwroc|przelej"
        r"|wypłać|wyplac|zapłać|zaplac|oddaj|zmień|zmien)\b",
        r"\b(?:para\w*|ücret\w*|fiyat\w*|ödeme\w*|abone\w*|tl|zł|zl|złotych|pieniądze|pieniadze"
        r"|przelew\w*|płatnoś\w*|wypłat\w*|cen[aęy]|subskryb\w*|klient\w*|zamówieni\w*)\b|[$€₺£]",
    ),
    # Running migrations on production, in Korean, Japanese and Chinese
    _ml_rule(
        "ml_migration", "migration", "실행 적용 돌려 実行 適用 执行 运行 跑",
        r"실행|적용|돌려|実行|適用|执行|运行|跑",
        r"(?:운영|프로덕션|本番|生产|线上|\bprod\w*)[^\n]{0,60}(?:migrat\w*|마이그레이션|マイグレーション|迁移"
        r"|flyway|alembic|liquibase)|(?:migrat\w*|마이그레이션|マイグレーション|迁移|flyway|alembic"
        r"|liquibase)[^\n]{0,60}(?:운영|프로덕션|本番|生产|线上|\bprod)",
    ),
    # Korean, Polish and Dutch (same intents as above, one rule per intent)
    _ml_rule(
        "ml_destructive", "delete_data",
        "삭제 지워 지우 비워 드롭 날려 usuń usun wyczyść wyczysc skasuj wykasuj verwijder wis leeg",
        r"삭제|지워|지우|비워|드롭|날려|\b(?:usuń|usun|wyczyść|wyczysc|skasuj|wykasuj|verwijder\w*"
        r"|wis|leeg)\b",
        r"데이터베이스|테이블|데이터|프로덕션|운영|백업|레코드|사용자|고객|\b(?:baz\w*|tabel\w*"
        r"|dane|danych|produkc\w*|rekord\w*|klient\w*|użytkownik\w*|database|gegevens|productie"
        r"|klanten|records|prod)\b",
    ),
    _ml_rule(
        "ml_deploy", "deploy",
        "배포 릴리스 출시 반영 wdróż wdroz wypchnij uitrollen rol zet deploy",
        r"배포|릴리스|출시|반영|\b(?:wdróż\w*|wdroz\w*|wypchnij|uitrollen|rol\w*\s+[^.\n]{0,40}"
        r"\buit|zet\w*\s+[^.\n]{0,40}\blive)\b",
        r"프로덕션|운영|라이브|실서버|상용|앱\s*스토어|플레이\s*스토어|\b(?:produkc\w*|productie|prod"
        r"|app\s+store|play\s+store|testflight)\b",
    ),
    _ml_rule(
        "ml_live_operation", "incident",
        "재시작 재부팅 롤백 중지 중단 종료 되돌려 zrestartuj wycofaj zatrzymaj wyłącz wylacz "
        "herstart terug stop",
        r"재시작|재부팅|롤백|중지|중단|종료|되돌려|\b(?:zrestartuj|wycofaj|zatrzymaj|wyłącz|wylacz"
        r"|herstart\w*|rol\w*\s+[^.\n]{0,40}\bterug|stop)\b",
        r"프로덕션|운영|라이브|실서버|상용|\b(?:produkc\w*|productie|prod)\b",
    ),
    _ml_rule(
        "ml_credentials", "credentials",
        "변경 재설정 바꿔 부여 회수 취소 폐기 끊어 nadaj przyznaj odbierz zmień zmien zresetuj "
        "unieważnij geef verleen trek wijzig reset",
        r"변경|재설정|바꿔|부여|회수|폐기|\b(?:nadaj|przyznaj|odbierz|zmień|zmien|zresetuj"
        r"|unieważnij|geef|verleen|trek\w*\s+[^.\n]{0,40}\bin|wijzig)\b",
        r"비밀번호|관리자|권한|토큰|자격\s*증명|\b(?:uprawnie\w*|administrator\w*|hasł\w*"
        r"|dostęp\w*|klucz\w*|token\w*|rechten|beheerder\w*|toegang|wachtwoord\w*|sleutel\w*)\b",
    ),
)  # fmt: skip

#: A word followed by a list separator: the word is an item of a list, not an imperative.
LIST_TAIL: Final = _c(r"\s*(?:,|and\b|or\b|/|\)|$)")
#: A yes/no answer format: a question that only wants a label, in any language.
YES_NO_FRAME: Final = _c(
    r"\b(?:yes|y|ja|oui|sí|si|sim|tak|да|evet)\s*[/／]\s*(?:no|n|nein|non|não|nie|nee|нет"
    r"|hayır)\b|はい\s*[/／]\s*いいえ|是\s*[/／]\s*否|예\s*[/／]\s*아니(?:오|요)"
)
#: A demand to decide, and a live incident, in other languages (English: ``_decision_stake``):
#: "장애 대응 중입니다 ... 바로 결정해서 적용해 주세요" is a live decision.
ML_DECISION_DEMAND: Final = _c(
    r"결정해|결정하|정해\s*주|決めて|決定して|判断して|决定|拍板|\b(?:entscheide|entscheiden\s+sie"
    r"|décide[sz]?|decide|decida|decidi|decidere|реши|решите|решай\w*|beslis|zdecyduj|karar\s+ver)\b"
)
ML_INCIDENT: Final = _c(
    r"장애|障害|故障|事故|宕机|停机|挂了|崩了|崩溃|נפל|נפלה|קרס|\b(?:panne|störung|ausfall|caída|caida|incidente|инцидент\w*"
    r"|авари\w*|сбо[йя]|awaria|storing|arıza|kesinti|sự\s+cố)\b"
)
#: A live or production environment named in other languages (with ``ML_DECISION_DEMAND``).
ML_LIVE_ENV: Final = _c(
    r"canlı\s+ortam\w*|üretim\w*|\b(?:produktion\w*|produktiv\w*|producción|produccion|produção"
    r"|producao|produzione|productie|produkcj\w*|продакшн\w*|продакшен\w*|боев\w+)\b|本番|生产环境"
    r"|线上|운영\s*환경|프로덕션"
)
#: "Should we ... now?" in other languages: a question about acting right away on a live system.
ML_SHOULD_WE_NOW: Final = _c(
    r"(?:\b(?:sollen|sollten|müssen)\s+wir|\b(?:debemos|deberíamos|hacemos|devemos|fazemos"
    r"|devons-nous|doit-on|on\s+fait|dobbiamo|facciamo|haruskah\s+kita|apakah\s+kita\s+(?:harus"
    r"|perlu)|czy\s+(?:mamy|powinniśmy|robimy)|powinniśmy|moeten\s+we|gaan\s+we|должны\s+ли"
    r"\s+мы|нам\s+(?:нужно|стоит)|стоит\s+ли|чи\s+(?:варто|треба|потрібно)|варто|chúng\s+ta\s+có"
    r"\s+nên)\b|要不要|我们(?:应该|要)|すべき(?:ですか|か)|しますか|할까요|해야\s*할까요)"
    r"[^?？\n]{0,160}(?:\b(?:jetzt|sofort|ahora|ya|agora|já|maintenant|immédiatement|subito"
    r"|adesso|ora|sekarang|teraz|natychmiast|nu|meteen|сейчас|немедленно|негайно|зараз|ngay"
    r"|עכשיו|מיד)\b"
    r"|现在|马上|立即|立刻|今すぐ|直ちに|지금|바로|당장)[^?？\n]{0,80}[?？]"
    r"|(?:\b(?:jetzt|sofort|ahora|agora|maintenant|subito|adesso|sekarang|teraz|сейчас|немедленно"
    r"|негайно|зараз)\b|现在|马上|立即|今すぐ|지금|바로)[^?？\n]{0,160}(?:\b(?:sollen|müssen)\s+wir"
    r"|\b(?:debemos|devemos|dobbiamo|haruskah|powinniśmy|должны|нужно|треба|потрібно)\b|要不要"
    r"|すべき|할까요)[^?？\n]{0,80}[?？]"
)
#: An urgent question in other languages without a "should we" ("להחזיר את הגרסה עכשיו?").
ML_URGENT_QUESTION: Final = _c(
    r"(?:עכשיו|מיד|\b(?:jetzt|sofort|ahora|agora|maintenant|subito|adesso|sekarang|teraz|сейчас"
    r"|немедленно|негайно|зараз)\b|现在|马上|立即|今すぐ|지금|바로|당장)[^?？\n]{0,60}[?？]"
)
#: Acting on a live system, in other languages (with ``ML_SHOULD_WE_NOW``): fail over, roll
#: back, restart, isolate, block, switch off...
ML_LIVE_ACTION: Final = _c(
    r"\b(?:roll\s*back|rollback|fail\s*over|failover|deploy\w*|restart\w*|reboot|redeploy|drain"
    r"|revert|block\w*|shutdown|umschalten|zurückrollen|zurücksetzen|neu\s*starten|abschalten"
    r"|sperren|isolier\w*|reinici\w*|revert\w*|bloque\w*|apag\w*|deslig\w*|redémarr\w*"
    r"|bascul\w*|coup\w*|riavvi\w*|blocca\w*|isola\w*|przełącz\w*|wyłącz\w*|zrestartuj\w*"
    r"|izoluj\w*|переключ\w*|откат\w*|перезапуст\w*|изолир\w*|отключ\w*|ізолю\w*|перемкн\w*"
    r"|відкот\w*|kapat\w*|geri\s+al\w*|chuyển|khởi\s+động\s+lại|להחזיר|לשחזר|לגלגל)|回滚|切换|切到|切回"
    r"|重启|隔离|关闭|切り替え"
    r"|ロールバック|再起動|隔離|停止|롤백|전환|재시작|격리|중지|차단"
)
#: A verb that starts the first option of a label choice ("refund request, shipping issue, or
#: account access?"): one or two words, a comma, then "or" before the question mark.
OPTION_LIST_AFTER: Final = _c(r"(?:\s+[\w-]+){0,2}\s*,[^?\n.]{0,80}\bor\b[^?\n.]{0,60}\?")
#: Text just before a verb that negates it: "do not process the refund", "never deploy ...".
NEGATED_BEFORE: Final = _c(
    r"(?:\b(?:do|does|did|should|must|will|can|could|would)\s+not|\b(?:don't|dont|doesn't"
    r"|didn't|shouldn't|mustn't|won't|can't|never|not|no\s+need\s+to))\s+(?:actually\s+|ever\s+"
    r"|yet\s+)?(?:(?:going|planning|about|trying)\s+to\s+|gonna\s+)?$"
)
#: Text just after a verb that negates it ("do not ...": "do" is not the request).
NEGATED_AFTER: Final = _c(r"\s+not\b|n't\b")
#: A verb followed by a colon (after at most one noun) is a field label: "Rollout: ...",
#: "rollout status: ...", "Refund amount: ...".
LABEL_AFTER: Final = _c(
    r"(?:\s+(?:status|plan|notes?|date|window|schedule|summary|details|log|owner|phase|timeline"
    r"|amount|reason|id|type|strategy|steps?|state|progress|history|policy|process|time|results?"
    r"|output|target|version|request|method|total|fee|eta))?\s*:(?!//)"
)
#: A raw SQL or shell command quoted after a colon in a prose line (original case): it is
#: material, not instruction ("Summarize what this does: DELETE FROM trials WHERE ...").
COMMAND_AFTER_COLON: Final = re.compile(
    r"[:：]\s+(?=(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|TRUNCATE|GRANT|REVOKE|WITH"
    r"|MERGE|UPSERT)\s+[A-Z*(\"`]|(?i:delete\s+from|drop\s+(?:table|database|schema|index)"
    r"|truncate\s+table|alter\s+table|update\s+\w+\s+set|insert\s+into)\s|(?:sudo\s+)?(?:rm\s+-"
    r"|kubectl\s+\w|helm\s+\w|terraform\s+\w|git\s+\w|aws\s+\w|gsutil\s|gcloud\s|az\s+\w"
    r"|psql\s|mysql\s|redis-cli\s|mongosh?\s|docker\s+\w|curl\s+-))"
)
#: The end of a quoted command inside a prose line ("...; -- what's the bug?").
COMMAND_END: Final = _c(r";\s+(?:[-—–]+\s*)?(?=[^\W\d_])")

#: Cancels stakes: the request is to write, plan or simulate, not to execute.
NEGATION: Final = _c(
    r"\b(?:do\s+not|don't|dont|never|without)\s+(?:actually\s+)?(?:run|execute|apply|deploy|push"
    r"|merge|send|touch|commit)\b(?:\s+(?:it|this|that|them|anything|these|yet|the\s+(?:migration"
    r"|script|query|sql|command|plan|changes?|statement)|on\s+prod\w*|against\s+prod\w*))?"
    r"(?=\s*(?:[.,;:)!]|$|yet|until|before|i\s+will|i'll|we\s+will|myself))"
    r"|\bfor\s+(?:human\s+)?review(?:\s+only)?\b|\bdry[- ]?run\b|--dry-run|\bplan\s+only\b"
    r"|\b(?:i|we)(?:'ll|\s+will)\s+(?:review\s+(?:and|then)\s+|check\s+(?:and|then)\s+)?(?:run"
    r"|execute|apply|review|deploy)\s+(?:it|this|them)\b|\brun\s+it\s+myself\b"
    r"|\bhypothetical(?:ly)?\b"
    r"|\bwhat\s+would\s+happen\s+if\b|\bwithout\s+(?:making|applying)\s+(?:any\s+)?changes\b"
    r"|\bdesign\s+only\b|\bno\s+changes\s+(?:to|on)\b"
    r"|\bread[- ]only\s+(?:mode|access|check|query)\b|\bjust\s+(?:write|draft|show|generate|print"
    r"|prepare)\s+(?:me\s+)?(?:the|a|an)\s+(?:sql|script|query|command|migration|plan|file)\b"
)
#: Undoes a dry-run negation: "the dry-run list looks right, now run it for real".
FOR_REAL: Final = _c(
    r"\bfor\s+real\b|\bwithout\s+(?:the\s+)?(?:--)?dry[- ]?run\b|\b(?:drop|remove)\s+(?:the\s+)?"
    r"(?:--)?dry[- ]?run(?:\s+flag)?\s+and\s+(?:run|execute|apply)\b"
)
#: Text that tries to steer the router. It never lowers a tier; it floors the result at 2.
INJECTION: Final = _c(
    r"\b(?:cheapest|cheap|smallest|small|free|local|tiny|weakest|fastest|dumbest|lowest)\s+"
    r"(?:model|llm|tier|option|route)\b|\b(?:best|strongest|smartest|biggest|most\s+capable"
    r"|top|premium|expensive|frontier|opus)\s+(?:model|llm|tier)\b|\btier[\s-]?[0-3]\b|\broute\s+(?:this|it|me)\s+to\b"
    r"|\bno\s+need\s+to\s+think\b|\bignore\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above"
    r"|routing|system|your)\b|\b(?:classifier|router|routing\s+rules?)\b|\bnot\s+(?:a|an)\s+"
    r"(?:expensive|frontier)\b"
)
INJECTION_GATE: Final = _words(
    "cheapest cheap smallest small free local tiny weakest fastest dumbest lowest tier route "
    "best strongest smartest biggest capable top premium opus "
    "need ignore classifier router routing expensive frontier"
)
#: Raw destructive commands anywhere (material included); fire unless a task frames them.
DESTRUCTIVE_COMMAND: Final = _c(
    r"\bdrop\s+(?:table|database|schema|collection|keyspace|index|user|role)\b|\btruncate\s+"
    r"(?:table\s+)?[\w.\"`]+|\bdelete\s+from\s+[\w.\"`]+|\brm\s+-(?:rf|fr|r)\b|\bterraform\s+"
    r"destroy\b|\bkubectl\s+delete\b|\bhelm\s+(?:uninstall|delete)\b|\bgit\s+push\s+(?:\S+\s+)*?"
    r"(?:-f|--force)\b|\bflushall\b|\bflushdb\b|\bdropdatabase\(|\.drop\(\)|\baws\s+s3\s+rm\b"
    r"|\bgsutil\s+(?:-m\s+)?rm\b|\balter\s+table\s+\S+\s+drop\b"
)
#: A command that changes a live deployment; with a lead execution verb ("go ahead and run
#: `helm upgrade ... -n prod`") and a live marker in the command, tier 3.
DEPLOY_COMMAND: Final = _c(
    r"\bkubectl\s+(?:apply|rollout|scale|set\s+image|patch|replace|drain|cordon)\b|\bhelm\s+"
    r"(?:upgrade|install|rollback)\b|\bterraform\s+apply\b|\bpulumi\s+up\b|\bansible-playbook\b"
    r"|\bcdk\s+deploy\b|\bserverless\s+deploy\b|\bfly\s+deploy\b|\bgcloud\s+\w+\s+deploy\b"
)
DESTRUCTIVE_NEEDLES: Final = (
    "drop", "truncate", "delete", "rm -", "destroy", "kubectl", "helm", "push", "flush",
    "s3 rm", "gsutil", "alter",
)  # fmt: skip
#: A sentence that asks for an artifact ("Write a script to ..."): destructive verbs later in
#: the same sentence describe the artifact; only explicit execution ("and run it") counts.
ARTIFACT_SENTENCE: Final = _c(
    r"\s*(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:write|create|generate|draft|build"
    r"|implement|make|give\s+me|prepare|add|code\s+up)\s+(?:me\s+)?(?:a|an|the|some|our)\s+"
    r"(?:[\w-]+\s+){0,3}(?:script|function|query|migration|job|cron\s*job|playbook|workflow"
    r"|program|tool|command|sql|module|class|endpoint|lambda|procedure|dag|task|runbook"
    r"|terraform|manifest|pipeline|action)s?\b"
)
#: Rules that still apply inside an artifact sentence (explicit execution or release).
ARTIFACT_SAFE_RULES: Final = frozenset(
    {"exec_live", "deploy_verb", "push_live", "apply_infra", "trigger_deploy", "release_verb"}
)
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
    "promote promoting apply applying push pushing merge merging"
)
#: A demand for a decision ("Decide.", "make the call") after a "should we ...?" question about
#: acting now or on a live system: the decision is the stakes.
DECISION_DEMAND: Final = _c(
    r"\b(?:decide|make\s+the\s+(?:call|decision)|your\s+call|you\s+decide)\b"
)
DECISION_GATE: Final = _words("decide call")
ACTION_QUESTION: Final = _c(
    r"(?:^|[.!?](?=\s)|\n)\s*(?:roll\s*back|rollback|fail\s*over|revert|restart|push|ship|deploy"
    r"|release|drain|promote|block|pay|refund|cancel|freeze|halt|pause|shut\s*down)\b[^?]{0,160}\?|"
    r"\b(?:should|do|can|shall|must)\s+(?:we|i)\s+(?!know|have|need|think|want|like|prefer"
    r"|use|pick|choose)[\w-]+\b[^?]{0,160}\?"
)
URGENCY_WORDS: Final = _words("now tonight immediately asap today")
#: A live emergency in the present tense ("we're down", "brokers are paging", "getting
#: hammered", "looks like a DDoS"): a question about what to do next is a live decision.
INCIDENT_NOW: Final = _c(
    r"\b(?:(?:we're|we\s+are|we\s+re|site\s+is|it's|it\s+is|[\w-]+\s+(?:is|are))\s+(?:(?:all|hard)"
    r"\s+)?(?:down|on\s+fire|under\s+attack|paging)|(?:are|is|keeps?)\s+paging|paging\s+(?:for|on"
    r"|about)|getting\s+(?:hammered|ddos\w*|flooded|attacked)|(?:we're|we\s+are|we\s+re)\s+"
    r"(?:losing|dropping|leaking|bleeding|seeing\s+(?:5\d\ds?|5xx|errors|packet\s+loss|timeouts))"
    r"|ddos\w*|under\s+attack|sev[- ]?[12]|(?:i'm|i\s+am|we're|we\s+are)\s+on[- ]call|pagerduty"
    r"|on[- ]call\s+here"
    r"|(?:got|just\s+got|been)\s+paged|alerts?\s+(?:is\s+|are\s+)?(?:firing|fired)"
    r"|(?:outage|incident)\s+(?:is\s+)?(?:ongoing|right\s+now|in\s+progress))\b"
)
INCIDENT_GATE: Final = _words(
    "down fire attack paging hammered flooded attacked ddos sev1 sev2 sev-1 sev-2 ongoing now "
    "losing dropping leaking bleeding seeing call on-call pagerduty paged firing fired "
    "progress"
)
#: A verb that acts on a live system or on money, as asked about in a question.
_ASKED_ACTION: Final = (
    r"(?:delete|drop|purge|wipe|truncate|remove|clear|flush|block|ban|blackhole|null-?route"
    r"|kill|restart|reboot|fail\s*over|roll\s*back|rollback|revert|disable|shut\s*(?:it\s+)?down"
    r"|take\s+(?:[\w-]+\s+){0,3}(?:down|offline)|scale|promote|cancel|reissue|re-issue|claw"
    r"\s+back|reverse|void|refund|pay|charge|retry|resend|rerun|re-run|hold|freeze|suspend"
    r"|drain|isolate|quarantine|evacuate|reroute|switch\s+over|cut\s+over|pause|halt|stop"
    r"|resume)"
)
#: A question asking whether to act, or asking what to do ("can I just delete ...?", "should we
#: cancel and reissue the run?", "block the whole range at the WAF?", "what do I do first?").
ASKED_ACTION: Final = _c(
    r"\b(?:can|could|should|shall|do|must|may)\s+(?:i|we)\s+(?:just\s+|now\s+|simply\s+|safely"
    r"\s+)?(?P<verb>" + _ASKED_ACTION + r")\b[^?]{0,160}\?"
    r"|(?:^|[.!;](?=\s)|\n)\s*(?:(?:ok|so|then|and)\s+)?(?P<bare>"
    + _ASKED_ACTION
    + r")\b[^?.!\n]{0,120}\?"
    r"|\bwhat\s+(?:do|should|must|can)\s+(?:i|we)\s+do\b(?P<what>)"
)
#: "Can you process this?" over pasted material: the request is whatever the material asks.
PROCESS_GATE: Final = _words(
    "process handle action execute approve pay settle complete sort take deal"
)
PROCESS_THIS: Final = _c(
    r"(?:process|handle|action|execute|approve|pay|settle|complete|sort\s+out|take\s+care\s+of"
    r"|deal\s+with)\s+(?:this|it|that|these|them|the\s+(?:request|below|following|attached"
    r"|email|message|one\s+below|forwarded\s+\w+))\b"
)
#: Pasted material that asks for money to be moved: bank details, or a payment with an amount.
MATERIAL_MONEY_REQUEST: Final = _c(
    r"\b(?:iban|swift|bic|beneficiary|account\s+(?:number|no)|routing\s+number|sort\s+code"
    r"|wire\s+(?:transfer|instructions|details))\b|\b(?:settle|pay|wire|transfer|remit|send"
    r"|release)\b[^.\n]{0,80}(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:usd|eur|gbp|aed|chf|jpy)\b"
    r"|\b(?:outstanding\s+)?balance\b|\binvoices?\b)"
)
#: Verbs of a money decision: asked about with money in the prompt, the call is tier 3.
MONEY_DECISION_VERBS: Final = _words(
    "cancel reissue re-issue claw reverse void refund pay charge retry resend rerun re-run hold "
    "freeze pause halt stop resume"
)
MONEY_CONTEXT: Final = _c(_MONEY + r"|\b(?:paid|payout\s+run|double[- ]paid|charged)\b")
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
EXEC_VERBS: Final = _words("run execute exec apply paste invoke fire go")
#: Lead words that frame the material as something to read, check or transform.
READ_ONLY_WORDS: Final = _words(
    "summarize summarise explain describe translate classify label tag categorize categorise "
    "return output print "
    "what's any "
    "extract list count find show tell check validate verify lint review analyze analyse what "
    "which why how is are does do did was were compare format convert rewrite write draft "
    "generate give read parse identify detect highlight grep filter keep sort refactor fix debug "
    "optimize optimise document comment annotate pretty-print reformat rename traduce traduza "
    "traduis traduci übersetze resume resuma résume fasse riassumi est-ce ist isso questo это"
)
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


@dataclass(frozen=True, slots=True)
class Cue:
    """A weighted intent cue, tried only when its gate opens (``lead``: request position)."""

    name: str
    pattern: re.Pattern[str]
    weight: float
    gate: frozenset[str]
    needles: tuple[str, ...] = ()
    lead: bool = False


def _cue(
    name: str, gate: str, pattern: str, weight: float, *, lead: bool = False, needles: str = ""
) -> Cue:
    return Cue(name, _c(pattern), weight, _words(gate), tuple(needles.split()), lead)


_NAT_LANG: Final = (
    r"(?:english|french|german|spanish|portuguese|brazilian\s+portuguese|italian|japanese|chinese"
    r"|mandarin|korean|russian|dutch|polish|turkish|arabic|hindi|swedish|norwegian|danish|finnish"
    r"|greek|czech|ukrainian|vietnamese|thai|indonesian|hebrew|romanian|hungarian|catalan"
    r"|inglés|ingles|francés|alemán|español|portugués|englisch\w*|französisch\w*|deutsch\w*"
    r"|spanisch\w*|anglais|français|allemand|espagnol|inglês|francês|alemão|espanhol|inglese"
    r"|francese|tedesco|spagnolo|английск\w*|русск\w*)"
)
_PROG_LANG: Final = (
    r"(?:python\s?3?|javascript|typescript|java|golang|go|rust|c\+\+|c#|kotlin|swift|ruby|php"
    r"|scala|haskell|elixir|bash|powershell|sql|es6|esm|async/await|async|react|vue|vanilla\s+js"
    r"|vanilla\s+javascript|hooks|pydantic\s+v?2|sqlalchemy\s+2|httpx|fastapi|dataclasses)"
)
_CODE_OBJ: Final = (
    r"(?:functions?|methods?|class(?:es)?|scripts?|modules?|programs?|cli|command-line\s+tool"
    r"|endpoints?|api|handlers?|hooks?|components?|query|queries|sql|regex|regexp|regular"
    r"\s+expression|dockerfile|docker-compose|workflow|pipeline|makefile|decorators?|parser"
    r"|lexer|library|plugin|middleware|algorithm|data\s+structure|struct|interface|trait|macro"
    r"|lambda|cron\s*job|shell|snippet|code|implementation|lru|cache|server|client|bot|crawler"
    r"|scraper|controller|resolver|generator|iterator|wrapper|sdk|helm\s+chart|terraform"
    r"|ansible|playbook|manifest|github\s+action|migration|state\s+machine|service|app|website"
    r"|page|form|widget|validator|serializer|linked\s+list|tree|heap|graph|trie|binary\s+search"
    r"|rate\s+limiter|connection\s+pool|orm|model|schema|cli\s+tool|unit\s+of\s+work|flag"
    r"|option|argument|retry|backoff|pagination|feature|test\s+fixture)"
)
#: Code objects named in other languages (for "write/rewrite a <code object>" cues).
_CODE_OBJ_ML: Final = (
    r"(?:hook|script|skript|funci[oó]n|fonction|funktion|funzione|função|funcao|clase|classe"
    r"|klasse|m[oó]dulo|module|modul|programa|programme|programm|endpoint|api|cli|tests?|regex"
    r"|query|consulta|requête|requete|abfrage|código|codigo|code|codice|bot|parser|servicio"
    r"|serviço|dienst|componente?|komponente|middleware|decorador|décorateur|dekorator"
    r"|скрипт\w*|функци\w*|класс\w*|модул\w*|код\w*)"
)
_LANGS: Final = (
    "python javascript typescript java golang rust c kotlin swift ruby php scala haskell elixir "
    "bash powershell react vue django flask fastapi node spring rails sql postgres postgresql "
    "terraform kubernetes k8s docker graphql grpc go"
)
_TRANSLATE: Final = "translate translates translated translating translation"
_SUMMARY: Final = (
    "summary summarize summarise summaries summarizing summarising summarized summarised"
)

#: Per-intent weighted cues. A cue adds its weight once; an intent's score is the sum.
INTENT_CUES: Final[dict[str, tuple[Cue, ...]]] = {
    "classify": (
        _cue("slash_labels", "",
             r"(?:^|->|→|:|\n)\s*(?:[\w-]+\s+){0,2}[\w-]+\s+/\s+[\w-]+(?:\s+[\w-]+)?\s+/\s+"
             r"[\w-]+(?:\s+[\w-]+)?\s*(?:$|[,.\n]|\?)", 1.2, needles="/"),
        _cue("is_it_a_list", "is are",
             r"\b(?:is|are)\s+(?:this|it|these|[\w-]+(?:\s+[\w-]+){0,2})\s+(?:a|an)\s+[\w-]+"
             r"(?:\s+[\w-]+)?,\s*[\w-]+(?:\s+[\w-]+)?(?:,\s*[\w-]+(?:\s+[\w-]+)?)*,?\s+or\s+"
             r"(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?\b[^?\n]{0,20}\?", 1.2),
        _cue("classify_ml_ja", "",
             r"どれに分類|いずれかに分類|ラベルだけ|ラベルのみ|どれに該当", 1.4,
             needles="どれに分類 いずれかに分類 ラベルだけ ラベルのみ どれに該当"),
        _cue("classify_verb", "classify categorize categorise triage",
             r"(?:classify|categori[sz]e|triage)\b", 1.2, lead=True),
        _cue("label_verb", "label", r"label\s+(?:the|this|it|each|every|these|all)\b", 1.0,
             lead=True),
        _cue("label_per", "label", r"\blabel\s+per\b", 1.0),
        _cue("is_this_label",
             "spam phishing duplicate toxic nsfw off-topic sarcastic sarcasm urgent complaint "
             "question",
             r"\bis\s+(?:this|it)\s+(?:[\w-]+\s+){0,2}(?:spam|phishing|a\s+duplicate|toxic|nsfw"
             r"|off-topic|sarcas\w+|urgent|a\s+complaint|a\s+question)\b", 1.1),
        _cue("answer_format", "reply answer respond output",
             r"\b(?:reply|answer|respond|output)\s+(?:with\s+)?(?:only\s+)?[\w-]+\s+or\s+[\w-]+"
             r"(?:\s+only)?\s*[.!]", 0.6),
        _cue("sentiment", "sentiment tone", r"\bsentiment\b|\btone\s+of\b", 1.0),
        _cue("pos_neg_neutral", "positive neutral",
             r"\bpositive\b.{0,30}\bnegative\b|\bneutral\b", 0.6),
        _cue("pos_neg_ml", "positiv positivo positif positiva",
             r"\b(?:positiv[eo]?|positif|positiva)\b.{0,30}\b(?:negativ[eo]?|négatif|negativa)\b"
             r"|\bпозитивн\w*\b.{0,30}\bнегативн\w*", 1.0, needles="позитивн"),
        _cue("ml_x_or_y",
             "es está son ist sind handelt est-ce c'est é isso isto è questo questa это",
             r"(?:¿\s*)?(?:es|está|son|ist|sind|handelt|est-ce|c'est|é|isso|isto|è|questo"
             r"|questa|это)\b[^?\n]{0,90}\b(?:o|oder|ou|или)\b[^?\n]{0,90}\?", 0.7, lead=True),
        _cue("ml_item", "message mensaje mensagem messaggio nachricht ticket correo e-mail "
             "commentaire comentario kommentar avis reseña rezension recensione сообщение отзыв",
             r"\b(?:message|mensaje|mensagem|messaggio|nachricht|ticket|correo|e-mail|commentaire"
             r"|comentario|kommentar|avis|reseña|rezension|recensione|сообщение|отзыв)\b", 0.4),
        _cue("which_option", "which",
             r"\bwhich\s+(?:of\s+(?:these|the)\s+)?(?:[\w-]+\s+)?(?:labels?|categor\w+|tags?"
             r"|options?|buckets?|queues?|teams?|components?)\b[^?\n]{0,40}\b(?:fits?|best"
             r"|applies|apply)\b", 1.1),
        _cue("is_x_or_y", "or",
             r"\b(?:is|are|was|were|does|do|did)\s+(?:this|it|these|the\s+\w+)\b[^?\n]{0,90}\bor"
             r"\b[^?\n]{0,90}(?:\?|$)", 0.9),
        _cue("bug_or_feature",
             "bug error fallo falla fehler erreur bogue errore erro defeito defecto falha "
             "problema баг",
             r"\b(?:bug|error|fallo|falla|fehler|erreur|bogue|errore|erro|defeito|defecto|falha"
             r"|problema|баг|ошибк\w*)\b[^?\n]{0,60}(?:\b(?:o|oder|ou|or|of|или)\b|,)[^?\n]{0,40}\b"
             r"(?:feature|función|funcionalidad|funktion|wunsch|fonctionnalité|funcionalidade"
             r"|funzionalità|solicitud|richiesta|pedido|demande|запрос\w*|mejora|petición"
             r"|verbesserung\w*|vorschlag|sugestão|melhoria|amélioration|miglioramento"
             r"|suggerimento|enhancement|improvement|nouveauté|функци\w*|фич\w*|frage|pregunta"
             r"|question|domanda|pergunta|vraag|verzoek|wens|вопрос\w*)|(?:bug|缺陷|错误"
             r"|バグ)[^？?\n]{0,20}(?:还是|或|それとも|か)[^？?\n]{0,20}(?:功能|需求|机能|機能|要望)",
             1.3, needles="bug ошибк 缺陷 错误 バグ"),
        _cue("which_category", "which what",
             r"\b(?:which|what)\s+(?:category|team|queue|label|bucket|department|priority"
             r"|component|type|kind|class|topic|sentiment|intent)\b|\b(?:which|what)\s+language\s+is\s+(?:this|it|the)\b|\bin\s+which\s+"
             r"language\b", 1.1),
        _cue("routed_to", "route routed assign assigned send sent belong belongs one",
             r"\b(?:route|routed|assign|assigned|send|sent|belong)\w*\b[^.?\n]{0,40}\bto\s+"
             r"(?:one\s+of\b|either\b|\w+,\s*\w+,?\s+or\s+\w+)|\bone\s+of\s*:", 1.0),
        _cue("label_list", "as one either into",
             r"\b(?:as|one\s+of|either|into)\s*:?\s*[\w-]+(?:\s*/\s*[\w-]+){2,}", 1.1,
             needles="/"),
        _cue("spam", "spam phishing duplicate off-topic toxic nsfw",
             r"\b(?:spam|phishing|duplicate\s+of|off-topic|toxic|nsfw)\b", 1.0),
        _cue("yes_no", "yes true sí si ja oui sim",
             r"\byes\s+or\s+no\b|\byes/no\b|\btrue\s+or\s+false\b|\btrue/false\b"
             r"|\b(?:sí|si|ja|oui|sim)\s+(?:o|oder|ou)\s+(?:no|nein|non|não)\b", 1.0),
        _cue("urgency", "urgency priority severity",
             r"\b(?:urgency|priority|severity)\b.{0,40}\b(?:low|medium|high|p[0-4])\b", 1.0),
        _cue("is_this_a", "duplicate question complaint bug feature typo request support",
             r"\bis\s+this\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:duplicate|question|complaint|bug|feature|typo"
             r"|request|refund\s+request|support)\b", 0.8),
        _cue("answer_with_one", "answer reply respond output",
             r"\b(?:answer|reply|respond|output)\s+(?:with\s+)?(?:exactly\s+|only\s+|just\s+)?"
             r"(?:one\s+word|a\s+single\s+word|the\s+label|the\s+category|one\s+of)\b", 0.9),
        _cue("quoted_choice", "qtext", r"\bqtext\s+or\s+qtext\b", 0.6),
        _cue("tell_if", "tell say",
             r"\b(?:tell|say)\s+(?:me\s+)?(?:if|whether)\b[^.?\n]{0,60}\bor\b", 1.0),
        _cue("ml_which", "qué cuál quel quelle welche welcher welches qual quale какой какая",
             r"\b(?:qué|cuál|quel|quelle|welche[rs]?|qual|quale|какой|какая)\s+(?:idioma|lengua"
             r"|langue|sprache|língua|lingua|язык|categoría|catégorie|kategorie|categoria"
             r"|категори\w*)\b", 1.1),
        _cue("item_question",
             "ticket tickets email emails message messages review reviews comment comments "
             "issue issues request requests text tweet post alert alerts report feedback event "
             "events entry entries",
             r"\b(?:is|are|was|were)\s+(?:this|these|the)\s+(?:[\w-]+\s+)?(?:ticket|email"
             r"|message|review|comment|issue|request|text|tweet|post|alert|report|feedback|event"
             r"|entry|entrie|log\s+line)s?\b",
             0.4),
    ),
    "format_check": (
        _cue("syntax_check", "syntax",
             r"\b(?:check|verify|validate|lint)\s+(?:the\s+|its\s+|just\s+the\s+)?(?:[\w-]+\s+)?"
             r"syntax\b|\bsyntax\s+check\b|\bsyntax(?:ically)?\s+(?:valid|correct|ok)\b", 1.5),
        _cue("format_only", "format formatted shape",
             r"\bformat\s+(?:check|only)\b|\bvalidly\s+formatted\b|\bright\s+shape\b", 1.3),
        _cue("format_ml", "format formato formatu",
             r"\bau\s+bon\s+format\b|\bbon\s+format\b|\bformato\s+(?:correcto|correto|corretto"
             r"|válido|valido)\b|\brichtigen?\s+format\b|\bpoprawnym\s+formacie\b|格式(?:对|正确"
             r"|是否正确|有效|對|正確)|形式(?:は|が)?正しい|형식이?\s*(?:맞|올바)", 1.4,
             needles="格式 形式 형식"),
        _cue("is_valid", "valid",
             r"\b(?:is|are)\s+(?:this|these|it|that|the\s+following|qtext|the\s+\w+)\b[^?\n]"
             r"{0,40}\b(?:a\s+)?valid\b", 1.2),
        _cue("valid_format", "valid",
             r"\bvalid\s+(?:json|yaml|toml|xml|csv|semver|semantic\s+version|e-?mail|url|uri"
             r"|uuid|ipv[46]|ip\s+address|iso|date|regex|sql|html|markdown|base64|jwt|cron|hex"
             r"|phone|iban|slug|hostname|mime|version)\b", 1.2),
        _cue("parses", "parse follow conform match comply load",
             r"\b(?:does|do|will|would)\s+(?:this|these|it|the\s+following)\s+(?:[\w-]+\s+)"
             r"{0,3}(?:parse|follow|conform|match|comply|load)\b", 1.2),
        _cue("well_formed", "well-formed well syntactically syntactic syntax balanced",
             r"\bwell[- ]formed\b|\bsyntactic(?:ally)?\s+(?:valid|correct)\b|\bcheck\s+(?:the"
             r"\s+)?syntax\b|\bbalanced\s+(?:brackets|parentheses)\b", 1.0),
        _cue("check_valid", "check verify validate confirm tell",
             r"(?:check|verify|validate|confirm|tell\s+me)\b[^.?\n]{0,60}\b(?:valid|invalid"
             r"|well-formed|correctly\s+formatted|proper|legal|conforming|compliant)\b", 1.0,
             lead=True),
        _cue("has_property", "does do",
             r"\b(?:does|do)\s+(?:this|these|the|every|each)\s+(?:[\w-]+\s+)?(?:json|yaml|toml"
             r"|xml|csv|string|list|table|line|entry|row|url|email|title|message|name|markdown"
             r"|header|headers|key|keys)s?\b[^?\n]{0,60}\b(?:have|has|contain|include|use|end"
             r"|start|match|follow)", 1.0),
        _cue("looks_like", "look looks", r"\blooks?\s+like\b", 0.6),
        _cue("valid_question", "valid",
             r"\b(?:is|are|does|do)\b[^?\n]{0,60}\bvalid\b[^?\n]{0,40}\?", 1.0),
        _cue("same_number", "same", r"\bsame\s+number\s+of\b", 0.6),
        _cue("check_whether", "check verify confirm make",
             r"(?:check|verify|confirm|make\s+sure)\s+(?:whether|if|that)\b", 0.5, lead=True),
        _cue("exact_count", "exactly most under more",
             r"\bexactly\s+\d+\s+(?:columns|fields|characters|digits|lines|items|elements"
             r"|keys)\b|\b(?:at\s+most|under|no\s+more\s+than)\s+\d+\s+characters\b", 1.0),
        _cue("format_names",
             "conventional semver semantic iso iso-8601 rfc e snake_case camelcase kebab-case "
             "pep pep8 utf-8",
             r"\b(?:conventional\s+commits?|semver|semantic\s+version(?:ing)?|iso[- ]?8601"
             r"|iso[- ]?\d{3,5}|rfc\s?\d{3,4}|e\.164|snake_case|camelcase|kebab-case|pep\s?8"
             r"|utf-8)\b", 0.8),
        _cue("in_format", "format pattern regex",
             r"\b(?:is|are)\s+(?:this|these|it|qtext|the)\s+(?:[\w-]+\s+){0,2}(?:in|a)\s+(?:valid\s+)?"
             r"(?:[\w-]+\s+){0,2}format\b|\bmatch(?:es)?\s+the\s+(?:pattern|format|regex)\b",
             0.9),
        _cue("end_with", "every each all",
             r"\b(?:does|do)\s+(?:every|each|all)\s+(?:line|entry|row|item)\b", 0.8),
        _cue("each_has", "every each all",
             r"\b(?:each|every|all)\s+(?:rows?|lines?|entr(?:y|ies)|records?|items?|fields?)\b"
             r"[^.?\n]{0,40}\b(?:has|have|is|are|contains?|matches|ends?|starts?)\b", 0.8),
        _cue("style_check", "imperative correct right expected proper properly",
             r"\bimperative\s+mood\b|\bin\s+(?:the\s+)?(?:correct|right|expected|proper)\s+"
             r"(?:format|case|order)\b|\bproperly\s+(?:formatted|capitali[sz]ed|escaped)\b", 1.0),
        _cue("starts_with", "start begin end",
             r"\b(?:does|do)\s+(?:this|these|it|the|every|each)\s+(?:[\w-]+\s+){0,3}(?:start"
             r"|begin|end)\s+with\b", 1.1),
    ),
    "regex_replace": (
        _cue("rewrite_literal", "rewrite change",
             r"(?:rewrite|change)\s+(?:the\s+|every\s+|all\s+)?(?:[\w-]+\s+){0,2}(?:paths?|urls?"
             r"|prefix(?:es)?|strings?|names?|domains?)\s+qtext\s+to\s+qtext", 1.6, lead=True),
        _cue("strip_from_text", "delete remove strip",
             r"(?:delete|remove|strip)\s+(?:all\s+)?(?:the\s+)?[^\n]{0,40}?\bfrom\s+(?:these|this"
             r"|the\s+following)\s+(?:[\w-]+\s+){0,2}(?:notes|lines|text|strings?|titles|messages"
             r"|list)\b", 1.2, lead=True),
        _cue("replace_verb", "replace substitute swap", r"(?:replace|substitute|swap)\b", 1.2,
             lead=True),
        _cue("replace_ml",
             "ersetze ersetzen ersetzt remplace remplacez remplacer reemplaza reemplazar sustituye "
             "sustituir sostituisci sostituire substitua substituir substitui vervang vervangen "
             "zamień zamien",
             # only on quoted text (mechanical substitution), never "replace the prod keys"
             r"(?:\b(?:ersetz\w*|remplac\w*|reemplaz\w*|sustitu\w*|sostituisc\w*|sostituire"
             r"|substitu(?:a|ir|i)|vervang\w*|zamie[ńn]\w*|замени\w*|thay\s+thế|değiştir\w*)"
             r"|替换|替換|置換|置き換え|치환|바꿔)(?=[^\n]{0,200}qtext)|qtext[^\n]{0,200}(?:\b(?:ersetz"
             r"\w*|remplac\w*|reemplaz\w*|sustitu\w*|sostituisc\w*|sostituire|substitu(?:a|ir|i)"
             r"|vervang\w*|zamie[ńn]\w*|замени\w*|thay\s+thế|değiştir\w*)|替换|替換|置換|置き換え"
             r"|치환|바꿔)",
             1.2, needles="замени thay değiştir 替换 替換 置換 置き換え 치환 바꿔"),
        _cue("change_every", "change convert turn",
             r"\b(?:change|convert|turn)\s+(?:every|all|each)\s+(?:[\w-]+\s+){0,2}(?:to|into"
             r"|with)\b", 1.1),
        _cue("strip_noise", "strip remove delete drop trim",
             r"\b(?:strip|remove|delete|drop|trim)\s+(?:the\s+|all\s+|any\s+|every\s+)?(?:html\s+"
             r"|xml\s+|inline\s+|code\s+)?(?:ansi"
             r"|colou?r\s+codes?|trailing|leading|whitespace|blank\s+lines|empty\s+lines|html"
             r"\s+tags|tags|comments|line\s+numbers|timestamps|prefix\w*|suffix\w*|quotes"
             r"|emojis?|punctuation|newlines|tabs|accents|diacritics|bom|markdown|spaces)\b", 1.3),
        _cue("order_words", "alphabetically ascending descending reverse",
             r"\balphabetical(?:ly)?\b|\b(?:ascending|descending)\b|\breverse\s+order\b", 0.5),
        _cue("case_change",
             "lowercase uppercase capitalize capitalise title-case title lower upper snake_case "
             "camelcase",
             r"\b(?:lowercase|uppercase|capitali[sz]e|title[- ]case|(?:to|in)\s+(?:lower|upper)"
             r"\s*case|snake_case|camelcase)\b", 1.0),
        _cue("mask", "mask redact obfuscate anonymize anonymise",
             r"(?:mask|redact|obfuscate|anonymi[sz]e)\b", 1.1, lead=True),
        _cue("date_format", "date dd yyyy mm",
             r"\bdate\s+format\b|\b(?:dd/mm/yyyy|mm/dd/yyyy|yyyy-mm-dd|dd\.mm\.yyyy)\b", 0.9),
        _cue("text_ops",
             "sort dedupe deduplicate reverse trim pad indent dedent wrap normalize normalise "
             "reformat escape unescape url-encode urlencode url-decode urldecode join split",
             r"(?:sort|dedupe|deduplicate|reverse|trim|pad|indent|dedent|wrap|normali[sz]e|reformat"
             r"|escape|unescape|url-?encode|url-?decode|join|split)\b", 0.8, lead=True),
        _cue("return_it", "return", r"\breturn\s+(?:it|them|the\s+(?:list|text|result|lines))\b",
             0.3),
        _cue("sed", "find sed s",
             r"\bfind\s+and\s+replace\b|\bsed\b|\bs([/#|,:@])[^\s]+?\1[^\s]*?\1", 1.0),
        _cue("rename_all", "rename", r"\brename\s+(?:every|all|each)\b", 0.8),
    ),
    "log_filter": (
        _cue("names_from_output", "just only",
             r"\b(?:just|only)\s+(?:the\s+)?(?:names?|lines?|ids?|urls?|entries|paths?)\b[^.\n]{0,60}"
             r"\bfrom\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}(?:output|log|logs|dump|listing|report)\b",
             1.3),
        _cue("count_the", "count", r"count\s+(?:the|all|every)\s+[\w-]+", 1.0, lead=True),
        _cue("filter_ml_he", "", r"סנן|תסנן|סננו", 1.2, needles="סנן תסנן סננו"),
        _cue("keep_only", "keep only",
             r"\bkeep\s+only\b|\bonly\s+the\s+(?:lines|entries|rows|ones)\b|\b(?:show|return"
             r"|print|output|list|give)(?:\s+me)?\s+only\b", 1.0),
        _cue("filter_verb", "filter grep", r"(?:filter|grep)\s", 1.0, lead=True),
        _cue("lines_that", "lines entries rows messages",
             r"\b(?:lines|entries|rows|messages)\s+(?:that|which|where|with|containing|at\s+level"
             r"|matching|from)\b", 0.7),
        _cue("count_lines", "many count",
             r"\b(?:how\s+many|count\s+(?:the\s+|all\s+|how\s+many\s+)?)[^?\n]{0,40}\b(?:lines"
             r"|errors|warnings|entries|occurrences|times|requests|pods|failures|timeouts"
             r"|retries|hosts|ips?|status|alerts|messages|tickets|items|records|comments"
             r"|mentions|logins?|users?|calls|events|jobs|builds|runs|hits)\b|\bhow\s+many\s+of\s+"
             r"(?:these|the)\b", 1.0),
        _cue("is_string_in", "word string text line pattern token qtext",
             r"\b(?:is|are)\s+(?:the\s+)?(?:word|string|text|line|pattern|token|qtext)\b[^?\n]"
             r"{0,40}\b(?:in|present|anywhere|contained|there)\b", 1.2),
        _cue("does_log_contain", "does did",
             r"\b(?:does|did)\s+(?:this|the|any)\s+(?:[\w-]+\s+){0,2}(?:log|output|file|build"
             r"|job|run|ci|trace|line)\w*\b[^?\n]{0,60}\b(?:contain|print|include|mention|show"
             r"|emit|log|report|end)", 1.2),
        _cue("contains_string", "contain contains containing mention mentions",
             r"\b(?:contain|contains|containing|mention|mentions)\s+(?:the\s+)?(?:string|word"
             r"|text|qtext|the\s+word)", 0.8),
        _cue("unique", "remove unique distinct deduplicate",
             r"\bremove\s+(?:the\s+|all\s+|any\s+)?duplicates?\b|\bunique\b|\bdistinct\b"
             r"|\bdeduplicate\b", 0.8),
        _cue("how_many_here", "many count",
             r"\b(?:how\s+many|count)\b[^?\n]{0,80}\b(?:this|these|the\s+following|below|above"
             r"|list|log|output)\b", 1.0),
        _cue("pod_state", "crashloopbackoff running ready oomkilled status exit",
             r"\bcrashloopbackoff\b|\bnot\s+(?:running|ready)\b|\boomkilled\b|\bstatus\s+(?:code"
             r"\s+)?[1-5]xx\b|\b[45]xx\b|\bexit\s+code\b", 0.6, needles="xx"),
        _cue("from_log", "log logs output listing lines trace dump syslog journal",
             r"\b(?:from|in)\s+(?:this|these|the\s+following|the)\s+(?:[\w-]+\s+){0,2}(?:log"
             r"|logs|log\s+lines|output|listing|lines|trace|dump|syslog|journal)\b", 0.7),
        _cue("which_of_these", "which",
             r"\bwhich\s+of\s+(?:these|the\s+following)\b(?![^?\n]{0,30}\b(?:approach|design"
             r"|option|architecture|librar|framework|database|strateg|pattern))", 1.0),
        _cue("which_items", "which",
             r"\bwhich\s+(?:of\s+these\s+|of\s+the\s+)?(?:tests?|lines|pods|hosts|services|jobs"
             r"|requests|entries|files|containers|nodes)\b[^?\n]{0,40}\b(?:failed|passed|are|is"
             r"|have|contain|returned|timed|were)\b", 1.0),
        _cue("list_items", "list show return print give",
             r"(?:list|show|return|print|give\s+me)\s+(?:all\s+|only\s+)?(?:the\s+)?(?:[\w-]+\s+)"
             r"{0,2}(?:pods|lines|entries|hosts|services|containers|nodes|jobs|tests|files|errors"
             r"|requests|ips?|ip\s+addresses|urls|status\s+codes)\b", 0.8, lead=True),
    ),
    "extract_json": (
        _cue("extract_json_ml", "",
             r"(?:提取|抽出|抜き出|取り出|추출|\b(?:extrae\w*|extraia|extrais|extrayez|extrahier\w*"
             r"|estrai\w*|извлеки|wyodrębnij|çıkar\w*)\b)[^\n]{0,80}(?<![a-z])json(?![a-z])"
             r"|(?<![a-z])json(?![a-z])[^\n]{0,40}"
             r"(?:提取|抽出|抜き出|取り出|추출)", 1.5, needles="json"),
        _cue("extract_verb", "extract pull parse grab scrape",
             r"(?:extract|pull\s+out|pull|parse\s+out|grab|scrape)\b", 1.0, lead=True),
        _cue("to_json", "json yaml csv dict dictionary key-value structured table",
             r"\b(?:as|into|to|in)\s+(?:a\s+|an\s+)?(?:json|yaml|csv|dict|dictionary|key-value"
             r"|structured|table)\b", 1.0),
        _cue("with_fields", "keys fields properties columns",
             r"\bwith\s+(?:the\s+)?(?:keys|fields|properties|columns)\b", 0.5),
        _cue("return_json", "json keys",
             r"\breturn\s+(?:them\s+|it\s+|the\s+result\s+)?(?:as\s+)?(?:a\s+)?json\b|\bjson\s+"
             r"(?:array|object|list)\s+of\b|\bwith\s+keys\b", 1.0),
        _cue("fill_template", "fill template", r"\bfill\s+(?:in|out)\b|\btemplate\b", 1.0),
        _cue("what_value_in", "what",
             r"\bwhat\s+(?:is|are|was)\s+the\s+(?:[\w-]+\s+){0,3}(?:in|from|of)\s+(?:these|this"
             r"|the\s+following)\b", 0.8),
        _cue("just_value", "just only",
             r"\breturn\s+(?:just|only)\s+(?:the\s+)?(?:number|value|count|date|version|id|name"
             r"|total|percentage|url)s?\b", 0.9),
        _cue("entities", "entities fields",
             r"\bnamed\s+entities\b|\bentities\b|\bkey\s+fields\b", 0.8),
        _cue("parse_into", "parse", r"\bparse\b[^.\n]{0,60}\binto\b", 0.7),
        _cue("convert_format", "convert",
             r"convert\s+(?:this|these|the)\s+(?:[\w-]+\s+){0,2}(?:to|into)\s+(?:json|yaml|csv"
             r"|toml|xml|markdown\s+table)\b", 1.0, lead=True),
    ),
    "validate_schema": (
        _cue("valid_per_schema", "valid schema spec specification contract requires",
             r"\bvalid\b[^?\n]{0,30}\b(?:per|according\s+to|against|under)\s+(?:the\s+|this\s+"
             r"|our\s+)?(?:[\w-]+\s+){0,2}(?:schema|spec(?:ification)?|contract)\b|\b(?:schema"
             r"|spec(?:ification)?)\s+(?:requires|says|needs|expects)\b", 2.5),
        _cue("all_required", "required right correct pass",
             r"\bhas\s+all\s+(?:the\s+)?required\s+(?:fields|keys|properties)\b|\b(?:right|correct)"
             r"\s+types\b|\bdoes\s+(?:this|it)\s+pass\b", 1.0),
        _cue("type_in_parens", "str string int integer float number bool boolean array object",
             r"\b[\w-]+\s+\((?:str|string|int|integer|float|number|bool|boolean|array|object)\b",
             0.8),
        _cue("against_schema", "schema",
             r"\b(?:against|conforms?\s+to|complies?\s+with|valid\s+according\s+to|matches"
             r"|satisf(?:y|ies)|fulfils?|fulfills?|adheres?\s+to|follows?|per|according\s+to)\s+"
             r"(?:the\s+|this\s+|our\s+)?(?:[\w-]+\s+)?schema\b", 1.5),
        _cue("schema", "schema", r"\bschema\b", 0.4),
        _cue("schema_errors", "schema invalid unknown missing",
             r"\bschema\s+(?:errors?|violations?)\b|\b(?:invalid|unknown|missing\s+required)"
             r"\s+(?:keys|fields|properties|attributes)\b", 1.2),
        _cue("schema_match",
             "schema schemas schéma esquema model shape contract spec specification required "
             "interface",
             r"\b(?:match\w*|conform\w*|compl(?:y|ies)|satisf\w+|consistent\s+with|fits?"
             r"|adhere\w*|against)\b[^.?\n]{0,60}\b(?:schemas?|(?:pydantic|data|zod|typed)\s+model"
             r"|shape|contract|spec(?:ification)?|required\s+(?:keys|fields|properties)"
             r"|interface)\b|\b(?:schema|sch[ée]ma|esquema)\b[^.?\n]{0,30}\b(?:entspricht"
             r"|entsprechen|erfüllt|conforme|cumple|corresponde|rispetta)\b|\b(?:conforme"
             r"|corresponde|cumple)\w*\s+(?:au|à|al|con\s+el|ao|allo)\s+(?:sch[ée]ma|esquema"
             r"|schema)\b", 1.5),
        _cue("conformity", "match matches conform conforms comply complies satisfy satisfies "
             "consistent fit fits",
             r"\b(?:does|do|is|are)\s+(?:this|these|it|the)\b[^?\n]{0,60}\b(?:match|conform"
             r"|comply|satisf|consistent|fit)\w*\b", 0.6),
        _cue("type_spec", "str string int integer float number bool boolean array object",
             r"\b[\w\"']+\??\s*:\s*(?:str|string|int|integer|float|number|bool|boolean|array"
             r"|object)\b", 1.0),
        _cue("validate_against", "validate check verify", r"(?:validate|check|verify)\b[^.\n]"
             r"{0,60}\bagainst\b", 1.0, lead=True),
        _cue("validate_verb", "validate", r"validate\b", 0.7, lead=True),
        _cue("violations",
             "violation violations mismatch mismatches mismatched error errors",
             r"\b(?:list|report|name)\s+(?:every|each|all|any)\s+(?:violation|error|mismatch)"
             r"|\bviolations?\b|\bmismatch\w*\b", 0.6),
        _cue("required_fields", "required pointer",
             r"\brequired\s+(?:fields|keys|properties)\b|\bjson\s+pointer\b", 0.5),
    ),
    "metadata_extraction": (
        _cue("tag_each_with", "tag label each every",
             r"\b(?:tag|label)\s+(?:each|every)\s+[\w-]+\s+with\b", 1.2),
        _cue("tag_fields", "tag",
             r"\btag\s+(?:this|these|the|each)\b[^\n]{0,60}?:\s*[a-z_]+(?:\s*\([^)]*\))?\s*,"
             r"\s*[a-z_]+", 1.2),
        _cue("tags_ml", "",
             r"标签|關鍵字|关键字|关键词|關鍵詞|標籤|タグ|キーワード|태그|키워드|\b(?:schlagwörter"
             r"|etiquetas|palabras\s+clave|mots-clés|parole\s+chiave|palavras-chave)\b", 1.2,
             needles="标签 關鍵字 关键字 关键词 關鍵詞 標籤 タグ キーワード 태그 키워드 "
             "schlagwörter etiquetas palabras mots-clés parole palavras-chave"),
        _cue("metadata", "metadata front frontmatter", r"\bmetadata\b|\bfront\s*matter\b", 1.2),
        _cue("tag_each", "each every all",
             r"\b(?:tag|label|categori[sz]e|classify|assign)\s+(?:each|every|all)\s+(?:of\s+)?"
             r"(?:these|the|of)\b", 1.0),
        _cue("with_reason", "reason justification explanation rationale",
             r"\bwith\s+(?:a\s+)?(?:short\s+|one-line\s+|brief\s+)?(?:reason|justification"
             r"|explanation|rationale)\b", 0.9),
        _cue("generate_tags", "suggest generate propose come create write give pick",
             r"(?:suggest|generate|propose|come\s+up\s+with|create|write|give\s+me|pick)\b[^.\n]"
             r"{0,50}?\b(?:keywords|tags|labels|titles?|descriptions?|topics|slug|alt\s+text"
             r"|meta\s+description|seo|hashtags|categories|filenames?|captions?)\b", 1.2,
             lead=True),
        _cue("product_area", "changelog product component",
             r"\bchangelog\s+sections?\b|\bproduct\s+area\b|\bcomponent\s+labels?\b", 0.4),
    ),
    "summarize": (
        _cue("summary_ml_more", "sammanfatta oppsummer opsummer tiivistä",
             r"لخ[ّ]?ص|ملخص|تلخيص|\b(?:sammanfatta\w*|oppsummer\w*|opsummer\w*|tiivist\w*)", 1.4,
             needles="لخص لخّص ملخص تلخيص sammanfatta oppsummer opsummer tiivist"),
        _cue("summarize", _SUMMARY, r"\bsummar(?:y|ize|ise|ies|izing|ising|ized|ised)\b", 1.4),
        _cue("summary_strong", "tl tldr recap digest condense gist key action main high-level",
             r"\btl;?dr\b|\brecap\b|\bdigest\b|\bcondense\b|\bgist\b|\bkey\s+(?:points"
             r"|takeaways)\b|\baction\s+items\b|\bmain\s+points\b|\bhigh-level\s+overview\b", 1.1),
        _cue("boil_down", "boil sum nutshell condense shorten",
             r"\bboil\s+(?:[\w-]+\s+){0,4}down\b|\bsum\s+up\b|\bin\s+a\s+nutshell\b", 1.1),
        _cue("report_draft", "postmortem post-mortem write-up retro retrospective minutes",
             r"\b(?:postmortem|post-mortem|write-up|incident\s+report|retro(?:spective)?"
             r"|meeting\s+minutes)\b", 0.8),
        _cue("overview_request", "produce write give create prepare draft provide generate compose",
             r"(?:produce|write|give|create|prepare|draft|provide|generate|compose)\b[^.\n]{0,30}\b"
             r"(?:overview|summary|recap|synopsis|brief|release\s+notes|changelog|postmortem"
             r"|post-mortem|write-up|status\s+update|minutes)\b", 1.0, lead=True),
        _cue("bullet_count", "bullet bullets points sentences",
             r"\b(?:\d+|one|two|three|four|five|a\s+few)\s+(?:bullet\s+points|bullets|key\s+points"
             r"|sentences)\b", 1.0),
        _cue("summary_length",
             "sentence sentences bullets bullet one-paragraph short overview lines words "
             "paragraph paragraphs",
             r"\b(?:in|to|into|as)\s+(?:one|two|three|four|five|a\s+few|\d+)\s+(?:sentences?|bullets?|bullet"
             r"\s+points|lines|paragraphs?|words)\b|\bone-paragraph\b|\bbullet\s+(?:points"
             r"|list)\b|\bshort\s+(?:overview|update)\b|\boverview\b", 0.6),
        _cue("summary_context", "status release newsletter standup what triage for",
             r"\bstatus\s+update\b|\brelease\s+notes\b|\bnewsletter\b|\bstandup\b|\bwhat\s+"
             r"changed\b|\btriage\s+notes\b|\bfor\s+the\s+(?:team|manager|channel|board"
             r"|all-hands|exec\w*|leadership)\b", 0.5),
        _cue("summary_ml",
             "resume resuma resumir resumen resumo resuman haz zusammenfassen zusammenfassung "
             "zusammen résume résumez résumé résumer fais riassumi riassumere riassunto "
             "sintetizza",
             r"\bresume\s+(?:este|esta|estos|estas|el|la|los|las|lo|en)\b|\bresum(?:a|ir|en|o"
             r"|an)\b|\bhaz\s+un\s+resumen\b|\bzusammen(?:fassen|fassung)\b|\bfass\w*\b.{0,120}"
             r"\bzusammen\b|\brésum(?:e|ez|é|er)\b|\bfais\s+un\s+résumé\b|\briassum\w*"
             r"|\bsintetizza\b|\bсуммир\w*|\bрезюм\w*|\bкратко\b|\bизложи\b|\bсводк\w*|总结|概括"
             r"|摘要|归纳|要約|まとめて|要点|\bvat\b[^.\n]{0,80}\bsamen\b|\bsamenvatting\b|सार"
             r"|요약|\bözetle\w*|\bözetini\b|\bpodsumuj\w*|\bpodsumowanie\b|\bstreść\b"
             r"|\bstresc\b", 1.4,
             needles="суммир резюм кратко изложи сводк 总结 概括 摘要 归纳 要約 まとめて 要点 vat "
             "samenvatting सार 요약 özet podsumuj podsumowanie streść stresc"),
    ),
    "translate": (
        _cue("in_language_question", "heißt heisst dice dit diz significa dire say means",
             r"\b(?:heißt|heisst|dice|dit|diz|significa|dire|say|means?)\b[^?\n]{0,40}\b(?:auf|en|in"
             r"|em|na)\s+(?:englisch|deutsch|französisch|spanisch|anglais|français"
             r"|allemand|inglés|español|alemán|inglês|alemão|inglese|tedesco|english|german|french"
             r"|spanish)\s*[?:]", 1.4),
        _cue("translate_natural", _TRANSLATE,
             r"\btranslat\w*\b[^.\n]{0,80}\b(?:into|to|in|from)\s+" + _NAT_LANG, 1.6),
        _cue("translate", _TRANSLATE, r"\btranslat\w*\b", 0.9),
        _cue("translate_ml",
             "traduce traducir traduza traduzir traduis traduisez traduire traduci tradurre "
             "traduzca übersetze übersetzen übersetzung",
             r"\btradu(?:ce|cir|za|zir|is|isez|ire|ci|rre|zca)\b|\bübersetz\w*|\bпереведи\s+"
             r"(?:этот|это|эту|текст|сообщение|фразу|на)\b|\bперевод\w*\s+на\b|翻译|翻訳|訳して"
             r"|\bprzetłumacz\w*|\bprzetlumacz\w*|\bvertaal\w*|\w+(?:ce|ca|ye|ya)\s+çevir\w*|번역",
             1.4,
             needles="übersetz переве 翻译 翻訳 訳して przetłumacz przetlumacz vertaal çevir 번역"),
        _cue("say_in_language", "say",
             r"\bhow\s+(?:do|would|should|can)\s+(?:you|i|we)\s+say\b[^?\n]{0,240}\bin\s+"
             + _NAT_LANG, 1.4),
        _cue("translate_ml_more",
             "terjemahkan tradukan přelož prelož переклади μετάφρασε",
             r"\b(?:dịch\s+(?:sang|qua|ra)|terjemahkan|tradukan|přelož\w*|prelož\w*"
             r"|переклади\w*|μετάφρασ\w*)|ترجم|अनुवाद|תרגם|แปล",
             1.4, needles="dịch ترجم अनुवाद תרגם แปล"),
        _cue("to_language", "to into in english french german spanish portuguese italian "
             "japanese chinese mandarin korean russian dutch polish turkish arabic hindi",
             r"(?:to|into|in)\s+" + _NAT_LANG + r"\b\s*(?:,\s*)?(?:pls|please|plz)?\s*:", 1.4,
             lead=True),
        _cue("localize", "localize localise",
             r"\blocali[sz]e\b[^.\n]{0,40}\b(?:for|into)\s+" + _NAT_LANG, 1.2),
    ),
    "rewrite": (
        _cue("voice_change", "active passive voice",
             r"\b(?:active|passive)\s+voice\b", 1.2),
        _cue("rewrite_text",
             "rewrite rephrase reword paraphrase proofread polish shorten tighten soften "
             "reformulate reformule reformulez reformula reformular umformulieren formuliere "
             "herschrijf herformuleer",
             r"(?:rewrite|rephrase|reword|paraphrase|proofread|polish|shorten|tighten|soften"
             r"|reformul(?:at)?e|reformulez|reformular?|umformulieren|formuliere|herschrijf"
             r"|herformuleer)\b(?![^.\n]"
             r"{0,60}\b(?:in|to|into|using)\s+" + _PROG_LANG + r"\b)", 1.0, lead=True),
        _cue("rewrite_ml",
             "rendi riscrivi riformula reescribe reescribir reescreva reescrever réécris "
             "réécrire formeller freundlicher höflicher kürzer más mais più plus",
             r"\b(?:rendi\s+(?:più|piu)|riscriv\w*|riformul\w*|reescrib\w*|reescrev\w*"
             r"|réécri\w*|(?:más|mas|mais|più|piu|plus)\s+(?:formal|formale|formel|claro|clara"
             r"|chiaro|chiara|clair|claire|amable|cordial|cordiale|corto|corta|courte?|breve"
             r"|profesional|profissional|professionale|professionnel|educad[oa]|poli|amichevole"
             r"|amigable|gentile)|formeller|freundlicher|höflicher|kürzer|перепиши\w*"
             r"|переформулируй\w*|сделай\s+(?:более|вежлив\w*|короче|формальн\w*)|viết\s+lại"
             r"|yeniden\s+yaz\w*|przeredaguj\w*|herformuleer\w*)\b|書き直|言い換え|改写|润色|改寫"
             r"|다시\s*써|다듬어",
             1.1,
             needles="перепиши переформулируй сделай viết yeniden przeredaguj 書き直 言い換え "
             "改写 润色 改寫 다시 다듬어"),
        _cue("fix_grammar", "spelling grammar typos punctuation wording",
             r"\bfix\s+(?:the\s+)?(?:spelling|grammar|typos|punctuation|wording)\b", 1.1),
        _cue("tone", "formal concise friendly polite casual professional",
             r"\b(?:more|less)\s+(?:formal|concise|friendly|polite|casual|professional)\b", 0.8),
        _cue("text_comparative", "make",
             r"\bmake\s+(?:this|it|the|my|our)\s+(?:[\w-]+\s+){0,2}(?:announcement|message|email"
             r"|paragraph|text|note|post|tweet|copy|sentence|reply|description|intro|bio|title"
             r"|readme|summary|wording|letter|warning|notice|banner|error\s+message|tooltip|dialog"
             r"|modal|update|release\s+notes|changelog|label|headline|subject\s+line|faq|answer)\s+"
             r"(?:[\w-]+er|more\s+\w+|less\s+\w+)\b", 1.1),
        _cue("sound", "sound read",
             r"\bsound\s+(?:more|less)\b|\bmake\s+(?:this|it)\s+(?:[\w-]+\s+){0,3}(?:sound"
             r"|read)\b", 0.6),
        _cue("commit_message", "commit",
             r"\b(?:write|suggest|generate|draft|propose)\b.{0,30}\bcommit\s+message", 1.2),
        _cue("draft_text", "draft compose write",
             r"(?:draft|compose|write)\s+(?:a\s+|an\s+)?(?:short\s+|quick\s+|polite\s+|brief\s+"
             r"|friendly\s+)?(?:reply|response|email|message|announcement|tweet|post|note|slack"
             r"\s+message|apology|thank-you)\b", 1.1, lead=True),
    ),
    "code": (
        _cue("write_code", "write implement code build scaffold develop program",
             r"(?:write|implement|code\s+up|build|scaffold|develop|program)\b[^.\n]{0,60}\b"
             + _CODE_OBJ + r"\b", 1.5, lead=True),
        _cue("make_code", "create add generate make set support",
             r"(?:create|add|generate|make|set\s+up|support)\b[^.\n]{0,50}\b" + _CODE_OBJ + r"\b",
             0.9, lead=True),
        _cue("write_code_ml",
             "écris écrivez escribe escriba escreva escrever schreib schreibe schreiben scrivi "
             "implementa implemente implémente implementiere crea crée erstelle",
             r"\b(?:écris|écrivez|escrib[ea]|escreva|escrever|schreib\w*|scrivi|implementa"
             r"|implemente|implémente[rz]?|implementiere|crea|crée[rz]?|erstelle|напиши|реализуй)\b"
             r"[^.\n]{0,60}\b" + _CODE_OBJ_ML + r"\b"
             r"|(?:関数|コード|スクリプト|クラス|テスト|プログラム)"
             r"[^。\n]{0,20}(?:を)?(?:書いて|実装して|作って|作成して)"
             r"|写(?:一个|个)?(?:函数|脚本|程序|类|代码|测试)"
             r"|(?:编写|实现)[^。\n]{0,20}(?:函数|脚本|程序|类|代码|测试|接口)"
             r"|(?:함수|코드|스크립트|클래스|테스트)[^.\n]{0,10}(?:를|을)?\s*"
             r"(?:작성|구현|만들어)", 1.5,
             needles="напиши реализуй 関数 コード スクリプト クラス テスト プログラム 写 编写 实现 "
             "함수 코드 스크립트 클래스 테스트"),
        _cue("implement", "implement implementing implementation implemented implements",
             r"\bimplement\w*\b", 1.2),
        _cue("code_fix", "fix patch",
             r"\b(?:propose|suggest|write|make|show|give\s+me)\s+(?:a\s+|the\s+)?(?:code\s+)?"
             r"(?:fix|patch)\b", 1.3),
        _cue("lang", _LANGS,
             r"\b(?:python|javascript|typescript|java|golang|rust|c\+\+|c#|kotlin|swift|ruby|php"
             r"|scala|haskell|elixir|bash|powershell|react|vue|django|flask|fastapi|node(?:\.js)?"
             r"|spring|rails|sql|postgres(?:ql)?|terraform|kubernetes|k8s|docker|graphql|grpc"
             r"|in\s+go)\b", 0.5),
        _cue("code_word", "code function snippet lambda",
             r"\bcode\b|\bfunction\b|\bsnippet\b|\blambda\b|\w\([\w\s,.*]*\)", 0.4, needles="("),
        _cue("explain_code", "explain walk what understand",
             r"\b(?:explain|understand|walk\s+me\s+through)\s+(?:what\s+|how\s+)?(?:this|the\s+following)\s+"
             r"(?:[\w-]+\s+)?(?:code|function|regex|query|script|snippet|class|module|program"
             r"|method|config)\b|\bwhat\s+does\s+(?:this|the\s+following)\s+(?:[\w-]+\s+)?(?:code"
             r"|function|regex|query|script|snippet|line|class|method|command)\s+do\b", 1.3),
    ),
    "refactor": (
        _cue("split_into", "split",
             r"\bsplit\s+(?:up\s+)?[^\n]{0,200}?\binto\s+(?:a\s+|separate\s+|smaller\s+|multiple"
             r"\s+|\w+\s+)?(?:package|modules?|files|classes|components|functions|services"
             r"|crates)\b", 1.4),
        _cue("replace_usages", "replace migrate update",
             r"\breplace\b[^\n]{0,80}?\b(?:usages?|call\s*sites|calls|imports|with\s+(?:[\w.-]+\s+)"
             r"{0,3}(?:queries|decorators?|library|module|package|hooks?|classes|functions?"
             r"|builders?))\b|\bmigrate\s+[\w./@-]+\s+from\s+[\w.-]+\s+to\s+[\w.-]+|\bupdate\s+"
             r"(?:all\s+)?(?:the\s+)?(?:imports|call\s*sites|callers)\b", 1.4),
        _cue("replace_code", "replace",
             r"\breplace\b[^.\n]{0,80}\b(?:in|across|throughout)\s+(?:this|the|our|that)\s+(?:[\w-]+\s+)?"
             r"(?:class|function|method|module|file|component|repository|repo|service|codebase|code"
             r"|handler|controller|package)\b[^.\n]{0,40}\bwith\b", 1.5),
        _cue("refactor",
             "refactor refactoring refactored refactors refactoriser refactorisez refactorise "
             "refactorizar refactoriza refactorice refatorar refatore refatora refaktorisiere "
             "refaktorieren refaktoriere rifattorizza rifattorizzare refaktoryzuj",
             r"\brefactor\w*\b|\brefaktor\w*|\brifattorizz\w*|\brefatora\w*", 1.6),
        _cue("port", "convert port migrate rewrite translate transpile move",
             r"\b(?:convert|port|migrate|rewrite|translate|transpile|move)\b[^.\n]{0,60}\b(?:to"
             r"|into|in|from)\s+" + _PROG_LANG + r"\b", 1.4),
        _cue("restructure",
             "split extract break decompose clean simplify modernize modernise deduplicate inline "
             "consolidate",
             r"\b(?:split|extract|break\s+up|decompose|clean\s+up|simplify|modernize|deduplicate"
             r"|inline|consolidate)\b[^.\n]{0,50}\b(?:class|function|method|module|component"
             r"|file|code|codebase|service|into\s+smaller|helpers?|units)\b", 1.2),
        _cue("keep_behaviour", "without keeping preserving keep",
             r"\b(?:without|keeping|preserving|keep)\s+(?:changing\s+)?(?:the\s+)?(?:existing\s+)?"
             r"(?:behaviou?r|public\s+api|api|semantics|functionality|interface)\b", 1.0),
        _cue("rewrite_code_ml",
             "reescreva reescribe reescriba réécris réécrivez umschreiben schreibe riscrivi "
             "para pour per",
             r"\b(?:reescrev[ae]|reescrib[ea]|réécri(?:s|vez)|umschreiben|schreibe\s+[^.\n]{0,40}"
             r"\bum|riscrivi|перепиши)\b[^.\n]{0,60}\b" + _CODE_OBJ_ML + r"\b|\b(?:para\s+usar"
             r"|pour\s+utiliser|per\s+usare)\s+[^.\n]{0,30}\b(?:em\s+vez|en\s+lugar|au\s+lieu"
             r"|invece)\b", 1.4, needles="перепиши"),
        _cue("rename_code", "rename",
             r"\brename\b[^.\n]{0,40}\b(?:variable|function|method|class|across|module"
             r"|field)\b", 1.0),
        _cue("readability", "nested make code dead deprecated better more",
             r"\bnested\s+ifs?\b|\bmake\s+it\s+(?:testable|readable|idiomatic|pythonic"
             r"|cleaner)\b|\bcode\s+smells?\b|\bdead\s+code\b|\bdeprecated\s+api\b|\bbetter\s+way"
             r"\s+to\b|\bmore\s+(?:idiomatic|pythonic|efficient|elegant)\b", 0.9),
    ),
    "debug": (
        _cue("debug",
             "debug debugging debugger troubleshoot troubleshooting diagnose diagnosis "
             "diagnosing",
             r"\bdebug\w*\b|\btroubleshoot\w*\b|\bdiagnos\w+\b", 1.4),
        _cue("fix_verb", "fix resolve solve investigate", r"(?:fix|resolve|solve|investigate)\b",
             1.0, lead=True),
        _cue("failure_words",
             "stack stacktrace traceback segfault segmentation panic panics panicking panicked "
             "exception core crash crashes crashing crashed hang hangs hanging deadlock deadlocks "
             "race memory leak leaks leaking oom out regression flaky intermittent intermittently "
             "loops loop infinite doesn't does won't fails fail failing broken bug",
             r"\b(?:stack\s?trace|traceback|segfault|segmentation\s+fault|panic\w*|exception"
             r"|core\s+dump|crash\w*|hangs?|hanging|deadlock\w*|race\s+condition|memory\s+leak"
             r"|leak\w*|oom|out\s+of\s+memory|regression|flaky|intermittent\w*|loops?\s+forever"
             r"|infinite\s+loop|doesn'?t\s+(?:work|compile)|does\s+not\s+(?:work|compile)|won'?t"
             r"\s+(?:compile|start|build)|fails?(?!\s*over)|failing|broken|bug)\b", 0.6),
        _cue("why_ml", "por porque pourquoi warum wieso perché perche почему dlaczego waarom neden",
             r"\bpor\s*qu[eé]\s+(?:es|está|esta|este|esse|essa|isso|o|a|os|as|el|la|los|las|mi|meu"
             r"|minha|no|não|nao)\b|\bpourquoi\b|\bwarum\b|\bwieso\b|\bperch[eé]\b|\bпочему\b"
             r"|\bdlaczego\b|\bwaarom\b|\bneden\b", 0.9, needles="почему"),
        _cue("why", "why",
             r"\bwhy\s+(?:is|does|do|did|are|would|am|isn'?t|doesn'?t|won'?t|can'?t|this)\b"
             r"|\bexplain\s+why\b", 0.9),
        _cue("root_cause", "root find what what's where where's",
             r"\broot\s+cause\b|\bfind\s+the\s+(?:bug|leak|problem|issue|cause)\b|\bwhat(?:'s"
             r"|\s+is)\s+(?:wrong|causing)\b|\bwhere(?:'s|\s+is)\s+the\s+bug\b", 1.2),
        _cue("perf",
             "slow slower slowly slowness latency explain profile profiling profiler bottleneck "
             "high",
             r"\bslow\w*\b|\blatency\s+spike\b|\bexplain\s+analy[sz]e\b|\bprofil\w+\b"
             r"|\bbottleneck\b|\bhigh\s+cpu\b", 0.6),
        _cue("bisect", "commit bisect",
             r"\bwhich\s+commit\b[^?\n]{0,60}\b(?:introduced|broke|caused)\b|\bbisect\b", 1.2),
        _cue("code_analysis",
             "thread-safe thread race deadlock time big-o big null undefined off-by-one memory "
             "data",
             r"\b(?:thread[- ]safe|race\s+condition|deadlock|time\s+complexity|big-?o|null\s+"
             r"pointer|undefined\s+behaviou?r|off-by-one|memory\s+safe|data\s+race)\b", 1.0),
    ),
    "architecture": (
        _cue("architecture", "architecture architectural architect architecting system",
             r"\barchitect\w*\b|\bsystem\s+design\b", 1.0),
        _cue("design_verb", "design architect plan", r"(?:design|architect|plan)\b", 1.2,
             lead=True),
        _cue("design_word", "design", r"\bdesign\b", 0.5),
        _cue("design_ml",
             "diseña diseñar diseñe arquitectura projete projetar projeta arquitetura conçois "
             "concevez concevoir architecture entwirf entwerfe entwerfen architektur progetta "
             "progettare architettura zaprojektuj architekturę ontwerp architectuur",
             r"\b(?:diseñ[ae]r?|projet(?:e|ar|a)|conçois|concevez|concevoir|entw[iu]rf\w*|entwerfe\w*"
             r"|progetta\w*|zaprojektuj|ontwerp\w*|arquitetura|arquitectura|architektur\w*"
             r"|architettura|architectuur|спроектируй\w*|архитектур\w*)\b|設計|设计|架构|설계|아키텍처",
             1.2, needles="спроектируй архитектур 設計 设计 架构 설계 아키텍처"),
        _cue("tradeoffs", "trade-off trade-offs tradeoff tradeoffs trade pros compare",
             r"\btrade-?offs?\b|\bpros\s+and\s+cons\b|\bcompare\b[^.\n]{0,80}\b(?:design"
             r"|approach\w*|architecture|options?|patterns?|databases?|queues?|frameworks?"
             r"|strateg\w+)\b", 1.0),
        _cue("scale_words",
             "scalable scalability scale scaling high multi-tenant multi-region sharding "
             "partition partitioning partitioned event cqrs microservice microservices "
             "at-least-once exactly-once eventual consensus load rps qps throughput fan-out "
             "backpressure offline-first conflict",
             r"\b(?:scalab\w+|high\s+availability|multi-tenant|multi-region|sharding|partition\w*"
             r"|event\s+sourcing|cqrs|microservices?|at-least-once|exactly-once|eventual\s+"
             r"consistency|consensus|load\s+balanc\w+|rps|qps|throughput|fan-out|backpressure"
             r"|offline-first|conflict\s+resolution)\b", 0.5),
        _cue("propose_design", "propose sketch outline plan recommend",
             r"(?:propose|sketch|outline|plan|recommend)\b[^.\n]{0,50}\b(?:architecture|design"
             r"|schema|data\s+model|approach|system|strategy|topology)\b", 1.1, lead=True),
        _cue("how_structure", "how",
             r"\bhow\s+should\s+(?:we|i)\s+(?:structure|design|model|organi[sz]e|architect|split"
             r"|shard|scale)\b", 1.2),
    ),
    "test_writing": (
        _cue("write_tests", "write add generate create implement cover",
             r"(?:write|add|generate|create|implement|cover)\b[^.\n]{0,40}\b(?:unit\s+"
             r"|integration\s+|e2e\s+|end-to-end\s+|property-based\s+|regression\s+|snapshot\s+"
             r"|smoke\s+|pytest\s+|jest\s+)?tests?\b", 1.6, lead=True),
        _cue("test_words", "pytest jest junit mocha vitest rspec hypothesis test edge",
             r"\b(?:pytest|jest|junit|mocha|vitest|rspec|hypothesis|test\s+cases?|test\s+coverage"
             r"|test\s+suite|edge\s+cases)\b", 0.6),
    ),
    "review": (
        _cue("review_code", "review critique look go assess audit",
             r"(?:review|critique|look\s+over|go\s+over|assess|audit)\b[^.\n]{0,40}\b(?:code|pr"
             r"|pull\s+request|diff|patch|change\w*|implementation|module|function|class"
             r"|terraform|config\w*|dockerfile|handler|commit|this)\b", 1.5, lead=True),
        _cue("code_review", "code", r"\bcode\s+review\b", 1.5),
        _cue("suggest_changes", "suggest point",
             r"\bsuggest\s+(?:concrete\s+)?(?:changes|improvements)\b|\bpoint\s+out\b", 0.7),
        _cue("quality_words", "correctness maintainability readability naming best",
             r"\b(?:correctness|maintainability|readability|naming|best\s+practices)\b", 0.5),
    ),
}  # fmt: skip

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


CUE_NEEDLES_ASCII: Final = _ascii_needles(CUE_NEEDLES)
RULE_NEEDLES_ASCII: Final = _ascii_needles(RULE_NEEDLES)
