"""Intent cues: the :class:`Cue` type, shared vocabulary, and the tier-0 intents' cues.

Tier-1 cues are in :mod:`._classifier_cues_tier1`, tier-2 cues in
:mod:`._classifier_cues_frontier`; ``_classifier_rules.INTENT_CUES`` joins them in that order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from langchain_tiered._classifier_patterns import (
    _c,
    _words,
)


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
    r"|скрипт\w*|функци\w*|класс\w*|модул\w*|код\w*|[\w-]*tool|functie|funkcj\w*|narzędzi\w*)"
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

#: Cues of the tier-0 and tier-1 intents (weights add up per intent).
TIER0_CUES: Final[dict[str, tuple[Cue, ...]]] = {
    "classify": (
        _cue("slash_classify", "classify tag label triage",  # ChatOps slash command
             r"(?m)^\s*/(?:classify|tag|label|triage)\b", 1.5),
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
        _cue("classify_ml_hi_ar", "",
             r"श्रेणी|वर्गीकृत|हाँ\s+या\s+नहीं|एक\s+शब्द\s+में|صن[ّ]?ف|بنعم\s+أو\s+لا|بكلمة\s+واحدة"
             r"|واحدة\s+من", 1.2,
             needles="श्रेणी वर्गीकृत हाँ शब्द صن بنعم بكلمة واحدة"),
        _cue("classify_verb_ml",
             "klasyfikuj sklasyfikuj clasifica clasifique classifique classifie classifiez "
             "klassifiziere classifica classificeer kategorisiere categoriza kategoryzuj classe "
             "classer classez ordne",
             r"\bclasse[rz]?\s+(?:ce|cette|ces|chaque)\b"
             r"|\bordne\b[^.\n]{0,60}\b(?:kategorie|klasse|gruppe|label)\w*\s+zu\b"
             r"|\b(?:s?klasyfikuj\w*|clasific(?:a|ar|e|que)|classifi(?:que|e|ez)|klassifizier\w*"
             r"|classifica|classificeer|kategorisier\w*|categoriza|kategoryzuj)\b"
             r"|sınıflandır\w*|kategorize\s+et\w*|классифицируй\w*|分类一下|分類して|분류해", 1.2,
             needles="sınıflandır kategorize классифицируй 分类一下 分類して 분류해"),
        _cue("classify_ml_zh", "",
             r"属于哪一?类|属于哪个类别|哪一类|只输出(?:类别|标签|分类)|只回答(?:类别|标签)|分类为|归类为"
             r"|屬於哪一?類|只輸出(?:類別|標籤)", 1.4,
             needles="哪一类 哪个类别 只输出 只回答 分类为 归类为 哪一類 只輸出"),
        _cue("output_if_else", "output return answer reply say print",
             r"\b(?:output|return|answer|reply|say|print)\s+[\w-]+\s+if\b[^.\n]{0,200}[;,.]\s*"
             r"(?:otherwise|else)\s+[\w-]+", 1.2),
        _cue("label_as_list", "tag label mark classify",
             r"\b(?:tag|label|mark|classify)\s+(?:this|each|the|every|these)\s+[^.\n]{0,40}\bas\s+"
             r"(?:one\s+of\s*[\[({:]|(?:one\s+of\s+)?[\w-]+(?:\s*,\s*[\w-]+)*,?\s+or\s+[\w-]+)",
             1.2, lead=True),
        _cue("one_word_answer", "answer reply respond word",
             r"\b(?:answer|reply|respond)\s+(?:in\s+|with\s+)?(?:one|a\s+single)\s+word\b"
             r"|\bone\s+word\s+(?:only|answer)\b", 1.0),
        _cue("pick_one_label", "pick choose",
             r"\b(?:pick|choose)\s+(?:one|an?|the)\s+(?:intent|label|category|tag|bucket|class"
             r"|severity|priority)\b"
             # "Pick one: unlock_failure, dock_full, charged_wrongly."
             r"|\b(?:pick|choose)\s+one\s*[:—–-]\s*[\w-]+(?:\s*[,/|]\s*[\w-]+){2,}", 1.2),
        # "Fault category - ENGINE, BODY, ELECTRICAL or TYRES: '...'": a label set as a heading
        _cue("label_set_heading", "category label class type tag bucket queue intent priority",
             r"^(?:[\w-]+\s+)?(?:category|label|class|type|tag|bucket|queue|intent|priority)\s*"
             r"[—–:-]\s*[\w-]+(?:\s*,\s*[\w-]+)+,?\s+or\s+[\w-]+\s*:", 1.2),
        _cue("one_category_ml", "jednej kategorii kategorię podaj",
             r"\b(?:do\s+jednej\s+kategorii|tylko\s+kategori\w*|podaj\s+tylko\s+kategori\w*)\b",
             1.2),
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
        _cue("label_set_field", "labels allowed categories classes choices",  # agent JSON
             r"(?m)^\s*(?:labels|allowed\s+\w+|categories|classes|choices)\s*:\s*[^,\n]+(?:,[^,\n]+)"
             r"{2,}$", 1.0),
        _cue("label_only", "only respond",
             r"\b(?:label|category|queue\s+name|class)\s+only\b|\brespond\s+with\s*:\s*(?:the\s+)?"
             r"(?:label|category|queue\s+name|class)\b", 0.8),
        _cue("tell_x_or_y", "tell explain explanation",
             r"\bjust\s+tell\s+me\s+[\w-]+\s+or\s+[\w-]+\b|\b(?:don't|do\s+not)\s+explain\b"
             r"|\bno\s+(?:explanation|commentary)\b", 0.5),
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
             # (a whole word: not "as" opening "s3://ashgrove-backups/glasshouse/...")
             r"\b(?:as|one\s+of|either|into)\b\s*:?\s*[\w-]+(?:\s*/\s*[\w-]+){2,}", 1.1,
             needles="/"),
        _cue("spam", "spam phishing duplicate off-topic toxic nsfw",
             r"\b(?:spam|phishing|duplicate\s+of|off-topic|toxic|nsfw)\b", 1.0),
        _cue("yes_no", "yes true sí si ja oui sim",
             # (not "Yes or no — and if yes, send it via Twilio": an act asked on a yes)
             r"\byes\s+or\s+no\b(?![\s.,;:!\u2014\u2013-]*(?:and\s+)?if\s+(?:yes|so)\b)|\byes/no\b"
             r"|\btrue\s+or\s+false\b|\btrue/false\b"
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
             r"\b(?:is|are|does|do)\b[^?\n]{0,60}\bvalid\b[^?\n]{0,40}\?|^\s*(?:an?\s+)?valid\s"
             r"[^?\n]{0,40}\?", 1.0),
        _cue("looks_valid", "look looks",
             r"\blooks?\s+like\s+(?:an?\s+)?(?:valid|well-formed|proper|correctly\s+formatted)\b",
             0.6),
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
             r"|list|dockerfile|file|config|yaml|script|snippet|\.env\S*)\b", 1.2, lead=True),
        _cue("replace_verb", "replace substitute swap",
             r"(?:replace|substitute|swap)\b(?!\s+(?:it|them)\s+(?:in|out)\b|\s+(?:in|out)\b)",
             1.2, lead=True),
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
             r"|치환|바꿔)|qtext\s+(?:को|से)\s+qtext\s+(?:से|में)\s+बदल",
             1.2, needles="замени thay değiştir 替换 替換 置換 置き換え 치환 바꿔 बदल"),
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
        _cue("find_replace", "find search replace find/replace search/replace",
             r"\b(?:find|search)\s*(?:/|and|&|-)\s*replace\b", 1.2),
        _cue("replace_ml_zh", "", r"(?:替换|替換)(?:成|为|為)|全部(?:换|換)成", 1.2,
             needles="替换 替換 换成 換成"),
    ),
    "log_filter": (
        _cue("slash_filter", "filter grep count dedupe",  # ChatOps slash command
             r"(?m)^\s*/(?:filter|grep|count|dedupe)\b", 1.5),
        _cue("show_lines", "show just only lines",
             r"\b(?:only\s+)?show\s+(?:me\s+)?(?:only\s+|just\s+)?(?:the\s+)?lines\b"
             r"|\b(?:just|only)\s+the\s+lines\b", 1.2),
        _cue("keep_lines_ml",
             "garde gardez conserva conserve deja behalte mantenha tieni оставь zostaw",
             r"\b(?:garde[rz]?\s+(?:uniquement|seulement)|ne\s+garde[rz]?\s+que|behalte\s+nur"
             r"|gib\s+(?:mir\s+)?nur|nur\s+die|conserva\s+solo|deja\s+solo|mantenha\s+apenas|tieni\s+solo"
             r"|оставь\s+только|zostaw\s+tylko)\b[^.\n]{0,40}\b(?:lignes|zeilen|líneas|lineas|linhas"
             r"|righe|строки|linie)\b|只保留[^。\n]{0,20}行|の行だけ"
             r"|(?:줄|행|라인)만\s*(?:뽑|추출|보여|골라|남겨|출력)", 1.4,
             needles="只保留 の行だけ 줄만 행만 라인만"),
        _cue("names_from_output", "just only",
             r"\b(?:just|only)\s+(?:the\s+)?(?:names?|lines?|ids?|urls?|entries|paths?)\b[^.\n]{0,60}"
             r"\bfrom\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}(?:output|log|logs|dump|listing|report)\b",
             1.3),
        _cue("count_the", "count", r"count\s+(?:the|all|every)\s+[\w-]+", 1.0, lead=True),
        _cue("filter_ml_he", "", r"סנן|תסנן|סננו", 1.2, needles="סנן תסנן סננו"),
        _cue("count_ml",
             "policz ile cuenta cuántas cuántos zähle wie compte combien conta quante quanti "
             "quantas quantos сколько посчитай",
             r"\b(?:policz|ile\s+razy|cuenta\s+(?:cuántas|cuantas|cuántos|cuantos|las|los)"
             r"|cuántas\s+veces|zähle|wie\s+oft|wie\s+viele|compte\s+(?:combien|les|le\s+nombre)"
             r"|combien\s+de\s+fois|conta\s+(?:quante|quanti|quantas|quantos|as|os|le|i)"
             r"|quante\s+volte|quantas\s+vezes|сколько\s+раз|посчитай)\b|何回|多少次|几次|몇\s*번",
             1.1, needles="何回 多少次 几次 번"),
        _cue("filter_ml_hi_ar", "",
             r"(?:केवल|सिर्फ़|सिर्फ)[^।\n]{0,80}दिखा|(?:فقط\s+)?الأسطر\s+التي|استخرج\s+فقط\s+الأسطر",
             1.4, needles="केवल सिर्फ الأسطر"),
        _cue("keep_only", "keep only",
             r"\bkeep\s+only\b|\bonly\s+the\s+(?:lines|entries|rows|ones)\b|\b(?:show|return"
             r"|print|output|list|give)(?:\s+me)?\s+only\b|\bonly\s+(?:list|show|print)\s+the\b",
             1.0),
        _cue("filter_verb", "filter grep filtere filtre filtrez filtra filtruj",
             r"(?:filter|grep|filtere|filtre[zr]?|filtra|filtruj)\s", 1.0, lead=True),
        _cue("extract_lines", "extract pull grab keep return output list give",
             r"(?:extract|pull\s+out|pull|grab|keep|return|output|list|give\s+me)\s+(?:only\s+"
             r"|just\s+)?(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:lines|rows|log\s+lines)\b|(?:unique"
             r"|distinct)\b)", 1.5, lead=True),
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
        _cue("dedupe_ml", "dédoublonne dédoublonner dedupliziere deduplica elimina entferne",
             r"\b(?:dédoublonne\w*|dedupliz\w*|deduplic\w*|elimina\s+(?:los\s+|i\s+)?duplicad\w*"
             r"|entferne\s+(?:die\s+)?duplikate|(?:quita|elimina|borra|remueve)\w*\s+(?:los\s+|las\s+)?"
             r"(?:[\w-]+\s+)?duplicad\w*)\b|重複を(?:削除|除)|去重|去掉重复|중복\s*제거",
             1.2,
             needles="重複を 去重 去掉重复 중복"),
        _cue("dedupe_list", "dedupe deduplicate",
             r"\b(?:dedupe|deduplicate)\s+(?:this|the|these|that)\s+(?:[\w-]+\s+){0,2}?(?:list|lines"
             r"|entries|items|ids|urls|emails|names|tests|domains)\b", 1.2),
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
}  # fmt: skip
