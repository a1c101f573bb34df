"""Intent cues for the tier-1 intents: JSON extraction, schema validation, metadata, summaries,
translation and small rewrites (weighted patterns behind a gate, see :class:`Cue`)."""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_cues import (
    _NAT_LANG,
    _PROG_LANG,
    _SUMMARY,
    _TRANSLATE,
    Cue,
    _cue,
)

#: Cues of the tier-1 intents.
TIER1_CUES: Final[dict[str, tuple[Cue, ...]]] = {
    "extract_json": (
        _cue("slash_extract", "extract json",  # ChatOps slash command
             r"(?m)^\s*/(?:extract|json)\b", 1.5),
        _cue("extract_json_ml", "",
             r"(?:提取|抽出|抜き出|取り出|추출|\b(?:extrae\w*|extraia|extrais|extrayez|extrahier\w*"
             r"|estrai\w*|извлеки|wyodrębnij|çıkar\w*)\b)[^\n]{0,80}(?<![a-z])json(?![a-z])"
             r"|(?<![a-z])json(?![a-z])[^\n]{0,40}"
             r"(?:提取|抽出|抜き出|取り出|추출)|निकाल[^\n]{0,40}json|json\s+में|استخرج\s+البيانات",
             1.5, needles="json استخرج"),
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
        _cue("all_required", "required right correct pass have has",
             r"\bha(?:s|ve)\s+all\s+(?:the\s+)?required\s+(?:fields|keys|properties)\b|\b(?:right|correct)"
             r"\s+types\b|\bdoes\s+(?:this|it)\s+pass\b", 1.0),
        _cue("type_in_parens", "str string int integer float number bool boolean array object",
             r"\b[\w-]+\s+\((?:str|string|int|integer|float|number|bool|boolean|array|object)\b",
             0.8),
        _cue("against_schema", "schema",
             r"\b(?:against|conforms?\s+to|complies?\s+with|valid\s+according\s+to|matches|pass(?:es)?"
             r"|satisf(?:y|ies)|fulfils?|fulfills?|adheres?\s+to|follows?|per|according\s+to)\s+"
             r"(?:the\s+|this\s+|our\s+)?(?:[\w-]+\s+)?schema\b", 1.5),
        _cue("schema", "schema", r"\bschema\b", 0.4),
        _cue("inline_schema", "match matches conform conforms follow follows fit fits",
             r"\b(?:match\w*|conform\w*\s+to|follow\w*|fits?)\s+(?:this\s+|the\s+)?\{", 1.5),
        _cue("each_must_have", "each every all",
             r"\b(?:each|every|all)\s+(?:objects?|records?|items?|entr(?:y|ies)|rows?|elements?"
             r"|events?|documents?)\s+(?:must|should|needs?\s+to)\s+(?:have|contain|include|be)\b",
             1.2),
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
        # "For each commit give type (feat|fix|chore) and component, one per line."
        _cue("fields_per_item", "each every",
             r"\bfor\s+(?:each|every)\s+[\w-]+,?\s+(?:give|list|output|return|extract|write)\b"
             r"[^.\n]{0,80}\bone\s+per\s+(?:line|row|item)\b", 1.2),
        _cue("tag_fields", "tag",
             r"\btag\s+(?:this|these|the|each)\b[^\n]{0,60}?:\s*[a-z_]+(?:\s[a-z_]+)?(?:\s*\([^)]*\))?\s*,"
             r"\s*[a-z_]+", 1.2),
        _cue("tags_ml", "",
             r"标签|關鍵字|关键字|关键词|關鍵詞|標籤|タグ|キーワード|태그|키워드|\b(?:schlagwörter"
             r"|etiquetas|palabras\s+clave|mots-clés|parole\s+chiave|palavras-chave|métadonnées"
             r"|metadatos|metadados|metadaten|metadati)\b|وسوم|टैग"
             # "Estrai dai testi ... i tag: film, aspetto, sentimento"
             r"|\b(?:estrai|extrae|extraia|extrayez|extraire|extrahiere)\b[^.\n]{0,60}\btags?\b",
             1.2,
             needles="métadonnées metadatos metadados metadaten metadati وسوم टैग "
             "标签 關鍵字 关键字 关键词 關鍵詞 標籤 タグ キーワード 태그 키워드 "
             "schlagwörter etiquetas palabras mots-clés parole palavras-chave estrai extrae "
             "extraia extrayez extraire extrahiere"),
        _cue("metadata", "metadata front frontmatter", r"\bmetadata\b|\bfront\s*matter\b", 1.2),
        # "give me priority (P1/P2/P3), trade, building and whether access was given": fields
        _cue("field_list", "give return extract list tell",
             r"\b(?:give\s+me|return|extract|pull\s+out|tell\s+me|list)\s+(?:the\s+)?(?:[\w-]+"
             r"(?:\s+\([^)\n]{1,30}\))?\s*,\s*){2,}[^.\n]{0,40}\band\s+(?:whether|if|the)\b", 1.5),
        # "... into topics (...) - multiple allowed - and add a sentiment score from -2 to 2"
        _cue("multi_label", "multiple more",
             r"\bmultiple\s+(?:allowed|ok|permitted)\b|\bone\s+or\s+more\s+(?:topics|labels|tags"
             r"|categories)\b", 1.2),
        _cue("score_each", "score",
             r"\b(?:add|give|with|plus)\s+(?:a\s+)?(?:sentiment\s+|confidence\s+|priority\s+)?score"
             r"\s+(?:from|of|between)\s+-?\d", 1.2),
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
        _cue("slash_summary", "tldr tl summary summarize summarise recap",  # ChatOps slash command
             r"(?m)^\s*/(?:tl;?dr|summary|summari[sz]e|recap)\b", 1.5),
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
             r"(?:overview|summary|recap|synopsis|brief|release\s+notes|changelog"
             r"|status\s+update|minutes)\b", 1.0, lead=True),
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
             r"|摘要|归纳|要約|まとめて|要点|\bvat\b[^.\n]{0,80}\bsamen\b|\bsamenvatting\b"
             r"|सार(?:ांश|(?![\u0900-\u097f]))"  # (a summary, "सारांश"; not "सारे", all)
             r"|요약|\bözetle\w*|\bözetini\b|\bpodsumuj\w*|\bpodsumowanie\b|\bstreść\b"
             r"|\bstresc\b|ل[خ]ّ?ص|ملخص", 1.4,
             needles="суммир резюм кратко изложи сводк 总结 概括 摘要 归纳 要約 まとめて 要点 vat "
             "samenvatting सार 요약 özet podsumuj podsumowanie streść stresc لخ ملخص"),
    ),
    "translate": (
        _cue("slash_translate", "translate",  # ChatOps slash command
             r"(?m)^\s*/translate\b", 1.5),
        _cue("in_language_question", "heißt heisst dice dit diz significa dire say means",
             r"\b(?:heißt|heisst|dice|dit|diz|significa|dire|say|means?)\b[^?\n]{0,40}\b(?:auf|en|in"
             r"|em|na)\s+(?:englisch|deutsch|französisch|spanisch|anglais|français"
             r"|allemand|inglés|español|alemán|inglês|alemão|inglese|tedesco|english|german|french"
             r"|spanish)\s*[?:]", 1.4),
        _cue("translate_natural", _TRANSLATE,
             r"\btranslat\w*\b[^.\n]{0,80}\b(?:into|to|in|from)\s+" + _NAT_LANG, 1.6),
        _cue("translate", _TRANSLATE, r"\btranslat\w*\b", 0.9),
        _cue("translate_ml",
             "traduce traducir traduza traduzir traduz traduis traduisez traduire traduci tradurre "
             "traduzca übersetze übersetzen übersetzung oversett oversæt översätt",
             r"\btradu(?:ce|cir|za|zir|z|is|isez|ire|ci|rre|zca)\b|\bübersetz\w*|\bпереведи\s+"
             r"(?:этот|это|эту|текст|сообщение|фразу|на)\b|\bперевод\w*\s+на\b|翻译|翻訳|訳して"
             r"|\bprzetłumacz\w*|\bprzetlumacz\w*|\btłumaczeni\w*\s+na\b|\bvertaal\w*"
             r"|\w+(?:ce|ca|ye|ya)\s+çevir\w*|(?:^|\n)\s*çevir\w*\b|번역|\b(?:oversett|oversæt"
             r"|översätt)\b",
             1.4,
             needles="übersetz переве 翻译 翻訳 訳して przetłumacz przetlumacz tłumaczeni vertaal "
             "çevir 번역"),
        _cue("say_in_language", "say",
             r"\bhow\s+(?:do|would|should|can)\s+(?:you|i|we)\s+say\b[^?\n]{0,240}\bin\s+"
             + _NAT_LANG, 1.4),
        _cue("translate_ml_more",
             "terjemahkan tradukan přelož prelož переклади μετάφρασε",
             r"\b(?:dịch\s+(?:[^\W\d_]+\s+){0,3}?(?:sang|qua|ra)|terjemahkan|tradukan|přelož\w*|prelož\w*"
             r"|переклади\w*|μετάφρασ\w*|käännä\w*)|अनुवाद|תרגם|แปล"
             # Arabic "ترجم" (translate) or "ترجمة" (a translation), not "المترجمين" (translators)
             r"|(?<![\u0621-\u064a])(?:[وفب]|لل?|ال)?ترجم(?:ة|ي|وا|ه|ها|هم)?(?![\u0621-\u064a])",
             1.4, needles="dịch ترجم अनुवाद תרגם แปล käännä"),
        _cue("to_language", "to into in english french german spanish portuguese italian "
             "japanese chinese mandarin korean russian dutch polish turkish arabic hindi",
             r"(?:to|into|in)\s+" + _NAT_LANG + r"\b\s*(?:,\s*)?(?:pls|please|plz)?\s*:", 1.4,
             lead=True),
        _cue("localize", "localize localise",
             r"\blocali[sz]e\b[^.\n]{0,40}\b(?:for|into)\s+" + _NAT_LANG, 1.2),
    ),
    "rewrite": (
        # "Make this email to the regulator about how we erase records more formal": the
        # change asked for comes after a long description of the text
        _cue("make_text_formal", "make",
             r"\bmake\s+(?:this|the|my|our)\s+(?:e-?mail|message|letter|reply|note|text|post"
             r"|paragraph|draft|announcement|response)\b[^.\n]{0,100}?\b(?:more|less)\s+(?:formal"
             r"|casual|polite|concise|friendly|professional|diplomatic)\b", 1.2, lead=True),
        _cue("make_it_shorter", "make",
             r"\bmake\s+(?:the\s+|this\s+|it\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:shorter|longer|friendlier"
             r"|clearer|punchier|warmer|(?:easy|easier|readable|plainer|understandable)\s+for\s+(?:a|an|the|our|their|any)"
             r"|more\s+(?:formal|casual|polite|concise|friendly)|less\s+(?:formal"
             r"|wordy|robotic))\b", 1.2, lead=True),
        # "turn my notes into a polite reply to the client"
        _cue("notes_into_text", "turn notes bullets",
             r"\bturn\s+(?:my|these|the|our|this)\s+(?:[\w-]+\s+)?(?:notes|bullets|bullet\s+points"
             r"|points)\s+into\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:reply|email|e-mail|message|letter"
             r"|note|response|paragraph|update|post|summary)\b", 1.2),
        # "cut this press release roughly in half", "trim it to 50 words"
        _cue("cut_down", "cut trim condense",
             r"(?:cut|trim|condense)\s+(?:it|this|(?:the|this|our|my)\s+(?:[\w-]+\s+){0,2}?(?:text"
             r"|release|e-?mail|draft|post|paragraph|summary|intro|section|copy|message|letter|bio"
             r"|description|article|answer|reply|response|notes?|memo|doc|document|readme|blurb"
             r"|announcement|statement|script|speech|story|abstract|essay|page|list|update))\b"
             r"[^.\n]{0,40}?\b(?:(?:in|by)\s+half"
             r"|down\b|by\s+\d+\s*%|to\s+(?:about\s+|under\s+)?\d+\s+(?:words|sentences|lines"
             r"|characters|chars|paragraphs|bullets))", 1.2, lead=True),
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
             "réécrire formeller freundlicher höflicher kürzer más mais più plus mejora mejorar "
             "melhore melhorar améliore améliorer verbessere verbessern migliora migliorare",
             r"\b(?:rendi\s+(?:più|piu)|riscriv\w*|riformul\w*|reescrib\w*|reescrev\w*"
             r"|réécri\w*|(?:más|mas|mais|più|piu|plus)\s+(?:formal|formale|formel|claro|clara"
             r"|chiaro|chiara|clair|claire|amable|cordial|cordiale|corto|corta|courte?|breve"
             r"|profesional|profissional|professionale|professionnel|educad[oa]|poli|amichevole"
             r"|amigable|gentile)|formeller|freundlicher|höflicher|kürzer|перепиши\w*"
             r"|переформулируй\w*|сделай\s+(?:более|вежлив\w*|короче|формальн\w*)|viết\s+lại"
             r"|yeniden\s+yaz\w*|przeredaguj\w*|herformuleer\w*"
             # "mejora la redacción de este aviso": improve the wording
             r"|(?:mejora|mejorar|melhore|melhorar|améliore[rz]?|verbessere|verbessern|migliora"
             r"|migliorare)\s+(?:la\s+|a\s+|die\s+)?(?:redacción|redação|redacao|formulation|rédaction"
             r"|formulierung|formulazione|stesura|wording|texto|text|testo))\b|書き直|言い換え|改写|润色|改寫"
             r"|다시\s*써|다듬어",
             1.1,
             needles="перепиши переформулируй сделай viết yeniden przeredaguj 書き直 言い換え "
             "改写 润色 改寫 다시 다듬어"),
        _cue("fix_grammar", "spelling grammar typos punctuation wording",
             r"\bfix\s+(?:the\s+)?(?:spelling|grammar|typos|punctuation|wording)\b", 1.1),
        _cue("tone", "formal concise friendly polite casual professional",
             r"\b(?:more|less)\s+(?:formal|concise|friendly|polite|casual|professional)\b", 0.8),
        # "tone this down before I send it to ...: '...'", "soften this reply"
        _cue("tone_down", "tone soften",
             r"\btone\s+(?:this|it|that|the\s+[\w-]+)\s+down\b|\bsoften\s+(?:this|it|the|my)\b",
             1.1),
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
}  # fmt: skip
