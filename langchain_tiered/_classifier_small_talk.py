"""Conversational turns that ask for nothing: "thanks, that fixed it", "sounds good 👍",
"ok, standing by while the plan runs", "Danke, passt so.", "ありがとうございます".

A small model answers these, so they are tier 0. The test is deliberately narrow: the turn opens
with a social word, is short, asks no question, names no action (``ACTION_WORDS``), confirms
nothing ("go ahead", "do it", "yes") and starts no clause with a request verb ("thanks, write
the tests too" is a request). The classifier asks only after the stakes finders found nothing.
"""

from __future__ import annotations

import re
from typing import Final

from langchain_tiered._classifier_patterns import _words

_FLAGS: Final = re.IGNORECASE | re.UNICODE

#: A social opener in English: thanks, acknowledgements, greetings, laughter, waiting.
_EN_OPENER: Final = re.compile(
    r"(?:(?:ok(?:ay)?|k|kk|cool|nice|great|perfect|awesome|sweet|thanks?(?:\s+(?:a\s+lot|so\s+much"
    r"|again|heaps|mate))?|thank\s+you(?:\s+(?:so\s+much|again))?|thx|ty|tysm|tyvm|cheers|got\s+it"
    r"|sounds\s+(?:good|great)|makes\s+sense|noted|understood|roger|haha+|hah|lol|lmao|ah+"
    r"|oh+|hmm+|(?:good\s+)?morning|(?:good\s+)?night|nite|gn|bye|goodbye|see\s+(?:ya|you)"
    r"|gm|hey|hi|hello|fair(?:\s+enough)?|np|no\s+worries|all\s+good"
    r"|still\s+waiting|standing\s+by|will\s+do|appreciated?|much\s+appreciated|brilliant"
    r"|amazing|lovely|neat|yay|woo+|phew|whew|alright|all\s+right|good\s+stuff|nice\s+one"
    r"|well\s+done|good\s+catch|good\s+call|brb|afk|omw|bbl|gtg|fyi|heads\s+up|(?:status\s+)?update(?=:)|status(?=:)|ack(?=\s*[,.!]|\s*$)"
    r"|quick\s+update|nvm|never\s+mind|sorry(?:\s+(?:for\s+the\s+delay|about\s+that))?)\b(?![-'])[\s,.!:;—–]*)+",
    _FLAGS,
)
#: A social opener in other languages (the rest of the turn must then be short).
_ML_OPENER: Final = re.compile(
    r"(?:(?:muchas\s+)?gracias|vale|genial|perfecto|danke(?:\s+schön|\s+dir)?|vielen\s+dank"
    r"|alles\s+klar|perfekt|prima|merci(?:\s+beaucoup)?|parfait|d'accord|valeu"
    r"|obrigad[oa]|perfeito|beleza|grazie(?:\s+mille)?|perfetto|ottimo|va\s+bene|dank\s+je(?:wel)?"
    r"|bedankt|oké|top(?=\s*[,!])|super(?=\s*[,!])|dzięki|dziękuję|świetnie|okej|teşekkürler|teşekkür\s+ederim|sağ\s*ol"
    r"|спасибо|отлично|понял|ясно|дякую)\b(?![-'])[\s,.!:;—–]*"
    r"|(?:ありがとう\w*|了解\w*|助かりました|감사합니다|고마워\w*|谢谢|多谢|收到|धन्यवाद|शुक्रिया"
    r"|شكرا)[\s,.!:;、。！—–-]*",
    _FLAGS,
)
#: An emoji reaction opening a turn ("👍 merged", "✅ done on my side").
_EMOJI_OPENER: Final = re.compile(
    r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B06\u2705\uFE0F\u200D]+[\s,.!:;—–]*)+"
)
#: A verdict on work already shown ("the summary looks clear to me"): a cue word in it (here
#: "summary") names what was judged, not a task.
VERDICT: Final = re.compile(
    r"\b(?:looks?|looked|seems?|reads?|is|was|are|were|works?|worked)\s+(?:\w+\s+)?(?:good|great"
    r"|clear|fine|right|correct|perfect|ok(?:ay)?|better|nice|clean|solid)\b",
    _FLAGS,
)
#: A confirmation or a push to act: the turn is not small talk whatever it opens with.
_BLOCKED: Final = re.compile(
    r"[?？]|\b(?:do\s+it|go\s+ahead|go\s+for\s+it|proceed|yes|yep|yeah|yup|approved?|confirm\w*"
    r"|lgtm|please|pls|plz|can\s+you|could\s+you|would\s+you|will\s+you|let'?s|asap|urgent\w*"
    r"|immediately|right\s+away|carry\s+on|keep\s+going|continue|next\s+step|your\s+call"
    r"|(?:i|we)(?:\s+(?:need|want|wonder\w*)|'d\s+like)|need\s+(?:you|to|a|an|the)"
    r"|want\s+you|would\s+like|can|could|should|must|have\s+to|help"
    # an alert or a live problem reported, not a pleasantry ("oh no, checkout is down")
    r"|down|outage|broken|failing|failed|fails|errors?|crash\w*|incident|alert\w*|paging|sev\d"
    r"|p[01]|fire|emergency|hacked|breach\w*|leak\w*|stuck|wrong|missing|lost"
    r"|por\s+favor|bitte|s'il\s+(?:te|vous)\s+pla[iî]t|svp|per\s+favore|proszę|пожалуйста|ahora"
    r"|jetzt|sofort|maintenant|agora|adesso|subito|teraz|сейчас|hazlo|haz|mach|fais|faites|faz"
    r"|faça|fai|zrób|сделай|давай|weiter|adelante|vas-y|allez|procede|proceda|vai)\b"
    r"|お願い|ください|やって|주세요|해\s*줘|진행|请|执行|继续",
    _FLAGS,
)
#: Words that start a request when they open a clause ("thanks, write the tests too").
_REQUEST_VERBS: Final = _words(
    "add fix write create make update change check look review summarize summarise "
    "translate extract explain tell show give send build generate draft list find move set "
    "put open close rename refactor test debug investigate help try use run get pull grab "
    "compare convert format parse sort filter count classify tag label rewrite shorten "
    "expand document describe design plan implement reply respond answer email message "
    "ping ask schedule book call remind start stop keep bump upgrade install configure "
    "remember note post share invite assign file raise escalate handle finish complete "
    "resolve go do fetch retry rerun redo undo roll ship push launch apply publish merge approve "
    "cancel refund pay revert switch flip turn enable disable promote activate deactivate"
)
_CLAUSE_START: Final = re.compile(
    r"(?:^|[,.;:!—–]\s*|\b(?:then|now|also|and|so|just)\s+)(?:(?:then|now|also|and|so|just)\s+)*"
    r"([a-z']+)"
)
_WORD: Final = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
#: Longest turn read as small talk (characters, words after an English or other opener).
MAX_CHARS: Final = 160
MAX_EN_WORDS: Final = 20
MAX_ML_WORDS: Final = 10
MAX_EMOJI_CHARS: Final = 8
MAX_EMOJI_WORDS: Final = 6


