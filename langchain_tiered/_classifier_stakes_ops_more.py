"""More operations stakes rules (``_classifier_stakes_ops`` is at its size limit).

Tried after ``ML_ACCESS_RULES``:

* broadcasting a signed transaction ("push this signed tx hex to our mainnet nodes", "broadcast
  the PSBT") moves funds for good; the same on a test network does not;
* committing a network change on named routers ("Commit it on pe1.lon and pe2.lon with commit
  confirmed 5") applies it to the live network;
* posting an outage notice where customers read it ("post a major-outage notice on the
  customer status page") announces a live incident to the public;
* switching a system of record or a primary to another ("flip the authoritative roster source
  to ClassLink now") cuts every consumer over, and so does switching a live database to a new
  schema ("flip the live booking DB over to the new seat schema tonight");
* lifting a speed restriction on a railway ("pull the slow order out of the bulletin for
  212-213") lets trains run at track speed over the work site;
* placing a trade with a size ("buy 15 MW baseload Cal-25 at up to 92 €/MWh", "sell 40,000
  shares") moves money on a market;
* bringing a plant or site down ("bring the park down accordingly", "take the farm to zero")
  acts on a live plant;
* raising a customer's trading level or limit ("raise this customer's options level to 3, skip
  the review", "increase the margin limit for this client to 500k") grants a live privilege;
* pushing a block or a change to every client at once ("Block SHA-256 ... with action
  'prevent' across every client CID") acts on every customer's live estate;
* creating accounts for outsiders ("Create read-only accounts on the tabulation dashboard for
  these observers") grants access to a live system;
* pulling published content everywhere ("pull the Hartley interview everywhere — player,
  partner feeds, the lot") takes it down for the whole audience;
* getting a change onto a named cluster or fleet ("merge and get it onto the payments cluster
  before the 18:00 batch") deploys it;
* approving a request for identified personal data ("Approve Dr. Osei's request for the
  identified screen-failure list (names, DOB, addresses) ... Yes or no?") releases it;
* releasing or approving a purchase order ("approve it in the ERP and release the PO") commits
  the money;
* lifting bars, blocks or suspensions in bulk ("can you unbar the lot" after 4,000 SIMs were
  barred, "reinstate all 312 sellers") restores access on a live system at scale;
* cancelling, reinstating, backdating or binding an insurance policy or coverage ("reinstate
  the Jenkins homeowner's policy with no lapse, backdated to March 1") commits the insurer's
  money;
* forcing a setting on every unit of a live plant ("set every chiller at the Parkview campus to
  48°F supply") or taking away its local control ("lock out the local overrides");
* recovering money from people ("raise these debts ... and start deductions from each
  person's next payment") and switching on enforcement that fines the public ("enable
  camera-only enforcement at the school zones starting tomorrow"), and invoking a contract
  clause ("invoke the force majeure clause with XPO"), and stopping a person's pension or
  salary ("suspend the pension anyway?");
* closing a controlled-drug, fraud or compliance record past its control ("Close the
  oxycodone investigation as 'count error' ... Don't escalate it", "Resolve the discrepancy
  without a second witness");
* pulling firmware back off a fleet, or rolling a whole fleet back (moved here from
  ``_classifier_stakes_ops`` for size).
* taking key material out of custody onto a personal device ("export the encrypted seed
  backup onto my laptop");
* recalling product that has left the site ("pull back every component ..., including
  anything already shipped to hospitals");
* loading content into a live or on-air system in place of what is there ("Load tomorrow's
  log straight into the on-air ENCO, replacing what's there").
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_objects import _MONEY, _PERSONAL_DATA
from langchain_tiered._classifier_patterns import _CODE_CONTEXT
from langchain_tiered._classifier_stake_rule import StakesRule, _rule, _search_rule

OPS_MORE_RULES: Final[tuple[StakesRule, ...]] = (
    _rule(
        "broadcast_tx", "payment",
        "broadcast rebroadcast push submit send relay publish replace cancel execute sign",
        # "Replace the pending Safe tx ... with a cancel at the same nonce and submit it"
        r"broadcast|rebroadcast|push|submit|send|relay|publish|replace|cancel|execute|sign",
        "object",
        r"^\s+(?:the\s+|this\s+|that\s+|our\s+|these\s+|those\s+)?(?:signed\s+|raw\s+|final\s+"
        r"|pending\s+|queued\s+|stuck\s+)?(?:[\w-]+\s+){0,2}?(?:tx|txn|transaction|psbt)s?\b"
        r"(?!\s+(?:reports?|summary|list|logs?|history|ids?|details|export|data|files?|csv|counts?"
        r"|fees?|templates?|schema|format|parser|builder|decoder|types?|class|model|fields?"
        r"|columns?|tables?|tests?)\b)",
        r"\b(?:testnet|devnet|regtest|signet|sepolia|goerli|holesky|local\s+node|simulat\w*)\b",
    ),
    _rule(
        "commit_network_config", "deploy", "commit",
        # "Commit it on pe1.lon and pe2.lon", "commit to core-rtr2", "commit on both PEs", "with
        # commit confirmed 5": the target is named in the clause, so evidence from a lab
        # elsewhere in the prompt does not spare it ("direct"); a lab or repo target does
        r"commit(?=\s+(?:it|this|that|the\s+(?:change|config|candidate|diff|patch))?\s*(?:on|to)\s+"
        r"(?:(?:both|all|the)\s+)?(?:[a-z][\w-]*\d[\w-]*(?:\.[\w-]+)*|[\w-]+\.[\w.-]+"
        r"|(?:edge\s+|core\s+|border\s+)?(?:routers?|switches|firewalls?|pes|ces|brs?|srx\w*|mx\w*))\b)"
        r"|commit(?=\s+confirmed\b)",
        "direct",
        unless=r"\b(?:repo\w*|branch\w*|git|github|gitlab|origin|main|master|develop|trunk|pr|lab"
        r"|labs|staging|test\w*|sandbox|gns3|eve-ng|containerlab|virtual|vsrx|vmx|sim\w*)\b",
    ),
    _rule(
        "bulk_reinstate", "credentials",
        "unbar unblock reactivate reinstate re-enable reenable unsuspend unfreeze unlock lift",
        r"unbar|unblock|reactivate|reinstate|re-?enable|unsuspend|unfreeze|unlock"
        r"|lift\s+(?:the\s+)?(?:bars?|blocks?|suspensions?|freezes?|holds?)(?:\s+on)?",
        "object",
        r"^\s+(?:the\s+lot|them\s+all|all\b|every\b|(?:the\s+|those\s+|these\s+)?\d[\d,.]*\s*k?\s+"
        r"|the\s+(?:whole|entire)\s+(?:list|batch|lot)|(?:the\s+|those\s+|these\s+|all\s+)?"
        r"(?:[\w-]+\s+)?(?:sims|lines|accounts|subscribers|cards|numbers|users|customers|sellers"
        r"|merchants|members|devices|msisdns|wallets|payouts)\b)",
    ),
    _rule(
        "public_incident_notice", "incident", "post publish announce send push put",
        r"post|publish|announce|send\s+out|push|put\s+up",
        "object",
        r"^\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:notice|notification|announcement"
        r"|banner|incident|update|message|alert)s?\b[^.\n]{0,60}\b(?:(?:customer|public|external)"
        r"[- ](?:facing\s+)?status\s+page|status\s*page|statuspage|all\s+(?:customers|users"
        r"|subscribers)|(?:the\s+)?public)\b",
        r"\b(?:draft|template|staging|test|sandbox|internal)\b",
    ),
    _rule(
        "switch_source", "migration", "flip switch repoint point move",
        r"flip|switch|repoint|point|move",
        "object",
        r"^\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:source|primary|master|authority|traffic|dns"
        r"|writes|provider|system\s+of\s+record|feed|sso|idp)\b[^.\n]{0,40}?\s(?:over\s+)?to\s+\S"
        # "switch ticketing over to the new prod DB cluster tonight"
        r"|^\s+(?:[\w-]+\s+){1,3}?over\s+to\s+(?:the\s+)?(?:new\s+)?(?:prod\w*|live|primary)\b",
        r"\b(?:staging|sandbox|test\w*|dev|local\w*|feature\s+flag\s+in\s+code)\b",
    ),
    _rule(
        "lift_rail_restriction", "incident", "pull remove lift take cancel clear drop void annul",
        r"pull|remove|lift|take|cancel|clear|drop|void|annul",
        "object",
        r"^\s+(?:the\s+|that\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:slow\s+orders?|speed\s+restrictions?"
        r"|tsrs?|temporary\s+speed\s+restrictions?|track\s+warrants?|work\s+blocks?|possessions?"
        r"|track\s+(?:and\s+time|bulletins?)|form\s+b|blue\s+flags?)\b",
        r"\b(?:simulat\w*|training|sandbox|test\w*|draft)\b",
    ),
    _rule(
        "trade_order", "payment", "buy sell short hedge place",
        r"buy|sell|short|hedge|place\s+(?:an?\s+|the\s+)?(?:buy|sell)\s+order\s+for",
        "object_env",
        r"^\s+(?:(?:the\s+)?(?:rest|remainder|balance)\s+of\s+[\w-]+\s*[:,]?\s*(?:buy|sell)\s+)?"
        r"(?:another\s+|an?\s+extra\s+)?\d[\d,.]*\s*(?:k|m|mm|bn)?\s*(?:mw|mwh|gwh|lots?|contracts?|shares?"
        r"|units?|bbl|barrels?|tonnes?|t|btc|eth|oz|bonds?|mt)\b",
        r"\b(?:paper\s+trad\w*|simulat\w*|backtest\w*|example|hypothetical\w*)\b",
    ),
    _rule(
        "bring_down_plant", "incident", "bring take ramp power turn",
        r"bring|take|ramp|power|turn",
        "object",
        r"^\s+(?:the\s+|our\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:park|plant|farm|site|units?|turbines?"
        r"|station|substation|line|feeder|cluster|fleet|kiln|furnace|reactor|compressor)\s+"
        r"(?:down|offline|off|to\s+(?:zero|0\s*(?:mw)?))\b",
        r"\b(?:simulat\w*|training|sandbox|test\w*|model)\b",
    ),
    _rule(
        "raise_account_limit", "credentials", "raise bump increase upgrade set lift up",
        r"raise|bump|increase|upgrade|set|lift|up",
        "object",
        r"^\s+(?:(?:this|the|their|his|her|our)\s+)?(?:[\w'-]+\s+){0,3}?(?:options?|trading|margin"
        r"|credit|withdrawal|leverage|spending|transfer|payout)\s+(?:level|limit|tier|approval"
        r"|line)s?\b[^.\n]{0,40}?\bto\s+\S",
        r"\b(?:test\w*|sandbox|paper|demo|example|config\s+file|default)\b",
    ),
    _rule(
        "fleet_wide_push", "incident",
        "block quarantine isolate ban push deploy apply roll enforce disable kill uninstall revoke",
        r"block|quarantine|isolate|ban|push|deploy|apply|roll\s+out|enforce|disable|kill|uninstall"
        r"|revoke",
        "object",
        r"^[^.\n]{0,160}?\b(?:across|to|on|for)\s+(?:every|all(?:\s+(?:of\s+)?(?:our|the))?)\s+(?:[\w-]+\s+)?"
        r"(?:clients?|tenants?|customers?|cids?|endpoints?|hosts?|sites?|devices?|machines?"
        r"|servers?|estates?|fleets?)\b",
        r"\b(?:test\w*|sandbox|staging|lab|dev|demo|simulat\w*)\b",
    ),
    _rule(
        "provision_outsiders", "credentials", "create provision set issue add",
        r"create|provision|set\s+up|issue|add",
        "object",
        r"^\s+(?:(?:new|read-only|read\s+only|temporary|guest|admin|viewer)\s+){0,2}(?:user\s+)?"
        r"(?:accounts?|logins?|credentials|access|users?)\b[^.\n]{0,80}?\bfor\s+(?:these|the\s+following"
        r"|(?:the\s+|our\s+)?(?:external|outside|third[- ]party)|all\s+(?:the\s+)?\d+|\d+\s+\w+"
        r"|the\s+(?:auditors?|observers?|contractors?|vendors?|consultants?|partners?|regulators?))",
        r"\b(?:test\w*|sandbox|staging|dev|demo|local\w*)\b",
    ),
    _rule(
        "pull_published", "delete_data", "pull take remove unpublish yank kill",
        r"pull|take\s+down|remove|unpublish|yank|kill",
        "object",
        r"^\s+(?:the\s+|our\s+|that\s+|this\s+)?(?:[\w'-]+\s+){0,4}?(?:interview|episode|video|story"
        r"|article|show|clip|segment|post|programme|program|stream|film|ad|campaign|podcast|report)s?"
        r"\b[^.\n]{0,40}?(?:\beverywhere\b|\bfrom\s+(?:all|every|the\s+(?:player|site|app|feeds?"
        r"|platforms?|website|homepage))\b|\boff\s+(?:air|the\s+(?:site|player|app|website))\b)",
        r"\b(?:test\w*|sandbox|staging|draft|preview)\b",
    ),
    _rule(
        "onto_cluster", "deploy", "get put push roll land",
        r"get|put|push|roll|land",
        "object",
        r"^\s+(?:it|this|that|them|the\s+(?:fix|change|patch|revert|build|release))\s+(?:out\s+)?"
        r"(?:onto|on|into|to)\s+(?:the\s+|our\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:cluster|fleet|servers?"
        r"|nodes?|hosts?|prod\w*|live)\b"
        # "roll pc-2.7.3 onto cardsrv01 then cardsrv02": a release tag onto named hosts
        r"|^\s+(?:(?:tag|version|release|build)\s+)?(?:[a-z]+-)?v?\d+(?:\.\d+)+[\w.-]*\s+(?:onto|on|to)"
        r"\s+[a-z][a-z-]*\d+\b",
        r"\b(?:test\w*|sandbox|stag(?:e|ing)\w*|dev\d*|uat\w*|qa\d+|local\w*|lab"
        r"|canary\s+in\s+staging)\b",
    ),
    _rule(
        "approve_data_release", "security_audit", "approve authorize authorise grant sign",
        r"approve|authori[sz]e|grant|sign\s+off\s+on",
        "object",
        r"^[^?\n]{0,120}?\b(?:request|access|release|export|extract|transfer|sharing)\b[^?\n]{0,120}?"
        r"(?:" + _PERSONAL_DATA + r")",
        r"\b(?:synthetic|dummy|fake|test\w*|sandbox|de-?identified\s+and\s+approved)\b",
    ),
    _rule(
        "release_po", "payment", "release approve issue submit send place",
        r"release|approve|issue|submit|send|place",
        "object_env",
        r"^\s+(?:the|this|that|our)\s+(?:po|purchase\s+order)s?\b",
    ),
    _rule(
        "insurance_policy_act", "payment",
        "cancel reinstate rescind void backdate bind lapse non-renew nonrenew",
        r"cancel|reinstate|rescind|void|backdate|bind|lapse|non-?renew",
        "object_env",
        # "reinstate the Jenkins homeowner's policy with no lapse", "bind coverage from today"
        r"^\s+(?:the\s+|this\s+|that\s+|his\s+|her\s+|their\s+|our\s+)?(?:[\w'-]+\s+){0,3}?"
        r"(?:(?:homeowner'?s?|home|auto|motor|car|life|health|renters?|commercial|umbrella|travel"
        r"|pet|flood|property|liability|insurance|dental|disability|term|fleet|marine|cargo)\s+"
        r"(?:insurance\s+)?(?:policy|policies)\b|coverage\b(?!\s+(?:reports?|summary|gaps?|data"
        r"|tests?|tool|metrics?|numbers?|badge|check|threshold)\b)|polic(?:y|ies)\s+(?:no\.?\s*"
        r"|number\s+|#\s*)?[a-z]{0,4}-?\d)",
    ),
    _rule(
        "equipment_wide_setting", "deploy", "set put switch change drive",
        # "set every chiller at the Parkview campus to 48°F supply": a setting forced on every
        # unit of a live plant
        r"set|put|switch|change|drive",
        "object_env",
        r"^\s+(?:all|every)\s+(?:(?:of\s+)?(?:our|the)\s+)?(?:[\w-]+\s+)?(?:chillers?|boilers?"
        r"|ahus?|air\s+handlers?|pumps?|fans?|valves?|thermostats?|compressors?|inverters?|turbines?"
        r"|breakers?|feeders?|elevators?|lifts?|door\s+controllers?|dampers?|heaters?|coolers?"
        r"|freezers?)\b[^.;\n]{0,50}?\bto\s+\d",
        r"\b(?:sim(?:ulat\w*)?|model|config(?:uration)?\s+files?|yaml|json|digital\s+twin|test\w*"
        r"|sandbox|staging|lab|demo)\b",
    ),
    _rule(
        "local_control_lockout", "deploy", "lock disable remove",
        # "lock out the local overrides": the plant's own safety net taken away
        r"(?:lock\s+out|disable|remove)\s+(?:the\s+|all\s+)?(?:local|manual|hand|field)\s+"
        r"(?:overrides?|controls?|operation)",
        "direct",
        None,
        r"\b(?:sim(?:ulat\w*)?|model|config(?:uration)?\s+files?|yaml|json|digital\s+twin|test\w*"
        r"|sandbox|staging|lab|demo)\b",
    ),
    _rule(
        "benefit_recovery", "payment", "raise start begin apply set recover",
        # "Raise these debts in the recovery module and start deductions from each person's next
        # payment": money taken back from real people
        r"raise|start|begin|apply|set\s+up|recover",
        "object_env",
        r"^\s+(?:the\s+|these\s+|those\s+|all\s+)?(?:[\w-]+\s+)?(?:deductions?\s+(?:from|against"
        r"|on)\b|(?:debts?|overpayments?)\b(?!\s+(?:reports?|summary|template|letter|schema)\b))",
    ),
    _rule(
        "enforcement_on", "deploy", "enable activate start switch turn",
        # "Enable camera-only enforcement at the school zones starting tomorrow": fines and
        # penalties issued to the public by a live system
        r"enable|activate|start|switch\s+on|turn\s+on",
        "object_env",
        r"^\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:enforcement|ticketing|citations|penalt(?:y|ies)"
        r"|fines)\b(?!\s+(?:of\s+(?:the\s+)?(?:lint|type|style|rule)|mode\s+in\s+(?:the\s+)?"
        r"(?:config|tests?)))",
        r"\b(?:lint\w*|mypy|eslint|typing|type\s+hints?|pre-commit|ci|unit\s+tests?|policy\s+as"
        r"\s+code|opa|rego|branch\s+protection)\b",
    ),
    _rule(
        "contract_clause", "payment", "invoke trigger exercise serve",
        # "invoke the force majeure clause with XPO": a legal act with money on it
        r"invoke|trigger|exercise|serve",
        "object_env",
        r"^\s+(?:the\s+|our\s+|a\s+)?(?:force\s+majeure|termination|penalty|liquidated\s+damages"
        r"|step-in|break|buy-?back|put|call|change[- ]of[- ]control)\s+(?:clause|notice|option"
        r"|right|provision)s?\b",
    ),
    _rule(
        "payment_stop", "payment", "suspend stop freeze halt cancel",
        # "suspend the pension anyway?" on an unverified death notification: payments to a
        # real person stopped
        r"suspend|stop|freeze|halt|cancel",
        "object_env",
        r"^\s+(?:the\s+|his\s+|her\s+|their\s+|this\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:pensions?"
        r"|benefits?|annuit(?:y|ies)|payroll|salar(?:y|ies)|allowances?|stipends?)\b(?!\s+(?:reports?"
        r"|calculators?|summary|letters?|forms?|pages?|code|tests?|schema|api)\b)",
    ),
    _rule(  # "kill the sweep job and pull the queued file before 7 so the rest don't go out"
        "payment_run_stop", "payment", "kill stop halt cancel abort pause",
        r"kill|stop|halt|cancel|abort|pause",
        "object_env",
        r"^\s+(?:the\s+|this\s+|our\s+|today's\s+|tonight's\s+)?(?:[\w-]+\s+){0,2}?(?:sweep|payments?"
        r"|payouts?|payroll|ach|nacha|disbursements?|royalty|remittances?|wires?|bacs|sepa|refunds?)"
        r"\s+(?:jobs?|runs?|files?|batch(?:es)?)\b(?!\s+(?:formats?|specs?|schemas?|templates?"
        r"|layouts?|docs?|code|tests?|logs?)\b)",
    ),
    _rule(  # "Accept it and sign off the settlement in the claims portal": a claim closed for good
        "accept_settlement", "payment", "accept sign",
        r"accept|sign(?:\s+off(?:\s+on)?)?",
        "object_env",
        r"^\s+(?:the\s+|this\s+|their\s+|our\s+)?(?:[\w$€£.,-]+\s+){0,4}?(?:settlement|full\s+and"
        r"\s+final)\b(?!\s+(?:letters?|templates?|drafts?|clauses?|terms|process|policy|code"
        r"|workflow|summary)\b)",
    ),
    _rule(  # "Please proceed with the secure wipe of all four drives in pi-hist-old today"
        "proceed_destroy", "delete_data", "proceed go start begin",
        r"(?:proceed|go\s+ahead|start|begin)\s+with\s+(?:the\s+)?(?:[\w:-]+\s+){0,2}?(?:wipe|purge"
        r"|deletion|erasure|teardown|decommission\w*|destruction"
        # "proceed with the 22:00 rollout and post in #releases when done"
        r"|rollout|roll-out|deployment|go-live)\b(?!\s+(?:notes?|plan|checklist|doc\w*|meeting"
        r"|review|steps)\b)",
        "direct",  # (a staging pass reported earlier in the thread does not make it local)
        unless=r"^[^.;\n]{0,60}\b(?:on|in|to|against)\s+(?:the\s+)?(?:staging|test|dev|sandbox|qa"
        r"|uat|lab)\b",
    ),
    _rule(
        "record_closure", "security_audit", "close resolve clear dismiss mark",
        # "Close the 6E oxycodone investigation as 'count error' ... Don't escalate it",
        # "Resolve the hydromorphone discrepancy without a second witness": a controlled-drug,
        # fraud or compliance record closed past its control
        r"close|resolve|clear|dismiss|mark",
        "object_env",
        r"^[^.;\n]{0,60}?\b(?:investigations?|discrepanc(?:y|ies)|divers(?:ion|ions)|(?:count|narcotic"
        r"|controlled[- ]substance|aml|fraud|sanctions?|kyc|compliance|safety|whistle-?blow\w*)\s+"
        r"(?:alerts?|cases?|hits?|flags?|reports?|findings?|variances?)|audit\s+findings?)\b"
        r"[^\n]{0,120}?(?:\bwithout\s+(?:a\s+|any\s+|the\s+)?(?:second\s+|independent\s+)?"
        r"(?:witness\w*|review\w*|sign-?off|approv\w*|verification|escalat\w*|investigat\w*"
        r"|report\w*)|\bas\s+(?:qtext\b|['\"\u2018\u201c]?(?:an?\s+)?(?:count\s+error|miscount"
        r"|unfounded|no\s+(?:finding|issue|action|further\s+action)|clerical\s+error"
        r"|false\s+positive|documentation\s+error))|\b(?:don'?t|do\s+not|no\s+need\s+to|never)\s+"
        r"(?:escalate|report|notify|flag|tell))",
    ),
    _rule(  # "pull the pump firmware update back off the 60 pumps that got it last night"
        "fleet_pullback", "deploy", "pull",
        r"pull",
        "object",
        r"^\s+(?:[\w'-]+\s+){0,5}?(?:back\s+)?(?:off|from)\s+(?:the\s+|all\s+|every\s+)?(?:\d[\d,]*\s+)?"
        r"(?:[\w-]+\s+)?(?:pumps|devices|vehicles|terminals|units|registers|phones|tablets|servers"
        r"|nodes|stores|sites|meters|controllers|kiosks|cars|trucks|aircraft)\b",
    ),
    _rule(  # "roll the registers at all 412 stores back to build 5.1.2"
        "fleet_rollback", "deploy", "roll revert downgrade",
        r"roll|revert|downgrade",
        "object",
        r"^[^?!\n]{0,60}?\b(?:at|on|for|across)\s+(?:all|every)\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+)?"
        r"(?:stores|registers|sites|plants|branches|hospitals|clinics|vehicles|devices|terminals"
        r"|customers|users|tenants|regions|servers|nodes|locations)\b",
    ),
    _rule(  # "Pull back every component from that donor's last three donations, including
        # anything already shipped to hospitals": a recall of product that has left the site
        "product_recall", "incident", "recall pull withdraw quarantine",
        r"recall|pull\s+back|withdraw|quarantine",
        "object",
        # an object follows the verb ("every component", "lot 4471", "them"), not a noun
        # compound ("recall notice is up in all stores", "quarantine tasks in stores")
        r"^\s+(?:the|all|every|each|any|these|those|this|that|it|them|lot|batch|\d)\b"
        r"[^.?!\n]{0,100}?\b(?:already\s+(?:shipped|sent|delivered|distributed|dispensed)"
        r"|shipped\s+to|(?:at|to|from|in)\s+(?:the\s+|all\s+|every\s+)?(?:hospitals|customers|stores"
        r"|pharmacies|clinics|distributors|retailers|patients))\b",
    ),
    _rule(  # "Export the xpub and the encrypted seed backup onto my laptop": key material
        # taken out of custody onto a personal device or account
        # (the device is the destination, so "my laptop" does not make it a local run: the
        # object is a lookahead of a "direct" rule; test or sample keys are not custody keys)
        "key_material_export", "credentials",
        "export copy move send email upload download put save",
        r"(?:export|copy|move|send|email|upload|download|put|save)(?=\s(?:(?!\b(?:test|dummy|sample"
        r"|fake|demo)\b)[^.?!\n]){0,60}?\b(?:seed(?:\s+(?:phrase|backup|words))?|mnemonic"
        r"|private\s+keys?|xprv|signing\s+keys?|key\s+shares?|key\s+backup|wallet\s+backup"
        r"|hsm\s+backup)\b[^.?!\n]{0,60}?\b(?:onto|to|on|into)\s+(?:my|a|his|her|their|the|our)?"
        r"\s*(?:personal\s+|own\s+)?(?:laptop|phone|usb|thumb\s*drive|desktop|email|inbox|dropbox"
        r"|google\s+drive|icloud|slack)\b)",
        "direct",
    ),
    _rule(  # "Load tomorrow's log straight into the on-air ENCO, replacing what's there."
        "live_replace", "deploy", "load import upload push put copy",
        r"load|import|upload|push|put|copy",
        "object",
        # ("Import into SpaBook LIVE with --overwrite-existing": the system named, a flag)
        r"^(?:[^.?!\n]|\.(?=\w)){0,80}?\b(?:in)?to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:live|on[-\s]air|production"
        r"|prod)\b[^.?!\n]{0,40}?(?:,?\s+(?:replacing|overwriting|over\s+the\s+top\s+of)\b"
        r"|\s--?(?:overwrite|replace|clobber|force|truncate)[\w-]*)",
    ),
    _rule(  # "promote the bridge build from staging to the field-ops environment": past staging
        "promote_past_staging", "deploy", "promote push move ship copy",
        r"(?:promote|push|move|ship|copy)\s+(?:[\w.'()-]+\s+){0,8}?from\s+(?:the\s+)?(?:staging"
        r"|stage|uat|qa|pre-?prod\w*)\s+(?:env\w*\s+)?(?:to|into|onto)\s+(?!(?:the\s+|our\s+)?"
        r"(?:staging|stage|uat|qa|dev\w*|test\w*|sandbox|local\w*|demo|training)\b)",
        "direct",
    ),
    _rule(  # "Copy the current LITH-07 recipe set over the golden recipes in RMS."
        "overwrite_golden", "delete_data", "copy write paste clone sync",
        r"(?:copy|write|paste|clone|sync)\s+(?:[\w.'()-]+\s+){1,6}?over\s+(?:the\s+|our\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:golden|gold|master|canonical|reference|prod\w*|live)\b",
        "direct",
    ),
    _rule(  # "Reverse BL-0207's royalty draft for week 44": money pulled back from someone
        "money_reversal", "payment", "reverse recall claw clawback unwind",
        r"reverse|recall|claw\s*back|unwind",
        "object_env",
        r"^\s+(?:[\w'$.,#-]+\s+){0,4}?(?:" + _MONEY + r"|\b(?:drafts?|debits?|credits?|charges?"
        r"|transactions?|royalt(?:y|ies)|fees?)\b)",
        # not "EU mit USt-IdNr. Reverse Charge": the VAT mechanism named, no charge reversed
        unless=r"^[\s-]*engineer|^\s+(?:the\s+)?(?:order|sort|list|string|array|proxy)\b"
        r"|^\s+charge\b(?!\s+(?:for|on|to|of|from)\b)|" + _CODE_CONTEXT,
    ),
    _rule(  # "Can you put it into manual/isolated so it doesn't discharge?" (a suppression panel)
        "life_safety_inhibit", "incident", "put set switch place isolate inhibit",
        r"(?=[^.?!\n]{0,160}\b(?:discharg\w*|suppression|sprinklers?|deluge|fire\s+(?:alarm|panel)s?"
        r"|smoke\s+detect\w*|detectors?|zone\s+\d+)\b)(?:(?:put|set|switch|place)\s+(?!(?:the\s+|this\s+)?"
        r"(?:spreadsheet|sheet|doc\w*|file|report|text|table|page|slides?|deck)\b)(?:[\w/-]+\s+){0,6}?(?:in|into|on|to)\s+"
        r"(?:manual(?!\s+(?:format|form|entry|input|pages?|sections?|chapter|style|guide|review"
        r"|counts?)\b)|isolat\w*|bypass|inhibit\w*|disabled?|test\s+mode|maintenance\s+mode)"
        r"|(?:isolate|inhibit)\s+(?:the\s+|our\s+)?(?:[\w/-]+\s+){0,4}?(?:suppression|sprinklers?"
        r"|deluge|fire\s+(?:alarm|panel)s?))",
        "direct",
    ),
    _rule(  # "Could you put it on the public resort site before first chair tomorrow?"
        "public_site_publish", "deploy", "put",
        r"put\s+(?:(?:it|this|them|these)\s+|the\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?)(?:on|onto|up\s+on)\s+"
        r"(?:the\s+|our\s+)?(?:public|live|production|prod)\s+(?:[\w-]+\s+){0,2}?(?:site|website"
        r"|app|store|page|portal|homepage)\b",
        "direct",
    ),
    _rule(  # "Replace the live crontab on print-sched-01 with this and reload cron"
        "live_config_replace", "deploy", "replace overwrite swap",
        r"replace|overwrite|swap\s+out",
        "object_live",
        r"^\s+(?:the\s+|our\s+)?(?:[\w.-]+\s+){0,3}?(?:crontab|cron\s+jobs?|config\w*|conf|settings"
        r"|rules|polic(?:y|ies)|schedules?|dns\s+records?|zone\s+file|certificates?|certs?|routes"
        r"|env\s+file|\.env|systemd\s+units?)\b[^.?!\n]{0,60}?\bwith\b",
    ),
    _rule(  # "Shall I deactivate all 412 in Paxton Net2 now?": a bulk act on a counted set
        "bulk_counted_act", "delete_data",
        "deactivate disable delete revoke cancel remove suspend wipe purge erase terminate void "
        "expire lock",
        r"(?:deactivate|disable|delete|revoke|cancel|remove|suspend|wipe|purge|erase|terminate|void"
        r"|expire|lock)\s+all\s+(?:of\s+)?(?:the(?:se|m)?\s+)?\d{2,}(?:,\d{3})*\b(?!\s*(?:%|percent"
        r"|lines?|characters?|words?|chars?|spaces?|columns?|cells?|bytes?|px|ms)\b)",
        "not_local",
    ),
    _rule(  # "Pull fs-dtp-02 off the network and isolate VLAN 40"
        "network_isolation", "incident", "pull take drop cut disconnect unplug isolate",
        r"(?:pull|take|drop|cut|disconnect|unplug)\s+(?:[\w.'-]+\s+){1,4}?off\s+(?:the\s+)?(?:network"
        r"|lan|wan|internet|wi-?fi)\b(?!\s+(?:diagrams?|maps?|drawings?|docs?|list|sheet|page))|isolate\s+(?:the\s+)?(?:vlan|subnet|segment|network)\b",
        "not_local",
    ),
    _rule(  # "kick off moving the availability data from Mongo to Postgres on the live cluster"
        "live_data_move", "migration",
        "kick start begin",
        r"(?:kick\s+off|start|begin)\s+(?:mov(?:e|ing)|migrat(?:e|ing)|copy(?:ing)?"
        r"|transferr?(?:ing)?)\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,4}?data\s+from\b",
        "object_live",
        r"\bto\b",
    ),
    _search_rule(  # "Needs executing on the live YardIQ db", in a ticket handed over
        "needs_live_run", "migration", "needs need executing running applying deploying",
        r"(?P<verb>\bneeds\s+(?:to\s+be\s+)?(?:executing|executed|running|run|applying|applied"
        r"|deploying|deployed)\s+(?:on|against|in|to)\s+(?:the\s+)?(?:live|prod\w*|production)\b)"
        r"(?P<rest>.*)",
        "direct",
    ),
    _search_rule(  # "all lapsed-member records ... need removing from WeirPass", in a handover
        "records_need_removing", "delete_data", "need needs removing removed deleting deleted "
        "purging purged wiping wiped erasing erased",
        r"(?P<verb>\b(?:records?|rows?|accounts?|data|entries|profiles?|members?|contacts?|users?"
        r"|customers?|files?|recordings?|backups?)\b[^.?!\n]{0,60}?\bneeds?\s+(?:to\s+be\s+)?"
        r"(?:removing|removed|deleting|deleted|purging|purged|wiping|wiped|erasing|erased)"
        r"\s+(?:from|in|on)\b)(?P<rest>.*)",
        "not_local",
    ),
    _rule(  # "flip the live booking DB over to the new seat schema from PR #311 tonight"
        "live_schema_switch", "migration", "flip switch cut move point repoint",
        r"(?:flip|switch|cut|move|point|repoint)\s+(?:the\s+|our\s+)?(?:live|prod\w*|production)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:db|database|tables?)\s+(?:over\s+)?(?:to|onto)\s+(?:the\s+)?"
        r"(?:new\s+)?(?:[\w-]+\s+){0,2}?schema\b",
        "not_local",
    ),
    _rule(  # "import it into UnionHub in replace mode so it overwrites every society's list"
        "replace_mode_import", "delete_data", "import load upload",
        r"(?:import|load|upload)\s+(?:it|this|them|the\s+(?:[\w/.-]+\s+){0,4}?)\s*(?:into|to)\s+"
        r"(?:[\w.-]+\s+){1,3}?(?:in\s+)?(?:replace|overwrite|full[- ]replace)\s+mode\b",
        "not_local",
    ),
    _rule(  # "cat /etc/milkpay/.env on the prod box and paste it here": live secrets dumped
        "secret_dump", "credentials", "cat print dump echo type",
        r"cat|print|dump|echo|type",
        "object_live",
        r"^\s+(?:out\s+)?(?:the\s+)?\S*(?:\.env|secrets?\.(?:ya?ml|json|toml)|credentials\.json"
        r"|id_rsa|\.pem)\b",
    ),
)  # fmt: skip
