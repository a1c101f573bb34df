"""English stakes rules: a verb in request position plus an object that makes it tier 3.

See :class:`StakesRule` (:mod:`._classifier_stake_rule`) for how a rule fires and
:mod:`._classifier_patterns` for the markers.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_commands import CLI_FLAGS
from langchain_tiered._classifier_objects import (  # re-exported for the sibling modules
    _ARTIFACT,
    _CRED_OBJECT,
    _MONEY,
    _PRIV_OBJECT,
    _SEC_OBJECT,
    _STRONG_DESTROY,
)
from langchain_tiered._classifier_patterns import _CODE_CONTEXT
from langchain_tiered._classifier_stake_rule import StakesRule, _rule, _search_rule

#: English stakes rules, in priority order (the first that fires names the intent).
EN_RULES: Final[tuple[StakesRule, ...]] = (
    _rule(
        "destructive_verb", "delete_data", _STRONG_DESTROY,
        r"drop(?!\s+(?:me|us|him|her|them|a\s+(?:line|note|comment|message|hint|mail|pin)"
        r"|support|in|by|off|down|shadow|zone)\b)|truncate|purge|wipe(?:\s+out)?|nuke|obliterate"
        r"|shred|destroy|expunge|hard[- ]delete|tear\s+down|teardown|decommission|deprovision"
        r"|rm\s+-rf|factory[- ]reset|remote[- ]wipe",
        "strong",
        unless=r"^\s*(?:the\s+|any\s+|all\s+)?(?:duplicate|blank|empty|trailing|leading|first"
        r"|last|header|extra)\s+(?:rows?|lines?|columns?|cols?|fields?|entries|spaces?|commas?)\b"
        # "drop every line from the argocd namespace, keep the rest": a filter over text
        r"|^\s*(?:every|all(?:\s+the)?|any|the)\s+lines?\s+(?:from|in|of|that|which|with|where"
        r"|containing|matching|mentioning)\b",
    ),
    _rule(
        "destructive_verb", "delete_data",
        "delete remove erase clear empty flush reset overwrite terminate discard kill clean prune "
        "get scrub bin rm",
        # "Bin all the accounts flagged as duplicates": the British verb, before what goes
        r"bin(?=\s+(?:all|every|these|those|them|the)\b)|delete|remove|erase|clear(?!\s+(?:for|to|and|enough|about|on|that|in|with)\b)(?:\s+out)?|empty|flush|reset|overwrite|terminate|discard|kill"
        r"|clean\s+(?:up|out)|prune|get\s+rid\s+of|scrub|rm(?=\s+(?:the|all|every|those|these|old)\b)",
        "live_or_data",
        # (not "the duplicate records ... from the live stores system": live rows go)
        unless=r"^\s*(?:duplicate|blank|empty|trailing|leading|the\s+(?:duplicate|blank|empty"
        r"|trailing|first|last|header|extra))\b(?![^.\n]{0,80}\b(?:live|prod|production)\b)"
        r"(?!\s+(?:[\w-]+\s+)?(?:accounts|records|profiles|members|customers|patients)\b)"
        r"|^\s*(?:all\s+|every\s+|the\s+)?(?:[\w-]+\s+)?"
        r"(?:lines?|comments?|whitespace|spaces?)\b"
        # "remove the duplication between the DB and DC branches", "clean up this Node handler"
        r"|^\s*(?:the\s+|any\s+|all\s+)?(?:duplication|duplicated\s+code|dead\s+code|boilerplate"
        r"|redundancy|repetition|nesting|callbacks?|magic\s+numbers)\b"
        r"|^\s+(?:this|my)\s+(?:[\w-]+\s+){0,3}?(?:handler|function|code|module|class|component"
        r"|file|script|method|tests?|helper|snippet|controller|hook|query)\b",
    ),
    _rule(  # "merge the duplicate donor records in the live CRM": the losing record is gone
        "merge_records", "delete_data", "merge dedupe deduplicate de-duplicate consolidate",
        r"merge|de-?dup(?:e|licate)|consolidate",
        "object_live",
        r"^\s+(?:the\s+|these\s+|those\s+|all\s+)?(?:[\w-]+\s+){0,4}?(?:records?|accounts?"
        r"|profiles?|contacts?|customers?|donors?|patients?|users?|members?|households?|entries)\b",
    ),
    _rule(
        "force_push", "deploy", "force-push force forcepush push git",
        r"force[- ]?push|push\s+(?:--force|-f)|git\s+push\s+(?:--force|-f)",
        "not_local",
    ),
    _rule(
        "deploy_command", "deploy",
        "kubectl helm terraform pulumi ansible-playbook cdk serverless fly vercel eb gcloud octo",
        r"kubectl\s+" + CLI_FLAGS + r"(?:apply|rollout|scale|set\s+image|patch"
        r"|replace|edit)|helm\s+(?:upgrade"
        r"|install|rollback)|terraform\s+apply|pulumi\s+up|ansible-playbook|cdk\s+deploy"
        r"|serverless\s+deploy|fly\s+deploy|vercel\s+--prod|eb\s+deploy|gcloud\s+\w+\s+deploy"
        r"|octo\s+(?:promote|deploy)-release",
        "not_local",
    ),
    _rule(
        "deploy_verb", "deploy",
        "deploy redeploy roll rollout go cut cutover hotfix ship launch hard-cut push take "
        "move bring get",
        r"(?:deploy|redeploy|roll\s+out|rollout|go\s+live|(?:hard-)?cut\s*over"
        # "roll 5.2.0 out to the live clinics"
        r"|roll\s+(?:[\w.'-]+\s+){1,3}?out(?=\s+to\b)"
        # "hard-cut billing over from the old clearinghouse to Availity"
        r"|(?:hard-)?cut\s+(?:[\w'-]+\s+){1,3}?over\s+(?:from\s+(?:[\w.'-]+\s+){1,5}?)?to|hotfix|ship"
        # "push 2.8.0 to all OAK and NGT controllers now"
        r"|push\s+(?:v?\d+(?:\.\d+)+|(?:the\s+)?(?:new\s+)?(?:[\w-]+\s+)?(?:firmware|build|release"
        r"|version|update)(?:\s+v?\d+(?:\.\d+)+)?)\s+"
        r"(?:out\s+)?to\s+(?:all|every)\b"
        r"|(?:push|take|move|bring|get)\s+(?:v\d+(?:\.\d+)+|(?:version\s+|build\s+|release\s+)?"
        r"\d+\.\d+\.\d+)\s+(?:out\s+)?(?:to|onto)\b"  # "take 2.7.1 to the IPU tenant now", not 3.2
        # "Above is approved. Please push it out to the cars today."
        r"|push\s+(?:it|this|them|these|the\s+(?:new\s+)?(?:change|update|config\w*|settings?"
        r"|parameters?|fix|patch|firmware|release|build)s?)\s+out\s+to"
        r"|launch)"
        r"(?!\s+(?:steps?|plan|window|checklist|runbook|strategy|phases?|date|sequence|criteria"
        r"|procedure|notes|approach|options?|design|timing|weekend|readiness)\b)",
        "not_local",
    ),
    _rule(
        "release_verb", "deploy",
        "release publish promote tag unpublish yank deprecate retag re-tag",
        r"release|publish|promote|tag\s+and\s+(?:release|publish|ship)|unpublish|yank|deprecate"
        r"|re-?tag",
        "object",
        r"^\s+(?:it\b|(?:the\s+|our\s+|this\s+)?(?:new\s+|latest\s+)?(?:[\w.-]+\s+){0,2}"
        r"(?:build|release|version|app|update|hotfix|patch|fix|feature|changes?|package|sdk|image"
        r"|container|service|candidate|rc|site|website|api|binary|artifact|cli)\b|(?:version\s+"
        r"|release\s+|build\s+)?v?\d+(?:\.\d+)+)|\b(?:to|for)\s+(?:\d+\s*%|prod|production|live|pypi|npm"
        r"|homebrew|users|customers|everyone|all\s+(?:users|customers)|the\s+app\s+store|the"
        r"\s+play\s+store|crates\.io|maven|docker\s*hub|the\s+registry)\b|\b(?:to|for)\s+\d+\s*%"
        r"|\bon\s+(?:docker\s*hub|pypi|npm|crates\.io|the\s+registry|ghcr)\b",
    ),
    _rule(
        "push_live", "deploy", "push merge promote move",
        r"push|merge|promote|move",
        "object",
        r"\b(?:to|into|live\s+to|onto)\s+(?:the\s+)?(?:prod|production|live|(?:origin/)?"
        r"(?:main|master))\b|^\s+(?:the\s+)?(?:release\s+)?tags?\b",
    ),
    _rule(
        "apply_infra", "deploy", "apply run execute",
        r"apply|run|execute",
        "object",
        r"\b(?:terraform|tf|plan|manifests?|helm|infra\w*|cloudformation|pulumi|stack"
        r"|changes\s+to\s+(?:prod|production|live))\b",
    ),
    _rule(
        "exec_live", "deploy", "run execute apply deploy rerun re-run",
        r"run|execute|apply|deploy|re-?run",
        "object_live",
        r"^\s+(?:it|this|them|that|these)\b",
    ),
    _rule(
        "traffic_switch", "deploy", "switch shift move route cut flip send enable turn toggle",
        r"switch|shift|move|route|cut|flip|send|enable|turn\s+on|toggle",
        "object",
        r"\b(?:traffic|flag\b.{0,40}\b(?:all|everyone|100%|prod|production|live|customers"
        r"|users))",
    ),
    _rule(
        "trigger_deploy", "deploy", "trigger start kick run launch fire",
        r"trigger|start|kick\s+off|run|launch|fire\s+off",
        "object",
        r"^\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:deploy\w*|release|rollout)\b",
    ),
    _rule(
        "failover", "incident", "fail failover fail-over",
        r"fail\s*over|fail-over|fail\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,4}?over(?=\s+to\b)",
        "not_local",
        # "failover happened yesterday": a past event named, not a request
        unless=r"^\s+(?:happened|was|were|went|completed|finished|is\s+(?:done|over|complete)"
        r"|already|itself|event|drill|test|report|postmortem|timeline|when|if|behaviou?r"
        r"|scenarios?)\b",
    ),
    _rule(
        "rollback", "incident", "roll rollback revert downgrade",
        r"roll\s*back|rollback|revert|downgrade|roll\s+(?:[\w'.@-]+\s+){1,8}?back(?=\s+to\b|\s*$|[,.;])",
        "object",
        r"\b(?:deploy\w*|release|prod|production|live|version|build|v?\d+\.\d+|previous"
        r"|yesterday|last\s+(?:deploy|release|build|version)|cluster|service)\b",
    ),
    _rule(
        "live_operation", "incident",
        "restart reboot kill shut shutdown stop halt pause drain cordon scale block disable set "
        "throttle evacuate isolate quarantine restore rebuild recreate resize failback modify "
        "update change alter edit patch write insert mutate backfill reindex bump increase "
        "decrease raise lower adjust",
        r"restart|reboot|kill|shut\s*down|stop|halt|pause|drain|cordon|scale|block|disable"
        r"|set(?!\s+up\b)|throttle|evacuate|isolate|quarantine|restore|rebuild|recreate|resize|failback|modify"
        r"|update|change|alter|edit|patch|write\s+to|insert\s+into|mutate|backfill|reindex|bump"
        r"|increase|decrease|raise|lower|adjust",
        "object_live",
        r"\b(?:prod\w*|live|primary|cluster|database|db|servers?|service|site|traffic|firewall"
        r"|dns|load\s+balancer|queries|pods?|nodes?|region|instance|table|replicas?|flag"
        r"|config\w*|records?|rows?|users?|customers?|orders?|deployments?|api|app|workers?|fleet"
        r"|hosts?)\b",
    ),
    _rule(
        "outage_action", "incident", "take put shut shutdown force-logout force pull",
        r"take\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:down|offline)|put\s+(?:the\s+|our\s+)?"
        r"(?:[\w-]+\s+){0,2}(?:into|in)\s+maintenance|shut\s*down\s+(?:the\s+|our\s+)?(?:site"
        r"|website|service|api|app|checkout)|force[- ]?log\s*out\s+(?:all|every)"
        # "pull the plug on the DVX feed now" (not on a project or an idea)
        r"|pull\s+the\s+plug\s+on\b(?!\s+(?:[\w-]+\s+){0,3}?(?:project|idea|initiative|proposal"
        r"|plan|pilot|deal|partnership|hire|event)s?\b)",
        "not_local",
    ),
    _rule(
        "migration", "migration", "run apply execute perform kick start trigger launch do",
        r"run|apply|execute|perform|kick\s+off|start|trigger|launch|do",
        "object",
        r"^\s+(?:the\s+|all\s+|any\s+|our\s+|pending\s+|these\s+|this\s+|new\s+)*(?:[\w-]+\s+)"
        r"{0,2}(?:migrations?|backfill|schema\s+changes?|db:migrate|alembic|flyway|liquibase"
        # "run step 3 of the upgrade (database conversion) on erp-tan-01 now"
        r"|(?:(?:database|db|data)\s+)?conversion|(?<=step\s)\d+\s+of\s+the\s+(?:[\w-]+\s+)?(?:upgrade"
        r"|migration|cutover)"
        r"|data\s+fix|re-?index(?:ing)?|resharding|rebalanc\w+"
        # "Start the transfer at stage E." (of control), "kick off the cutover"
        r"|cut-?over|switch-?over|change-?over|hand-?over|(?<!file\s)(?<!data\s)(?<!wire\s)(?<!bank\s)"
        r"(?<!money\s)(?<!funds\s)(?<!fund\s)(?<!payment\s)(?<!balance\s)transfer(?!\s+batch))\b"
        r"(?!\s+(?:notes?|docs?|document|plan|checklist|meeting|call|e-?mail|template|report"
        r"|rehearsal|dry[- ]run)\b)",
    ),
    _rule(
        "migration", "migration", "migrate backfill reindex re-index reshard re-shard",
        r"migrate|backfill|re-?index|re-?shard",
        "live_or_data",
        # "migrate this page to the app router": code, not data
        unless=r"^\s+(?:this|the|our|my|these|all)?\s*(?:[\w-]+\s+){0,2}?(?:page|pages|component"
        r"|components|screen|screens|route|routes|file|files|module|modules|class|classes|function"
        r"|functions|hook|hooks|tests?|codebase|code|endpoint|endpoints|handler|handlers|imports?)\b",
    ),
    _rule(
        "credential_change", "credentials",
        "rotate revoke grant elevate escalate invalidate regenerate reissue re-issue deactivate "
        "suspend unlock lock expire leak expose rekey",
        r"rotate|revoke|grant|elevate|escalate|invalidate|regenerate|re-?issue|deactivate"
        r"|suspend|unlock|lock\s+out|expire|leak|expose|rekey",
        "object",
        _CRED_OBJECT,
    ),
    _rule(  # "... and revoke the old one on npm": a credential named earlier in the sentence
        "credential_change", "credentials", "revoke invalidate rekey deactivate grant",
        # ("Agent: grant it." under an access request)
        r"revoke|invalidate|rekey|deactivate|grant(?=\s+(?:it|them)\s*[.!]?\s*$)",
        "object_env",
        r"^\s+(?:the\s+)?(?:old|previous|current|existing|leaked|compromised|exposed)\s+(?:one|ones)\b"
        r"|^\s+(?:it|them|everything)\b",  # "Revoke everything on this list now"
    ),
    _rule(
        "permission_change", "credentials",
        "give add assign remove delete reset change disable enable create issue generate update "
        "set make share transfer promote demote lock provision upgrade bypass turn take hand "
        "connect permit switch activate unlock provide attach kill append",
        r"give|provide|add|attach(?=[^.?!\n]{0,60}\b(?:polic(?:y|ies)|roles?|groups?)\b)|assign|remove|delete|reset|change|disable|enable|create|issue|generate"
        r"|update|set|make|share|transfer|promote|demote|lock|provision|upgrade|bypass"
        r"|turn\s+(?:off|on)|take\s+away|hand\s+(?:out|over)|connect|permit|switch\s+on|activate"
        r"|unlock|kill|append",
        "object",
        _PRIV_OBJECT,
        unless=_CODE_CONTEXT
        + _ARTIFACT
        + r"|^\s+(?:me|us)\s+(?!(?:[\w-]+\s+){0,2}(?:access|admin\w*|root|sudo"
        r"|permissions?|rights|privileges?|owner(?:ship)?|roles?|write|read|push|merge)\b)"
        # "give a summary of who has admin access": a report asked for, no access given
        r"|^\s+(?:me\s+|us\s+)?(?:a|an|the)\s+(?:short\s+|brief\s+|quick\s+|full\s+)?(?:summary"
        r"|list|report|overview|breakdown|count|table|rundown)\s+of\b"
        # "make this discharge note readable for a pet owner": a text rewritten for a reader
        # (not "reset the admin password and text it to me": "and" ends the object)
        r"|^\s+(?:this|the|it|our|my)\s+(?:(?!and\b)[\w-]+\s+){0,3}?(?:note|text|e-?mail|letter|message"
        r"|summary|copy|paragraph|reply|response|post|description|instructions?|handout|leaflet"
        r"|faq)\b",
    ),
    _rule(
        "credential_change", "credentials",
        "reset change update set share send post disclose publish email replace swap",
        r"reset|change|update|set|share|send|post|disclose|publish|email|replace|swap(?:\s+out)?",
        "object_live",
        r"\b(?:passwords?|credentials|secrets?|tokens?|keys)\b",
    ),
    _rule(
        "disable_control", "credentials",
        "disable turn switch mute silence snooze pause bypass suspend deactivate relax loosen "
        "kill override jumper defeat",
        r"disable|turn\s+off|switch\s+off|mute|silence|snooze|pause|bypass|suspend|deactivate"
        r"|relax|loosen|kill|override|jumper(?:\s+out)?|defeat",
        "object",
        r"\b(?:waf|web\s+application\s+firewall|firewall\w*|mfa|2fa|two-factor|sso\s+enforcement"
        r"|branch\s+protection|monitors?|monitoring|alerts?|alerting|alarms?|pagerduty|paging"
        r"|pager|pages|audit\s+log\w*|cloudtrail|guardduty|encryption|ssl\s+verification"
        r"|certificate\s+(?:checks?|validation|pinning)|rate[- ]limit\w*|ddos\s+protection|edr"
        r"|antivirus|defender|crowdstrike|security\s+(?:groups?|controls?|checks?|scans?"
        r"|policies)|captcha|fraud\s+(?:checks?|rules?|detection|screening)|signature"
        r"\s+verification|secret\s+scanning|interlocks?|(?:gas|smoke|fire|flame|pressure|level)"
        r"\s+(?:detectors?|sensors?|alarms?|trips?)|safety\s+(?:systems?|sensors?|trips?|valves?"
        r"|relays?)|e-?stops?|emergency\s+stops?|trip\s+(?:logic|settings?))\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(
        "expose", "credentials", "open expose allow whitelist allowlist",
        r"open(?:\s+up)?|expose|allow|whitelist|allowlist",
        "object",
        r"\b(?:port\s+\d+|0\.0\.0\.0/0|::/0|(?:to|for)\s+(?:the\s+)?(?:whole\s+)?(?:internet|world"
        r"|public|everyone|anyone)|public(?:ly)?\s+(?:readable|accessible|writable|access)"
        r"|ingress\s+from\s+(?:anywhere|all))",
    ),
    _rule(
        "money_movement", "payment",
        "approve execute send initiate process issue authorize authorise release wire transfer "
        "refund disburse remit charge settle move pay reimburse top withdraw credit debit void "
        "write capture",
        r"approve|execute|send|initiate|process|issue|authori[sz]e|release|wire|transfer"
        # "capture the whole thing from the card hold": a pre-authorised charge taken (not
        # "authorisation and capture for card payments": the step named)
        r"|refund|disburse|remit|charge|settle|move|pay(?!\s+attention)"
        r"|capture(?=\s+(?:the|that|this|it|its|their|his|her|all|full|whole|remaining"
        r"|outstanding|[$€£¥\d]))"
        r"|reimburse|top\s+up|withdraw|credit|debit|void|write\s+off",
        "object_env",
        _MONEY,
        # "pull the refund amount, currency and reason": a field named, not money moved
        unless=r"^\s+(?:amounts?|methods?|totals?|ids?|numbers?|dates?|reasons?|status|currency"
        r"|details|info|fields?|columns?)\b(?!\s+(?:to|back)\b)"
        r"|^\s+(?:me|us)\b|^[^.\n]{0,30}\b(?:calculation|computation|logic|display|formatting"
        r"|rounding|coupon|voucher|promo\w*|newsletter|reminder|notification|function|method"
        r"|class|module)\b",
    ),
    _rule(
        "price_change", "payment",
        "change update raise increase lower cut set bump drop reduce double halve apply",
        r"change|update|raise|increase|lower|cut|set|bump|drop|reduce|double|halve|apply",
        "object_env",
        r"\b(?:pric(?:e|es|ing)|fees?|rates?|discounts?|surcharges?)\b[^.\n]{0,80}\b(?:all|every"
        r"|existing|current|active)\s+(?:[\w-]+\s+)?(?:customers|subscribers|users|accounts"
        r"|tenants|plans|merchants|sellers)\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "expire all outstanding promo codes": customers lose what they were given
        "code_expiry", "payment", "expire void invalidate deactivate revoke cancel kill disable",
        r"expire|void|invalidate|deactivate|revoke|cancel|kill|disable",
        "object_env",
        r"^\s+(?:all\s+|every\s+|the\s+|our\s+)?(?:(?:outstanding|active|existing|unused|unredeemed"
        r"|issued|remaining|live)\s+)?(?:[\w'-]+\s+){0,3}?(?:promo(?:tion(?:al)?)?\s+codes?"
        r"|discount\s+codes?|gift\s+cards?|vouchers?|coupons?|redemption\s+codes?|offer\s+codes?"
        r"|licen[cs]e\s+keys?|activation\s+codes?)\b",
        unless=_CODE_CONTEXT,
    ),
    _rule(  # "resubmit file 07b to the bank via the treasury gateway": a payment file sent again
        "money_movement", "payment", "resubmit re-submit resend re-send",
        r"re-?submit|re-?send",
        "object_env",
        r"^[^.\n]{0,40}?\bto\s+(?:the\s+)?(?:bank|acquirer|clearing\s+house|payment\s+gateway"
        r"|treasury\s+gateway)\b",
    ),
    _rule(  # generic verbs: the money must be their object ("make the payment", not "make this
        # email shorter, keep the refund promise")
        "money_movement", "payment",
        "make handle complete finalize finalise do perform action submit schedule proceed go",
        r"make|handle|complete|finali[sz]e|do|perform|action|submit|schedule|proceed\s+with"
        r"|go\s+ahead\s+with",
        "object_env",
        r"^\s+(?:(?:[\w$€£¥.#-]|,(?=\d))+\s+){0,3}?(?:" + _MONEY + r")",  # "1,250", not "x, y"
        # "handle common variations like $1.2k": an example of a format, not money
        # "make this payment reminder friendlier": the money word names a piece of writing
        unless=r"^\s+(?:[\w-]+\s+){0,3}?(?:like|such\s+as|e\.g\.|including)\s"
        r"|^\s+(?:me|us)\b|^\s+(?:[\w-]+\s+){0,2}?(?:payments?|invoices?|refunds?|payouts?"
        r"|transfers?|payroll|write-offs?)\s+(?:(?:denial|approval|status|confirmation|request"
        r"|auto)[\s-]+)?"
        r"(?:reminders?|notices?|e-?mails?|letters?|templates?|texts?|messages?|copy|pages?|forms?"
        r"|screens?|polic(?:y|ies)|summar\w+|reports?|terms|wording|faqs?|(?:auto-?)?responses?"
        r"|repl(?:y|ies)|macros?|scripts?|blurbs?|announcements?|drafts?|paragraphs?|sections?"
        r"|memos?)\b",
    ),
    _rule(
        "money_movement", "payment", "pay refund disburse remit reimburse",
        r"pay(?!\s+attention)|refund|disburse|remit|reimburse",
        "object_env",
        r"(?:)",  # any object: only a non-production environment cancels it
        unless=r"^\s*(?:wrappers?|functions?|handlers?|logic|code|endpoints?|modules?|services?"
        r"|flows?|apis?|calls?|methods?|tests?|jobs?|workers?|webhooks?|controllers?|rates?"
        r"|ratios?|amounts?(?!\s+(?:to|back|owed|due)\b)|percent\w*|counts?|metrics?|methods?|totals?"
        r"|ids?|numbers?|dates?|lines?|items?|details|info|currency"
        r"|reasons?|policy|policies|window|status|requested|request|requests|issued|processed"
        r"|approved|denied|was|is|has|had|pending|received|eligib\w*|deadline|later|in\s+arrears"
        r"|quarterly|monthly|annually|upfront|overage|as\s+you\s+go|periods?|stubs?|slips?|grades?"
        r"|scales?|bands?|dates?|days?|cycles?|calendars?|groups?|codes?|types?|frequency|equity"
        r"|gaps?|transparency|structures?)\b"
        # "we don't want to pay for LaunchDarkly yet": buying a product, not a live payment
        r"|^\s+for\s+(?!(?:the|this|that|these|those|their|his|her|its|order|invoice)\b)[\w-]+",
    ),
    _rule(
        "security_audit", "security_audit",
        "perform conduct do run carry execute start complete audit pentest pen-test red-team "
        "red threat threat-model pentest-style pentest-like audit-style red-team-style security "
        "security-review security-audit penetration penetration-test",
        r"(?:perform|conduct|do|run|carry\s+out|execute|start|complete)\s+(?:a\s+|an\s+|the\s+"
        r"|our\s+)?(?:(?:annual|yearly|quarterly|full|thorough|quick|comprehensive|complete|proper"
        r"|real|deep|in-depth|rigorous|detailed|formal|independent|fresh|basic|initial|careful"
        r"|serious|end-to-end|first)\s+)?"
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
        "find list identify hunt search tell show enumerate map",
        r"check|review|scan|analy[sz]e|assess|inspect|examine|test|look\s+(?:at|over|for)"
        r"|go\s+(?:over|through)|evaluate|probe|find|list|identify|hunt\s+for|search\s+for"
        r"|tell\s+me|show\s+me|enumerate|map\s+out",
        "object",
        _SEC_OBJECT,
        unless=r"\b(?:from|in)\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:advisory|report|cve|bulletin"
        r"|changelog|scan\s+output|excerpt|state|dump|export)\b|^\s+(?:my|this)\s+(?:[\w-]+\s+)"
        r"{0,2}?(?:module|code|pr|pull\s+request|diff|template|chart|function|class|script"
        r"|dockerfile|endpoint|handler|route|snippet|query|component|controller|method|form|terraform"
        r"|page|view|screen|hook|schema|migration)\b",
    ),
    _search_rule(
        "security_audit", "security_audit",
        "vulnerable exploitable secure safe injectable compliant pci-compliant",
        r"(?P<verb>\b(?:is|are)\s+(?:this|these|it|the|our)\s+(?:[\w-]+\s+){0,3}(?:vulnerable"
        r"|exploitable|secure|safe\s+(?:from|against)|injectable)"
        # "Is our handling of card data at the ticket kiosks PCI compliant?"
        r"|\b(?:is|are)\s+(?:this|these|it|the|our|we)\b[^.?\n]{0,80}?\b(?:pci(?:[- ]dss)?|hipaa"
        r"|gdpr|soc\s*2)[- ]compliant)(?P<rest>.*)",
        "direct",
    ),
    _search_rule(
        "disclosure_decision", "security_audit",
        "disclose disclosure notify public advisory cve breach report warn alert tell inform "
        "whether file reportable notifiable",
        r"(?P<verb>\b(?:decide|determine|choose|advise|recommend|should\s+we)\b.{0,60}\b"
        r"(?:disclose|disclosure|notify\s+(?:customers|users|regulators|the\s+public|affected)"
        r"|go\s+public|publish\s+the\s+(?:advisory|cve)|breach\s+notice)|\b(?:do|should|must"
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
        r"|\b(?:is|was)\s+(?:this|it|that)\s+(?:an?\s+)?(?:(?:reportable|notifiable)\s+)?(?:data\s+)?"
        r"(?:breach|incident)(?:\s+(?:that\s+)?we\s+(?:have\s+to|must|need\s+to)\s+(?:report"
        r"|notify|disclose)|(?<=reportable\sbreach)|(?<=notifiable\sbreach)|(?<=able\sdata\sbreach)|(?<=reportable"
        r"\sincident)|(?<=notifiable\sincident))\b"
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
    _search_rule(  # "do we tell LPs the notice showed the wrong bank details, or quietly fix it?"
        "disclosure_decision", "security_audit", "tell",
        r"(?P<verb>\b(?:do|should|must|shall)\s+we\s+(?:need\s+to\s+|have\s+to\s+)?tell\s+(?:the\s+"
        r"|our\s+|all\s+)?(?:[\w-]+\s+)?(?:lps|investors|clients|customers|users|members|patients"
        r"|regulators?|public|affected|them|everyone|holders|policyholders|donors|subscribers"
        r"|tenants|parents|students)\b)(?P<rest>.*)",
        "object",
        r"\b(?:wrong|incorrect|mistake|error|breach\w*|leak\w*|exposed|incident|outage|fraud\w*"
        r"|compromised|hacked|overcharg\w*|double[- ]charg\w*|lost|stolen)\b",
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
        r"|\bi'll\s+submit\s+your\s+(?:decisions?|answers?|verdicts?|sign-?off)\s+as[- ]is\b"
        r"|\bwhich\s+(?:of\s+these\s+)?(?:ones\s+)?(?:we\s+)?accept\s+as\s+(?:a\s+)?risks?\b)(?P<rest>.*)",
        "direct",
    ),
    _search_rule(
        "compromise_question", "security_audit", "compromised breached hacked owned pwned",
        r"(?P<verb>\b(?:are|were|is|have)\s+(?:we|our\s+[\w-]+|this\s+account|the\s+account)\s+(?:been\s+)?"
        r"(?:compromised|breached|hacked|owned|pwned)\b)(?P<rest>.*)",
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
