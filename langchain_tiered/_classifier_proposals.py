"""Yes-or-no decisions: "Should we dispatch police? Yes or no?" asks the model to decide.

A yes/no answer format usually marks a tier-0 check ("Is this email asking to delete a
patient's data? Yes or no."). When the question instead proposes an act of the asker's own
("should we ...", "do we ...", "Ziehen wir die 9 Befunde zurück ...", "¿Retiramos ...?"), or
relays one ("the monitoring centre is asking if they should dispatch police"), and the act
changes something in the world, the one-word answer is the decision. These patterns are read
by ``_classifier_stake_finders._yes_no_decision``.

A request to relay consent to whoever acts ("Reply to Hexagon with the go-ahead for 02:00",
"send my reply to Priya telling her yes, proceed tonight") approves the live or irreversible act
the pasted thread describes: ``RELAYED_CONSENT`` and ``MATERIAL_POINT_OF_NO_RETURN``, read by
``_classifier_stake_finders._relayed_consent_stake``.

"ok open it for them, 48 hours only" under a thread asking for inbound 443 and 22 to a live
database opens the network to outsiders: ``OPEN_FOR`` with ``NETWORK_ASK`` in the material.

A short reply that takes a quoted trade ("book it with Citi" after "a 3-month USD/JPY forward
at 157.32 locks roughly $26.7m. Bank quotes: ...") executes it: ``TAKE_TRADE`` and
``TRADE_OFFER``, read by ``classifier._classify_turns``.
"""

from __future__ import annotations

import re
from typing import Final

from langchain_tiered._classifier_patterns import _c, _words

