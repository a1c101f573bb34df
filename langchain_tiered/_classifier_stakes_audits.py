"""English stakes rules for security audits and the calls asked of the model.

They are the last rules of :data:`._classifier_stakes.EN_RULES`, which ends with
``*AUDIT_RULES`` (moved here from :mod:`._classifier_stakes` to keep that module small; the
order in which rules are tried is unchanged):

* a security audit, penetration test or threat model asked for ("Do a PCI DSS scope review
  of our kiosks"), and a hunt for vulnerabilities or escalation paths ("find privilege
  escalation paths in our IAM policies");
* "is this vulnerable?" and "is our handling of card data PCI compliant?";
* who holds access, reviewed ("Check the permissions in DonorBase: which roles can see or
  export the bank details?"), and an attack on the live system asked about ("tell me if anyone
  could forge a 'paid' event");
* whether to disclose, notify or report a breach, or to tell the affected people;
* a decision on a live action ("decide whether to roll back"), a sign-off or attestation the
  model's verdict becomes, "have we been compromised?", a chosen action carried out ("pick one
  and execute it") and go/no-go calls ("safe to deploy?").
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_objects import _SEC_OBJECT
from langchain_tiered._classifier_patterns import WHO_CAN
from langchain_tiered._classifier_stake_rule import StakesRule, _rule, _search_rule

#: Audit and decision rules, in priority order (the tail of ``EN_RULES``).
AUDIT_RULES: Final[tuple[StakesRule, ...]] = (
    _rule(
        "security_audit", "security_audit",
        "perform conduct do run carry execute start complete audit pentest pen-test red-team "
        "red threat threat-model pentest-style pentest-like audit-style red-team-style security "
        "security-review security-audit penetration penetration-test",
        r"(?:perform|conduct|do|run|carry\s+out|execute|start|complete)\s+(?:a\s+|an\s+|the\s+"
        r"|our\s+)?(?:(?:annual|yearly|quarterly|full|thorough|quick|comprehensive|complete|proper"
        r"|real|deep|in-depth|rigorous|detailed|formal|independent|fresh|basic|initial|careful"
        r"|serious|end-to-end|first)\s+)?"
        # "Do a HIPAA-focused security review of how case files travel ...": the standard named
        r"(?:(?:pci(?:[- ]dss)?|hipaa|gdpr|soc\s*2|iso\s*27001|sox|privacy)(?:[- ](?:focused|led"
        r"|driven|style|oriented|aligned|scoped))?\s+(?=security|penetration|pen|access|privilege))?"
        r"(?:security|penetration|pen"
        r"|red[- ]team|vulnerability|threat|access|permissions?|iam|privilege"
        # "Do a PCI DSS scope review of our kiosks", "run a SOC 2 gap assessment"
        r"|(?:pci(?:[- ]dss)?|soc\s*2|iso\s*27001|hipaa|compliance)(?:\s+(?:scope|gap|readiness"
        r"|controls?))?)\s*(?:audit|test|review|assessment|scan|exercise|model\w*)|(?:perform|conduct|do|run|carry\s+out|execute"
        r"|start|complete)\s+(?:a\s+|an\s+)?pen[- ]?test(?:[- ]style|[- ]like)?\s+"
        r"(?:review|audit|pass|assessment)|audit(?=\s+\S)(?!\s+(?:sampling|samples?|committee|firm|fees?"
        r"|trails?|logs?|logging|events?"
        r"|records?|tables?|history|entries|fields?|columns?|ids?)\b)|pen-?test|red[- ]team"
        # "Penetration-test the customer portal before launch"
        r"|penetration[- ]test(?!\s+(?:report|results?|findings|summary|scope)\b)"
        # "Security-review this before it goes live": the compound verb of an audit, of
        # something live ("Security-review this Dockerfile" is a code review)
        r"|security[- ](?:review|audit|test|check)(?=\s+(?:this|these|it|our|the|my|all)\b"
        r"[^.\n]{0,80}\b(?:live|prod|production|internet-facing|public-facing)\b)"
        r"|threat[- ]model(?!\s+(?:included|attached|below|above|section|doc\w*|template|is|was"
        r"|should|would|will)\b)",
        "direct",
    ),
    _rule(
        "security_audit", "security_audit",
        "check review scan analyze analyse assess inspect examine test look go evaluate probe "
        "find list identify hunt search tell show enumerate map determine investigate establish",
        r"check|review|scan|analy[sz]e|assess|inspect|examine|test|look\s+(?:at|over|for)"
        r"|go\s+(?:over|through)|evaluate|probe|find|list|identify|hunt\s+for|search\s+for"
        r"|tell\s+me|show\s+me|enumerate|map\s+out|determine|investigate|establish",
        "object",
        _SEC_OBJECT,
        unless=r"\b(?:from|in)\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:advisory|report|cve|bulletin"
        r"|changelog|scan\s+output|excerpt|state|dump|export)\b|^\s+(?:my|this)\s+(?:[\w-]+\s+)"
        r"{0,2}?(?:module|code|pr|pull\s+request|diff|template|chart|function|class|script"
        r"|dockerfile|endpoint|handler|route|snippet|query|component|controller|method|form|terraform"
        r"|page|view|screen|hook|schema|migration)\b",
    ),
    _search_rule(  # "Review the OTA signing setup end to end ... and tell me whether we're
        # exposed": a verdict on our own exposure (not to a rate rise or the weather)
        "security_audit", "security_audit", "exposed vulnerable exploitable compromised reach",
        # ("can a player's phone on guest Wi-Fi reach the machines' service menus or the reader
        # admin pages?": whether an outsider gets to our own admin surfaces)
        r"(?P<verb>\bcan\s+(?:a|an|the|any|someone\s+on\s+the)\s+(?:[\w'’-]+\s+){0,4}?(?:on|from|via)"
        r"\s+(?:the\s+|our\s+)?(?:guest|public|visitor|customer|open|player|staff)\s+(?:wi-?fi|network"
        r"|vlan|lan|ssid)\s+(?:reach|access|get\s+(?:to|into)|see|hit|talk\s+to)\s+(?:the\s+|our\s+)?"
        r"(?:[\w'’-]+\s+){0,4}?(?:admin|service\s+menus?|management|internal|control|config\w*"
        r"|back-?office|pos|tills?|cameras?|cctv)\b"
        r"|\b(?:tell\s+(?:me|us)|let\s+(?:me|us)\s+know|confirm|find\s+out|work\s+out"
        r"|assess|establish|determine)\s+(?:whether|if)\s+(?:we(?:'re|\s+are)|our\s+[\w-]+"
        r"(?:\s+[\w-]+)?\s+(?:is|are))\s+(?:actually\s+|still\s+|really\s+)?(?:exposed|vulnerable"
        r"|exploitable|compromised)\b(?!\s+to\s+(?:the\s+|a\s+|any\s+)?(?:rates?|interest|currency|fx"
        r"|markets?|prices?|inflation|weather|sun|heat|cold|rain|flood\w*|demand|suppliers?)\b)"
        # "... and tell us how exposed we are"
        r"|\b(?:tell\s+(?:me|us)|let\s+(?:me|us)\s+know|work\s+out|find\s+out|assess)\s+how\s+"
        r"(?:exposed|vulnerable|at\s+risk)\s+(?:we\s+are|we're|our\s+[\w-]+(?:\s+[\w-]+)?\s+"
        r"(?:is|are))\b)"
        r"(?P<rest>.*)",
        "direct",
    ),
    _search_rule(
        "security_audit", "security_audit",
        "vulnerable exploitable secure safe injectable compliant pci-compliant",
        # ("is our LIMS certificate signing setup secure enough for 3.2 certs?": a longer name
        # for our own system; not "is this email template rendering code vulnerable", pasted)
        # ("Is the driver app's session history API vulnerable to IDOR again?": a possessive)
        r"(?P<verb>\b(?:is|are)\s+(?:(?:this|these|it)\s+(?:[\w-]+\s+){0,3}|(?:the|our)\s+"
        r"(?:[\w'’-]+\s+){0,5})(?:vulnerable"
        r"|exploitable|secure|safe\s+(?:from|against)|injectable)"
        # "Is our handling of card data at the ticket kiosks PCI compliant?"
        r"|\b(?:is|are)\s+(?:this|these|it|the|our|we)\b[^.?\n]{0,80}?\b(?:pci(?:[- ]dss)?|hipaa"
        r"|gdpr|soc\s*2)[- ]compliant"
        # "Review the PCI SAQ A answers ... and tell me whether we're actually compliant"
        r"|\b(?:pci|saq|hipaa|gdpr|soc\s*2|iso\s*27001|sox)\b[^.?\n]{0,200}?\b(?:whether|if|are)\s+we"
        r"(?:'re|\s+are)?\s+(?:actually\s+|really\s+|fully\s+|still\s+)?compliant\b"
        r"|\b(?:whether|if|are)\s+we(?:'re|\s+are)?\s+(?:actually\s+|really\s+|fully\s+|still\s+)?"
        r"compliant\s+with\s+(?:the\s+)?(?:pci|hipaa|gdpr|soc\s*2|iso\s*27001|sox)\b)(?P<rest>.*)",
        "direct",
    ),
    _search_rule(
        "disclosure_decision", "security_audit",
        "disclose disclosure notify public advisory cve breach report warn alert tell inform "
        "whether file reportable notifiable",
        r"(?P<verb>\b(?:decide|determine|choose|advise|recommend|should\s+we)\b.{0,60}\b"
        r"(?:disclose|disclosure|notify\s+(?:customers|users|regulators|the\s+public|affected)"
        r"|go\s+public|publish\s+the\s+(?:advisory|cve)|breach\s+notice"
        # "decide which findings we must tell the insurer about under the cyber policy"
        r"|(?:tell|inform|notify|report\s+to)\s+(?:the\s+|our\s+)?(?:cyber\s+)?(?:insurers?"
        r"|underwriters?|regulators?|supervisory\s+authority)"
        # "decide which of these we have to report to the Board and to the Regulator of ..."
        r"|report\s+to\s+[^.?\n]{0,40}?\b(?:regulators?|supervisory\s+authority)\b)|\b(?:do|should|must"
        r"|shall)\s+we\s+(?:need\s+to\s+|have\s+to\s+)?(?:notify|disclose\s+(?:it|this|the|to\b)"
        r"|(?:warn|alert|inform)\s+(?:them|our\s+(?:clients|customers|users|members|patients)"
        r"|(?:the\s+)?(?:clients|customers|users|affected|regulators?|public))"
        r"|report\s+(?:it|this|the\s+breach)\s+to|report\s+to\s+(?:our\s+|the\s+)?(?:acquirer|card"
        r"\s+(?:brands|schemes)|regulators?|ico|fca|authorit(?:y|ies))|file\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:mdr|sar"
        r"|str|report|notification|notice)\b)\b|\bwhether\s+(?:we\s+have|there\s+is|this\s+is)"
        r"\s+a\s+(?:reportable\s+)?breach\b|\bbreach\s+to\s+report\b"
        # "Do we treat this as a reportable incident and pull the boxes offline?", "tell me
        # whether we have to treat this as a breach and report it"
        r"|\b(?:(?:do|should|shall)\s+we|whether\s+we\s+(?:have\s+to|must|need\s+to|should))\s+treat"
        r"\s+(?:this|it|that)\s+as\s+(?:an?\s+)?(?:reportable|notifiable|(?:data\s+)?breach)\b"
        # "do we pay the bounty and publish an advisory, or fix quietly?"
        r"|\b(?:do|should|shall)\s+we\b[^?\n]{0,100}\b(?:publish\s+(?:an?\s+|the\s+)?(?:security\s+)?"
        r"advisory|go\s+public)\b[^?\n]{0,160}\?"
        # "Is this a breach we have to report? Make the call.", "is it a notifiable incident?"
        # ("is this a reportable personal data breach? the 72h clock might already be running")
        r"|\b(?:is|was)\s+(?:this|it|that)\s+(?:an?\s+)?(?:(?:reportable|notifiable)\s+)?(?:personal\s+)?"
        # ("Is that a security incident we have to report to the Commission?")
        r"(?:data\s+)?(?:breach|incident|(?:security|cyber)\s+(?:breach|incident)(?=\s+(?:that\s+)?we\s))"
        r"(?:\s+(?:that\s+)?we\s+(?:have\s+to|must|need\s+to)\s+(?:report"
        r"|notify|disclose)|(?<=reportable\sbreach)|(?<=notifiable\sbreach)|(?<=able\sdata\sbreach)|(?<=reportable"
        r"\sincident)|(?<=notifiable\sincident)|(?<=able\spersonal\sdata\sbreach))\b"
        # "Is the anyone-with-the-link folder of model releases a reportable exposure?"
        r"|\b(?:is|was)\s+(?:the|our)\s+[^?\n]{1,100}?\s+an?\s+(?:reportable|notifiable)\s+(?:exposure"
        r"|breach|incident)\b"
        # "give me a verdict and whether we must inform the affected clients"
        r"|(?<!about\s)(?<!on\s)(?<!regarding\s)(?<!of\s)\bwhether\s+(?:we|to)\s+(?:must\s+"
        r"|should\s+|need\s+to\s+|have\s+to\s+)?(?:notify|inform"
        r"|tell|warn|alert|disclose\s+(?:it|this|the))\s+(?:them|the\s+|our\s+|affected|regulators?"
        r"|customers|clients|users|members|patients|tenants|students|donors|subscribers))(?P<rest>.*)",
        "direct",
    ),
    _search_rule(  # "Legal wants to know by 5pm: does this trigger a GDPR breach notification?"
        "disclosure_decision", "security_audit", "notification notifiable reportable",
        r"(?P<verb>\b(?:does|do|would|will|did)\s+(?:this|it|that|these|the\s+[\w-]+)\s+"
        r"(?:trigger|require|need|count\s+as|amount\s+to|mean)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:breach\s+notification|notifiable\s+(?:breach|incident)|reportable\s+(?:breach|incident)"
        r"|notification\s+to\s+(?:the\s+)?(?:ico|regulators?|dpa|supervisory\s+authority|cnil"
        r"|authorit(?:y|ies)|customers|users|data\s+subjects)))(?P<rest>.*)",
        "direct",
    ),
    _search_rule(  # "do we tell LPs the notice showed the wrong bank details, or quietly fix it?"
        "disclosure_decision", "security_audit", "tell text email e-mail sms message",
        # ("Should we tell every parent about the invoice PDF bug, or only the four families
        # whose invoices we know were opened by someone else?"; "Should we text all 6,000
        # visitors booked for tomorrow that the lion reserve is closed?": a mass notice sent)
        r"(?P<verb>\b(?:do|should|must|shall)\s+we\s+(?:need\s+to\s+|have\s+to\s+)?(?:tell|text"
        r"|e-?mail|sms|message)\s+(?:the\s+|our\s+|all\s+|every\s+|each\s+)?(?:(?:the\s+)?\d[\d,]*"
        r"\s+)?(?:[\w-]+\s+)?(?:lps|investors|clients?|customers?|users?"
        r"|members?|patients?|regulators?|public|affected|them|everyone|holders|policyholders|donors"
        r"|subscribers|tenants?|parents?|families|students?|residents?|households|passengers"
        r"|guests|visitors|schools?|partners?|funders?|trustees?)\b)(?P<rest>.*)",
        "object",
        r"\b(?:wrong|incorrect|mistake|error|breach\w*|leak\w*|exposed|incident|outage|fraud\w*"
        r"|compromised|hacked|overcharg\w*|double[- ]charg\w*|lost|stolen|bug|closed|cancell?ed"
        r"|shut|postponed|evacuat\w*|recall\w*|unsafe|contaminat\w*"
        r"|(?:opened|accessed|seen|viewed|read)\s+by\s+(?:someone|somebody|others?|another|the\s+wrong)"
        # "... was shared 'anyone with the link' ... the access log shows two external views"
        r"|external\s+(?:views?|visits?|access(?:es)?|downloads?|opens?)|shared\s+publicly"
        r"|publicly\s+(?:visible|accessible|shared))\b"
        # "Do we tell the customers on Mill Road now not to use the toilets?": public advice
        r"|\bnot\s+to\s+(?:use|drink|flush|shower|travel|come|enter|swim)\b|\bto\s+(?:boil"
        r"|evacuate|stay\s+(?:in|home|indoors|away)|shelter)\b",
    ),
    _search_rule(  # "tell me whether any leaver's fob was used; if so, we'll treat it as a
        # reportable incident": the finding decides the report
        "disclosure_decision", "security_audit", "reportable notifiable",
        r"(?P<verb>\b(?:if\s+so|if\s+(?:it\s+was|they\s+were|yes)),?\s+(?:we(?:'ll|\s+will)|i(?:'ll|\s+will))"
        r"\s+(?:treat|report|log|declare)\s+(?:it|this|them)\s+as\s+(?:an?\s+)?(?:reportable"
        r"|notifiable)\s+(?:incident|breach)\b)(?P<rest>.*)",
        "direct",
    ),
    _search_rule(  # "Check our Famly staff permissions against the role matrix and flag everyone
        # who can read safeguarding notes without needing to": an access review
        "access_review", "security_audit", "against flag which",
        # ("Review every IAM role and user that can read or write the escrow bucket and tell me
        # which ones to cut": who holds access, and which of them loses it)
        r"(?P<verb>\b(?:check|audit|review|go\s+through|list)\s+(?:every|all(?:\s+the)?|each)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:roles?|users?|accounts?|keys?|principals?|grants?|tokens?"
        r"|members?)\b[^.?\n]{0,120}?\b(?:which|what)\s+(?:ones\s+|of\s+them\s+)?(?:to|we\s+"
        r"should|should\s+(?:we\s+|be\s+)?)\s*(?:cut|remove|revoke|drop|disable|strip|kill|lose"
        r"|removed|revoked|disabled|cut\s+off)\b"
        r"|\b(?:check|audit|review|compare)\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:permissions|access\s+rights|user\s+access|role\s+assignments)\s+against\s+(?:the\s+"
        r"|our\s+)?(?:[\w-]+\s+)?(?:role\s+matrix|rbac\s+matrix|access\s+matrix"
        r"|access\s+polic(?:y|ies)|least[- ]privilege)\b|\bflag\s+(?:everyone|anyone"
        r"|every\s+(?:user|account)|all\s+(?:users|staff|accounts))\s+who\s+(?:can|has|have)\s+(?:read|access|see|view|edit|open)\b"
        r"[^.\n]{0,80}\bwithout\s+(?:needing|a\s+need|business\s+need)\b)(?P<rest>.*)",
        "not_local",
    ),
    _search_rule(  # "tell me if anyone could forge a 'paid' event and get free membership": an
        # attack on the live system asked about
        "could_anyone", "security_audit", "tell check find work see",
        r"(?P<verb>\b(?:tell\s+(?:me|us)|check|find\s+out|work\s+out|see)\s+(?:if|whether)\s+"
        r"(?:anyone|anybody|someone|somebody|an?\s+(?:attacker|outsider|member|customer|user"
        r"|student|guest|parent|stranger|hacker)|a\s+malicious\s+\w+)\s+(?:could|can|might"
        r"|would\s+be\s+able\s+to)\s+(?:forge|spoof|fake|replay|bypass|tamper|guess|enumerate"
        r"|brute[- ]force|hijack|impersonate|escalate|get\s+(?:free|admin|in|into))\b)(?P<rest>.*)",
        "not_local",
    ),
    _search_rule(  # "Check the permissions in DonorBase: which roles can see or export the bank
        # details?": who holds access to a system's data, reviewed (not "this file": a file mode)
        "permission_review", "security_audit",
        "permissions roles role rights access",
        r"(?P<verb>\b(?:check|review|audit|go\s+through|look\s+(?:at|through|over)|examine"
        r"|inspect|verify)\s+(?:the\s+|our\s+)?(?:[\w.'’-]+\s+){0,2}?(?:permissions|access\s+rights"
        r"|roles?|role\s+assignments|user\s+rights|access\s+(?:settings|levels|controls))\s+(?:in"
        r"|on|of|for|across)\s+(?!(?:this|that|my|the|a)\s+(?:[\w-]+\s+)?(?:file|folder|directory"
        r"|script|snippet|code|example|test|sandbox)\b)[^.?!\n:,]{1,40}?\s*[:,—–-]\s*"
        + WHO_CAN
        + r")(?P<rest>.*)",
        "not_local",
    ),
    _search_rule(
        "live_decision", "incident", "decide determine choose tell advise recommend",
        r"(?P<verb>\b(?:decide|determine|choose|tell\s+me|advise|recommend)\s+(?:now\s+)?"
        r"(?:(?:whether|if)\s+(?:to|we(?:\s+(?:should|can|must|need\s+to))?)|between)\s+(?:[\w-]+\s+)"
        r"{0,3}?(?:roll\s*back|rollback|fail\s*over|failover|deploy"
        r"|release|ship|apply|drop|delete|purge|restore|shut\s*down|proceed|revert|pay|refund"
        r"|rotate|revoke|merge|promote|force[- ]?log\s*out|log\s*out|sign\s*out|lock|block"
        r"|disable|suspend|ban|take\s+(?:[\w-]+\s+){0,3}(?:down|offline)|restart|scale|disclose"
        r"|shut\s+(?:[\w-]+\s+){0,3}down|isolate|turn\s+(?:on|off)|enable|switch|announce|publish"
        r"|notify|kick\s+off|cut\s*over))(?P<rest>.*)",
        "not_local",
    ),
    _search_rule(  # "sign off that it's fit for the FedRAMP assessment. If you say it's fine,
        # that's what goes to the assessor": the model's verdict is the attestation
        "sign_off", "security_audit", "sign certify attest say submit accept",
        r"(?P<verb>\bsign\s+off\s+that\s+(?:it|this|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:is\s+|'s\s+)?"
        r"(?:fit|ready|compliant|safe|secure|good)\b|\b(?:certify|attest)\s+that\s+(?:it|this|we|our"
        r"|the)\b|\bif\s+you\s+say\s+(?:it's|it\s+is)\s+(?:fine|ok|okay|good|safe|ready)\b[^.]{0,40}"
        r"\b(?:goes\s+to|we\s+(?:ship|proceed|go|launch|submit|send|sign)|that's\s+what)"
        # "decide which we accept as risk and sign off for the regulator; I'll submit it as-is"
        r"|\bsign\s+off\s+for\s+the\s+(?:regulator|auditors?|assessors?|board|examiners?|inspectors?)\b"
        # "... and sign them off as compliant for the SOC 2 report": the verdict is attested
        r"|\bsign\s+(?:it|them|this|these|those|that)\s+off\s+as\s+(?:compliant|secure|effective"
        r"|adequate|passing)\b"
        r"|\bi'll\s+submit\s+your\s+(?:decisions?|answers?|verdicts?|sign-?off)\s+as[- ]is\b"
        r"|\bwhich\s+(?:of\s+these\s+)?(?:ones\s+)?(?:we\s+)?accept\s+as\s+(?:a\s+)?risks?\b)(?P<rest>.*)",
        "direct",
    ),
    _search_rule(
        "compromise_question", "security_audit", "compromised breached hacked owned pwned",
        r"(?P<verb>\b(?:are|were|is|have)\s+(?:we|our\s+[\w-]+|this\s+account|the\s+account)\s+(?:been\s+)?"
        r"(?:compromised|breached|hacked|owned|pwned)\b"
        # "Tell me which of these accounts look compromised and should be locked."
        r"|\bwhich\s+(?:of\s+(?:these|them|those)\s+|ones?\s+)?(?:[\w-]+\s+){0,3}?(?:looks?|seems?"
        r"|appears?|are|is|might\s+be|could\s+be|(?:we\s+)?(?:must|should|have\s+to)\s+"
        r"(?:treat|consider)\s+as|(?:to\s+)?treat\s+as)\s+(?:to\s+be\s+|already\s+)?(?:compromised"
        r"|hacked|pwned)\b)(?P<rest>.*)",
        "direct",
    ),
    _search_rule(
        "act_on_decision", "incident", "pick choose decide select commander approve",
        r"(?P<verb>\b(?:pick|choose|decide\s+on|select)\s+(?:(?:the\s+|an?\s+)?(?:best\s+|next\s+"
        r"|right\s+|better\s+)?(?:action|step|option|fix|remediation|mitigation|one)s?|one|either)"
        r"\s+and\s+(?:execute|run|apply|do|perform|carry\s+out|implement|go)\b"
        # "Approve or reject, and execute step 3 if you approve": the approval is the act
        r"|\bapprove\s+or\s+(?:reject|deny|decline)\b[^.\n]{0,40}\b(?:and|then)\s+(?:execute|run"
        r"|apply|carry\s+out|implement)\b|\b(?:execute|run|apply)\s+(?:[\w-]+\s+){0,3}if\s+you"
        r"\s+approve\b|\byou(?:'re|\s+are)\s+(?:the\s+|our"
        r"\s+)?incident\s+commander\b)(?P<rest>.*)",
        "direct",
    ),
    _search_rule(
        "go_no_go", "deploy", "safe ok okay fine good go no-go can",
        r"(?P<verb>\b(?:safe|ok|okay|fine|good)\s+to\s+(?:apply|deploy|run|release|ship|merge"
        r"|execute|proceed|roll\s+out|drop|delete|migrate|push|go\s+ahead)\b|\bgo(?:/|\s+or\s+)"
        r"no[- ]go\b|\bcan\s+(?:it|this|they|we)\s+(?:go\s+(?:out|live)|ship|be\s+(?:shipped"
        r"|released|deployed|merged))\b)(?P<rest>.*)",
        "object_live",
        r".",
    ),
)  # fmt: skip
