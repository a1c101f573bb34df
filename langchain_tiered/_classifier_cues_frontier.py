"""Intent cues for the frontier intents (tier 2): code, refactor, debug, design, tests, review."""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_cues import (
    _CODE_OBJ,
    _CODE_OBJ_ML,
    _LANGS,
    _PROG_LANG,
    Cue,
    _cue,
)
from langchain_tiered._classifier_patterns import SHOWN_NOT_ASKED


def _not_after(words: str) -> str:
    """Negative lookbehinds for ``words`` then a space or hyphen (grouped by length)."""
    by_length: dict[int, list[str]] = {}
    for word in words.split():
        by_length.setdefault(len(word), []).append(word)
    return "".join(rf"(?<!\b(?:{'|'.join(ws)})[ -])" for _, ws in sorted(by_length.items()))


#: Before "code": a code that is data, not program text ("zip code", "ICD-10-CM code",
#: "currency code", "error code", "promo code"); "code" alone stays a code word.
_NOT_DATA_CODE: Final = (
    _not_after(
        "zip postal post area dial country currency language locale region airport iata icao swift "
        "bic sort routing tax hs hts naics sic icd cpt ndc drg loinc snomed cm pcs ean upc isin "
        "iso cusip sku product item tracking error status exit return response reason denial "
        "adjustment carc rarc diagnosis procedure billing claim promo coupon discount voucher gift "
        "referral invite activation verification confirmation otp auth access booking fare station "
        "port un gl cost payer modifier postcode colour color hex qr"
    )
    + r"(?<!\d[ -])"
)