#: An answer format of yes or no (or go / no-go), in several languages.
YES_NO_ASK: Final = _c(
    r"\byes\s+or\s+no\b|\byes\s*/\s*no\b|\bgo\s+or\s+no[- ]go\b|\bja\s+oder\s+nein\b"
    r"|\bs[ií]\s+o\s+no\b|\boui\s+ou\s+non\b|\bsim\s+ou\s+n[ãa]o\b|\btak\s+czy\s+nie\b"
    r"|\bда\s+или\s+нет\b|\bja\s+of\s+nee\b|\bevet\s+mi\s+hayır\s+mı\b|はいかいいえ|是还是否"
    r"|예\s*(?:/|또는|아니면)\s*아니오"
)
#: Words one of which every ``YES_NO_ASK`` holds (a cheap test before the pattern).
YES_NO_GATE: Final = _words("yes no no-go nein non não nao nie нет nee hayır decide call")
#: ... or a decision demanded at the end ("Should we pause new loan originations ...? It's
#: 14:06, decide."): the same proposal, answered by the model's call.
DECIDE_AT_END: Final = _c(r"\b(?:decide|make\s+the\s+call|call\s+it|your\s+call)\s*[.!]?\s*$")
YES_NO_NEEDLES: Final = ("はい", "是还是否", "아니오")
#: A question proposing the asker's own act; the named group holds the verb (English) or the
#: inflected verb that carries the proposal (German "<verb> wir", Spanish and Portuguese
#: "-amos/-emos/-imos", Italian "-iamo", French "on <verb>", "devons-nous").
PROPOSAL: Final = _c(
    r"\b(?:should|shall|do|must)\s+(?:we|i)\s+(?:just\s+|now\s+|still\s+|go\s+ahead\s+and\s+)?"
    # "should I tell the pilots to keep launching ...?": the act is the one relayed
    r"(?:(?:tell|ask|instruct|order|get)\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,2}?to\s+)?"
    r"(?P<en>[\w-]+)"
    r"|\b(?:if|whether)\s+(?:we|they|i|he|she)\s+should\s+(?:just\s+|now\s+)?(?P<relayed>[\w-]+)"
    # "Is this the moment to declare a Gold command? Just tell me yes or no."
    # "is this bad enough to fail over to eu-west-2 right now? ... just tell me yes or no"
    r"|\bis\s+(?:this|it|now)\s+(?:the\s+(?:moment|time|point)|(?:bad|serious|severe|critical)"
    r"\s+enough)\s+to\s+(?P<moment>[\w-]+)"
    # "Are we good to turn it on for the three berths this weekend? Yes/no"
    r"|\b(?:are\s+we|am\s+i|is\s+(?:it|this|that))\s+(?:good|ok|okay|clear|safe|fine|ready)\s+to\s+"
    r"(?:let\s+(?:them|him|her|it|us|the\s+[\w-]+)\s+)?(?P<good>[\w-]+)"
    r"|(?:^|[.!?]\s+|\n|[,:]\s*)(?:also\s+|dann\s+|ok\s+|gut,?\s+)?(?!(?:haben|hatten|sind|waren|werden|wurden|können|konnten)\s)"
    r"(?P<de>[a-zäöüß]{3,}en)\s+wir\b"
    r"|(?:^|[¿.!?]\s*|\n|[,:]\s*)(?:entonces\s+|então\s+|ok\s+)?(?P<es>[a-záéíóúñâêôãõç]{3,}"
    r"(?:amos|emos|imos))\b"
    r"|(?:^|[.!?]\s*|\n|[,:]\s*)(?:allora\s+)?(?P<it>[a-zàèéìòù]{3,}iamo)\b"
    # "Tu valides l'envoi aux pharmacies, oui ou non ?": the model is asked to approve
    r"|(?:^|[.!?]\s*|\n|[,:]\s*)(?:est-ce\s+que\s+)?(?:tu|vous)\s+(?P<vous>valides?|validez|approuves?"
    r"|approuvez|autorises?|autorisez|confirmes?|confirmez)\b"
    r"|(?:^|[.!?]\s*|\n|[,:]\s*)(?:alors\s+)?(?:on|doit-on|devons-nous|faut-il|est-ce\s+qu'on)\s+"
    r"(?:l'|les\s+|le\s+|la\s+|y\s+|en\s+)?(?P<fr>[a-zàâçéèêëîïôûù]{3,})"
    # "The line supervisor wants to jumper it out ... Yes or no?": someone's act relayed
    r"|\b(?:wants?|would\s+like|plans?|is\s+asking|are\s+asking)\s+to\s+(?P<wants>[\w-]+)"
    # "I'll drop the kiln_readings table on prod to free space. yes/no?": the asker's own act
    # (opening its clause: not "the payload we're about to push" in a question about it)
    r"|(?:^|[.!?]\s+|\n|[,;:]\s*)(?:ok(?:ay)?,?\s+|so\s+)?(?:i|we)(?:'ll|\s+will|(?:'m|\s+am|'re"
    r"|\s+are)\s+(?:going|about)\s+to|\s+intend\s+to)\s+(?:now\s+|just\s+)?(?P<will>[\w-]+)"
    # "Green-light this for the live DCs this Saturday night, yes or no?" (a live target only)
    r"|(?:^|[.!?]\s*|\n|[,:]\s*)(?:(?:can|do|should)\s+(?:you|we|i)\s+)?(?P<approve>green[- ]?light"
    r"|approve|authori[sz]e|sign\s+off\s+on)\s+(?:this|it|that|the\s+[\w-]+)\b"
    # "Bypass the splicer and pass the network feed straight through - yes or no?": an
    # imperative put to the model as a yes/no
    # (or as a question of its own: "TRUNCATE kiln_readings to free space. yes/no?")
    r"|(?:^|[.!?]\s+|\n)(?P<imp>[a-z]{3,})\b(?=(?:[^.?!\n]|\.(?=\d)){0,160}(?:(?:\s[-–—,:]?|[.!])\s*(?:yes\s+or\s+no"
    # ... or a bot's prompt with its answer format after the mark ("Submit to Bacstel-IP?
    # (yes/no)")
    r"|yes\s*/\s*no)\s*\?|\?\s*\(\s*(?:yes\s*/\s*no|yes\s+or\s+no)\s*\)))"
    # "agent, decision needed: stop the press, replate p1, recall the vans ...? yes or no"
    r"|\bdecision\s+needed\s*:\s*(?P<imp2>[a-z]{3,})\b(?=[^.?!\n]{0,160}\?\s*(?:yes\s+or\s+no"
    r"|yes\s*/\s*no)\b)"
)
#: Acts that change something in the world, as English proposal verbs (with ``ACTION_WORDS``).
EN_ACTS: Final = _words(
    "dispatch retract withdraw recall evacuate halt stop block ban lock reopen close pause "
    "resume suspend cancel notify alert escalate activate deactivate quarantine shut declare "
    "invoke trigger jumper bypass defeat abort scrap"
)
#: Verbs that act only with their particle ("turn it on", "go live", "switch it over").
PARTICLE_ACT: Final = _c(
    r"\b(?:turn|switch|flip)\s+(?:[\w-]+\s+){0,3}?(?:on|off|over|live)\b|\bgo\s+live\b"
    # "Should we switch all London zones to the new slot capacity engine tomorrow?"
    r"|\b(?:switch|move|cut|migrate)\s+(?:all|every|the\s+whole)\s+(?:[\w-]+\s+){0,4}?(?:to|onto"
    r"|over\s+to)\s+(?:the\s+)?new\b"
    r"|\bcut\s+(?:[\w-]+\s+){0,2}?over\b"
    # "should I tell the pilots to keep launching this morning?": carrying on operating
    r"|\b(?:keep|continue|carry\s+on)\s+(?:launching|flying|operating|running\s+(?:the\s+)?"
    r"(?:rides?|sessions?|races?|show|flights?|trips?|line|plant|kiln|boiler)|racing|riding"
    r"|sailing|diving|climbing|boarding|firing|lifting|pumping|spraying|burning|dispatching"
    r"|admitting|selling|serving)\b"
)
#: Running one more of a live operation ("Operator wants to run one more ride because the
#: queue is huge. Yes or no?"): the go/no-go on a real ride, flight or show, whatever the time.
ONE_MORE_RUN: Final = _c(
    r"\b(?:run|operate|fly|launch|do|start|send\s+(?:out|up))\s+(?:just\s+)?(?:one\s+more|another"
    r"|a\s+(?:last|final)|the\s+(?:last|final|next))\s+(?:[\w-]+\s+)?(?:rides?|cycles?|flights?"
    r"|sessions?|races?|heats?|shows?|trips?|launch\w*|lifts?|runs?|jumps?|descents?|sailings?)\b"
)
#: ... which acts on something live only when the question says so ("for the three berths this
#: weekend, with real invoices going out").
GO_LIVE_CONTEXT: Final = _c(
    r"\b(?:live|prod\w*|real|customers?|users|passengers|patients|tonight|today|tomorrow|now"
    r"|this\s+(?:weekend|week|morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
#: Calling in responders: "call the police", "send security", "alert the fire brigade".
RESPONDERS: Final = _c(
    r"\b(?:police|cops|911|999|112|ambulance|paramedics|fire\s+(?:brigade|department)"
    r"|polic[eií]a|polizei|pompiers|bomberos|feuerwehr|carabinieri|polícia)\b"
)
#: The same acts in other languages (with ``ML_LIVE_ACTION``): retract, cancel, block, delete,
#: release, pay out, recall, evacuate.
ML_ACTS: Final = _c(
    r"\b(?:zurück\w*|stornier\w*|sperr\w*|lösch\w*|freigeb\w*|freischalt\w*|überweis\w*"
    r"|auszahl\w*|evakuier\w*|alarmier\w*|retir\w*|anul\w*|annul\w*|borr\w*|supprim\w*"
    r"|elimin\w*|cancel\w*|ritir\w*|revoc\w*|revog\w*|rappel\w*|suspend\w*|sospend\w*"
    r"|bloqu\w*|blocc\w*|evacu\w*|despach\w*|liber\w*|wycof\w*|отозв\w*|отмен\w*|удал\w*"
    # raising an alarm: "On déclenche l'alerte inondation ... maintenant, oui ou non ?"
    r"|déclench\w*|auslös\w*|activ\w*|dispar\w*|attiv\w*|uruchom\w*"
    # going live: "Sollen wir das neue Blutbanksystem am Montag scharf schalten? Ja oder nein?"
    r"|aktivier\w*|scharf\s*(?:zu\s*)?schalt\w*|scharfschalt\w*|live\s+(?:gehen|schalten|zetten"
    r"|gaan)|in\s+betrieb\s+nehmen|produktiv\s+(?:setzen|nehmen|schalten|gehen)|activer\w*"
    r"|in\s+gebruik\s+nemen|mise\s+en\s+service|mettre\s+en\s+service"
    # shipping goods out: "l'envoi aux pharmacies", "el envío a las farmacias"
    r"|envoi\w*|expédi\w*|réexpédi\w*|envío\w*|envia\w*|versand\w*|spedizion\w*|spedi\w*"
    # opening something to everyone: "Est-ce qu'on l'ouvre à tous les étudiants lundi ?"
    r"|ouvr\w*|rouvr\w*|öffn\w*|abr[ie]\w*|reabr\w*|apri\w*|riapri\w*|lanç\w*|lanc\w*)"
)
#: Lead verbs of a task on a text ("Classify: should we refund ...? yes or no" reads a ticket).
READ_TASKS: Final = _words(
    "summarize summarise explain describe translate classify label tag categorize categorise "
    "extract list count parse identify detect compare rewrite write draft review analyze analyse "
    "check validate verify"
)
#: A question about a pasted text or its writer ("Does this email ask whether we should
#: refund? yes or no"): the proposal is quoted, not made.
ABOUT_TEXT: Final = _c(
    r"\b(?:does|is|did|do)\s+(?:this|the|that|these)\s+(?:[\w-]+\s+){0,2}?(?:email|e-mail|message"
    r"|ticket|request|text|review|comment|post|note|letter|chat|thread|customer|caller|sender"
    r"|writer|user|mail|sms)s?\b"
)
#: A short reply that executes a trade ("book it with Citi", "ok, go with MUFG", "lock it in").
TAKE_TRADE: Final = _c(
    r"\s*(?:ok(?:ay)?|yes|yep|fine|great|good|perfect|agreed)?[,.!]?\s*(?:please\s+)?(?:book"
    r"|execute|place|lock(?=\s+(?:it|that|this)\s+in)|hit|lift|go\s+with|trade|fill|buy|sell"
    r"|take(?=\s+(?:it|that|this|the\s+(?:trade|quote|offer|bid|price|rate)))|do(?=\s+(?:it|that)"
    r"\s+with))\b"
)
#: The assistant's turn quoted a trade: an instrument, a quote or a rate (with an amount).
TRADE_OFFER: Final = _c(
    r"\b(?:forwards?|swaps?|hedg\w+|options?|futures?|spot|quotes?|quoted|bids?|offers?|fx"
    r"|trades?|orders?|notional|strike|rate\s+lock|locks?|usd/\w{3}|eur/\w{3}|\w{3}/usd)\b"
)
#: Consent relayed to a third party who will act ("reply ... with the go-ahead", "tell her yes,
#: proceed tonight", "confirm to the vendor that they can go ahead").
RELAYED_CONSENT: Final = _c(
    r"\b(?:reply|respond|answer|write\s+back|email|send|tell|confirm|let\s+(?:\w+\s+){1,2}know)\b"
    r"[^.\n]{0,60}?(?:\bwith\s+(?:the\s+|our\s+|a\s+|my\s+)?(?:go-?ahead|green\s+light|approval"
    r"|sign-?off|ok)\b|\b(?:telling|tell|saying)\s+(?:her|him|them|[\w.]+)\s+(?:yes\b|to\s+(?:proceed"
    r"|go\s+ahead)\b|(?:that\s+)?(?:we|they|she|he)\s+(?:can|may)\s+(?:proceed|go\s+ahead)\b)"
    r"|\bthat\s+(?:they|she|he)\s+(?:can|may|should)\s+(?:proceed|go\s+ahead)\b)"
)
#: A pasted thread that says its act cannot be taken back ("we can't back it out without a
#: full restore", "cannot be undone", "no rollback").
MATERIAL_POINT_OF_NO_RETURN: Final = _c(
    r"\bcan(?:'t|not|\s+not)\s+(?:be\s+)?(?:undo(?:ne)?|revers\w+|back(?:ed)?\s+(?:it\s+)?out|roll(?:ed)?"
    r"\s+(?:it\s+)?back|recover\w*|restor\w*)\b|\birreversibl\w*|\bno\s+(?:way\s+back|rollback|back-?out)\b"
    r"|\bpoint\s+of\s+no\s+return\b"
)
#: Opening something for someone ("open it for them", "open the ports up for the vendor").
OPEN_FOR: Final = _c(
    r"\b(?:open|allow|allowlist|whitelist|punch)\s+(?:it|that|this|(?:the\s+)?(?:ports?|firewall|access"
    r"|rule|hole|inbound|ssh|rdp))\s+(?:up\s+)?(?:for|to)\s+(?:them|him|her|the\s+[\w-]+)\b"
    # "yes create it for them" under a thread asking for VPN accounts
    r"|\b(?:(?:create|set\s+up|provision|grant|give)\s+(?:it|that|this|them|those|(?:the\s+)?"
    r"(?:accounts?|access|logins?|vpn))|set\s+(?:it|that|them|those)\s+up)\s+(?:for|to)\s+"
    r"(?:them|him|her|the\s+[\w-]+)\b"
)
#: A thread asking for network access: ports, inbound rules, jump hosts, remote shells.
NETWORK_ASK: Final = _c(
    r"\b(?:inbound|outbound|ports?\s*\d+|(?:22|443|3389|5432|1433|3306)\b|firewall|security\s+group"
    r"|allowlist|whitelist|jump\s*host|bastion|ssh|rdp|vpn)"
)
#: Data removal deferred to the pasted text ("close the account and erase as the ticket says",
#: "delete everything as requested") ...
DEFERRED_ERASURE: Final = _c(
    r"\b(?:erase|delete|wipe|purge|remove|destroy|anonymi[sz]e|scrub)\b(?:\s+(?:it|them|everything"
    r"|all\s+of\s+it|the\s+data|their\s+data|the\s+lot))?\s+(?:as|like)\s+(?:(?:the|this|that"
    r"|their|his|her|our)\s+(?:[\w-]+\s+)?(?:ticket|request|email|e-mail|letter|form|customer"
    r"|client|requester|note|notice|instructions?|dsar)s?\s+(?:says?|asks?|requests?|describes?"
    r"|specifies|lists?|sets?\s+out)|requested|asked|instructed|described|listed|specified)\b"
)
#: ... when that text asks for personal data or records to be removed ("all user profiles
#: under it are erased").
MATERIAL_ERASURE_ASK: Final = _c(
    r"\b(?:erase[ds]?|erasure|delete[ds]?|deletion|removed?|wiped?|purged?|anonymi[sz]ed?)\b"
)
#: A pasted ticket or letter asking for someone's records to be removed ("Patient erasure
#: request ... asking that we remove all records we hold about him"): with "take care of
#: this", the erasure is the act.
MATERIAL_ERASURE_REQUEST: Final = _c(
    r"\b(?:erasure|deletion|right\s+to\s+be\s+forgotten|gdpr\s+art(?:icle|\.)?\s*17)\s+request\b"
    r"|\b(?:erase|delete|remove|wipe|purge)\s+(?:all\s+)?(?:the\s+)?(?:records?|data|information"
    r"|personal\s+data|profiles?)\s+(?:we\s+hold\s+)?(?:about|on|of)\s+(?:him|her|them|me|us)\b"
)
#: A go to run for real what was just simulated ("numbers look right. rerun it with
#: --broadcast.", "now run it for real", "rerun without --dry-run") ...
REAL_RUN: Final = _c(
    # in request position, not "a human will ... run it with --apply later"
    r"(?:^|[.!?;:,]\s*|\n|\b(?:now|then|ok|okay|so|please|just)\s+)(?:re-?run|run|execute|apply"
    r"|redo|do)\s+(?:it|this|that|them|the\s+(?:script|command|job"
    r"|migration|plan|batch|same\s+(?:thing|command)))\s+(?:again\s+)?(?:for\s+real|live|with\s+"
    r"(?:the\s+)?(?:--)?(?:broadcast|execute|apply|commit|confirm|yes|force|live|no-dry-run)\b"
    r"|without\s+(?:the\s+)?(?:--)?(?:dry[- ]?run|simulate|noop|what-?if|check)\b)"
    r"|\b(?:now|then|ok|okay|so|please|just)\s+(?:add|pass|append)\s+"
    r"(?:the\s+)?--(?:broadcast|execute|apply|commit|confirm)\b"
)
#: ... after a pasted simulation or dry run of moving money, data or access.
SIMULATED_RUN: Final = _c(
    r"\bdry[- ]?run\b|\bsimulation\s+complete\b|\bsimulated\b|\bwould\s+(?:transfer|delete"
    r"|send|remove|update|revoke|pay|drop|purge|refund|charge|grant|disable|terminate|migrate)\b"
    r"|\bto\s+broadcast\s+these\s+transactions\b|\bno\s+changes\s+(?:were\s+)?(?:made|applied)\b"
    r"|\bnothing\s+(?:was\s+)?(?:sent|changed|written|applied)\b"
)
#: A go-ahead given as an emoji under a pasted run or release ("🚀", "👍 from me", "✅").
EMOJI_GO_AHEAD: Final = _c(
    r"\s*(?:🚀|👍|✅|🟢|👌|✔️?|🆗)+\s*(?:from\s+me|go|ship\s+it)?\s*[.!]*\s*$"
)
#: ... when what is pasted waits for that go ("Status: READY_TO_RELEASE", "pending approval").
AWAITING_GO: Final = _c(
    r"\bready[_ -]to[_ -](?:release|deploy|send|pay|go[_ -]live|ship|submit|execute)\b"
    r"|\b(?:awaiting|pending)[_ -](?:your\s+)?(?:approval|release|go|sign-?off)\b"
    # "Xero batch payment ready for approval - 14 supplier bills ..."
    r"|\bready\s+for\s+(?:your\s+)?(?:approval|sign-?off|release|submission)\b"
    # GitHub Actions: 'run #5521 is waiting for review for environment "production"'
    r"|\b(?:waiting|awaiting)\s+(?:for\s+)?(?:your\s+)?(?:review|approval|sign-?off)\b"
    # "Draft command for review:" over a command run against prod
    r"|\b(?:draft|proposed)\s+(?:command|query|change|sql|script|statement)s?\s+for\s+(?:your\s+)?"
    r"(?:review|approval|sign-?off)\b(?=[\s\S]{0,400}\b(?:prod|production|live)\b)"
    # a bot's "Preview ready: portal@a91f3c2 -> prod?", "promote build 812 to production?"
    r"|(?:->|→|=>)\s*(?:prod|production|live)\s*\?"
    r"|\b(?:deploy|promote|ship|release|push|roll\s+out)\b[^?\n]{0,60}\b(?:to|into|on)\s+"
    r"(?:prod|production|live)\s*\?"
)
#: A bare approval as the closing line ("Approve it.", "ok, approve the run").
APPROVE_IT: Final = _c(
    r"\s*(?:ok(?:ay)?[,.]?\s+|yes[,.]?\s+)?(?:please\s+)?approve(?:d|\s+(?:it|this|that|the\s+(?:run"
    r"|deploy\w*|release|request|job)))?(?:\s+please)?\s*[.!]?\s*"
)
#: Releasing or paying an item by its id ("release BR-88001 today"): with a pasted payment
#: request that names the same id, money moves.
PAY_BY_ID: Final = _c(
    r"\b(?:release|pay|settle|approve|process|remit)\s+(?:invoice\s+|bill\s+|po\s+)?#?"
    r"(?P<id>[a-z]{1,6}-?\d{3,}[\w-]*)\b"
)

#: "Do we send it to them?", "On leur envoie ?", "¿Se la enviamos?": handing data over, asked.
HANDOVER_QUESTION: Final = _c(
    r"\b(?:do|should|can|shall)\s+we\s+(?:send|share|give|hand|export)\b[^?\n]{0,60}\?"
    r"|\b(?:ok|okay|fine|alright|safe)\s+to\s+(?:send|share|give|hand|release|forward)\b[^?\n]{0,40}\?"
    r"|\bon\s+(?:leur|lui)\s+(?:envoie|transmet|donne|partage)\b[^?\n]{0,40}\?"
    r"|\b(?:enviamos|mandamos|compartimos|compartilhamos|inviamo|mandiamo|condividiamo)\b[^?\n]{0,40}\?"
    r"|\b(?:schicken|senden|geben|teilen)\s+wir\b[^?\n]{0,40}\?"
    # "Make the call: share or not?", "disclose it or not?"
    r"|\b(?:share|send|disclose|release|hand\s+(?:it\s+|them\s+)?over|pass\s+(?:it\s+|them\s+)?on)"
    r"\s+(?:it\s+|them\s+)?or\s+not\s*\?"
)
#: Customer or personal data named in other languages as well as English.
CUSTOMER_DATA: Final = _c(
    r"\bcustomer\s+(?:addresses|data|list|records|emails|phone\s+numbers)\b|\badresses?\s+(?:des\s+)?"
    r"clients\b|\bdonnées\s+(?:des\s+clients|clients|personnelles)\b|\bdirecciones\s+de\s+(?:los\s+)?"
    r"clientes\b|\bdatos\s+(?:de\s+(?:los\s+)?clientes|personales)\b|\bkunden(?:adressen|daten|liste)\b"
    r"|\bpersonenbezogene\w*\s+daten\b|\b(?:indirizzi|dati)\s+(?:dei\s+)?clienti\b|\bdati\s+personali\b"
    r"|\b(?:endereços|dados)\s+(?:dos\s+)?clientes\b|\bdados\s+pessoais\b"
    r"|\b(?:passenger|patient|customer|member|student|employee|guest|client|crew)\s+(?:list|manifest"
    r"|names|records|details)\b"
    # "a named case file", "identifiable call records"
    r"|\b(?:named|identifiable|identified)\s+(?:case\s+|call\s+|client\s+)?(?:files?|records?|notes)\b"
)
#: Someone outside the company asking for it, in several languages.
OUTSIDER: Final = _c(
    r"\b(?:transporteur|transportista|transportadora|spediteur\w*|carrier|fournisseur|prestataire"
    r"|proveedor|dienstleister|lieferant\w*|fornitore|fornecedor|partenaire|vendor|partner"
    r"|tiers|terceros?|dritte\w*|agence|agencia|agentur|broker|courtier|journalists?|reporters?"
    r"|press|newspaper|herald|tabloid|media)\b|\bsomeone\s+from\s+(?:the\s+)?[\w-]+"
    # public bodies asking without the person's consent ("with the local authority")
    r"|\b(?:local\s+authority|police|social\s+services|the\s+council|insurer|employer)\b"
)

# ----------------------------------------------- a short reply to an assistant's proposal

#: An assistant turn that says its proposed act cannot be undone.
IRREVERSIBLE: Final = re.compile(
    r"\bcan(?:'t|not|\s+not)\s+be\s+(?:undone|reversed|recovered|restored)\b|\birreversibl\w*"
    r"|\bno\s+way\s+to\s+undo\b|\bpermanently\s+(?:delete|remove|erase|end|close)\w*"
    # "Rollback after step 3 is not possible without replaying webhooks."
    r"|\b(?:rollback|roll\s+back|undo|going\s+back)\b[^.?\n]{0,40}\bis\s+not\s+possible\b"
    r"|\bcan(?:'t|not|\s+not)\s+be\s+(?:rolled\s+back|un\w+ed)\b|\bno\s+rollback\b"
    # "I'll run psql $PROD_URL -c '\copy stations ...' after truncating stations. OK?"
    r"|\b(?:after|before|by|then)\s+(?:truncating|dropping|wiping|purging)\s+(?:the\s+)?"
    r"(?!(?:local|cache|temp|tmp|build|scratch)\b)\w"
    # "MoldTrack has no version history for lots, so the current values would be lost."
    r"|\b(?:current|old|existing|previous)\s+(?:values?|data|records?|versions?|entries)\s+"
    r"(?:would|will)\s+be\s+(?:lost|overwritten|gone)\b"
)
#: An offer that asks, or that puts a call up for a go without a question ("I can apply it.
#: Proposed call:" then the call).
ASKS_OR_PROPOSES: Final = re.compile(
    r"\?|\bproposed\s+(?:tool\s+)?call\s*:|\bi\s+can\s+(?:apply|run|execute)\s+(?:it|this|them)\b"
)
#: A short yes, in several languages ("ok go", "ja, mach", "sí, dale", "oui vas-y", "好的").
AFFIRMATIVE: Final = re.compile(
    r"\s*(?:yes|yep|yeah|ok(?:ay)?|sure|go(?:\s+ahead)?|proceed|do\s+it|confirm(?:ed)?|approved?"
    r"|ja|jawohl|mach|sí|si|dale|oui|vas-y|sì|certo|sim|pode|tak|да|evet)\b|\s*(?:はい|好的?|是的?|네|예)"
    r"|\s*(?:👍|✅|👌|✔|🆗|🚀)",
    re.IGNORECASE,
)
#: A short reply that refuses what it answers ("no. leave it alone, Jas is adding a disk
#: tomorrow"): the proposal is not handed over (not "no problem, go ahead").
REFUSAL: Final = re.compile(
    r"\s*(?:no(?!\s+(?:problem|probs?|worries|objections?|issues?|doubt|prob)\b)|nope|nah"
    r"|don'?t|do\s+not|not\s+(?:now|yet|today|tonight)|hold\s+off|leave\s+it)\b",
    re.IGNORECASE,
)
#: An assistant turn that recommends an act without asking ("Recommended action: stop the
#: outbound EDI queue on edi-gw01 now."): a yes to it consents only when the rules read the
#: act as more than cheap work.
RECOMMENDED: Final = re.compile(
    r"\brecommended\s+(?:action|fix|step|next\s+step)\s*:", re.IGNORECASE
)
#: An assistant turn that ends asking for consent ("... in racks C1-C4. Proceed?"), or that
#: warns its act cannot be undone (a yes after it consents to that act).
CONSENT_ASKED: Final = re.compile(
    r"\b(?:proceed|confirm|go\s+ahead|shall\s+i|should\s+i|ok(?:ay)?|continue|approve|execute"
    r"|want\s+me\s+to)\b"  # "Do you want me to lock out RTG 14 ...?"
    r"[^?\n]{0,160}\?\s*$"
    r"|\bi\s+propose\s+to\b"  # "I propose to: (1) generate a new node key, ..."
    # "Reply ✅ to proceed.", "Send now?" closing a bot's prepared run
    r"|\breply\s+\S{1,12}\s+to\s+(?:proceed|confirm|continue|approve|go\s+ahead)\b"
    r"|\b(?:send|pay|release|submit|run|push|apply)\s+(?:it\s+|them\s+)?now\s*\?\s*$"
    # "Proposed tool call: dns.update(zone='...', record='climbs', ...)"
    r"|\bproposed\s+(?:tool\s+call|action|change|command|step)\s*:"
    r"|\bwaiting\s+for\s+your\s+(?:confirmation|go|approval|ok)\b"
    # "I can remove the originals, including all object versions, which cannot be undone."
    r"|\b(?:cannot|can't|can\s+not|won't)\s+be\s+(?:undone|reversed|recovered|restored)\b"
    r"|\bis\s+irreversible\b",
    re.IGNORECASE,
)