def small_talk(instruction: str, has_material: bool, action_words: frozenset[str]) -> str | None:
    """The social opener when ``instruction`` is a turn that asks for nothing, else None."""
    text = instruction.strip()
    if has_material or not text or len(text) > MAX_CHARS or "\n" in text:
        return None
    if _BLOCKED.search(text):
        return None
    if len(text) <= MAX_EMOJI_CHARS and not any(c.isalnum() for c in text):
        return text  # "👍", "🙏 !": a reaction (a reply to an offer is read in ``classify``)
    opener = _EN_OPENER.match(text)
    limit = MAX_EN_WORDS
    if opener is None or not opener.group().strip():
        opener, limit = _ML_OPENER.match(text), MAX_ML_WORDS
    if opener is None or not opener.group().strip():
        opener, limit = _EMOJI_OPENER.match(text), MAX_EMOJI_WORDS
    if opener is None or not opener.group().strip():
        return None
    rest = text[opener.end() :].lower()
    words = _WORD.findall(rest)
    if len(words) > limit or not action_words.isdisjoint(words):
        return None
    if limit != MAX_ML_WORDS and any(
        m.group(1) in _REQUEST_VERBS for m in _CLAUSE_START.finditer(rest)
    ):
        return None
    return opener.group().strip(" ,.!:;—–-、。！")