#: Cues of the tier-2 intents.
FRONTIER_CUES: Final[dict[str, tuple[Cue, ...]]] = {
    "code": (
        _cue("artifact_label", _LANGS + " github gitlab actions ci script workflow playbook",
             r"^\s*(?:an?\s+)?(?:[\w#+.-]+\s+){0,2}(?:script|workflow|function|module|playbook"
             r"|job|query|cli|one-liner|policy|manifest|chart|dockerfile|migration)\s*(?:please\s*)?:",
             1.5),
        _cue("write_code", "write implement code build scaffold develop program",
             r"(?:write|implement|code\s+up|build|scaffold|develop|program)\b[^.\n]{0,60}\b"
             + _CODE_OBJ + r"\b", 1.5, lead=True),
        # "SQL to list unbilled accounts ...", "a regex that matches ...": the artifact named first
        _cue("code_request", "sql t-sql query regex bash shell python powershell jq awk",
             r"^\s*(?:(?:a|an|the|some)\s+)?(?:sql|t-sql|query|regex|bash|shell|python|powershell"
             r"|jq|awk)\b[^.\n]{0,40}?\b(?:to|that|for)\s+(?:list|find|get|count|show|return"
             r"|select|pull|compute|calculate|flag|detect|match|extract|sum)\b", 1.5),
        _cue("make_code", "create add generate make set support",
             r"(?:create|add|generate|make|set\s+up|support)\b[^.\n]{0,50}\b" + _CODE_OBJ + r"\b",
             0.9, lead=True),
        _cue("write_code_ml",
             "écris écrivez escribe escriba escreva escrever schreib schreibe schreiben scrivi "
             "implementa implemente implémente implementiere crea crée erstelle schrijf maak "
             "napisz",
             r"\b(?:écris|écrivez|escrib[ea]|escreva|escrever|schreib\w*|scrivi|implementa"
             r"|implemente|implémente[rz]?|implementiere|crea|crée[rz]?|erstelle|напиши|реализуй"
             r"|schrijf|maak|napisz)\b"
             r"[^.\n]{0,60}\b" + _CODE_OBJ_ML + r"\b"
             r"|(?:関数|コード|スクリプト|クラス|テスト|プログラム)"
             r"[^。\n]{0,20}(?:を)?(?:書いて|実装して|作って|作成して)"
             r"|写(?:一个|个)?(?:函数|脚本|程序|类|代码|测试)"
             r"|(?:编写|实现)[^。\n]{0,20}(?:函数|脚本|程序|类|代码|测试|接口)"
             r"|(?:함수|코드|스크립트|클래스|테스트)[^.\n]{0,10}(?:를|을)?\s*"
             r"(?:작성|구현|만들어)|اكتب\s+(?:كود|سكر[يب]+ت|دالة|برنامج|اختبار)"
             r"|(?:कोड|स्क्रिप्ट|फ़ंक्शन|फंक्शन|टेस्ट)[^।\n]{0,30}(?:लिखो|लिखें|लिख\s*दो)"
             # Turkish: "... hesaplayan bir Go fonksiyonu yaz"
             r"|\b(?:fonksiyon|betik|script|sınıf|test|kod)\w*\s+(?:yaz|yazın|yazar\s+mısın)\b",
             1.5,
             needles="напиши реализуй 関数 コード スクリプト クラス テスト プログラム 写 编写 实现 "
             "함수 코드 스크립트 클래스 테스트 اكتب लिख fonksiyon betik sınıf kodu kod"),
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
             _NOT_DATA_CODE + r"\bcode\b|\bfunction\b|\bsnippet\b|\blambda\b|\w\([\w\s,.*]*\)",
             0.4, needles="("),
        _cue("explain_code", "explain walk what understand",
             r"\b(?:explain|understand|walk\s+me\s+through)\s+(?:what\s+|how\s+)?(?:this|the\s+following)\s+"
             r"(?:[\w-]+\s+)?(?:code|function|regex|query|script|snippet|class|module|program"
             r"|method|config)\b|\bwhat\s+does\s+(?:this|the\s+following)\s+(?:[\w-]+\s+)?(?:code"
             r"|function|regex|query|script|snippet|line|class|method|command)\s+do\b", 1.3),
    ),
    "refactor": (
        _cue("migrate_code", "migrate port move convert",
             r"(?:migrate|port|move|convert)\s+(?:this|these|the|our|my|all)\s+(?:[\w-]+\s+){0,2}?"
             r"(?:pages?|components?|screens?|routes?|files?|modules?|class(?:es)?|functions?"
             r"|hooks?|tests?|codebase|code|endpoints?|handlers?)\b[^.\n]{0,80}\bto\b", 1.4,
             lead=True),
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
             r"\bdebug\w*\b(?!\s+(?:lines?|logs?|level|messages?|entries|output|statements?"
             r"|prints?|noise|ones)\b)|\btroubleshoot\w*\b|\bdiagnos\w+\b", 1.4),
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
             r"\bslow\w*\b|\blatency\s+spike\b|\bexplain\s+analy[sz]e\b|\bprofil(?:ing|er|ed)\b"
             r"|\bprofile\s+(?:this|the|it|my|our)\b|\b(?:cpu|memory|heap)\s+profiles?\b"
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
        _cue("design_cjk", "",
             r"アーキテクチャ|設計(?:して|案|を)|架构(?:设计|方案)?|设计(?:一个|方案|一下)|아키텍처|설계",
             1.2, needles="アーキテクチャ 設計 架构 设计 아키텍처 설계"),
        _cue("architecture", "architecture architectural architect architecting system",
             r"\barchitect\w*\b|\bsystem\s+design\b", 1.0),
        # "plan step 4:", "only plan TP4 rows": "plan" as a noun or a name, not a request
        _cue("design_verb", "design architect plan",
             r"(?:design|architect)\b|plan\b(?!\s*[:)\]},-]|\s+(?:steps?|csv|rows?|files?|ids?|names?"
             r"|codes?|columns?|fields?|[a-z]{0,4}\d+\w*"
             # ("Plan saved to plan-prod.tfplan.": a plan shown, not one asked for)
             r"|" + SHOWN_NOT_ASKED + r"|is|was|looks|shows)\b)", 1.2, lead=True),
        _cue("design_word", "design", r"\bdesign\b", 0.5),
        _cue("design_ml",
             "diseña diseñar diseñe arquitectura projete projetar projeta arquitetura conçois "
             "concevez concevoir architecture entwirf entwerfe entwerfen architektur progetta "
             "progettare architettura zaprojektuj architekturę ontwerp architectuur",
             r"\b(?:diseñ[ae]r?|projet(?:e|ar|a)|conçois|concevez|concevoir|entw[iu]rf\w*|entwerfe\w*"
             r"|progetta\w*|zaprojektuj|ontwerp\w*|arquitetura|arquitectura|architektur\w*"
             r"|architettura|architectuur|спроектируй\w*|архитектур\w*)\b|設計|设计|架构|설계|아키텍처",
             1.2, needles="спроектируй архитектур 設計 设计 架构 설계 아키텍처"),
        _cue("how_would_you_ml",
             "come cómo como comment wie hoe jak как",
             r"\b(?:come\s+(?:gestiresti|gestireste|gestiremmo|struttureresti|progetteresti"
             r"|organizzeresti)|c[oó]mo\s+(?:manejarías|gestionarías|estructurarías|diseñarías"
             r"|lidarias|estruturarias)|comment\s+(?:gérerais|structurerais|concevrais)"
             r"|wie\s+würdest\s+du|hoe\s+zou\s+je|jak\s+byś|как\s+бы\s+ты)\b", 1.2),
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
             r"|terraform|config\w*|dockerfile|handler|commit|this|it|them|mine)\b", 1.5,
             lead=True),
        _cue("is_it_correct", "correct right sound",
             r"\b(?:is|are)\s+(?:this|these|my|our|the)\s+(?:[\w-]+\s+){0,2}(?:query|queries|model"
             r"|sql|code|function|logic|join|formula|script|implementation|migration|calculation"
             r"|algorithm|approach)\s+(?:\w+\s+)?(?:correct|right|sound)\b", 1.2),
        _cue("code_review", "code",  # a "code review thread" to summarize is a document
             r"\bcode\s+review\b(?!\s+(?:thread|comments?|discussion|notes|feedback|transcript))",
             1.5),
        _cue("suggest_changes", "suggest point",
             r"\bsuggest\s+(?:concrete\s+)?(?:changes|improvements)\b|\bpoint\s+out\b", 0.7),
        _cue("quality_words", "correctness maintainability readability naming best",
             r"\b(?:correctness|maintainability|readability|naming|best\s+practices)\b", 0.5),
    ),
}  # fmt: skip
