"""English stakes rules for operations: money runs, releases, cutovers, go/no-go calls, access.

Rules for acting on live systems that name no destructive verb: starting a payout or payroll
run, settling disputes, a release to every user, a registry publish or release tag, a
production pipeline, DNS and traffic cutovers, "continue with the migration on prod?",
declaring an incident, SAP transports, network access grants (the table ends with the rules of
:mod:`._classifier_stakes_ops_calls`, from tool calls on).
They are tried after :data:`._classifier_stakes.EN_RULES` (see :class:`StakesRule`).
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_objects import ACCESS_CODE
from langchain_tiered._classifier_patterns import _CODE_CONTEXT
from langchain_tiered._classifier_stake_rule import StakesRule, _rule, _search_rule
from langchain_tiered._classifier_stakes_ops_calls import OPS_CALL_RULES

#: Operations rules, in priority order after ``EN_RULES``.
#: A how-to question before the verb ("how to permanently delete ..."): the act is explained.
_NOT_HOW_TO: Final = (
    r"(?<!\bhow\sto\s)(?<!\bhow\sdo\si\s)(?<!\bhow\sdo\syou\s)(?<!\bhow\scan\si\s)"
    r"(?<!\bhow\sto\spermanently\s)(?<!\bhow\sdo\si\spermanently\s)"
)

OPS_RULES: Final[tuple[StakesRule, ...]] = (
    _search_rule(  # "create a new API token ... and email it to their engineer"
        "create_and_share_secret", "credentials", "create generate issue mint",
        r"(?P<verb>\b(?:create|generate|issue|mint)\s+(?:a\s+)?(?:new\s+)?(?:[\w:-]+\s+){0,2}"
        r"(?:api\s+)?(?:tokens?|keys?|secrets?|credentials?|passwords?)\b[^.\n]{0,120}\b(?:email"
        r"|send|share|give|dm|paste|post)\s+(?:it|them)\s+to\b"
        # "@ifb-agent mint it and DM it to Ryan" under the token asked for
        r"|\bmint\s+(?:it|one|them)\s+and\s+(?:email|send|share|give|dm|paste|post)\s+(?:it|them)"
        r"\s+to\b)(?P<rest>.*)",
        "not_local",
    ),
    _search_rule(  # "permanently remove every ticket containing a card number from Zendesk"
        "permanent_removal", "delete_data", "permanently permanent irreversibly good",
        # (not "explain how to permanently delete files from Drive": a how-to asked)
        r"(?P<verb>" + _NOT_HOW_TO + r"\b(?:permanently|irreversibly)\s+(?:delete|remove|erase"
        r"|purge|wipe|redact|destroy)"
        # ("remove every photo ... where faces are visible - for good, including the Drive bin")
        r"|" + _NOT_HOW_TO + r"\b(?:delete|remove|erase|purge|wipe|redact|destroy)\b[^.?\n]{0,160}"
        r"\b(?:permanently|irreversibly|for\s+good|(?:including|incl\.?|and\s+empty)\s+(?:the\s+)?(?:[\w-]+\s+)?"
        r"(?:bin|trash|recycle\s+bin|deleted\s+items))\b)(?P<rest>.*)",
        "object_env",
        r".",
    ),
    _rule(  # "share the API secret with the new agency": a secret handed to someone
        "share_secret", "credentials",
        "share send email post paste forward give hand dm slack",
        r"share|send|e-?mail|post|paste|forward|give|hand\s+over|dm|slack",
        "object",
        r"^[^.?!\n]{0,60}\b(?:api\s+(?:keys?|secrets?|tokens?)|(?:client|app|shared|webhook|signing)"
        r"\s+secrets?|secret\s+keys?|private\s+keys?|credentials|access\s+tokens?|root\s+password"
        r"|(?:admin|service[- ]account|db|database)\s+passwords?)\b[^.?!\n]{0,80}\b(?:with|to)\b",
        unless=_CODE_CONTEXT + r"|\b(?:rotation|policy|reset|password\s+manager|vault\s+path"
        r"|docs?)\b",
    ),
    _rule(  # "open the automation override on lanes 5-8 and let the trucks through unchecked"
        "override_control", "credentials", "open enable engage activate put switch",
        r"open|enable|engage|activate|put\s+(?:[\w-]+\s+){0,3}?(?:on|in)|switch\s+on",
        "object",
        r"^\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:override|bypass|manual\s+override|maintenance"
        r"\s+override)\b(?!\s+(?:method|function|decorator|keyword|class))",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "trigger this week's seller payouts", "release the ACH batch", "retry the captures"
        "payment_run", "payment",
        "trigger run re-run rerun release kick start initiate execute approve retry submit send "
        "fire push cancel recall reissue re-issue re-charge recharge reprocess re-process rebill "
        "re-bill",
        r"trigger|re-?run|run|release|kick\s+off|start|initiate|execute|approve|retry|re-?submit"
        r"|submit"
        r"|send|fire\s+off|push|cancel|recall|re-?issue|re-?charge|re-?process|re-?bill",
        "object_env",
        # "I'll submit these as an ad-hoc batch PAY-2025ADJ-02" (proposed payouts above)
        r"^\s+(?:these|them|it)\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:batch|payment\s+run|payouts?)\b"
        r"|^\s+(?:(?:all\s+(?:of\s+)?)?(?:the\s+|an?\s+(?=[\w-]+\s+payroll)|this\s+|these\s+|today's\s+|tonight's\s+"
        r"|this\s+week's\s+|last\s+night's\s+|our\s+|their\s+|[\w-]+'s\s+)?(?:[\w,.-]+\s+){0,2}?)"
        r"(?:payouts?|payroll(?:\s+run)?|ach\s+(?:batch|files?|transfers?|debits?|credits?)"
        r"|(?:provider|vendor|payroll|refund|claim|bounced|customer|member)\s+(?:checks|cheques)"
        r"|cheques|(?:subscription\s+)?renewals|(?:failed|declined)\s+(?:charges|payments)"
        # "re-run collection on all 212 failed Direct Debits", "retry all 212 failed DD payments"
        r"|collections?(?=\s+(?:on|for|from)\s+(?:all|every|the|those|these|them)\b)"
        r"|(?:failed|declined|bounced|returned)\s+(?:direct\s+debit\s+|dd\s+)?(?:payments"
        r"|direct\s+debits|dds|collections|debits)|(?:payment|wire"
        r"|transfer|payout|disbursement)\s+(?:batch|run|file)|disbursements?|(?:card\s+)?captures"
        r"|wires?|wire\s+transfers?|refunds?|reversals?|chargebacks?|batch)\b"
        # "run the payroll report": a report about the money
        r"(?!\s+(?:reports?|previews?|simulations?|tests?|dry|sandbox|demo|calc\w*|exports?"
        r"|reconciliation|audit|quer(?:y|ies)|scripts?|summary|register|totals?))"
        r"(?!\s+(?:job|jobs|logic|function|code|handler|service|worker|module|endpoint|tests?"
        r"|script|with\s+(?:exponential\s+)?backoff))",
        # "run a payout simulation" is not a payout, "run an off-cycle payroll" is
        unless=_CODE_CONTEXT + r"|^\s+(?:a|an)\s(?![\w-]+\s+payroll\b)",
    ),
    _rule(  # "send 3,000,000 USDT to the counterparty", "cut the wire", "sweep the balances"
        "send_funds", "payment",
        "send cut sweep wire transfer move settle charge claw instruct roll top fund push",
        r"send|cut|sweep|wire|transfer|move|settle|charge|claw\s+back|instruct|roll|push"
        r"|top\s+(?:it\s+|them\s+)?up|fund|pre-?fund",
        "object_env",
        r"^[^.?!\n]{0,50}?(?:[$€£]\s?\d|\b\d[\d,.]*\s*(?:[mk]|million|bn)?\s*(?:usd|usdt|usdc|eur|gbp"
        r"|btc|eth|dollars|euros)\b|\bthe\s+wire\b|\b(?:remaining\s+)?balances?\b|\brebates?\b"
        r"|\bescrow\b|\brenewals?\b|\bfx\s+forward\b|\bto\s+the\s+(?:counterparty|beneficiary)\b"
        r"|\bas\s+a\s+credit(?:\s+note)?\b"
        r"|\bfrom\s+(?:the\s+)?(?:treasury|operating|escrow|company)\s+account\b)",
        unless=r"^[^.\n]{0,30}\b(?:coupon|voucher|promo\w*|newsletter|reminder|notification|email"
        r"|calculation|computation|function|method|class|module)\b",
    ),
    _rule(  # "accept the chargeback on order 9931", "mark these disputed charges as accepted"
        "dispute_decision", "payment", "accept concede mark",
        r"accept|concede|mark",
        "object_env",
        r"^\s+(?:the\s+|this\s+|these\s+|all\s+)?(?:\d+\s+)?(?:[\w-]+\s+)?(?:chargebacks?|disputes?"
        r"|disputed\s+charges?)\b|^\s+(?:[\w-]+\s+){0,4}?invoices?\s+as\s+paid\b"
        # "Accept them all, don't contest." under a list of open disputes
        r"|^\s+(?:them|these|those|all)\b[^.?!\n]{0,40}\b(?:don't|do\s+not)\s+(?:contest|fight)\b"
        # "accept liability and do not defend" (a dispute's response), "accept liability for
        # the chargeback"
        r"|^\s+liability\s+(?:for|on)\s+(?:the\s+|this\s+)?(?:[\w-]+\s+)?(?:chargebacks?|disputes?)\b"
        r"|^\s+liability\b[^.?!\n]{0,40}\b(?:don't|do\s+not)\s+(?:contest|fight|defend)\b",
    ),
    _rule(  # "take it to 100%", "push 4.12.0 to all users", "turn the flag on for every seller"
        "full_rollout", "deploy",
        "push roll ship release publish take ramp promote enable turn flip put open switch bump "
        "cut load flash move",
        r"move|push|roll\s+(?:[\w'.@-]+\s+){0,6}?out|ship|release|publish|take|ramp(?:\s+up)?|promote|enable|turn"
        r"|flip|put|open|switch|bump|cut|load|flash",
        "object",
        # "push the TP-12 timing plan to every controller citywide": a whole fleet at once
        r"^[^?!\n]{0,60}?\b(?:to|for|on|onto|across)\s+(?:100\s*%|all\s+(?:(?:of\s+)?(?:our|the)\s+)?"
        # ("to all five lobby self check-in kiosks": a count in words, three words of kind)
        r"(?:[\d,.]+\s*[mk]?\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        r"|fifteen|twenty|thirty|forty|fifty|hundred)\s+)?(?:[\w-]+\s+){0,3}?(?:users|customers"
        r"|players|tenants|regions"
        r"|markets|accounts|sellers|merchants|drivers|riders|devices|stores|schools|clinics|hotels"
        r"|members|subscribers|vehicles|hospitals|units|wards|sites|branches|controllers|intersections"
        r"|signals|registers|terminals|kiosks|meters|sensors|gateways|locations|restaurants"
        r"|warehouses|aircraft|trains|buses|ships|vessels|mirrors|servers|nodes|edges|pops|caches"
        r"|clusters|stations|depots|bases|hangars|airports|outlets|plants|factories|offices"
        # ("for every club in CourtDesk": the member venues of a chain)
        r"|campuses|pharmacies|tills|tablets|handsets|pumps|clubs|venues|gyms|studios|salons|shops"
        r"|practices|franchisees)|every\s+(?:[\w-]+\s+)?(?:club|venue|gym|studio|salon|shop|practice"
        r"|franchisee|user|customer"
        r"|player|tenant|region|market|account|seller|merchant|store|device|member|subscriber|unit"
        r"|ward|hospital|clinic|site|branch|school|controller|intersection|signal|register|terminal"
        r"|kiosk|meter|sensor|gateway|location|restaurant|warehouse|aircraft|train|bus|ship"
        r"|vessel|mirror|server|node|edge|pop|cache|cluster|station|depot|base|hangar|airport"
        r"|outlet|plant|factory|office|campus|pharmacy|till|tablet|handset|pump)\b|everyone\b"
        r"|everybody\b"
        # "switch v3 on for the whole filing population today"
        r"|the\s+(?:whole|entire)\s+(?:[\w-]+\s+)?(?:population|user\s*base|customer\s*base|fleet"
        r"|network|estate|country|portfolio|book)"
        # "push the new dispatch timing to the Tornado slide controllers": live control gear
        r"|the\s+(?:[\w-]+\s+){0,2}?(?:(?:ride|slide|signal|traffic|pump|lift|elevator|kiln|line"
        r"|plant|turbine|substation|field|door|gate|crane|conveyor|hvac|boiler|chiller)\s+controllers"
        r"|plcs|rtus|ecus|vfds|inverters)\b)"
        # "switch all the pharmacy label printers to the new template now": the fleet first
        r"|^\s+(?:all|every(?:\s+one\s+of)?)\s+(?:(?:of\s+)?(?:our|the)\s+)?(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:printers|scanners|tills|registers|terminals|kiosks|pumps|meters|devices|stores|sites"
        r"|branches|pharmacies|clinics|hospitals|wards|servers|nodes|controllers|routers|switches"
        r"|gateways|phones|tablets|laptops|displays|screens|signs|vehicles|trucks|cars|locations"
        r"|restaurants|warehouses|plants|stations)\s+(?:over\s+)?(?:to|onto)\b",
        # "push an auth check to every controller in the Rails app": code, not a fleet
        unless=r"\b(?:rails|django|laravel|spring|mvc|codebase|class(?:es)?|source\s+files?)\b",
    ),
    _rule(  # "load function block v1.3 onto the WT2 PLC", "flash 1.4.0 onto the relay board"
        # (or "load bitfile xcor_v3.bit onto every live F-engine board")
        "controller_load", "deploy",
        # (not "write" or "install": "Write Python to parse the PLC alarm CSV", "Don't install
        # anything" under cron jobs)
        "flash load push upload download deploy",
        r"flash|load|push|upload|download|deploy",
        "object",
        # ("to DC-4's PLC": a possessive in the name)
        r"^[^?!\n]{0,80}?\b(?:onto|to|on|into)\s+(?:the\s+|our\s+)?(?:[\w()/.'’-]+\s+){0,3}?(?:plcs?"
        r"|rtus?|ecus?|vfds?|(?:relay|control|controller|logic|interlock)\s+boards?"
        # "load bitfile ... onto every live F-engine board": a telescope's signal processors
        r"|(?:[\w]-engine|receiver|digiti[sz]er|correlator)\s+boards?|(?:ride|slide"
        r"|signal|traffic|pump|lift|kiln|boiler|turbine|conveyor|crane|gate|dosing|burner|chiller"
        r"|extruder|twin-screw|press|oven|mixer|furnace|dryer|robot)"
        r"\s+(?:[\w-]{1,3}['’]s\s+)?controllers?)\b(?![\s-]+(?:upgrade|project|page|docs?|documentation|manual|ticket"
        r"|wiki|report|review|team|vendor|migration|replacement|spec|training|course)\b)",
    ),
    _rule(  # "shed the non-critical load on PDU-B", "close breaker 52-3"
        "power_switching", "incident",
        "shed transfer open close trip rack energize de-energize deenergize isolate",
        r"shed|transfer|open|close|trip|rack\s+(?:in|out)|(?:de-?)?energi[sz]e|isolate",
        "object",
        r"^\s+(?:the\s+|our\s+|all\s+)?(?:(?!(?:about|for|of|on|in|with|from|to|regarding|ticket"
        r"|tickets|case|issue|pr|task|loop|work|order|request|incident|alarm|alert)\b)[\w/.-]+\s+)"
        r"{0,4}?(?:load|breakers?|feeders?|bus(?:bar)?"
        r"|ups|pdus?|valves?|cross-?ties?|generators?|gensets?|chillers?|switchgear|ats|transformers?"
        r"|circuits?)\b(?!\s+(?:tests?|calculations?|reports?|study|model|diagram|schedule|data)\b)",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "cold-boot SAT-08's onboard computer on this pass", "put SAT-3 in safe mode"
        "spacecraft_command", "incident",
        "cold-boot cold warm-boot warm hard reboot power-cycle power reset uplink fire put switch "
        "deorbit execute perform start",
        r"(?:cold|warm|hard)[- ]?boot|reboot|power[- ]?cycle|reset|uplink|fire|put|switch"
        r"|deorbit|execute|perform|start",
        "object",
        r"^[^.?!\n]{0,60}?\b(?:sat(?:ellite)?[- ]?\d+|spacecraft|satellites?|onboard\s+computer|obc"
        r"|flight\s+computer|thrusters?|reaction\s+wheels?|transponders?|safe\s*mode"
        r"|momentum\s+dump|(?:orbit\w*|station[- ]keeping|collision[- ]avoidance|raising)\s+"
        r"(?:manoeuvres?|maneuvers?|burns?))\b",
        unless=_CODE_CONTEXT + r"|\b(?:simulator|sim|flatsat|engineering\s+model|digital\s+twin)\b",
    ),
    _rule(  # "cancel the possession and reopen Up and Down lines", "reopen runway 27L"
        "line_reopen", "incident", "reopen re-open cancel lift hand give",
        r"re-?open|cancel|lift|hand\s+back|give\s+back",
        "object",
        r"^\s+(?:the\s+|both\s+|all\s+)?(?:up\s+and\s+down\s+|up\s+|down\s+|fast\s+|slow\s+|main\s+)?"
        r"(?:lines?|tracks?|runways?\s*\w*|carriageways?|tunnels?|bridges?|possessions?|blockades?"
        r"|(?:the\s+)?(?:line|track)\s+blocks?)\b(?!\s+(?:of|in|items?|numbers?|breaks?|endings?)\b)",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # 'set the stock status of all 40 pallets in rack D to "released"': a quality release
        "quality_release", "deploy", "set mark change flip update move",
        r"set|mark|change|flip|update|move",
        "object_env",
        r"^\s+(?:the\s+)?(?:stock\s+|inventory\s+|qa\s+|quality\s+|batch\s+|lot\s+)?status\s+of\s+"
        r"[^.;\n]{0,80}?\bto\s+[\"'“]?(?:released|unrestricted|approved)\b"
        r"|^[^.;\n]{0,60}?\b(?:pallets?|lots?|batch(?:es)?|stock)\b[^.;\n]{0,40}?\bas\s+[\"'“]?released\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "assistant, send the setpoints" to the compressor stations
        "setpoint_write", "incident", "send push apply write download load",
        r"send|push|apply|write|download|load",
        "object",
        r"^\s+(?:the\s+|these\s+|new\s+|updated\s+)*(?:[\w-]+\s+)?(?:set[- ]?points?"
        r"|setpoint\s+changes?)\b(?!\s+(?:table|list|docs?|sheet|spec|report|summary)\b)",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "update her direct deposit in the client's payroll", "change the supplier's IBAN"
        "bank_details_change", "payment", "update change set switch replace edit",
        r"update|change|set|switch|replace|edit",
        "object_env",
        r"^\s+(?!of\b|request|form)(?:(?:his|her|their|the|our|this|that)\s+)?(?:[\w'-]+\s+){0,2}?"
        r"(?:direct\s+deposit"
        r"|bank\s+(?:details|account(?:\s+details)?|info)|payee\s+(?:details|account)|iban|routing"
        r"\s+(?:number|details)|remittance\s+(?:details|account)|payout\s+account)\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "Submit it to the NRC now - we're inside the one-hour window."
        "regulator_filing", "security_audit", "submit resubmit file send lodge transmit",
        r"(?:re-?)?submit|file|send|lodge|transmit",
        "object",
        # "resubmit the lot to the MMO" (the corrected sales notes)
        r"^\s+(?:it|this|them|the\s+lot|the\s+(?:[\w-]+\s+){0,2}(?:notification|report|filing"
        r"|notice|return|declaration|submission))\s+(?:to|with)\s+(?:the\s+)?(?:nrc|phmsa|sec|fca"
        r"|fda|ema|ico|cnil|regulator|authority|ministry|irs|hmrc|dpa|finra|ferc|nerc|osha|epa"
        r"|tax\s+office|supervisor|central\s+bank|ftc|occ|fincen|bafin|amf|consob|aepd|mmo|cqc"
        r"|ofgem|ofwat|ofcom|hse|caa|faa|easa|companies\s+house|charity\s+commission"
        r"|environment\s+agency)\b",
    ),
    _rule(  # "@paybot run PB-1121 through the bank connector"
        "bank_submission", "payment", "run send push submit release transmit",
        r"run|send|push|submit|release|transmit",
        "object",
        r"^[^.?!\n]{0,40}?\b(?:through|to|via|into)\s+(?:the\s+|our\s+)?(?:bank|banking|payment|payout"
        r"|sepa|ach|swift)\s+(?:connector|gateway|interface|portal|file\s+channel|channel|rails?)\b",
    ),
    _rule(  # "authorise the next 6 trains past S-412" (a signal at danger)
        "signal_authority", "incident", "authorise authorize clear send let",
        r"authori[sz]e|clear|send|let",
        "object",
        r"^[^.?!\n]{0,50}?\bpast\s+(?:the\s+)?(?:signal\b|[a-z]{1,3}-?\d+\b)|^[^.?!\n]{0,60}?\bat\s+danger\b"
        # "authorise the driver to pass at caution" (over a failed level crossing)
        r"|^[^.?!\n]{0,40}?\bto\s+(?:pass|proceed|cross|go)\b[^.?!\n]{0,40}?\bat\s+caution\b"
        # "authorise him through anyway at caution" (over a tripped barrier)
        r"|^\s+(?:him|her|them|the\s+(?:driver|train|[\w-]+\s+service))\s+(?:through|past|over"
        r"|across)\b[^.?!\n]{0,40}?\bat\s+caution\b",
    ),
    _rule(  # "Apply these permission changes in NetDocuments today": a batch of access grants
        "access_batch", "credentials", "apply make execute process push run action implement",
        r"apply|make|execute|process|push|run|action|implement",
        "object_env",
        r"^\s+(?:(?:these|those|the|all|our)\s+)?(?:(?:following|below|pending|new|listed|approved)"
        r"\s+)?(?:permission|access|acl|rights|role|entitlement|membership|group|sharing)\s+"
        r"(?:changes|updates|grants|assignments|requests|removals)\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "Give me the sa password of the MES SQL server": a secret handed out
        "credential_disclosure", "credentials", "give send tell share show paste dm",
        r"give|send|tell|share|show|paste|dm",
        "object_env",
        r"^\s+(?:me|us|him|her|them|the\s+[\w-]+|[\w-]+)?\s*(?:the\s+|our\s+|your\s+|a\s+|an\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:password|passwd|credentials?|api\s+key|private\s+key|secret\s+key"
        r"|access\s+key|root\s+password|token|" + ACCESS_CODE
        # a login handed out ("give her the office Xero login"), not login events
        + r"|(?<!failed\s)(?<!successful\s)(?<!recent\s)(?<!suspicious\s)logins?(?!\s+(?:attempts?"
        r"|events?|lines?|history|records?|logs?|times?|counts?)))"
        r"(?!\s+(?:field|policy|polic(?:y|ies)|reset\s+flow|rules?|requirements?|strength|hash\w*"
        r"|manager|format|validation|length|expiry|rotation\s+policy|templates?|generator|logic"
        r"|feature|screen|page|docs?|links?|urls?|button|form|flow|issues?|problems?|errors?"
        r"|instructions?|steps?|guide))\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "release batch 2405-088 so it ships today": a quality release of product
        "batch_release", "deploy", "release disposition approve",
        r"release|disposition|approve",
        "object_env",
        r"^\s+(?:the\s+)?(?:batch|lot)\s+(?:no\.?\s*|#\s*)?[\w-]*\d",
    ),
    _rule(  # "air the real flood evacuation alert": a public emergency alert goes out
        "public_alert", "incident", "air broadcast send issue push publish trigger",
        r"air|broadcast|send|issue|push|publish|trigger",
        "object_env",
        r"^\s+(?:the\s+|a\s+|an\s+)?(?:real\s+|live\s+)?(?:[\w-]+\s+){0,3}?(?:evacuation|emergency"
        r"|amber|tsunami|flood|tornado|shelter[- ]in[- ]place|boil[- ]water|public\s+safety)\s+"
        r"(?:alert|warning|notice|order|message|broadcast)s?\b",
        unless=_CODE_CONTEXT + r"|\b(?:template|draft|example|sample|test)\b",
    ),
    _rule(  # "Start the controlled burn on unit 7 at 11": fire set on purpose, in the open
        "controlled_burn", "incident", "start begin ignite light proceed",
        r"start|begin|ignite|light|proceed\s+with",
        "object_env",
        r"^\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:controlled|prescribed)\s+(?:burn|fire)s?\b",
        unless=_CODE_CONTEXT + r"|\b(?:simulation|exercise|drill|plan)\b",
    ),
    _rule(  # "Trigger the sirens for zone C. Real activation, not a test.": a public warning
        "sound_sirens", "incident", "trigger sound activate set fire",
        r"trigger|sound|activate|set\s+off|fire",
        "object_env",
        r"^\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:sirens?|outdoor\s+warning\s+system|emergency"
        r"\s+broadcast|wireless\s+emergency\s+alerts?|wea|cell\s+broadcast|evacuation\s+alarm"
        r"|public\s+address)\b",
        unless=_CODE_CONTEXT + r"|\b(?:template|draft|example|sample|test\s+(?:mode|run|cycle))\b",
    ),
    _rule(  # "Authorize re-entry to tank T-4": a safety authorisation for people or plant
        "safety_authorization", "incident",
        "authorize authorise approve clear permit greenlight green-light sign okay ok",
        r"authori[sz]e|approve|clear|permit|green-?light|sign\s+off\s+on|okay|ok",
        "object_env",
        r"^\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:re-?entry|confined[- ]space\s+entry"
        r"|hot\s+work|restart|start-?up|re-?energi[sz]\w*|energi[sz]\w*|return\s+to\s+service"
        r"|blast\w*|the\s+lift|dive|departure|sailing|take-?off|crossing)\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "Post a EUR 150 goodwill credit to every guest's folio": money booked to accounts
        "post_credit", "payment", "post book apply add",
        r"post|book|apply|add",
        "object_env",
        r"^\s+(?:an?\s+)?(?:(?:[$€£¥]\s?\d[\d,.]*|(?:eur|usd|gbp|chf)\s?\d[\d,.]*|\d[\d,.]*\s?(?:eur"
        r"|usd|gbp|chf|€|\$))\s+)(?:[\w-]+\s+){0,2}?(?:credits?|refunds?|compensation|adjustments?"
        r"|charges?|fees?|payments?)\b",
        unless=_CODE_CONTEXT + r"|\b(?:template|example|sample|mock\w*|draft|quote|estimate)\b",
    ),
    _rule(  # "ground the Antwerp fleet": aircraft, drones or vehicles taken out of service
        "ground_fleet", "incident", "ground",
        r"ground",
        "object_env",
        r"^\s+(?:the\s+|our\s+|all\s+|every\s+)?(?:[\w-]+\s+){0,2}?(?:fleet|drones?|aircraft"
        r"|planes?|jets?|helicopters?|vehicles?|robots?|trucks?|vessels?|airframes?)\b",
    ),
    _rule(  # "put the Eastside bouldering area into closure ... and lock the entrance gates to it
        # until Jules can get the lift": part of a live site closed pending a safety fix
        "safety_closure", "incident", "close shut lock cordon fence tape put",
        r"close|shut|lock|cordon\s+off|fence\s+off|tape\s+off|put",
        "object_env",
        r"^\s+(?:off\s+)?(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:area|zone|wall|section|ride|attraction"
        r"|pool|slide|gates?|entrance|floor|wing|stand|track|trail|course|pitch|rink)\b(?:\s+(?:into"
        r"|in)\s+(?:closure|lockdown)|[^.\n]{0,120}\b(?:until|till|pending)\b)",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "lock out the LiftCue motors now - a shackle pin is backing out": machinery isolated
        "lockout", "incident", "lock tag",
        r"lock\s*out|tag\s*out|lock\s+off",
        "object_env",
        r"^\s+(?:the\s+|all\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:motors?|machines?|rigs?|press(?:es)?"
        r"|conveyors?|lines?|saws?|hoists?|winch(?:es)?|cranes?|lifts?|pumps?|breakers?|drives?"
        r"|gantr(?:y|ies)|forklifts?|compressors?|mixers?|ovens?|kilns?|boilers?|robots?)\b"
        # "lock out RTG 14 in CraneNet": a machine named by its asset number
        r"|^\s+(?:the\s+)?[a-z]{1,5}[- ]?\d{1,4}[a-z]?\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "void all unsettled bets and credit the stakes back", "credit the customers' wallets"
        "void_or_credit", "payment", "void credit debit",
        r"void|credit|debit",
        "object_env",
        r"^\s+(?:all\s+|the\s+|every\s+|these\s+|those\s+)?(?:[\w'-]+\s+){0,3}?(?:bets|wagers"
        r"|stakes|wallets?|balances?|transactions?|payments?|invoices?|orders?|accounts?|winnings"
        r"|refunds?|points)\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "release the 14 lots on QA hold", "release vessel X from the hold"
        "release_hold", "deploy", "release",
        r"release",
        "object",
        r"^\s+(?:all\s+|the\s+|these\s+)?(?:\d+\s+)?(?:[\w-]+\s+){0,3}?(?:lots?|batch(?:es)?"
        r"|shipments?|cargo|containers?|vessels?|orders?|payments?)\b[^.\n]{0,40}\b(?:on|from)\s+"
        r"(?:the\s+)?(?:qa\s+|quality\s+|customs\s+|credit\s+|fraud\s+)?hold\b",
    ),
    _rule(  # "disable the audit trail on the LIMS for an hour"
        "audit_trail_off", "security_audit", "disable turn stop pause suspend bypass",
        r"disable|turn\s+off|stop|pause|suspend|bypass",
        "object",
        r"^\s+(?:the\s+)?(?:[\w-]+\s+)?audit\s+(?:trail|log(?:ging|s)?)\b",
    ),
    _rule(  # "suspend the market and freeze those accounts"
        "freeze_trading", "incident", "suspend freeze halt lock",
        r"suspend|freeze|halt|lock",
        "object_env",
        r"^\s+(?:all\s+|the\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?(?:markets?|trading|accounts?"
        r"|wallets?|withdrawals?|payouts?|betting)\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "Withdraw all 37 ISF filings we sent this morning": filings with an authority
        "filing_withdrawal", "delete_data", "withdraw retract rescind void cancel amend refile",
        r"withdraw|retract|rescind|void|cancel|amend|refile",
        "object_env",
        r"^\s+(?:all\s+|the\s+|these\s+|those\s+|our\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:filings?|declarations?|submissions?|customs\s+entries|manifests?|tax\s+returns?"
        r"|returns\s+(?:we|filed)|regulatory\s+reports?)\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "Swap the staging slot into production": a deployment slot swap goes live
        "slot_swap", "deploy", "swap", r"swap", "object_env",
        r"^\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?slots?\b|^\s+(?:[\w-]+\s+){0,4}?(?:into|to|with)\s+"
        r"(?:the\s+)?(?:live|prod\w*|production)\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "Permanently ban these accounts, reason POL-9.1": enforcement on real users
        "account_ban", "credentials", "ban permaban shadowban terminate deactivate",
        r"ban|permaban|shadowban|terminate|deactivate",
        "object_env",
        r"^\s+(?:all\s+|the\s+|these\s+|those\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:accounts?"
        r"|users?|players?|streamers?|channels?|creators?|sellers?|members?|customers?)\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # publishing to a package registry cannot be undone (versions are immutable)
        "publish_package", "deploy", "npm pnpm yarn twine cargo gem poetry uv hatch flit",
        r"(?:npm|pnpm|yarn)\s+publish|twine\s+upload|cargo\s+publish|gem\s+push"
        r"|(?:poetry|uv|hatch|flit)\s+publish",
        "object",
        r"(?:)",
        unless=r"^\s*(?:fails?|failed|failing|errors?|errored|returns?|gives?|throws?|says?"
        r"|complains?|hangs?|is\s+(?:failing|broken|hanging)|keeps|doesn't|does\s+not|won't)\b",
    ),
    _rule(  # "unpublish @acme/ui-kit@2.3.0 from npm", "yank the 1.4.0 crate"
        "unpublish_package", "delete_data", "unpublish yank npm cargo gem",
        r"(?:npm\s+)?unpublish|(?:cargo\s+|gem\s+)?yank",
        "object",
        r"(?:)",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "push the v4.2.0 tag to origin", "merge it and cut the release"
        "release_tag", "deploy", "push cut tag",
        r"push|cut|tag",
        "object",
        r"^\s+(?:the\s+)?(?:v?\d+\.\d+\.\d+\S*\s+(?:git\s+)?tag\b|(?:git\s+)?tags?\s+v?\d+\.\d+"
        r"|(?:a|the)\s+(?:new\s+)?release\b(?!\s+(?:branch|candidate|notes|checklist))"
        r"|(?:a\s+)?release\s+v?\d)",
    ),
    _rule(  # "kick off the production pipeline"
        "trigger_pipeline", "deploy", "kick trigger run start launch fire",
        r"kick\s+off|trigger|run|start|launch|fire\s+off",
        "object",
        r"^\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:production|prod|release|deploy(?:ment)?|live)"
        r"\s+(?:deploy(?:ment)?\s+)?(?:pipeline|workflow|job|rollout)s?\b",
    ),
    _rule(  # "point the apex record at the new load balancer", "flip reads and writes over"
        "traffic_cutover", "deploy", "point repoint re-point flip switch route fail",
        r"point|re-?point|flip|switch|route|fail",
        "object",
        r"^\s+(?:the\s+|our\s+|all\s+(?:the\s+)?|over\s+)?(?:[\w.-]+\s+){0,3}?(?:apex(?:\s+record)?"
        r"|a\s+record|aaaa\s+record|cname|mx\s+records?|ns\s+records?|dns|cdn\s+origin|origin"
        r"|(?:production\s+|prod\s+|live\s+|user\s+|customer\s+)?traffic|writer\s+endpoint|reads"
        r"\s+and\s+writes|writes"
        # "point the tickets.example.com listener at target group tg-v6" (not its logs, nor
        # a runbook's "5. Repoint the ... listener VGC-AG-L to ginsql03" quoted as context)
        r"|(?:listeners?|load[- ]?balancers?|albs?|nlbs?)(?=\s+(?:at|to|onto)\s))\b"
        r"(?![^.\n]{0,40}\b(?:in|on)\s+(?:staging|dev|test|sandbox)\b)",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "start the cutover of the users DB", "kick off the mongo -> postgres cutover"
        "start_cutover", "migration", "start kick begin run do execute launch",
        r"start|kick\s+off|begin|run|do|execute|launch",
        "not_local",
        unless=r"^(?!\s+(?:the\s+|a\s+|our\s+)?(?:[\w>.-]+\s+){0,4}?cut-?over\b)",
    ),
    *OPS_CALL_RULES,
)  # fmt: skip
