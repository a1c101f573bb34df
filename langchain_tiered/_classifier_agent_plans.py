"""Agent plans handed over for execution: the go-ahead and the step that writes.

An agent proposes tool calls or a run sheet and a person approves them ("Pharmacy manager:
approved, all three", "proceed with steps 3 and 4?", "Continue."). The approval is the act
when a step writes to a control system or acts on data, money or access. These patterns are
used by ``_classifier_pasted_stakes._tool_step_stake``.

A request can also hand the pasted input's own asks to the model ("Do what Marco is asking.",
"Plan des Billing-Agents, bitte ausführen:"): ``DELEGATION`` and ``PLAN_EXECUTION``, read by
``classifier._delegated``, as are a thread's heading (``THREAD_HEADING``), "what do I tell
him?" under a relayed question (``RELAYED_QUESTION``) and a wholly quoted message
(``WHOLLY_QUOTED``).
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_patterns import EMAIL_HEADER_NAMES, _c

#: An agent's plan step handed over for execution ("Tool: scada.write_tag ... Confirm and execute
#: this step."), when the tool writes to a control system or acts on data, money or access.
TOOL_STEP_EXEC: Final = _c(
    r"\b(?:execute|run|apply|perform|carry\s+out|do)\s+(?:this|the|that)\s+(?:step|tool\s+call"
    r"|call|action)\b"
    # "Proceed with step 3." after an agent's plan; "confirm 2 and 3, then do 4"
    r"|\b(?:proceed|go\s+ahead|continue)\s+with\s+(?:the\s+)?(?:next\s+|planned\s+)?steps?"
    r"(?:\s+\d+)?\b"
    # "Site director: steps 1-3 are done. Carry on with 4 to 6."
    r"|\b(?:carry\s+on|continue|proceed|go\s+ahead)\s+with\s+(?:steps?\s+)?\d+(?:\s*(?:-|to|through"
    r"|and|,)\s*\d+)*\b"
    # "Steps 4 to 6 are ours. Carry them out." under a run sheet
    r"|\bsteps?\s+\d+[^.!?\n]{0,60}[.!]\s+(?:please\s+)?(?:carry\s+(?:them|these|those|it)\s+out"
    r"|(?:execute|run|do|perform|action)\s+(?:them|these|those))\b"
    # "Approve (a)+(b)+(c)?" under a list of proposed actions
    r"|\bapprove\s+\(?[a-z0-9]\)(?:\s*(?:\+|,|and|&)\s*\(?[a-z0-9]\))*\s*\?"
    r"|\b(?:confirm|approve|run|execute|do|perform)\s+(?:steps?\s+)?\d+(?:\s*(?:,|and|&|\+)\s*\d+)*"
    r"(?!\d|[.,:/]\d|\s*%)\b"
)
#: A reaction that approves ("👍", "✅"), as a go-ahead's whole text.
_GO_EMOJI: Final = r"(?:👍|✅|👌|🆗)+"
#: A bare go-ahead closing a pending tool call ('{"next_action": {"tool": ...}}' then
#: "Continue.").
BARE_GO_AHEAD: Final = _c(
    # (after a chat line's bracketed speaker too: "[Dan] yes, do it")
    r"(?:^|\n)\s*(?:\[[^\]\n]{1,40}\]\s*)?(?:continue|go\s+ahead|proceed|approved?|confirm(?:ed)?"
    r"|do\s+it|execute(?:\s+it)?"
    r"|run\s+it|yes,?\s+(?:go|proceed|do\s+it|run\s+it))\s*[.!]?\s*$"
    # "Pharmacy manager: approved, all three.", "security-lead: go", "Ops manager: approved,
    # start at 02:00": an approver's line closing a proposed plan
    # "Respuesta de Calidad (M. Santos): sí, adelante con los cuatro pasos": the same in other
    # languages
    r"|(?:^|\n)[^\n:]{0,60}:\s*(?:sí|si|ja|oui|sim|sì|tak|да)?[,.!]?\s*(?:adelante|procede|proceda"
    r"|dale|vas-y|allez-y|mach\s+weiter|fahr\s+fort|avanti|procedi|vai\s+em\s+frente|pode\s+seguir"
    r"|śmiało|давай|進めて|进行吧|진행해)\b[^\n?]{0,60}$"
    r"|(?:^|\n)\s*[^\W\d_][\w .'-]{0,40}:\s*(?:ok(?:ay)?,?\s+|yes,?\s+)?(?:approved?|yes|go"
    r"(?:\s+ahead)?|lgtm|confirmed?|do\s+it|proceed|ship\s+it|execute(?:\s+it)?|run\s+it)\b"
    r"[^\n?]{0,40}$"
    # "Human reply: 👍", "Ops lead: ok": a reaction or a bare ok as the approver's whole line
    r"|(?:^|\n)\s*[^\W\d_][\w .'-]{0,40}:\s*(?:ok(?:ay)?|" + _GO_EMOJI + r")\s*[.!]?\s*$"
)
#: 'Proposed: {"tool": "pg.create_role", ...}\n---\nok': a lone yes as the whole last line (also
#: typed at a prompt, "> go").
BARE_YES: Final = _c(
    # (or two together: "ok 👍", "yes, go")
    r"\s*(?:>\s*)?(?:(?:ok(?:ay)?|yes|yep|go|lgtm|ship\s+it|" + _GO_EMOJI + r")[,.!]?\s*){1,2}"
)
#: "... Execute and report result." closing a pasted tool call or key=value action line.
CLOSING_EXEC: Final = _c(
    r"(?:^|\n|[.;]\s+)(?:please\s+)?(?:execute|run|apply|perform)(?:\s+(?:it|this|now))?(?:\s+and"
    r"\s+(?:report|confirm|return)\b[^\n.]{0,30})?\s*[.!]?\s*$"
)
#: A proposed call put up for approval ("Proposed tool call: {...}\nApprove? (y/n)"): with a
#: writing tool, answering is the act.
TOOL_APPROVAL_ASK: Final = _c(
    r"(?:^|\n)\s*(?:approve|confirm|allow|authori[sz]e|proceed|execute|run)(?:\s+(?:it|this"
    r"|this\s+(?:call|step|action)))?\s*\?\s*(?:[(\[]\s*y(?:es)?\s*/\s*n(?:o)?\s*[)\]])?\s*$"
    # "Send this command to the unit? [y/N]" under a command preview
    r"|(?:^|\n)\s*(?:send|apply|push|execute|run|commit)\s+(?:this|the)\s+(?:command|change|call"
    r"|request)(?:\s+to\s+[^?\n]{1,40})?\s*\?\s*[(\[]\s*y(?:es)?\s*/\s*n(?:o)?\s*[)\]]"
)
TOOL_WRITE: Final = _c(
    # '"tool": "scada.set_..."', '"tool_call": {"name": "custody.create_withdrawal", ...}'
    r"\btool(?:_call)?\"?\s*:\s*(?:\{\s*\"(?:name|function)\"\s*:\s*)?[`\"]?[\w.-]*(?:write|set|start"
    r"|stop|open|close|trip|command|actuate|override"
    r"|force|delete|drop|purge|transfer|pay|refund|grant|revoke|deploy|disable|shutdown|reboot"
    r"|restart|release|disburse|abort|commit|cancel|void|activate|enable|publish|promote|submit"
    r"|upgrade|rollback|rollout"
    # ('"tool": "aws.s3.rm"': a removal, not "confirm" or "firmware")
    r"|wipe|erase|withdraw|wire(?!frame)|broadcast|(?<![a-z])sign|migrat|(?<![a-z])rm(?![a-z])"
    # '"tool": "pg.create_role"': an account, role or key made
    r"|create_(?:role|user|login|key|token|account|admin|grant|credential|secret|api_key))[\w.-]*|\btool\s*:\s*`?(?:scada|plc|dcs|hmi|ems|ics|bms)\."
    r"(?![\w.-]*(?:read|get|list|query|fetch|describe|status|poll|show))[\w.-]+"
    # "I'll call stripe.refunds.create for each payment intent below": the agent names the
    # writing API it will call
    r"|\b(?:i'?ll|i\s+will|i\s+am\s+going\s+to|i'm\s+going\s+to|about\s+to)\s+(?:call|invoke"
    r"|run|execute|hit)\s+`?(?=[\w-]+(?:\.[\w-]+)+)"
    r"(?![\w.-]*[._](?:list|get|retrieve|search|read|fetch|describe|query)\b)"
    r"[\w.-]*?(?<![a-z])(?:refunds?|payouts?"
    r"|transfers?|charges?|delete|remove|destroy|purge|cancel|void|revoke|grant|deploy|disable"
    r"|terminate|wipe|erase)(?![a-z])[\w.-]*"
    # a command preview that overrides a safety cut: '"cmd": "clear_motion_cut", "override"'
    r"|\"(?:cmd|command)\"\s*:\s*\"[\w.-]*(?:clear|override|bypass|disable|force)[\w.-]*\""
    # a step of an agent's plan that calls a writing tool: "step 3 (planned):
    # lis.activate_rule(name=...", "2. abort_batch(lot=...)", "step 3  apply_recovery(..."
    r"|(?:^|\n)\s*(?:step\s+)?\d+[.:)]?\s+(?:\(planned\)\s*:\s*)?(?:\w*[_.])?(?:activate|enable"
    r"|disable|set|reset|update|write|delete|drop|purge|deploy|publish|release|transfer|pay|refund"
    r"|decommission|destroy|retire|deactivate"
    r"|grant|revoke|restart|reboot|shutdown|stop|apply|commit|cancel|void|promote|abort|disburse"
    r"|wipe|erase|terminate|suspend|lock|ban|block|freeze|charge|quarantine|close|add|create"
    r"|waive|issue|post|remove|empty|generate|rollout|repoint|re_?point|merge|move"
    r"|migrate|upload|install|flash|load)(?:_\w*)?\s*\("
    # "ACTION=grant_role; target_system=EPR-LIVE; ..." handed over as key=value pairs
    r"|\baction\s*=\s*[\"'`]?[\w.-]*(?:grant|revoke|delete|drop|purge|transfer|pay|refund|disable"
    r"|deploy|wipe|reset|update|create|add|remove|suspend|unlock|approve|release|cancel|close"
    r"|terminate)[\w.-]*"
    # "action: registry.update_status(ids=..." in an agent's proposal
    r"|\baction\s*:\s*\w+\.(?:\w*_)?(?:update|set|delete|purge|revoke|grant|release|transfer|pay"
    r"|refund|cancel|disable|deploy|upload|wipe)(?:_\w*)?\s*\("
    # ... or an SDK call under "Proposed action:" ("stripe.refunds.create({ payment_intent: ...")
    r"|\b(?:action|proposed|proposal)\s*:\s*(?:[\w-]+\.)*[\w-]*(?:refund|payout|transfer|charge"
    r"|delete|remove|destroy|purge|cancel|void|revoke|grant|deploy|disable|terminate|wipe|erase)"
    r"[\w-]*(?:\.(?!(?:list|get|retrieve|search|fetch|read)\b)[\w-]+)*\s*\("
    # or named with what it runs over ("Proposed: stripe.Refund.create for each charge below")
    r"|\b(?:action|proposed|proposal)\s*:\s*(?:[\w-]+\.)*[\w-]*(?:refund|payout|transfer"
    r"|charge|cancel|void|delete|remove|purge)[\w-]*\.(?:create|post|run|send|submit|apply"
    r"|execute|del|delete)\s+(?:for|on|against)\s+(?:each|every|all|the|these|those)\b"
    # a numbered run-sheet step that acts on the live system: "4. Load into live serialization
    # server, replace old hierarchy tables"
    r"|(?:^|\n)\s*(?:step\s+)?\d+[.)]\s+(?:(?:freeze|drop|delete|truncate|purge|overwrite|replace"
    r"|wipe|restore|cut\s*over|deploy|release|disable|shut\s*down|reopen|transfer|pay|refund"
    # "2. Void the 43 stage-3 invoices ... 3. Reissue them": money documents cancelled
    r"|void|re-?issue|write\s+off|credit\s+back)\b"
    # "1. kubectl -n pressops set image deploy/pressops-api ...", "2. run migration 0043_..."
    r"|kubectl\s+(?:-{1,2}[\w-]+(?:[=\s][\w./:-]+)?\s+)*(?:set\s+image|apply|rollout\s+(?:restart"
    r"|undo)|delete|scale|patch)\b|run\s+(?:the\s+)?migrations?\s+[\w-]*\d"
    # "2. stop line 2 filling" under an alert's proposed actions (not "1. stop the timer")
    r"|(?:stop|halt|suspend)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:lines?|production|plant"
    r"|filling|packing|bottling|kilns?|furnaces?|pumps?|conveyors?|shipments?|dispatch"
    r"|deliveries|harvest|sales|payments?|payouts?|trading|services?|traffic|intake)\b"
    r"|[^\n]{0,80}\b(?:live|prod|production)\b)"
    # a numbered step that runs a schema migration ("3. python manage.py migrate customers
    # 0091"): live only when the plan names production (``_tool_step_stake``)
    r"|(?:^|\n)\s*(?:step\s+)?\d+[.)]\s+(?P<mig>(?:python\s+manage\.py\s+migrate|alembic\s+upgrade"
    r"|(?:bundle\s+exec\s+)?rails\s+db:migrate|flyway\s+migrate|prisma\s+migrate\s+deploy"
    r"|knex\s+migrate:latest|liquibase\s+update)\b)"
    # a lettered list of proposed actions: "(a) freeze payouts to all 27 accounts"
    r"|(?:^|\n)\s*\(?[a-z]\)\s+(?:freeze|suspend|block|refund|pay|delete|purge|revoke|grant"
    r"|disable|shut|stop|cancel|void|release|deploy|wipe|transfer|lock|ban)\b"
)
#: A request that hands the pasted input's own asks to the model ("Do what Marco is asking.",
#: "Handle the request in this thread", "haz lo que pide"): the input's asks are the request.
#: "Fwd: from Sofia ... "please give the three apprentices access ..." can you set that up?":
#: the quoted ask is handed over (as far as the rules read it: ``SET_UP_ASK``).
_SET_UP: Final = (
    r"\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:set|sort)\s+(?:that|this|it|them)\s+"
    r"(?:up|out)\b"
)
SET_UP_ASK: Final = _c(_SET_UP)
#: An email's quote marks ("> change it everywhere"), dropped from a delegated message.
QUOTE_MARK: Final = _c(r"(?m)^[ \t]*>[ \t]?")
#: A pasted email's header line ("From: Erik Lind (IT consultant)", "Subject: ..."), left out
#: of the thread handed over.
HEADER_LINE: Final = _c(r"(?m)^[ \t]*(?:from|" + EMAIL_HEADER_NAMES + r"):[^\n]*(?:\n|$)")
DELEGATION: Final = _c(
    # "Sam's message from the HR channel, for you:" over the quoted message: handed over
    # (the cheap test for the opening word first, then the costly look ahead for "for you:")
    r"\b(?=(?:[\w@.-]+'s\s+)?(?:message|note|request|instruction|ask|text)\b)"
    r"(?=[^\n]{0,80}\bfor\s+you\s*:)(?:[\w@.-]+'s\s+)?(?:message|note|request|instruction|ask"
    r"|text)\b[^\n]{0,60}?,?\s+for\s+you\s*:|"
    # "Agent, handle per Greg's note.", "action this as per the policy below"
    # ("Sort this out per Dev's messages below, Priya's OK'd it." over the SMS thread)
    r"\b(?:handle|action|process|deal\s+with|sort(?=\s+(?:(?:it|this|that|them)\s+)?out\b))\s+"
    r"(?:(?:it|this|that|them)\s+)?(?:out\s+)?(?:as\s+)?per\s+"
    r"(?:[\w@.-]+'s\s+|the\s+|his\s+|her\s+|their\s+)(?:[\w-]+\s+)?(?:notes?|instructions?|e-?mails?"
    r"|messages?|texts?|comments?|rule|policy|approval)\b|"
    # "Agent: schedule and execute per Helen." under her approval: done as the person said
    r"\b(?:execute|action|proceed|do\s+it|run\s+it|carry\s+(?:it\s+)?out|go\s+ahead)\s+"
    r"(?:as\s+)?per\s+[^\W\d_][\w'-]+(?:'s)?[ \t]*[.!]?[ \t]*(?:\n|$)|"
    # "Can you carry out the release per her reply?" under the thread holding it, in Swedish
    # "Kan du genomföra releasen enligt hennes svar?"
    r"\b(?:carry\s+out|execute|action|perform|complete|go\s+ahead\s+with|proceed\s+with)\s+"
    r"(?:the\s+[\w-]+|it|this|that)\s+(?:as\s+)?(?:per|according\s+to|in\s+line\s+with)\s+"
    r"(?:[\w@.-]+'s|his|her|their)\s+(?:reply|answer|email|message|instructions?|approval|decision)\b"
    r"|\b(?:genomför\w*|gjennomfør\w*|gennemfør\w*)\s+(?:\w+\s+){0,2}?(?:enligt|etter|efter"
    r"|ifølge|i\s+henhold\s+til)\s+(?:hennes|hans|deras|deres|hendes|\w+:?s)\s+(?:svar|besked"
    r"|beskjed|instruktion\w*|instruks\w*)\b|"
    # "Fwd to @opsbot: per Morwenna's reply below, do it."
    r"\bper\s+(?:[\w@.-]+'s|the|his|her|their)\s+(?:[\w-]+\s+)?(?:reply|email|message|note"
    r"|approval|go-?ahead|answer|instructions?)(?:\s+(?:below|above))?\s*[,:;-]?\s*(?:please\s+)?"
    r"(?:do\s+it|action\s+it|go\s+ahead|proceed|make\s+it\s+happen|carry\s+(?:it\s+)?out)\b|"
    # "Can you release these? Thread below.": the act named, the thread it comes from pointed at
    r"\b(?:release|approve|pay|process|send|submit)\s+(?:these|them|this|it)\b[^.\n]{0,20}[?.!]\s*"
    r"(?:the\s+)?(?:thread|email|emails|chain|details?)\s+(?:is\s+|are\s+)?(?:below|attached)\b"
    # "can you set that up?" under a quoted ask
    r"|" + _SET_UP + r""
    # "SMS from Suresh: '... pls set up full access to the boiler HMI for him'. Can you create
    # that login?": the act asked names the quoted ask by a demonstrative
    r"|\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:create|make|add|issue|provision|set\s+up"
    r"|do|process|make)\s+(?:that|this|those|these)\s+(?:logins?|accounts?|users?|access|keys?"
    r"|tokens?|changes?|refunds?|payments?|transfers?)\b"
    # 'Text from Mia: "... Refund all away end tickets pls ..." Can you process that through
    # TixGate?': the act asked names the quoted ask by a demonstrative, and the system it runs in
    r"|\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:process|action|handle|execute|run"
    r"|carry\s+out)\s+(?:that|this|those|these|it)(?:\s+(?:through|in|on|via)\s+"
    r"(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?)?(?:\s+(?:now|today|please))?\s*\?"
    # "Ruth's thread below - can you action it?"
    r"|\b(?:thread|email|e-mail|chain|message)\s+below\s*[-–—:,]?\s*(?:can|could)\s+(?:you|u)\s+"
    r"(?:action|handle|process|deal\s+with)\s+(?:it|this|them)\b"
    # not "will it do what the comment says?": a question about what code does
    # "Take care of what Dana asked for below"
    # ("Carry out what Dimitri wrote in the change ticket below")
    # ("Ok, go ahead with what Lucía proposes below.")
    r"|(?=do|handle|action|take|sort|deal|carry|execute|process|go|proceed)"
    r"(?<!\bit\s)(?<!\bthey\s)(?<!\bthis\s)(?<!\bthat\s)\b(?:do|handle|action|take\s+care\s+of"
    r"|sort\s+out|deal\s+with|carry\s+out|execute|process|go\s+ahead\s+with|proceed\s+with)\s+"
    r"(?:what|whatever)\s+(?:[\w@.'’-]+\s+){0,3}"
    r"(?:is\s+asking|(?<=['’]s\s)asking|asks?|asked|says|said|wants|wrote|writes|laid\s+out|set\s+out|specified"
    r"|needs|requested|requests|is\s+requesting|proposed|proposes|is\s+proposing|suggests|suggested"
    # "Can you action what the committee decided in the minutes below?"
    r"|decided|resolved|agreed(?:\s+on)?|voted\s+(?:for|on)"
    # "Can you do what Wen signed off on?"
    r"|signed\s+off(?:\s+on)?|approved|okayed|authori[sz]ed|greenlit)\b"
    # "SMS from Tom Grady: '...' Please action.", "please action Ruth's instruction"
    r"|(?:^|\n)\s*please\s+action\s*[.!]?\s*$"
    # "SMS from +48 ...: '... can you reset my password ...' Can you sort this out for him?"
    r"|\b(?:sort|handle|action|deal\s+with)\s+(?:this|it|that)\s+(?:out\s+)?for\s+(?:him|her|them)\b"
    # "Sven's message below, sort it:" over the quoted message
    r"|\b(?:message|email|e-mail|thread|note|request|text|sms)\s+(?:below|above)\s*[,:;-]\s*(?:please\s+)?"
    r"(?:sort|handle|action|deal\s+with)\s+(?:it|this|that)(?:\s+out)?\s*(?:please\s*)?[:.!]?\s*$"
    r"|\bsort\s+(?:him|her|them)\s+out\b"
    # "OK agent, you heard them." under a forwarded thread that ends in an approval
    r"|\byou\s+heard\s+(?:them|her|him|the\s+(?:boss|board|director|manager|cfo|ceo))\s*[.!]?\s*$"
    r"|\b(?:action|execute|carry\s+out|follow|handle|do)\s+[\w-]+'s\s+(?:instructions?|requests?"
    r"|asks?|decision|call|sign-?off|approval"
    # "Can you action Priya's last message?" under a chat export
    r"|(?:last|latest|final|most\s+recent)\s+(?:message|comment|reply|post|note|email|text))\b"
    # "Handle the cleanup Tomasz describes below."
    # ("Sort the refund Tom mentions below, thanks." over the forwarded email)
    r"|\b(?:handle|do|carry\s+out|action|take\s+care\s+of|sort(?:\s+out)?|process|deal\s+with)"
    r"\s+the\s+(?:cleanup|change|fix|work|task|steps?|request|job|refunds?|payments?|transfers?"
    r"|payouts?)\s+(?:that\s+)?[\w@.-]+\s+(?:describes|described|mentions|mentioned"
    r"|wants|asked\s+for|asks\s+for|lays\s+out|laid\s+out)\b"
    # "Handle the bit from procurement in this email please."
    r"|\bhandle\s+the\s+(?:bit|part|request|ask)\s+from\b"
    # French "Vas-y, fais-le." under a quoted message
    r"|\b(?:vas-y|allez-y),?\s+(?:fais|faites)[- ]le\b"
    r"|\bdo\s+as\s+(?:[\w@.-]+\s+){0,3}(?:says|said|asks|asked|requested|suggests)\b"
    # ("Dev: can the agent just do this? I'm fine with it.")
    r"|(?:^|[.!?,;]\s+|\n\s*)(?:\[[^\]\n]{1,40}\]\s*)?(?:@[\w.-]+\s+)?(?:[\w.-]+:\s+)?"
    r"(?:ok(?:ay)?,?\s+)?"
    r"(?:(?:can|could|would|will)\s+(?:you|u|the\s+(?:agent|bot|assistant))\s+)?(?:please\s+)?"
    r"(?:just\s+)?(?:handle|deal\s+with"
    # ("Handle this one for me:" over the relayed SMS)
    r"|take\s+care\s+of|sort\s+out|action|process|execute|do|grant|approve)\s+(?:it|this|that)"
    r"(?:\s+one)?(?:\s+for\s+(?:him|her|them|us|me))?"
    # ("Do it today." under a forwarded message)
    r"(?:\s+(?:today|now|tonight|asap|right\s+away|this\s+(?:morning|afternoon|evening|week)))?"
    r"\s*[.!:?]?"
    r"(?:\s+i'?m\s+(?:fine|ok(?:ay)?|happy)\s+with\s+(?:it|that)\s*[.!]?)?"
    r"[ \t]*(?:$|\n)"  # "ok grant it\n-- Priya\nOn Wed, ... wrote:"
    # ... and in other languages, as a line of its own ("Zrób to dzisiaj.", "Mach das heute.")
    r"|(?:^|\n)[ \t]*(?:zrób(?:cie)?\s+to|mach\s+(?:das|es)|hazlo|fais-le|faites-le|faça\s+isso"
    r"|fallo|doe\s+het|gör\s+det|gjør\s+det|gør\s+det)(?:\s+(?:dzisiaj|dziś|teraz|heute|jetzt|hoy"
    r"|ahora|aujourd'hui|maintenant|hoje|agora|oggi|subito|vandaag|nu|idag|i\s+dag|nå))?"
    r"\s*[.!]?[ \t]*(?:$|\n)"
    # "Lena: set it up for them today." under a pasted request, "Agent, set it up."
    r"|(?:^|[.!?,;]\s+|\n\s*)(?:[\w.-]+[,:]\s+)?(?:please\s+)?(?:set\s+(?:it|this|that|them)\s+up"
    r"|make\s+it\s+happen)(?:\s+for\s+(?:them|him|her|us))?(?:\s+(?:today|now|tonight|asap"
    r"|please|this\s+week))?\s*[.!]?[ \t]*(?:$|\n)"
    # "Approved, sort it. - Helen" over a forwarded request
    r"|(?:^|\n)\s*(?:approved|agreed|ok(?:ay)?|yes|fine\s+by\s+me|go\s+ahead)[,.!]?\s+(?:please\s+)?"
    r"sort\s+(?:it|this|that)(?:\s+out)?(?:\s+please)?\s*[.!]?"
    r"(?:\s*[–—-]+\s*[^\W\d_][\w .'-]{0,30})?[ \t]*(?:$|\n)"
    # "ok bot, sort it" closing an SMS export (not "sort this" under a list: a sort asked)
    r"|\b(?:ok(?:ay)?,?\s+)?(?:bot|agent|assistant),?\s+sort\s+(?:it|this|that)(?:\s+out)?\s*[.!]?\s*$"
    # "[02:46] @priya.n: @opsbot that's for you" under the incident commander's call
    r"|(?:^|\n)\s*(?:that|this)(?:'s|\s+is|\s+one'?s)\s+(?:one\s+)?for\s+you\s*[.!]?\s*$"
    # "@release-bot this one's yours, get it out." closing a ticket's thread
    r"|(?:^|\n)\s*(?:@[\w.-]+[,:]?\s+)?(?:that|this)(?:\s+one)?(?:'s|\s+is)\s+yours\b"
    # "Sorting out Marek's list from the standup, #3 is yours:" over the quoted item
    r"|(?=#|no|item|number)(?:#|\bno\.?\s*|\bitem\s+|\bnumber\s+)\d+\s+(?:is|'s)\s+(?:yours|for\s+you)\b"
    r"|\b(?:handle|action|execute|carry\s+out|fulfil+|follow|complete|go\s+ahead\s+with"
    r"|take\s+care\s+of|do)\s+(?:the|this|that|their|his|her|these|what(?:ever)?)\s+(?:[\w-]+\s+)?"
    r"(?:requests?|asks?|instructions?|steps)\s+(?:below|above|in\s+(?:the|this)\b)"
    # ("Ok, adelante con lo que propone Lucía abajo.")
    r"|\b(?:haz|hagan?|adelante\s+con|procede\s+con|sigue\s+con)\s+lo\s+que\s+(?:\w+\s+){0,2}"
    r"(?:pide|dice|solicita|propone|sugiere|plantea)\b"
    r"|\bmach\s+(?:bitte\s+)?(?:das\s+)?,?\s*was\s+(?:\w+\s+){0,2}(?:sagt|verlangt|will|möchte)\b"
    r"|\bfai(?:s|tes)?\s+ce\s+qu(?:e|')\s*(?:\w+\s+){0,2}(?:demande|dit|veut)\b"
    r"|\bfa(?:ça|z)\s+o\s+que\s+(?:\w+\s+){0,2}(?:pede|diz|pediu)\b"
    r"|\bfai\s+quello\s+che\s+(?:\w+\s+){0,2}(?:chiede|dice)\b"
    r"|\bdoe\s+wat\s+(?:\w+\s+){0,2}(?:vraagt|zegt)\b"
    r"|\bzrób\s+to,?\s+o\s+co\s+(?:\w+\s+){0,2}prosi\b"
    r"|\bсделай(?:те)?\s+то,?\s+что\s+(?:\w+\s+){0,2}(?:просит|говорит|сказал)"
    r"|の(?:依頼|指示|お願い)(?:通り|どおり)|要求(?:去)?(?:做|处理|执行)|说的(?:做|办)|요청(?:대로|한\s*대로)"
)
#: A greeting or a sign-off line ("Morning all,", "Thanks, Priya", "Gracias, Marta").
_SIGN_OFF: Final = (
    # (and the same in other languages: "Gracias, Marta", "Obrigado", "Merci", "Danke")
    r"(?:thanks|thank\s+you|cheers|best|regards|kind\s+regards|many\s+thanks|ta|thx|gracias"
    r"|obrigad[oa]|merci|danke|grazie|dank\s+je(?:wel)?|dziękuję|saludos|cordialement"
    r"|mit\s+freundlichen\s+grüßen|viele\s+grüße"
    # "Any questions give me a shout.", "Any questions, let me know"
    r"|any\s+questions,?\s+(?:give\s+me\s+a\s+shout|let\s+me\s+know|shout|ping\s+me|just\s+ask))"
    r"\b[,!.]?[ \t]*[\w .'-]{0,40}"
)
_GREETING_OR_SIGN_OFF: Final = (
    r"(?:hi|hello|hey|dear|morning|good\s+(?:morning|afternoon|evening))(?:\s+(?:all|team"
    r"|everyone|folks|there|[\w'-]+))?[,!.:]?|" + _SIGN_OFF
)
#: A message written to the reader with nothing outside it but its greeting, sign-off and
#: intro line ("Morning all, a few bits from me before the ops meeting:" ... "Helen"): the
#: requests in its body are asked of whoever reads it, as under a delegation.
LETTER_ONLY: Final = _c(
    # each line a greeting, a sign-off or an intro, none asking anything itself ("hey can you
    # skim this and tell me ..." is a request)
    r"(?:(?![^\n]*\b(?:can|could|would|will)\s+(?:you|u)\b|[^\n]*\b(?:please|pls|summari[sz]e|skim"
    # (not "Quick recap of the quarterly review with Veolia for the file:": a meeting)
    r"|tell\s+me|extract|translate|rewrite|draft|classify|check|(?<!\bquarterly\s)(?<!\bannual\s)"
    r"(?<!\bmonthly\s)(?<!\bweekly\s)(?<!\byearly\s)(?<!\bthe\s)review(?!\s+(?:with|meeting|call)\b))\b)"
    rf"(?:{_GREETING_OR_SIGN_OFF}"
    r"|[^\n?]{0,160}\b(?:recap|few\s+(?:bits|things|items|updates|notes|points)|updates?\s+from"
    # "quick round-up before the weekend:", "Monday run-down", "housekeeping for the week"
    r"|notes\s+from|round-?up|run-?down|catch-?up|heads-?up|housekeeping|odds\s+and\s+ends"
    r"|bits\s+and\s+bobs"
    # "Hi, catching up after my holiday - lots in here."
    r"|catching\s+up|lots\s+in\s+here"
    # "Hi, weekly numbers below for the North region."
    r"|(?:numbers|figures|stats|metrics|kpis|totals)\s+(?:are\s+)?(?:below|attached|as\s+follows))"
    r"\b[^\n?]{0,100}"
    # "Bradford's refit is on track for the 30th. Cheers, Callum": news (a statement, not an
    # imperative) closing the sign-off line
    r"|[^\n?]{0,80}\b(?:is|are|was|were|has|have|had|will\s+be)\b[^\n?]{0,80}[.!][ \t]+"
    + _SIGN_OFF
    + r")"
    r"[ \t]*(?:\n|$))+"
)
#: Nothing outside the pasted memo but its greeting and sign-off ("Thanks, Priya"): the
#: prompt's own words say nothing of what it asks.
SIGN_OFF_ONLY: Final = _c(rf"(?:(?:{_GREETING_OR_SIGN_OFF})[ \t]*(?:\n|$))+")
#: A numbered step of a pasted runbook handed over by its number: the words that go on to it
#: ("carry on with step 6") and the words that do it ("do step 3"), each up to the number.
STEP_GO_ON_VERB: Final = (
    r"(?:carry\s+on|continue|proceed|go\s+ahead|crack\s+on|move\s+on)\s+(?:with|to)"
)
STEP_DO_VERB: Final = r"(?:do|run|execute|action|perform|apply)"
STEP_GO_ON: Final = STEP_GO_ON_VERB + r"\s+step\s+"
STEP_DO: Final = STEP_DO_VERB + r"\s+step\s+"
#: "Plan des Billing-Agents, bitte ausführen:", "run this plan": the pasted plan is the ask
#: (like ``DELEGATION``, even when the plan's own words give the prompt a clear intent).
PLAN_EXECUTION: Final = _c(
    r"\b(?:execute|run|carry\s+out|apply|action)\s+(?:this|the|that|their|his|her|its)\s+"
    r"(?:[\w'-]+\s+){0,2}?(?:plan|run\s*sheet|runbook|proposal)\b(?!\s+(?:in|on|against)\s+"
    r"(?:the\s+)?(?:staging|sandbox|test|dev))"
    r"|\bplan\b[^\n]{0,60}\b(?:please\s+execute|bitte\s+ausführen|por\s+favor\s+ejecut\w+"
    r"|merci\s+d'exécuter|per\s+favore\s+esegui\w*|por\s+favor\s+execut\w+|graag\s+uitvoeren)\s*:?\s*$"
    # "Run it end to end this Sunday night" under a pasted cutover checklist: all its steps
    r"|\b(?:run|execute|carry\s+out|work\s+through)\s+(?:it|this|them|the\s+(?:[\w-]+\s+)?"
    r"(?:checklist|cutover|steps|list))\s+(?:all\s+the\s+way\s+through|end[\s-]to[\s-]end"
    r"|in\s+full)\b"
    r"|\b(?:führe?|führen\s+sie)\s+(?:den|diesen)\s+(?:[\w-]+\s+)?plan\s+aus\b"
    r"|\bejecut(?:a|e|en)\s+(?:el|este)\s+plan\b|\bex[ée]cut(?:e|ez)\s+(?:le|ce)\s+plan\b"
    r"|\besegui\s+(?:il|questo)\s+piano\b|\bexecut(?:a|e)\s+(?:o|este)\s+plano\b"
    r"|\bvoer\s+(?:het|dit)\s+plan\s+uit\b|\bwykonaj\s+(?:ten\s+)?plan\b"
    # "Runbook RB-14 step 6: "..." Steps 1-5 done. Carry on with step 6.": the quoted step
    r"|\b" + STEP_GO_ON + r"\d+\b"
    r"|\b" + STEP_DO + r"\d+\s*(?:now\s*)?(?:[.!]|$)"
)
#: A chat or log line's timestamp and speaker ("[02:31] marco: "), left out of delegated asks.
CHAT_PREFIX: Final = _c(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[ap]m[ \t]*)?)?"
    r"(?:<?@?[\w.-]{1,30}(?:[ \t][\w.-]{1,30})?>?:[ \t]+)?"
)
#: A heading over a pasted review or approval thread ("Review thread:", "PR comments:").
THREAD_HEADING: Final = _c(
    r"\s*(?:(?:code\s+)?review|pr|mr|approval|sign-?off)\s+(?:thread|comments?|discussion|notes)\s*:\s*"
    # "IT-44830 comments:", "Email thread — subject: RE: ...", a lone "From: People Team",
    # "Forwarded message": nothing but the pasted thread's heading
    r"|\s*(?:(?:ticket|case|issue)\s+)?#?[a-z]{2,10}-\d{2,}\s*[-–—]?\s*(?:comments?|thread)\s*:?\s*"
    # "Teams chat export - "Infra access":", "#reptile-house — Slack export"
    r"|\s*(?:#[\w-]+\s*(?:[-—–(]\s*)?(?:(?:teams|slack|whatsapp|chat|channel)\s+)?|(?:teams|slack"
    r"|whatsapp|chat|channel)\s+)(?:chat\s+|channel\s+)?export\b[^\n]{0,120}"
    # "SMS from Kwame, 5:48am:" over the quoted message alone (or several such messages)
    r"|(?:\s*(?:sms|texts?|text\s+messages?|messages?|whatsapps?|voicemail)\s+from\s[^\n?]{1,80}"
    r"(?:\n\s*qtext\s*)?)+"
    # "Gatehouse SMS (Wakefield): '...'": a message named by who or where it came from
    r"|\s*(?:[\w-]+\s+){1,2}(?:sms|text|whatsapp|voicemail)\s*(?:\([^()\n]{1,40}\)\s*)?:\s*qtext\s*"
    r"|\s*(?:e-?mail|mail)\s+(?:thread|chain)\b[^\n]{0,120}"
    # "---------- Forwarded message ---------"
    r"|\s*from:\s[^\n]{1,80}|[-\s]*(?:begin\s+)?(?:forwarded|original)\s+(?:message|thread|email"
    r"|e-mail|conversation|chain)[-:\s]*"
)
#: "What do I tell him?" under a relayed question ("should i kill power to all of F dock?"):
#: the model makes the call the rules find in the question (not the learned scorer's guess
#: over a pasted log: "Trace below - what's wrong and what do we tell them?").
RELAYED_QUESTION: Final = _c(
    r"\bwhat\s+(?:do|should)\s+(?:i|we)\s+tell\s+(?:him|her|them|the\s+[\w-]+)\s*\?"
    # "Reply to him with the decision.", "text her back your call"
    r"|\b(?:reply|respond|answer|text|write)\s+(?:back\s+)?(?:to\s+)?(?:him|her|them)\s+(?:back\s+)?"
    r"(?:with\s+)?(?:the|your|a)\s+(?:decision|call|answer|go/no-go)\b"
)
#: Pasted input that is one quoted message ('"wipe the april intake records ..."').
WHOLLY_QUOTED: Final = _c(r"\s*[\"'\u201c\u2018«][^\"\u201c\u201d«»]+[\"'\u201d\u2019»]\s*")
#: A pasted email's headers ("From: ... To: ... Subject: ...", in several languages).
_EMAIL_HEADERS: Final = _c(
    r"(?m)^\s*(?:from|von|de|van):\s[^\n]*\n(?:[^\n]*\n){0,3}?\s*(?:subject|asunto|betreff|objet"
    r"|assunto|onderwerp|oggetto):\s"
)


#: A signature: a name of one to three words, initials allowed ("k. abernathy", "priya").
_SIGNATURE: Final = _c(r"(?:[^\W\d_]\.\s*){0,2}[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*\.?){0,2}")


def signature_only(instruction: str, material: str, task_words: frozenset[str]) -> bool:
    """True when a pasted email stands alone and only its signature ("K. Abernathy") was left
    as prose (no word of ``task_words``: "summarise this" is a request): the email is handed
    over as a letter is."""
    return (
        _SIGNATURE.fullmatch(instruction.strip()) is not None
        and task_words.isdisjoint(instruction.split())
        and _EMAIL_HEADERS.search(material) is not None
    )
