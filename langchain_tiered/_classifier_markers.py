"""Live, local and data markers: what the stakes rules test around a verb.

* *live marker* (``LIVE_MARKER``, with ``LIVE_NEEDLES`` as its gate): words naming a live system
  ("production", "prod", "live", "main branch"), unless named only to be spared ("prod stays as
  is");
* *data object* (``DATA_OBJECT``): things whose loss is irreversible (databases, tables,
  records, buckets...);
* *local marker* (``LOCAL_MARKER``, ``STRICT_LOCAL_MARKER`` without the positional words,
  ``ENV_LOCAL_MARKER`` for environments only): the object is pasted material or a
  non-production environment.

Moved here from :mod:`._classifier_patterns` to keep that module small. Everything here is
data, compiled once at import: no I/O, no third-party imports.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_needles import NeedlePattern
from langchain_tiered._classifier_patterns import _OFFLINE_TARGET, _c

#: Live systems: a destructive request naming one of these is tier 3 whatever else it says.
#: After "prod"/"live": it is named only to be spared ("prod stays as is", "leave prod alone").
_SPARED: Final = (
    r"(?![\s-]+(?:(?:stays|remains|is\s+left|stay)\s+(?:as[\s-]+is|untouched|unchanged|alone"
    r"|where\s+it\s+is|frozen|pinned|on\s+v?\d)|(?:is|are)\s+(?:untouched|unchanged|not\s+touched"
    r"|not\s+affected|out\s+of\s+scope)|(?:isn't|aren't|is\s+not|won't\s+be)\s+(?:touched"
    r"|affected|in\s+scope)|untouched|unchanged)\b)"
)
#: Every LIVE_MARKER match holds one of these (its gate; "not the sandbox" holds "sandbox").
LIVE_NEEDLES: Final = (
    "prod", "live", "primary", "prem", "main", "master", "customer", "pii", "real", "actual",
    "share", "public", "remote", "upstream", "team", "air", "prd", "skip", "sandbox", "staging",
    "test", "dev", "training",
)  # fmt: skip
LIVE_MARKER: Final = NeedlePattern(
    r"(?=prod)(?<!\bleave\s)(?<!\btouch\s)(?<!pre-)(?<!non-)(?:\bprod\b|\bproduction\b)"
    + _SPARED
    # "the lab bed, no live cells", "the test copy, not the live one"
    + r"|(?=live)(?<!\bno\s)(?<!\bnot\s)(?<!\bnon-)(?<!\bnot\sthe\s)(?<!\bnot\sa\s)(?<!\bleave\s)"
    r"(?<!\banything\s)(?<!\btouch\s)\blive\b"
    + _SPARED
    + r"|\bprod[-_.]\w|\bprimary\b|\bon-?prem\b"
    # "heatdesk_prod", "orders_prod_replica" (not "non_prod", "pre_prod")
    r"|(?<=[^\W_])(?<!non)(?<!pre)_prod(?![^\W_])"
    # "servicing-prd", "prd-db-02", "run it on prd" (not a PRD, the requirements document)
    r"|(?<=\w)[-_]prd\b|\bprd[-_.]\w|\b(?:on|to|against|in|into)\s+prd\b"
    # "the on-air playout" (not "nothing on air uses it", not the studio's on-air light)
    r"|(?=on-air)(?<!\bnothing\s)(?<!\bnot\s)(?<!\bnever\s)\bon-air\b(?!\s+(?:light|sign|talent))"
    # "ship hotfix 2.14.3, skip the staging soak this time": straight to the live system
    r"|\bskip(?:ping)?\s+(?:the\s+)?(?:staging|stage|qa|uat|canary|soak|pre-?prod)\b"
    r"|\b(?:main|master)\s+(?:branch|database|db|cluster|account)\b|\b(?:to|onto|over)\s+"
    r"(?:origin/)?(?:main|master)\b|\bcustomer\s+(?:data|records|pii)\b|\bpii\b"
    r"|\b(?:real|actual)\s+(?:users|customers|data|portal|account|instance|tenant|environment"
    r"|system|site|bucket|org|server|devices|units|machines|hardware|fleet|share|drive)\b"
    # "the real admissions system, not the training one" (a system, not "real client data")
    r"|(?=real|actual)(?<!\bno\s)(?<!\bnot\s)\b(?:real|actual)\s+(?!(?:estate|time|world|life|number)\b)[\w-]+"
    r"\s+(?:system|environment|instance|tenant|portal|server|site|website|shop|store)\b"
    r"|\bnot\s+(?:the\s+|in\s+|on\s+)?(?:sandbox|staging|test|dev|training)\b"
    r"|(?:\b(?:não|nao|nicht|pas|non|niet|nie)\s+(?:(?:no|na|en|em|im|in|auf|sur|su|op|w)\s+)?"
    r"|\bno\s+(?:en|em|na|no)\s+)(?:(?:el|o|a|der|dem|le|la|il|lo|het|de)\s+)?(?:sandbox|staging"
    r"|test|dev)\b|\b(?:shared|public|remote|upstream|team)\s+(?:github\s+"
    r"|gitlab\s+)?(?:repo|repository|bucket|drive|folder|remote)\b"
    # "clear out the complaint photos folder on the QA file share"
    r"|\b(?:file|network)\s+shares?\b"
    # "switch the public stream page over to the new player build" (what visitors see; not
    # "rephrase this update for the public status page", a text written for it)
    r"|(?=public)(?<!\bfor\sthe\s)(?<!\bfor\sour\s)(?<!\bfor\sa\s)\bpublic\s+(?:[\w-]+\s+)?(?:page|site"
    r"|website|stream|portal|storefront)\b"
    # a production system in other languages: "auf der Produktionsdatenbank", "en producción",
    # "em produção", "nel database di produzione", "na produkcji" (not manufacturing's
    # "linee di produzione", "ordem de produção")
    r"|\b(?:produktions?(?:datenbank|umgebung|system|server|cluster|instanz)\w*"
    r"|produktiv(?:system|umgebung|datenbank|server|betrieb)\w*|(?:auf|in)\s+(?:die\s+)?produktion"
    r"|(?:en|a|para)\s+producci[óo]n|(?:em|para)\s+produ[çc][ãa]o|in\s+produzione"
    r"|(?:base\s+de\s+datos|bd|servidor|entorno|ambiente|sistema|banco\s+de\s+dados|base\s+de"
    r"\s+dados|database|server)\s+(?:de|di)\s+(?:producci[óo]n|produ[çc][ãa]o|produzione)"
    r"|(?:na|w|do)\s+produkcj\w+|produkcyjn\w+|(?:in|naar|op)\s+productie"
    r"|productie(?:omgeving|database|server|systeem)\w*)\b",
    LIVE_NEEDLES,
)
#: An absolute path on a named host ("/mnt/scan-masters/2023 on dig-ingest-02", French "sur",
#: German "auf"): what is stored there, on a real machine.
PATH_ON_HOST: Final = (
    r"(?<![\w.~])(?:/[\w.*@-]+){2,}/?(?:\s+(?:folder|directory|dir|share|mount|volume|dossier"
    r"|partage|répertoire|ordner|verzeichnis|carpeta|pasta))?\s+(?:on|from|sur|auf|en|em|su|op"
    r"|na)\s+(?:the\s+|le\s+|la\s+|el\s+|o\s+|dem\s+|der\s+)?(?:(?:host|server|serveur"
    r"|servidor|box|nas|machine)\s+)?"
    # a host's name: "dig-ingest-02", "prod-db-3", "nas01" (not "python3")
    r"(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*-\d+[a-z0-9-]*|[a-z]+\d{2,})\b"
)
#: Objects whose deletion loses data.
DATA_OBJECT: Final = _c(
    r"\b(?:databases?|dbs?|tables?|columns?|schemas?|records?|rows|collections?|indexes|indices"
    r"|contacts|leads|subscribers|members|employees|patients|students|devices|laptops|phones"
    r"|gateways|routers|sensors|endpoints|fleet|mailbox(?:es)?|inbox(?:es)?|footage|recordings"
    r"|buckets?|backups?|snapshots?|clusters?|namespaces?|volumes?|disks?|instances?|servers?"
    r"|warehouse|datasets?|tenants?|accounts?|repositor(?:y|ies)|repo|keyspace|topics?|queues?|dlqs?"
    r"|(?:user|customer|member|patient|buyer|seller|player|guest|client|employee)\s+profiles?"
    r"|customers|users|orders|invoices|transactions|subscriptions|history|redis|postgres\w*"
    r"|mysql|mongo\w*|elasticsearch|kafka|dynamodb|bigquery|snowflake|s3|gcs|rds|vms?|nodes?"
    r"|pods?|deployments?|environment|env|branch(?:es)?|data|logs|events|objects|blobs|files"
    # "purge the lane 2 portal-monitor alarm entries from last Thursday": a system's records
    r"|(?:log|alarm|audit|event|access|monitor|journal|sensor|fault|trip|register)\s+entries)\b"
    r"|s3://|gs://|/var/lib|\b[a-z]+_[a-z0-9_]+\b|"
    + PATH_ON_HOST
    # "wipe everything older than 30 days on nvr-guest01": whatever is stored, cut by age (not
    # "everything before the first ']'" on a line)
    + r"|\beverything\s+(?:older\s+than|before|prior\s+to|up\s+to)\s+(?:\d|last\b|yesterday\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
#: The words for a non-live place shared by the local markers below (``LOCAL_MARKER``,
#: ``STRICT_LOCAL_MARKER``, ``ENV_LOCAL_MARKER``): "local" (not the local council or "local
#: time"), "dev" (not "Hi Dev", a person) and "QA" (not the QA lead, team or file share).
_LOCAL_WORD: Final = (
    r"(?<!\btheir\s)(?<!\bits\s)(?:(?<!\.)local(?:ly|host)?|train(?:ing)?(?=\.local\b))(?!-pref)"
    r"(?!\s+(?:admin|authorit|council|government|police|press|news|hospital|school|communit"
    r"|residents|business|time\b|control\b|mode\b))"
    # ("they still have local Haven exports on them": data kept on the devices, not a place)
    r"(?!\s+(?:[\w-]+\s+)?(?:exports?|copies|copy|files?|downloads?|data|documents?|records?)\s+"
    r"(?:on|in)\s+(?:them|it|the\s+(?:laptops?|devices?|phones?|machines?|drives?|tablets?))\b)"
)
_DEV_WORD: Final = (
    r"(?<![@./])(?<!\bhi\s)(?<!\bhey\s)(?<!\bdear\s)(?<!\bthanks\s)(?!(?<![^\n])dev:\s)"
    # "Cheers, Dev" signing a note: the person, not the environment
    r"(?<!\bcheers,\s)(?<!\bcheers\s)(?<!\bthanks,\s)(?<!\bregards,\s)(?<!\bbest,\s)(?<!\bthx,\s)"
    # "... or leave it and wait for Dev", "Dev is unreachable on a train": a person
    r"(?<!\bwait\sfor\s)(?<!\bping\s)(?<!\bask\s)"
    r"dev(?![@.]\w)(?!\s+(?:is|'s)\s+(?:unreachable|away|off\s+sick|on\s+(?:leave|holiday|a\s+train)))"
    # "or leave it until Dev is in tomorrow?", "Dev not answering his phone": a person's day
    r"(?!\s+(?:is|'s|isn't|is\s+not|was|wasn't|will\s+be|'ll\s+be)\s+(?:in|back|around|here"
    r"|answering|available|asleep)\b(?!\s+(?:sync|use|prod\w*|production|a|an|the|up|online"
    r"|service)\b))(?!\s+(?:not|isn't|wasn't)\s+(?:answering|picking\s+up)\b)"
    r"(?!\s+(?:gets|comes|got|came)\s+in\b)"
    r"(?!,\n)(?!\)(?<=[a-z]\sdev\)))(?!\s+(?:said|says|wrote|asked|approved|suggested)\b)"
)
_QA_WORD: Final = (
    r"qa(?!\s+(?:hold|review|sign-?off|approval|lead|team|reviewers?|share|drive|folder|office"
    r"|binder|manager|department|dept))"
)
#: "temp" as a place (a temp folder, table or schema), not a temp password or the agency temp
#: who needs to log in ("so the agency temp can log in this afternoon").
_TEMP_PLACE: Final = (
    r"(?<!\bagency\s)temp(?!\s+(?:password|pw|pwd|passcode|pin|code|login|credentials?|token|key"
    r"|can|could|will|who|from|starts?|starting|started|workers?|staff|needs?|covering|cover)\b)"
    r"(?!'s\b)"
)
#: The object is pasted material or a non-production environment.
LOCAL_MARKER: Final = _c(
    # (not "Given the above, revoke ...": the reasoning that leads to the act)
    r"\b(?:below|(?<!\bgiven\sthe\s)(?<!\bin\slight\sof\sthe\s)(?<!\bbased\son\sthe\s)above"
    r"|attached|following|pasted|this\s+(?:list|csv|file|text|json|yaml|output"
    r"|snippet|string|array|dataframe|df|spreadsheet|sheet|log|document|paragraph|code|script"
    r"|function|config|example|sample|markdown|message|email|diff|query)|this\s+(?:[\w-]+\s+)?"
    r"(?:model|module|class|component|notebook|macro|method|template|dockerfile|readme|pr)|these\s+(?:[\w-]+\s+)?(?:lines|rows"
    r"|entries|items|values|words)|in\s+memory|"
    + _LOCAL_WORD
    + r"|"
    + _TEMP_PLACE
    + r"|tmp|scratch|sandbox"
    r"|"
    + _DEV_WORD
    + r"|development|staging|stage(?![\s-]+(?:\d|[a-z]\b))|(?<!pen\s)(?<!pen-)(?:tests?|testing)|"
    + _QA_WORD
    + r"|uat|preview|ephemeral|non-?prod|fixtures?"
    r"|mocks?|my\s+(?:laptop|machine|branch|fork)|feature\s+branch|my\s+own|docker(?![\s-]*hub)"
    # (not "from SQLite to Postgres": the store being left, not where the act happens)
    r"|testcontainers|in-memory|(?<!\bfrom\s)(?<!\bfrån\s)(?<!\bfra\s)(?<!\bvon\s)(?<!\bde\s)sqlite|demo\s+(?:company|org\w*|account|tenant|env\w*|instance|workspace|site|store)|testbed|test\s+bed)\b"
    + _OFFLINE_TARGET
)
#: Like LOCAL_MARKER without the positional words ("above", "below"...), for strong verbs.
STRICT_LOCAL_MARKER: Final = _c(
    r"\bthis\s+(?:list|csv|file|text|json|yaml|output|snippet|string|array|dataframe|df"
    r"|spreadsheet|sheet|document|paragraph|code|script|function|config|example|sample|markdown"
    r"|message|email|diff|query)\b|\bthis\s+(?:[\w-]+\s+)?(?:model|module|class|component"
    r"|notebook|macro|method|template|dockerfile|readme|pr)\b|\b(?:in\s+memory|"
    + _LOCAL_WORD
    + r"|"
    + _TEMP_PLACE
    + r"|tmp|scratch|sandbox"
    r"|"
    + _DEV_WORD
    + r"|development|staging|stage(?![\s-]+(?:\d|[a-z]\b))|test(?:ing)?|"
    + _QA_WORD
    + r"|uat|preview|ephemeral|non-?prod|fixtures?"
    r"|mocks?|my\s+(?:laptop|machine|branch|fork)|feature\s+branch|demo\s+(?:company|org\w*|account|tenant|env\w*|instance|workspace|site|store))\b"
    + _OFFLINE_TARGET
)
#: Every ENV_LOCAL_MARKER match holds one of these (its gate).
ENV_LOCAL_NEEDLES: Final = (
    "local", "train", "sandbox", "dev", "stag", "test", "qa", "uat", "preview", "ephemeral",
    "prod", "prueba", "simulat", "twin", "laptop", "machine", "docker", "memory", "sqlite",
    "scratch", "mock", "fixture", "demo", "paper", "throw", "bench", "connected",
)  # fmt: skip
#: A non-production environment only (not pasted material): staging, sandbox, test mode...
ENV_LOCAL_MARKER: Final = NeedlePattern(
    r"\b(?:"
    + _LOCAL_WORD
    + r"|sandbox|"
    + _DEV_WORD
    + r"|development|staging|stage(?![\s-]+(?:\d|[a-z]\b))|test\s+(?:mode|env\w*"
    r"|server|cluster|db|database|account|data|keys?|cards?|tenant|bench|rig|controllers?|plcs?)"
    r"|sk_test\w*|testnet|" + _QA_WORD + r"|uat"
    r"|preview|ephemeral|non-?prod|pre-?prod\w*|preproducci[oó]n|pré-?produ\w+|entorno\s+de"
    r"\s+pruebas|testumgebung|testsystem\w*|testomgeving|testmilj[øö]\w*|simulator|simulation|digital\s+twin|my\s+(?:laptop|machine)|docker(?![\s-]*hub)|testcontainers|in-memory"
    # an HPC "scratch" filesystem holds real users' data ("the scratch purge", "/scratch")
    r"|sqlite|scratch(?![\s-]*(?:purge|clean\w*|opschon\w*|opruim\w*|file\s*systems?|fs"
    r"|volumes?|storage|space|quotas?|retention|polic(?:y|ies)|dir\w*))"
    r"|mock\w*|fixtures?|demo\s+(?:company|org\w*|account|tenant|env\w*|instance"
    r"|workspace|site|store)|testbed|test\s+bed|paper[- ]trad\w*|backtest\w*|throw-?away)\b"
    + _OFFLINE_TARGET,
    ENV_LOCAL_NEEDLES,
)
