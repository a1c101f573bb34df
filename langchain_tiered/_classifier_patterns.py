"""Text shapes and markers shared by the classifier's tables (see :mod:`._classifier_rules`).

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

The live, local and data markers themselves are in :mod:`._classifier_markers`.
"""

from __future__ import annotations

import re
from typing import Final

from langchain_tiered._classifier_needles import NeedlePattern


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------- parameters

HUMAN_ROLES: Final = frozenset({"human", "user"})
SYSTEM_ROLES: Final = frozenset({"system", "developer"})
ASSISTANT_ROLES: Final = frozenset({"ai", "assistant", "model", "bot"})
#: A reply this short ("ok", "yes, go", "sounds good") may only confirm the turn before it.
SHORT_REPLY_WORDS: Final = 12
#: How an assistant offers to act ("Shall I wire ...?", "I'll drop ..."): cut, the offer reads
#: as the request it becomes once the user says "ok".
OFFER_PREFIX: Final = _c(
    r"\b(?:(?:shall|should|can|may)\s+i|(?:do\s+you\s+want|would\s+you\s+like|want)\s+me\s+to"
    r"|i(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+going\s+to|\s+can|'m\s+about\s+to"
    r"|\s+am\s+about\s+to|\s+plan\s+to|\s+would)|let\s+me"
    r"|(?:i'm\s+|i\s+am\s+|all\s+)?(?:ready|set)\s+to)\s+"
    # "I can remotely disable the interlock"
    r"(?:(?:go\s+ahead\s+and|now|remotely|quickly|just|also|temporarily|immediately)\s+)*"
)
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
LEAD_PUNCT: Final = frozenset(":;,.?!¿¡]")  # "[system note: ...] Revoke ..."
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
#: A blank line between paragraphs.
PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n")
#: The names of an email's header lines after "From:" ("To:", "Subject:", "Sent:" ...).
EMAIL_HEADER_NAMES: Final = r"to|cc|bcc|subject|date|sent|reply-to"
#: Quoted spans (straight, curly, guillemets, CJK brackets, backticks) inside a prose line.
QUOTED: Final = _c(
    # (an apostrophe inside a word, "we're", does not close a single-quoted span)
    r"(?<![\w'])'(?:[^'\n]|(?<=\w)'(?=\w)){1,400}'(?![\w'])|\"[^\"\n]{1,400}\"|“[^”\n]{1,400}”|‘[^’\n]{1,400}’"
    r"|«[^»\n]{1,400}»|„[^“”\n]{1,400}[“”]|「[^」\n]{1,400}」|`[^`\n]{1,400}`"
)
#: Lines of pasted logs: timestamps, syslog dates, log levels, kubectl-style columns.
LOG_MATERIAL_LINE: Final = _c(
    r"\s*(?:\[?\d{4}[-/.]\d\d[-/.]\d\d|\[?\d\d:\d\d(?::\d\d)?|\[\d|\d+\.\d+\s*[|\]]"
    # a chat export line: "[Tue 10:02] anna: error rate at 4%"
    r"|\[(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un)\w*\.?\s+\d{1,2}:\d\d"
    r"|[A-Z][a-z]{2} +\d{1,2} \d\d:|\[?(?:INFO|DEBUG|WARN|WARNING|ERROR|FATAL|TRACE|CRITICAL"
    r"|NOTICE|ERR|PASSED|FAILED|SKIPPED)\b|[\w.-]+-[a-z0-9]{5,10}-[a-z0-9]{5}\s"
    r"|(?:feat|fix|chore|docs|refactor|perf|test|build|ci|style|revert)(?:\([\w./-]+\))?!?:\s"
    r"|NAME\s{2,}|#\d+\s|(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/"
    # not "3-point summary of ...", "2号航站楼 ..." (a number then CJK prose)
    r"|(?!\d+-[a-zA-Z]+\s)(?!\d+[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])\d+(?:[^\d.)\s]|\.\d|[.)]\S))"
)
#: Someone else decides; the model only advises ("Lay out the pros and cons. Leadership will
#: make the call."): the learned scorer never raises such a call to tier 3 on its word.
ADVICE_ONLY: Final = _c(
    r"\b(?:leadership|management|the\s+board|legal|finance|they|the\s+customer|someone\s+else"
    r"|a\s+human|the\s+cab|my\s+manager|the\s+team|we|i)\s+(?:will|'ll)\s+(?:make\s+the\s+(?:call"
    r"|decision)|decide)\b|\bnot\s+asking\s+you\s+to\s+decide\b|\brien\s+décider\b"
    r"|\bnothing\s+to\s+decide\b|\bjust\s+(?:the\s+)?(?:options|trade-?offs|pros\s+and\s+cons)\b"
)
#: A request that opens by asking for an explanation, in any language ("Spiegami come funziona
#: la best execution", "समझाइए कि ..."): with nothing live or urgent named, nothing is acted on.
EXPLAIN_REQUEST: Final = _c(
    r"^\s*(?:please\s+|por\s+favor,?\s+|bitte\s+)?(?:can\s+you\s+|could\s+you\s+)?(?:explain|explique[rz]?"
    r"|expliquez(?:-moi)?|explica(?:me|nos)?|explícame|explique-me|spiega(?:mi|ci)?|erkläre?(?:\s+mir)?"
    r"|erklären\s+sie|wyjaśnij|objaśnij|объясни(?:те)?|açıkla(?:r\s+mısın)?|leg\s+(?:me\s+)?uit"
    r"|समझाइए|समझाओ|समझा\s+दो)(?![\w-])|^\s*(?:请)?(?:解释|說明|说明)|^\s*説明して|^\s*설명해"
)
#: A row of a pasted pipe table ("SHP-20814 | Girteka | LTKUN -> NLVEN | EXCEPTION"), not a
#: list of labels ("Tag: bug | feature | question") or a regex ("^(feat|fix)/").
TABLE_ROW: Final = _c(r"\s*(?:\|\s)?[^|\n:]{1,60}?\s\|\s[^|\n]{1,60}?\s\|\s")
#: The target of the request is explicitly not live ("against the staging database").
#: Non-live targets named in other words: a training simulator, a bench PLC "not connected to
#: anything".
_OFFLINE_TARGET: Final = (
    r"|\btraining\s+(?:simulator|vm|environment|env|instance|system|copy|replica)\b"
    r"|\bbench\s+(?:plc|unit|rig|setup|controller|device)\b|\bnot\s+connected\s+to\s+anything\b"
)
#: After "plan" or "design", words that make it a thing shown, not a request ("Plan saved to
#: plan-prod.tfplan."): shared by the design cue and the live-action frame check.
SHOWN_NOT_ASKED: Final = r"saved|written|stored|attached"
#: Every NONLIVE_TARGET match holds one of these (its gate).
NONLIVE_NEEDLES: Final = (
    "sandbox", "staging", "dev", "test", "qa", "local", "scratch", "uat", "prod", "live",
    "laptop", "machine", "workstation", "fork", "feature", "lab", "bench", "demo", "training",
    "connected", "بيئة", "स्टेजिंग", "टेस्ट", "लोकल",
)  # fmt: skip
NONLIVE_TARGET: Final = NeedlePattern(  # the request's target, not where something was tested
    r"\bagainst\s+(?:the\s+|our\s+|my\s+|a\s+)?(?:sandbox|staging|dev"
    r"|development|test|qa|local|scratch)\s+(?:[\w-]+\s+)?(?:database|db|workspace|cluster|env\w*"
    r"|server|account|project|tenant|instance|namespace|stack|replica|copy|clone|mirror)\b"
    r"|(?=on\s|in\s)(?<!passed\s)(?<!worked\s)(?<!tested\s)(?<!verified\s)(?<!validated\s)"
    r"(?<!succeeded\s)\b(?:on|in)\s+(?:the\s+|our\s+|my\s+)?(?:sandbox|staging|dev|development|test|qa|scratch"
    r"|uat|pre-?prod\w*)"
    r"\s+(?:[\w-]+\s+)?(?:database|db|cluster|env\w*|server|account|project|tenant|instance"
    r"|namespace|stack|replica|store|shop|site|org|workspace|portal)\b"
    r"|\b(?:sandbox|staging|dev|test|local)\s+only\b|\bin\s+(?:[\w-]+\s+)?test\s+mode\b"
    r"|\bnot\s+(?:on\s+|in\s+|against\s+)?the\s+(?:live|prod|production)\s+one\b"  # (", not ...")
    # "Can I just wipe the volume and reseed? It's only on my laptop."
    r"|\bonly\s+on\s+my\s+(?:own\s+)?(?:laptop|machine|workstation|dev\s+box)\b"
    # "... on the QA server. Leave live alone.", "don't touch prod": the live system is spared
    r"|\b(?:leave|(?:don't|do\s+not|never)\s+touch)\s+(?:the\s+)?(?:live|prod|production)\b"
    # "roll back tms-api on staging to 4.18.2": the place, unless a next stage follows or it
    # is where a test passed ("the upgrade passed in staging. start it on the clusters now")
    r"|(?=on\s|in\s)(?<!passed\s)(?<!worked\s)(?<!tested\s)(?<!verified\s)(?<!validated\s)"
    r"(?<!succeeded\s)(?<!fine\s)(?<!green\s)(?<!good\s)(?<!ok\s)(?<!clean\s)"
    # ("migration 0044, already applied in staging ... ok ship it": where it already ran)
    r"(?<!applied\s)(?<!deployed\s)(?<!soaked\s)(?<!rehearsed\s)(?<!trialled\s)(?<!trialed\s)"
    # (nor "orders replayed in staging: 0 incompatible": a result reported)
    r"\b(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:sandbox|staging|uat)\b(?!\s*:\s)"
    r"(?![^.\n]{0,60}\b(?:then|first|before|after|next|everywhere|all|rest|too|also)\b)"
    r"|\b(?:to|on|in)\s+my\s+(?:own\s+)?(?:fork|feature\s+branch)\b"
    # "reboot the lab router" (not "we tested it in the lab": that is where a test ran)
    r"|(?=lab)(?<!\bnot\s)(?<!\bnot\sthe\s)(?<!\bnot\son\sthe\s)"  # "..., not the lab bench"
    r"\blab\s+(?:rack|env\w*|router|switch(?:es)?|setup|test\s*bed|bench|network|pe|devices?"
    r"|gear|kit|rigs?)\b"
    # "flash the bench units", not "QA signed off on the bench units" (where a test passed)
    r"|(?=bench)(?<!off\son\sthe\s)(?<!passed\son\sthe\s)(?<!tested\son\sthe\s)(?<!worked\son\sthe\s)"
    r"(?<!fine\son\sthe\s)(?<!off\son\s)(?<!passed\son\s)(?<!tested\son\s)"
    r"\bbench\s+(?:drones?|devices?|units?|rigs?|boards?|hardware)\b"
    # ("... to every unit on hire, the bench units have been fine": where it was tried)
    r"(?!\s+(?:have|has|had|were|are|was|is)\s+(?:been\s+)?(?:fine|ok|okay|good|green|stable"
    r"|solid|clean|running\s+(?:it|fine)))"
    r"|\b(?:in|on|to)\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+)?demo\s+(?:company|org\w*|account"
    r"|tenant|env\w*|instance|workspace)\b|\bdemo\s+(?:org|company|account)\s+only\b"
    r"|بيئة\s+(?:الاختبار|التطوير|التجربة|تجريبية)|(?:स्टेजिंग|टेस्ट|लोकल)\s+(?:पर|में)" + _OFFLINE_TARGET,
    NONLIVE_NEEDLES,
)
#: A request whose target is a document, not a system ("swap the logo in the README").
DOC_TARGET: Final = _c(
    r"\b(?:in|from|to|of|into)\s+(?:the\s+|our\s+|this\s+|my\s+)?(?:[\w-]+\s+)?(?:readme(?:\.md)?"
    r"|docs|documentation|docstrings?|changelog|wiki\s+page|slides?|deck|code\s+comments?"
    r"|markdown)\b"
)
#: A question that asks for a cause or a fix, in several languages (debugging, not filtering).
DEBUG_QUESTION: Final = _c(
    r"\bwhy\b|what'?s\s+(?:wrong|going\s+on|causing)|what\s+(?:is|could\s+be)\s+(?:causing|the"
    r"\s+cause|wrong)|root\s+cause|how\s+(?:do|can|should)\s+(?:i|we)\s+(?:fix|investigate|resolve"
    r"|solve|debug)|where\s+would\s+you\s+look|qué\s+puede\s+ser|por\s+qué|woran\s+liegt"
    r"|\bwarum\b|\bwieso\b|wo\s+würdest\s+du|pourquoi|perché|como\s+(?:investigo|resolvo|corrijo"
    r"|arreglo)|почему|в\s+ч[её]м\s+(?:причина|дело)|\bneden\b|dlaczego|waarom|原因|为什么|なぜ"
    r"|원인|왜"
)
#: A pasted document's title line in capitals ("POSTMORTEM: EU login outage", "RUNBOOK -").
DOCUMENT_TITLE: Final = _c(
    # not a label for the request ("SYSTEM NOTE: routing_hint=low", "TASK: ...")
    r"(?!(?:SYSTEM\s+)?(?:NOTE|NOTICE|TASK|INSTRUCTIONS?|CONTEXT|IMPORTANT|PRIORITY|ROUTING|HINT"
    r"|META|REQUEST)\b)[A-Z][A-Z0-9&/ -]{3,40}(?::|\s[-—–])\s+\S"
)
#: A document headed by its id ("Change request CR-1193", "Incident INC-4412").
DOCUMENT_ID_TITLE: Final = _c(r"[A-Z][A-Za-z ]{2,40}\s#?[A-Z]{1,6}-\d+\b")
#: Release notes headed by their version ("Release 6.12 (Android / iOS)").
RELEASE_TITLE: Final = _c(
    r"(?:Release(?:\s+notes)?|Version|Changelog|What's\s+new\s+in)\s+v?\d+(?:\.\d+)+\b[^\n]{0,40}\n"
)
#: Six words of prose in a row.
PROSE_RUN: Final = _c(r"(?:\b[^\W\d_]{2,}\b[,;]?\s+){5}[^\W\d_]{2,}")
#: Scripts written without spaces between words (Chinese, Japanese, Korean, Thai).
CJK: Final = _c(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]{3}")
#: The five time fields of a crontab entry ("15 3 * * * "), at least one a "*": not a row of
#: numbers.
CRON_FIELDS: Final = r"(?=[\d ,/-]{0,30}\*)(?:[\d*/,-]{1,12}[ \t]+){5}"
#: Lines that start like pasted code, diffs, stack traces, SQL, markup or data.
CODE_START_LINE: Final = _c(
    r"\s*(?:def |class |import |from [\w.]+ import|return\b|const |let\s+(?:mut\s+)?(?:[\w$]+\s*"
    r"(?:[:=;,]|$)|[{\[(])|var |function\b|func "
    r"|fn |pub |public |private |package |#include|using |@@|\+\+\+ |--- |diff |[{}\]<>$|]|//"
    # a diff hunk line: "+        resp = self._post(...)", "-MAX_MMR_DELTA = 250" (not a "- item")
    r"|[+-](?:[ \t]{2,}\S|\w+\s*[=(]|(?:def|class|import|from|return|if|for|while|const|let|var"
    r"|function)\b)"
    r"|\[(?!\s*[A-Za-z][\w ]{2,40}:[^\]\n]{0,80}\]\s+[A-Za-z])"  # not "[note: ...] Revoke ..."
    # a decorator, not a chat mention ("@bot roll", "@assistant Keon's out")
    # ("@assistant — do we accept the dispute ...?": a dash after the mention)
    # ("@dwu (release captain): merge it ...", "@mkovacs: LGTM, tested on ...": a role after
    # the handle, a comma after the first word; a decorator has no space before its "(")
    r"|@(?![\w.-]+(?:[ \t]+\([^()\n]{1,40}\))?(?:[,:]|\s*[—–-])?\s+[^\W\d_][\w'’]*[,.!]?\s+"
    r"[^\W\d_])"
    r"|/\*|\*/|#!|>>> |\$ |at [\w.$<>]+\(|File \"|Traceback|Caused by|\w+(?:Error|Exception)\b:"
    r"|#\s*(?:/|~/)[\w.@/-]+\s*$"  # a file's path as its first comment ("# /etc/cron.d/backup")
    r"|" + CRON_FIELDS + r"[\w/.~$-]"
    r"|(?:SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|TRUNCATE|GRANT|REVOKE|WITH)\s+[A-Z*(]"
    # a SQL statement's clause on its own line (" WHERE gym_id IN (2, 4)")
    r"|(?:WHERE|AND|OR|SET|FROM|VALUES|HAVING|RETURNING|(?:LEFT\s+|INNER\s+|OUTER\s+)?JOIN"
    r"|ORDER\s+BY|GROUP\s+BY|LIMIT)\s+[\w(*'\"]"
    r"|(?:create|alter)\s+(?:or\s+replace\s+)?(?:policy|table|index|view|function|trigger"
    r"|extension|type|sequence|materialized\s+view)\s+\S[^\n]*(?:\(|\bon\s+[\w.]+\b|\bas\b)"
    r"|for\s+(?:select|insert|update|delete|all)\s+(?:using|with|to)\b)"
)
#: Lines that start with three words of prose (checked after CODE_START_LINE).
PROSE_START_LINE: Final = _c(
    # ("Turn Morag's recipe card into JSON: {...}": a possessive is one word)
    r"[¿¡\"'«“(]?[^\W\d_]+(?:['’][^\W\d_]+)?[,:]?\s[^\W\d_]+(?:['’][^\W\d_]+)?[,:']?\s+[^\W\d_]+"
    r"|[^\x00-\x7f]{4}"
)
#: Lines shaped like code: indented, assignments, or ending in ``;``/``{``/``}``.
CODE_SHAPE_LINE: Final = _c(
    r"(?:\s{2,}|\t)\S|[\w.]+\s*[=:]\s*[\[{\"'\d]|[\w\"'.-]+\s*=\s*\S|.*[;{}]\s*$"
)
#: End of a sentence or clause, for stakes analysis.
SENTENCE_END: Final = _c(  # not after "Dr.", "Mr.", "vs." ...
    r"(?=[.?;!])(?:(?<!\bdr)(?<!\bmr)(?<!\bms)(?<!\bmrs)(?<!\bvs)(?<!\bst)(?<!\bprof)(?<!\bno)\.|[?;]"
    # (not a password's "!" inside a clause: "with password Clays2025! to the admin group")
    r"|(?<!\w)!|!(?!\s+(?:to|for|on|in|into|with|as|at)\b))(?=\s)"
    r"|[\n。！？]"
)
#: First-line frames whose text after the colon is material: "Translate to French: ...".
FRAME_COLON: Final = _c(
    r"\s*(?:please\s+)?(?:(?:translate|summari[sz]e|classify|categori[sz]e|label|tag|extract|tl;?dr"
    r"|count|list|which|sort|group|filter|convert|parse|assign|route|rewrite|proofread|generate"
    r"|write|draft|compose|produce|make|create|turn\s+(?:this|these|the|it)|prefix|suffix|append"
    r"|shorten|condense|trim|tighten|simplify|polish|paraphrase|reword|edit"
    r"|prepend|indent|number|wrap|quote|uppercase|lowercase|capitali[sz]e|dedupe|deduplicate"
    r"|check|validate|verify|does\s+this|is\s+(?:it|this)"
    r"|detect|identify|is\s+(?:this|the\s+following)|tradu\w*|übersetz\w*|resum\w*|résum\w*"
    r"|fasse\b|riassum\w*|переведи|przetłumacz\w*|przetlumacz\w*|vertaal\w*|översätt\w*"
    r"|oversett\w*|oversæt\w*|käännä\w*|çevir\w*|μετάφρασ\w*|перекла\w*|dịch|replace|substitute|swap|normali[sz]e|remplace\w*|reemplaz\w*"
    r"|sustitu\w*|ersetz\w*|sostituisc\w*|substitu\w*|vervang\w*|zamień|замени\w*)(?![\w-])"
    r"|[^:：\n]{0,40}?(?:翻译|总结|翻訳|要約|替换|替換|置換|置き換え|바꿔|치환|번역|요약))"
    r"[^:：\n]{0,120}(?::(?=\s|$)|：)(?:\s*(?P<rest>\S.*))?$"  # "write:config" is a scope
)
#: A clause pointing at inline material after a colon ("... so I can read this: GET /healthz
#: 200 | POST /api/orders 201", "pull the fields out of this email as JSON: ..."): the text after
#: the colon is material. Execution verbs never open it ("run this on prod: ...").
MATERIAL_COLON: Final = _c(
    r"^(?!\s*(?:please\s+)?(?:run|execute|exec|apply|do|perform|go|proceed|handle)\b)[^:\n]{0,160}"
    r"\b(?:read|in|from|of|on|about|inside|within)\s+(?:this|these|the\s+following"
    r"|the\s+\w+\s+below)\b[^:\n]{0,30}:(?:\s+(?P<rest>\S.*))?$"
)

