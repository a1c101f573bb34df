"""English stakes rules: a verb in request position plus an object that makes it tier 3.

See :class:`StakesRule` (:mod:`._classifier_stake_rule`) for how a rule fires and
:mod:`._classifier_markers` for the markers. The table ends with the security audit and
decision rules of :mod:`._classifier_stakes_audits` (``AUDIT_RULES``).
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_commands import CLI_FLAGS
from langchain_tiered._classifier_objects import (  # re-exported for the sibling modules
    _ARTIFACT,
    _CRED_OBJECT,
    _DEPOSIT_WORDS,
    _MONEY,
    _PRIV_OBJECT,
    _STRONG_DESTROY,
)
from langchain_tiered._classifier_patterns import _CODE_CONTEXT
from langchain_tiered._classifier_stake_rule import StakesRule, _rule
from langchain_tiered._classifier_stakes_audits import AUDIT_RULES

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
        # "Merge and roll it to the Riverside controllers today": devices or sites in service
        r"|roll\s+(?:it|this|them)\s+(?:out\s+)?to(?=\s+(?:the\s+|all\s+|every\s+|our\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:controllers|devices|units|sites|stores|clinics|fleet|servers"
        r"|nodes|production|prod|live)\b)"
        # "hard-cut billing over from the old clearinghouse to Availity"
        r"|(?:hard-)?cut\s+(?:[\w'-]+\s+){1,3}?over\s+(?:from\s+(?:[\w.'-]+\s+){1,5}?)?to|hotfix|ship"
        # "push 2.8.0 to all OAK and NGT controllers now"
        r"|push\s+(?:v?\d+(?:\.\d+)+|(?:the\s+)?(?:new\s+)?(?:[\w-]+\s+)?(?:firmware|build|release"
        r"|version|update)(?:\s+v?\d+(?:\.\d+)+)?)\s+"
        r"(?:out\s+)?to\s+(?:all|every)\b"
        # "Push controller firmware 4.7.2 to setter cabinets S3 and S4": a release to devices in
        # service (not to a repository, nor to a bench or test unit; not "push firmware to
        # lifts" among examples of risky acts)
        r"|push\s+(?:the\s+)?(?:new\s+)?(?:[\w-]+\s+)?firmware\s+v?\d+(?:\.\d+)+\s+(?:out\s+)?"
        r"(?:to|onto)\b(?!\s+(?:the\s+|our\s+|a\s+)?(?:github|gitlab|bitbucket|repo\w*|branch|origin"
        r"|main|master|remote|registry|artifactory|bucket|s3|bench|test|lab|spare|dev)\b)"
        r"|(?:push|take|move|bring|get)\s+(?:v\d+(?:\.\d+)+|(?:version\s+|build\s+|release\s+)?"
        r"\d+\.\d+\.\d+)\s+(?:out\s+)?(?:to|onto)\b"  # "take 2.7.1 to the IPU tenant now", not 3.2
        # "Above is approved. Please push it out to the cars today."
        r"|push\s+(?:it|this|them|these|the\s+(?:new\s+)?(?:change|update|config\w*|settings?"
        r"|parameters?|fix|patch|firmware|release|build)s?)\s+out\s+to"
        # "Get the prize money calculator hotfix out before the 17:00 BACS run"
        r"|(?:get|push|put)\s+(?:the|this|that|our)\s+(?:[\w'-]+\s+){0,4}?(?:hot-?fix|fix|patch"
        r"|release|build|update)\s+out\b(?!\s+(?:of|for\s+review)\b)"
        r"|launch)"
        r"(?!\s+(?:steps?|plan|window|checklist|runbook|strategy|phases?|date|sequence|criteria"
        r"|procedure|notes|approach|options?|design|timing|weekend|readiness"
        # "rollout started at 22:00 last night": the release named as done, not asked for
        r"|started|began|finished|completed|went|ran|failed|succeeded|was|were|had)\b)",
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
        r"|container|service|candidate|rc|site|website|api|binary|artifact|cli|theme|template"
        r"|plugin|firmware)\b|(?:version\s+|release\s+|build\s+)?v?\d+(?:\.\d+)+)|\b(?:to|for)\s+(?:\d+\s*%|prod|production|live|pypi|npm"
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
        "exec_live", "deploy", "run execute apply deploy rerun re-run start begin",
        r"run|execute|apply|deploy|re-?run|start|begin",
        "object_live",
        # "All good, start at step 1." under a runbook marked LIVE; "execute the runbook"
        r"^\s+(?:it|this|them|that|these)\b|^\s+(?:at|with|from)\s+step\s+\d+\b"
        r"|^\s+the\s+(?:runbook|run\s*sheet|plan|steps)\b"
        # "Please run step 4 against the live database this evening", "run the upgrade script
        # against the live database": a numbered step or a script, where the sentence says live
        r"|^\s+(?:steps?|parts?)\s+\d+\b|^\s+the\s+(?:real\s+|actual\s+|full\s+)?(?:[\w.-]+\s+)?"
        r"(?:script|sql|backfill|upgrade(?:\s+script)?|import)\b",
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
    _rule(  # "restore resultsdb-02 from tonight's snapshot": live data overwritten by a copy
        "restore_from_backup", "delete_data", "restore rebuild reseed re-seed",
        r"restore|rebuild|re-?seed",
        "object",
        # (the thing restored named: not "rollback: restore from base backup", a step's noun)
        r"^\s+(?!from\b)(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:from|off|using)\s+(?:the\s+"
        r"|last\s+night'?s\s+|tonight'?s\s+|yesterday'?s\s+|this\s+morning'?s\s+|a\s+|our\s+)?"
        r"(?:[\w:-]+\s+){0,2}?(?:snapshot|backup|dump)s?\b"
        r"(?![^.\n]{0,40}\b(?:took|failed|was|were|worked|went)\b)",  # (a past restore reported)
        # "restore erp_prod from last night's snapshot into an isolated DR account": a copy made
        unless=r"\binto\s+(?:an?\s+|the\s+)?(?:isolated|separate|new|test|scratch|sandbox|dr"
        r"|staging|spare|clean|local)\b",
    ),
    _rule(  # "ack. yes, do the failover", "trigger the DB failover now", "Force failover to X?"
        "failover", "incident", "do run trigger execute start perform initiate kick begin force",
        r"do|run|trigger|execute|start|perform|initiate|kick\s+off|begin|force",
        "object",
        r"^\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,2}?fail-?over\b(?!\s+(?:test|tests|drills?"
        r"|plans?|runbooks?|rehearsal|exercise|script|docs?|checklist|procedure|logic|code)\b)",
    ),
    _rule(
        "rollback", "incident", "roll rollback revert downgrade put switch move",
        # ("roll it back now pls, use v6.3")
        # ("rolling the door controller firmware (the Net2 ACU in the corridor) back to ...")
        r"roll\s*back|rollback|revert|downgrade|roll\s+(?:[\w'.@-]+\s+){1,8}?(?:\([^()\n]{1,80}\)\s+)?"
        r"back(?=\s+to\b|\s*$|[,.;]"
        r"|\s+(?:now|immediately|asap|right\s+now|tonight)\b)"
        # "put the control room screens back on last week's MillView HMI build"
        r"|(?:put|switch|move)\s+(?:[\w'.@-]+\s+){1,6}?back\s+(?:on|to|onto)(?=\s+(?:the\s+)?(?:last"
        r"|previous|prior|old|older|yesterday)\b[^.,;\n]{0,40}?\b(?:build|version|release|firmware"
        r"|image|deploy\w*)\b"
        # "put the booking site back on 2.14.3 right now": a version number named
        r"|\s+(?:v?\d+\.\d+\.\d+|v\d+(?:\.\d+)+)\b)",
        "object",
        r"\b(?:deploy\w*|release|prod|production|live|version|build|v?\d+\.\d+|previous"
        r"|yesterday|last\s+(?:deploy|release|build|version)|cluster|service)\b"
        # "Roll members.egh.space back to last Tuesday's image" (not "rollback tested on a
        # snapshot": where the rollback was tried)
        r"|\bto\s+[^.,;\n]{0,40}?\b(?:image|snapshot|ami|checkpoint)\b",
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
        # ("run the 4.14 schema migration": a version number among the words)
        r"^\s+(?:the\s+|all\s+|any\s+|our\s+|pending\s+|these\s+|this\s+|new\s+)*(?:[\w.-]+\s+)"
        # ("run the GridDesk to Salesforce grid-application migration": from one system to another)
        r"{0,2}(?:(?<=\w\s)(?<!script\s)(?<!scripts\s)(?<!tool\s)(?<!job\s)(?<!command\s)(?<!linter\s)"
        # ("the Brightree → ledger cutover migration": the arrow reads as "to")
        r"(?<!task\s)(?<!test\s)(?<!tests\s)(?<!check\s)(?<!code\s)(?:to|→|->|=>)\s+(?!(?:check|validate|test"
        r"|verify|see|make|find|fix|generate|write|review|lint|catch|confirm|renumber|rename|list"
        r"|count|squash|clean|order|sort)\b)(?:[\w-]+\s+){1,2})?"
        r"(?:migrations?|backfill|schema\s+changes?|db:migrate|alembic|flyway|liquibase"
        # "run step 3 of the upgrade (database conversion) on erp-tan-01 now"
        r"|(?:(?:database|db|data)\s+)?conversion|(?<=step\s)\d+\s+of\s+the\s+(?:[\w-]+\s+)?(?:upgrade"
        r"|migration|cutover)"
        r"|data\s+fix|re-?index(?:ing)?|resharding|rebalanc\w+"
        # a numbered migration by its file name: "run 0087_lockbox_expiry against ..."
        r"|(?:\d{3,4}|\d{14})_[a-z][a-z0-9]*_[a-z0-9_]+"
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
    _rule(  # "Pull the fob access of the volunteers who aren't active this season": access cut off
        "access_pulled", "credentials", "pull cut yank strip",
        r"pull|cut|yank|strip",
        "object_env",
        r"^\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:(?:fob|badge|door|building|card|site|vpn|gate"
        r"|network|admin|keyholder)\s+)access\s+(?:of|for|from)\b"
        # ("Cut off Tom Brannigan's access to MyConcern, ClubHub and his Google account")
        r"|^\s+(?:off\s+)?(?:their|his|her|(?!(?:the|a|an|this|that|our|your|my)\s)"
        r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?['’]s)\s+(?:[\w-]+\s+)?access\b"
        r"(?!\s+(?:times?|logs?|reports?|patterns?|counts?|stats|statistics|requests?|reviews?))",
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
        "kill override jumper defeat put set",
        r"disable|turn\s+off|switch\s+off|mute|silence|snooze|pause|bypass|suspend|deactivate"
        r"|relax|loosen|kill|override|jumper(?:\s+out)?|defeat"
        # "switch PB-2 light curtain to muted/bypass mode via the PLC": a mode that switches it out
        r"|(?:switch|put|set)(?=\s[^.\n]{0,60}?\b(?:to|into|in)\s+(?:[\w-]+/)?(?:muted?|bypass(?:ed)?"
        r"|override|defeat)\b)",
        "object",
        r"\b(?:waf|web\s+application\s+firewall|firewall\w*|mfa|2fa|two-factor|sso\s+enforcement"
        r"|branch\s+protection|monitors?|monitoring|alerts?|alerting|alarms?|pagerduty|paging"
        r"|pager|pages|audit\s+log\w*|cloudtrail|guardduty|encryption|ssl\s+verification"
        r"|certificate\s+(?:checks?|validation|pinning)|rate[- ]limit\w*|ddos\s+protection|edr"
        r"|antivirus|defender|crowdstrike|security\s+(?:groups?|controls?|checks?|scans?"
        r"|policies)|captcha|fraud\s+(?:checks?|rules?|detection|screening)|signature"
        r"\s+verification|secret\s+scanning|interlocks?|(?:gas|smoke|fire|flame|pressure|level)"
        r"\s+(?:detectors?|sensors?|alarms?|trips?|panels?|sounders?)|safety\s+(?:systems?|sensors?|trips?|valves?"
        r"|relays?)|e-?stops?|emergency\s+stops?|trip\s+(?:logic|settings?)|light\s+curtains?"
        r"|machine\s+guards?|guard\s+(?:doors?|switch(?:es)?)|safety\s+mats?|two-?hand\s+controls?)\b",
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
        "write capture return",
        r"approve|execute|send|initiate|process|issue|authori[sz]e|release|wire|transfer"
        # "Return the €2,500 stand-builder deposit to Van Dijk Expo now."
        r"|return(?=\s+(?:the|their|his|her|its|this|that)\s+(?:[\w$€£¥.,-]+\s+){0,3}?"
        + _DEPOSIT_WORDS
        + r"\s+(?:to|back)\b)"
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
    _rule(  # "please settle it from the business account this morning": paid out of an account
        "money_movement", "payment", "settle fund pay",
        r"settle|fund|pay\s+off",
        "object_env",
        r"^\s+(?:it|this|that|them|these|those|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
        r"(?:(?:today|now|tonight|this\s+(?:morning|afternoon|evening))\s+)?(?:in\s+full\s+)?from\s+"
        r"(?:the|our|my|their)\s+(?:[\w-]+\s+){0,2}?(?:account|acct|float|reserves?)\b"
        r"(?!\s+(?:page|settings|screen|tab|menu|view|dashboard|profile|form|details)\b)",
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
    _rule(  # "approve it in the trade finance portal", "release them through the AP system": an
        # approval given where money leaves (the thing approved was named before)
        "money_movement", "payment", "approve authorise authorize release",
        r"approve|authori[sz]e|release",
        "object_env",
        r"^\s+(?:it|this|them|that|these|those)\s+(?:in|on|through|via)\s+(?:the\s+|our\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:(?:e-?)?bank(?:ing)?|payments?|payables|ap|finance|treasury"
        r"|cashiering|accounts\s+payable)\s+(?:portal|platform|system|app|module)\b",
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
        "money_movement", "payment", "pay refund disburse remit reimburse auto-refund",
        # ("is it ok to auto-refund all the boxes stuck in 'failed fulfilment'?")
        r"pay(?!\s+attention)|(?:auto-)?refund|disburse|remit|reimburse",
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
    *AUDIT_RULES,
)  # fmt: skip