#: "Tag this advisory: ecosystem, package, severity": the list after the colon names the fields
#: to fill, it is not quoted material ("Tag this page as one of: a, b, c" lists labels).
FIELD_LIST_REQUEST: Final = _c(
    r"\s*(?:please\s+)?(?:tag|label|extract|pull\s+out)\b"
    r"(?:(?!\b(?:one|of|as|labels?|categor\w*|either|with|among|from)\b)[^:\n]){0,60}:"
    r"\s*[a-z_][\w ./-]{0,30}"
    r"(?:\s*\([^)]*\))?(?:\s*,\s*(?:and\s+)?[a-z_][\w ./-]{0,30}(?:\s*\([^)]*\))?){2,}\s*(?:[.;]|$)"
)
#: Who holds a right, asked ("which roles can ...", "who has ..."): with ``ASKED_AFTER_COLON``
#: the ask after a check's colon, and the question of ``_classifier_stakes_audits``'s
#: permission review.
WHO_CAN: Final = (
    r"(?:who|which\s+(?:roles?|users?|accounts?|staff|people|groups?|profiles?))\s+(?:can|could"
    r"|has|have|is\s+able|are\s+able)\b"
)
#: A question asked after a colon ("... make the call: do we fail over now?").
ASKED_AFTER_COLON: Final = _c(
    r"(?:do|does|should|shall|can|could|must|is|are|will|would)\s+(?:we|i|it|they|you)\b[^\n]*\?\s*$"
    # "Check our tenant isolation for real: could one client's PM have seen another's data?"
    r"|\s*(?:could|can|did|was|were|has|have|is|are|would)\s+(?:[\w'-]+\s+){1,6}?(?:ha(?:ve|s|d)"
    r"\s+)?(?:been\s+)?(?:seen|accessed|read|leaked|exposed|reached|compromised|viewed)\b[^\n]*\?"
    # "Check the permissions in DonorBase: which roles can see or export the bank details?"
    r"|\s*" + WHO_CAN + r"[^\n]*\?"
)
#: A frame that asks to check something ("Check our tenant isolation for real: could ...?").
CHECK_FRAME: Final = _c(
    r"\s*(?:please\s+)?(?:check|verify|assess|review|audit|investigate|determine|find\s+out"
    r"|tell\s+(?:me|us))\b"
)
#: A ChatOps slash command line ("/tldr", "/filter level=error"), not a path ("/etc/hosts").
SLASH_COMMAND: Final = _c(r"/[a-z][\w-]{1,20}(?:\s+[^/\n]*)?$")
#: Bracketed tags before a one-line request ("[priority:low][model:cheap] ACTION ...").
TAG_PREFIX: Final = _c(  # not a chat export's time stamp ("[03:52] Control: ...")
    r"\s*(?!\[\d{1,2}:\d\d(?::\d\d)?\])(?:\[[^\]\n]{1,80}\]\s*){1,4}[A-Za-z]"
)
#: An email header line (lower-cased): a prompt that opens with one opens with a pasted email.
EMAIL_HEADER: Final = _c(
    r"\s*(?:from|subject|to|date|cc|sent|reply-to|priority|importance"
    # the same headers in other languages ("Asunto: No hemos recibido el pago de octubre")
    r"|asunto|betreff|objet|oggetto|assunto|onderwerp|temat|de|von|van|remitente|absender):\s"
)
#: A line that starts a pasted document after the request (lower-cased prose lines).
DOCUMENT_START_LINE: Final = _c(
    r"\s*(?:#{1,6}\s+\S|(?:from|subject|to|date|cc):\s|-{3,}\s*$|={3,}\s*$)"
)
#: A closing request that points back at the text above it ("Summarize this postmortem").
BACK_POINTER: Final = _c(
    r"\b(?:this|these|that|those|it|them|above)\b|\b(?:ci-dessus|oben|arriba|acima|sopra"
    r"|hierboven|powyższ\w*|выше)\b|以上|上記|上面|위(?:의|\s)"
)
#: A closing filter request ("only give me the lines that contain ...").
FILTER_LEAD: Final = _c(
    r"\s*(?:please\s+)?(?:only\s+|just\s+)?(?:give\s+me|show\s+me|list|keep|print|output|return"
    r"|extract|pull\s+out)\s+(?:only\s+|just\s+)?the\s+(?:[\w-]+\s+)?(?:lines|rows|entries|errors"
    r"|warnings)\b"
)
#: "return" as a noun ("Return inspection - hire H-2291", "return request RR-118"), not the
#: imperative "Return the rows that ...".
_RETURN_NOUN: Final = (
    r"(?!\s+(?:inspection|request|policy|label|form|window|visit|flight|journey|trip|shipment"
    r"|parcel|authori[sz]ation)s?\b)"
)
#: A request that points at pasted input in its first paragraph ("From the postmortem below,
#: extract ...", "Summarize this report:"): later paragraphs are the input, bar a closing request.
POINTER: Final = _c(
    # (not "Hi, following up on the Whitmore complaint": a letter's opening, not a pointer)
    r"\b(?:below|following(?!\s+(?:up|on)\b)|attached|pasted|above|here(?:'s|\s+is|\s+are)|this"
    r"|these)\b|[:：]\s*$"
    r"|\b(?:mentioned|listed|named|in)\s+here\b"
    r"|\b(?:siguiente|abajo|folgende\w*|unten|ci-dessous|suivant\w*|seguinte|abaixo|seguente"
    r"|sotto|onderstaande|poniższ\w*|aşağıdaki|ниже|следующ\w*|dies\w*|este|esta|estos|estas"
    r"|questo|questa|ce|cette|ces)\b|以下|下記|아래|다음|下面|如下|次の"
    # (not "Return inspection - hire H-2291": a record's title, "return" as a noun)
    r"|(?:^|[.!?;]\s+)(?:please\s+)?(?:return" + _RETURN_NOUN + r"|output|extract|summari[sz]e"
    r"|translate|classify"
    r"|categori[sz]e|label|tag|shorten|condense|rewrite|reword|convert|parse|list|count|dedupe)\b"
)
#: A line that starts with a short field label ("Follow-ups: ...", "Root cause: ...").
FIELD_LABEL: Final = _c(r"\s*[^\W\d_][\w '/-]{0,30}:\s")
#: A request made of every item of a list that follows ("for each commit give ...").
EACH_ITEM: Final = _c(
    r"\b(?:for\s+)?(?:each|every)\s+(?:one\s+|of\s+)?(?:these|the\s+following|commit|line|row"
    r"|item|entry|ticket|message|record|file|event|bullet|change|pr|issue|review|comment|sentence"
    r"|phrase|string|title|name|tweet|post|email|question|answer|word)s?\b|\bone\s+per\s+line\b"
)
#: A first line that asks about the lines below it ("Which lines mention refund?").
READ_QUESTION: Final = _c(
    r"\s*(?:which|what|how\s+many|does|do|is|are|any|count|list)\b[^?\n]{0,120}\b(?:lines?|entries"
    r"|rows|items|messages?|threads?|tickets|events|records|these|below|following)\b"
    # the same asked of "this line" in other languages ("Questa riga di log riguarda ...?")
    r"|\s*(?:questa|questo|esta|este|cette|ce|diese|dieser|dieses|deze|dit|ta|ten)\s+(?:riga"
    r"|linea|línea|linha|ligne|zeile|regel|wiersz|entrada|entrée|eintrag|voce|log|messaggio"
    r"|mensaje|mensagem|message|nachricht|bericht)\b"
)
#: A line after pasted material that is a new request ("now ...", "then ...", "also ...",
#: "Orchestrator: decide and ...").
CLOSING_REQUEST: Final = _c(
    r"\s*(?:now|then|and\s+then|also|finally|after\s+that|afterwards|next|ok\s+now|please"
    r"|go\s+ahead\s+and)\b"  # "Go ahead and put the bouldering area into closure ..."
    r"|\s*(?:[\w@-]+:\s+)?(?:decide|make\s+the\s+call|pick\s+one|your\s+call)\b"
    r"|\s*(?:your\s+)?(?:task|instructions?)\s*:\s*\S"  # "Task: drop the archive schema ..."
    # "Action Aisha's approval please." under an email export: a person's say-so carried out
    r"|\s*(?:action|execute|carry\s+out|handle|process|follow)\s+[\w@.-]+(?:'s|\u2019s)\s+"
    r"(?:approval|instructions?|requests?|decision|sign-?off|go-?ahead)\b"
)
#: A go-ahead that closes a pasted diff or config, even on the diff's last line ("Looks good to
#: me. Push this to the live search cluster.", "Deploy this to both firewalls now").
GO_AHEAD_CLOSING: Final = _c(
    r"\s*(?:lgtm|looks\s+good(?:\s+to\s+me)?|approved|all\s+good)\b[.!,]?\s+(?:please\s+)?(?:deploy"
    r"|push|apply|ship|release|roll|merge|run|execute|activate|enable|publish|go)\b"
    r"|\s*(?:please\s+)?(?:deploy|push|apply|ship|release|roll\s+out|merge|run|execute|activate"
    r"|enable|publish)\s+(?:this|it|these|them|the\s+(?:change|diff|patch|config|candidate))\b"
    # a labelled closing line: "Support agent: go ahead and update her direct deposit ...",
    # "Compliance manager: numbers confirmed. Submit it to the NRC now."
    # "Support engineer to assistant: do the endpoint swap ...", "Officer: approved, assistant
    # please amend and process the refund.": a line addressed to the assistant
    r"|\s*[^\W\d_][\w .'()-]{0,40}\bto\s+(?:the\s+)?(?:assistant|bot|copilot)\s*:\s+\w"
    r"|\s*[^\W\d_][\w .'()-]{0,40}:\s+(?:\w+,?\s+)?@?[\w-]*(?:assistant|bot)\b,?\s+(?:please\s+)?\w"
    # "Legal reviewed, request is valid. Agent: please close the account and erase ...": a
    # note that ends by addressing the agent
    r"|[^\n]{0,160}?[.!;]\s+(?:ai\s+)?(?:agent|assistant|bot|copilot)\s*[:,]\s+(?:please\s+)?[^\W\d_]"
    # ("Ops lead: fine, go ahead and move the show date ...", "Log procurement manager: numbers
    # match our tally. Yes, go ahead and release the $72,505 ...")
    r"|\s*[^\W\d_][\w .'()-]{0,40}:\s+(?:[^\n]{0,120}?[.!;,]\s+)?(?:(?:yes|ok(?:ay)?|fine|sure"
    r"|approved|confirmed)[,.!]?\s+)?(?:please\s+)?(?:go\s+ahead\s+and"
    r"\s+\w+|(?:submit|deploy|push|apply|ship|release|file)\s+(?:it|this|them|the\s+(?:change"
    r"|notification|filing|report|batch|run))\b)"
    # "Karen: ok, lift the hold on CLM-47730 and release the $31,880 payment." under a pasted
    # email: the reader's answer, an acknowledgement then an act
    r"|\s*[^\W\d_][\w .'()-]{0,40}:\s+(?:ok(?:ay)?|right|thanks|great|fine|understood|noted"
    r"|perfect|got\s+it)\b[,.!]?\s+(?:please\s+)?(?:lift|release|pay|process|issue|approve|close"
    r"|cancel|void|refund|wire|reinstate|unblock|unfreeze|reopen|remove|revoke|grant)\b"
    # "I've checked the figures against CellarBook. Submit it through the HMRC portal and
    # authorise the £18,742.16 payment now please.": the writer's own check, then the act
    r"|\s*(?:i've|i\s+have|we've|we\s+have|i|we)\s+(?:(?:double|triple)[- ]?)?(?:checked|verified"
    r"|reviewed|gone\s+through|went\s+through|reconciled|confirmed)\b[^\n]{0,120}?[.!;]\s+"
    r"(?:(?:so|now)\s+)?(?:please\s+)?(?:submit|file|pay|authori[sz]e|approve|release|send|deploy"
    r"|push|apply|process|wire|transfer)\b"
)
#: A first paragraph that is itself a reading/transforming request over the input below it.
REQUEST_LEAD: Final = _c(
    r"\s*(?:please\s+)?(?:can\s+you\s+)?(?:return" + _RETURN_NOUN + r"|output(?!\s+of\b)|extract"
    r"|pull\s+(?:out\s+)?(?:the\s+)?"
    r"(?:fields|data|values|json)|summari[sz]e|translate|classify|categori[sz]e|label|tag|shorten"
    r"|condense|rewrite|reword|convert|parse|count|dedupe|tl;?dr|proofread"
    # the same in other languages ("Extrae en JSON: id del restaurante, monto ...")
    r"|extrae|extraiga|extraia|extrais|extrayez|extrahiere|estrai|resume|resuma|résume|resumir"
    r"|riassumi|fasse|traduce|traduz|traduis|traduisez|übersetze|traduci|clasifica|classifica"
    r"|classe|klassifiziere)\b"
)
#: A closing request that cannot be a line of the pasted document ("please pay by ..." can).
THEN_REQUEST: Final = _c(r"\s*(?:now|then|and\s+then|also|finally|after\s+that|afterwards|next)\b")
#: A bulleted or numbered list item.
BULLET_LINE: Final = _c(r"\s*(?:[-*•]|\d+[.)])\s+\S|\s*\w+(?:\([\w-]+\))?!?:\s")

# --------------------------------------------------------------------------- lead position

#: A single word before a verb that puts the verb in request position.
LEAD_WORDS: Final = _words(
    "please pls kindly now then and or also just immediately asap quickly first next finally so "
    "ok okay must let's lets don't dont never"
)
#: A yes/no answer format: a question that only wants a label, in any language.
YES_NO_FRAME: Final = _c(
    r"\b(?:yes|y|ja|oui|sí|si|sim|tak|да|evet)\s*[/／]\s*(?:no|n|nein|non|não|nie|nee|нет"
    r"|hayır)\b|はい\s*[/／]\s*いいえ|是\s*[/／]\s*否|예\s*[/／]\s*아니(?:오|요)"
    r"|بنعم\s+أو\s+لا|نعم\s*[/／]\s*لا"
    # "Rispondi solo sì o no.", "Réponds seulement par oui ou non": answer only with a label
    r"|\b(?:rispondi|rispondere|responde|responda|réponds|répondez|antworte|antworten)\s+(?:solo|sólo"
    r"|solamente|unicamente|seulement|uniquement|nur|apenas)\s+(?:con\s+|avec\s+|par\s+|mit\s+"
    r"|com\s+)?[«\"'“]?(?:sì|si|sí|oui|ja|sim)\b"
)
#: A negation that keeps an act for the writer ("I'll send it", "we will run them").
SELF_DONE: Final = _c(r"(?:i|we)(?:'ll|\s+will)\s")
#: Lead words, and nothing else, before a verb that opens its line ("oh and please pay ...").
LINE_LEAD_IN: Final = _c(
    r"(?:oh|and|also|so|please|pls|now|then|ok|okay|right)(?:[\s,]+(?:oh|and"
    r"|also|so|please|pls|now|then|ok|okay|right))*[\s,]+"
)
#: Subjects that make "must" a statement about someone else ("a human must approve ...").
THIRD_PARTY: Final = _words(
    "human person someone somebody nobody admin admins operator operators user users customer "
    "customers manager managers approver approvers reviewer reviewers owner owners team he she "
    "they it who which that engineer engineers staff"
)
#: Two words before a verb that put it in request position ("can you drop ...").
LEAD_PAIRS: Final = frozenset(
    {
        "can you", "could you", "would you", "will you", "need to", "have to", "you must",
        "we must", "you should", "we should", "should we", "should i", "shall we", "can we",
        "do we", "let us", "help me", "time to", "sure to", "forget to", "remember to", "you to",
        "ok to", "okay to", "safe to", "fine to", "want to", "going to", "do not", "can u",
        "could u", "would u", "can i", "could i", "could we", "shall i", "you mind",
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

# The live, local and data markers the stakes rules test are in :mod:`._classifier_markers`.

_CODE_CONTEXT: Final = (
    r"\b(?:column|field|function|method|(?<!security\s)class|form|endpoint|schema|model|unit|regex|validation"
    r"|hash\w*|middleware|decorator|component|page|ui|screen|readme|docs?|documentation|docstring"
    r"|comment|tutorial|guide|blog|test|tests|enum|type|struct|variable|parameter)\b"
)
