"""Operations stakes rules asked as calls: tool calls, sign-offs, go-aheads, incidents.

They are the last rules of :data:`._classifier_stakes_ops.OPS_RULES`, which ends with
``*OPS_CALL_RULES`` (moved here from :mod:`._classifier_stakes_ops` to keep that module small;
the order in which rules are tried is unchanged):

* whether a rollout may go to everyone ("is it safe to bring the new build to 100% of
  auctions?") and a change to live routing ("enable the new route-map ... on both core
  routers");
* a tool call to run ("call crm.bulk_delete(...) on the live CRM");
* a sign-off, a go-ahead given ("give the shotfirer the go") or a decision on whether a system
  stays open or may be exposed;
* "continue with the migration on prod?" and "proceed with the cutover on prod?";
* declaring an incident ("do I page the whole on-call and declare SEV1?");
* a feature flag set to 100% ("... flag ... is at 0% in production. Set it to 100% now?");
* importing an SAP transport into production, and letting a device or person into the
  network.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_objects import TOOL_CALL
from langchain_tiered._classifier_patterns import _CODE_CONTEXT
from langchain_tiered._classifier_stake_rule import StakesRule, _rule, _search_rule

#: Operations call rules, in priority order (the tail of ``OPS_RULES``).
OPS_CALL_RULES: Final[tuple[StakesRule, ...]] = (
    _search_rule(  # "is it safe to bring the new build to 100% of auctions?"
        "rollout_go_no_go", "deploy", "safe ok okay fine good ready",
        r"(?P<verb>\b(?:safe|ok|okay|fine|good|ready)\s+to\s+(?:bring|take|push|ramp|roll|move|ship"
        r"|release|deploy|go)\b[^.?\n]{0,60}(?:\b100\s*%|\ball\s+(?:of\s+)?(?:our\s+|the\s+)?(?:users"
        r"|traffic|customers|auctions|regions|players|devices|stores|markets)\b))(?P<rest>.*)",
        "not_local",
    ),
    _rule(  # "enable the new route-map with the updated local-pref on both core routers"
        "network_change", "deploy",
        "enable apply push activate commit change update shut withdraw advertise roll",
        r"enable|apply|push|activate|commit|change|update|shut(?:\s+down)?|withdraw|advertise"
        r"|roll\s+out",
        "object_env",
        r"^[^.?!\n]{0,60}\b(?:route-?maps?|bgp\s+(?:sessions?|peers?|polic(?:y|ies)|config\w*"
        r"|neighbou?rs?|announcements?)|local-pref\w*|as-path\w*|prefix-lists?|core\s+(?:routers?"
        r"|switches|network)|edge\s+routers?)\b",
        unless=_CODE_CONTEXT + r"|\b(?:lab|simulator|gns3|containerlab|eve-ng)\b",
    ),
    _search_rule(  # "call crm.bulk_delete(...) on the live CRM", "ACTION bank.transfer(...). Go."
        "tool_call", "incident", "call invoke execute run action fire trigger do go",
        r"(?P<verb>\b(?:call|invoke|execute|run|action|fire|trigger)\s+(?:the\s+)?(?:tool\s+"
        r"|function\s+)?" + TOOL_CALL + r"|" + TOOL_CALL
        + r"[^\n]{0,300}?\b(?:confirm\s+and\s+)?(?:execute|run\s+it|call\s+it|go\s+ahead"
        r"|do\s+it)\b)(?P<rest>.*)",
        "not_local",
    ),
    _search_rule(  # "do we sign off security acceptance for the launch?", "Security review of X"
        "sign_off_decision", "security_audit", "sign sign-off security penetration pen",
        r"(?P<verb>\b(?:do|should|can|shall|may)\s+(?:we|i)\s+sign[- ]off\b[^?\n]{0,120}\?"
        r"|\bneed\s+(?:a\s+|your\s+)?sign[- ]off\s+that\b"
        r"|^\W*(?:a\s+)?(?:security|penetration|pen[- ]?test)\s+(?:review|audit|assessment)\s+of\b"
        r"[^.\n]{0,120}\b(?:before|launch|go-?live|(?<!pre-)release)\b)(?P<rest>.*)",
        "not_local",
    ),
    _search_rule(  # "confirm we can fire at 14:30 and give the shotfirer the go"
        "give_the_go", "incident", "give send confirm",
        r"(?P<verb>\b(?:give|send)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:the\s+)?"
        r"(?:go(?:-ahead)?(?![\w-])|green\s+light|all[- ]clear)\b"
        r"(?!\s+(?:summary|email|template|message\s+template))"
        r"|\bconfirm\s+(?:that\s+)?(?:we|they|he|she|you)\s+(?:can|are\s+(?:clear|good)\s+to)\s+"
        r"(?:fire|blast|detonate|launch|proceed|release|open|energi[sz]e|start|go)\b)(?P<rest>.*)",
        "not_local",
    ),
    _search_rule(  # "decide whether the portal can stay open over the weekend or be taken offline"
        "stay_open_decision", "security_audit", "decide determine tell",
        r"(?P<verb>\b(?:decide|determine|tell\s+me)\s+(?:now\s+)?(?:whether|if)\b[^.?\n]{0,80}\b"
        r"(?:stay|remain|keep\s+(?:it|them|running))\s+(?:open|online|up|live|running|public)\b"
        r"|\b(?:decide|determine)\b[^.?\n]{0,100}\b(?:taken|take\s+(?:it|them|\w+))\s+(?:offline"
        r"|down)\b)(?P<rest>.*)",
        "not_local",
    ),
    _search_rule(  # "decide whether this setup is acceptable to expose to the internet today"
        "exposure_decision", "security_audit", "decide determine tell",
        r"(?P<verb>\b(?:decide|determine|tell\s+me)\s+(?:now\s+)?(?:whether|if)\b[^.?\n]{0,80}\b"
        r"(?:acceptable|safe|ok|okay|fine|good\s+enough)\s+to\s+(?:expose|open|publish|release"
        r"|deploy|ship|go\s+live|launch|enable|apply|run|turn\s+on)\b)(?P<rest>.*)",
        "not_local",
    ),
    _search_rule(  # "continue with migrate on prod?", "carry on with the backfill in live"
        "proceed_live", "migration", "continue proceed go carry",
        r"(?P<verb>\b(?:continue|proceed|go\s+ahead|carry\s+on)\s+(?:with\s+)?(?:the\s+|this\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:migrat\w*|backfill\w*)\b)(?P<rest>.*)",
        "object_live",
        r".",
    ),
    _search_rule(  # "proceed with the cutover on prod?"
        "proceed_live", "deploy", "continue proceed go carry",
        r"(?P<verb>\b(?:continue|proceed|go\s+ahead|carry\s+on)\s+(?:with\s+)?(?:the\s+|this\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:deploy\w*|release|rollout|roll-?out|cut-?over|fail-?over|purge|drop"
        r"|delete|restore|apply|upgrade|switch-?over)\b)(?P<rest>.*)",
        "object_live",
        r".",
    ),
    _search_rule(  # "do I page the whole on-call and declare SEV1?": a live incident call
        "declare_incident", "incident", "declare call",
        r"(?P<verb>\b(?:(?:do|should|shall|must|can)\s+(?:i|we)\s+(?:[\w-]+\s+){0,6}?|let's\s+|and\s+"
        r"|time\s+to\s+|go\s+ahead\s+and\s+|^\W*(?:please\s+)?|\bdecide\s+(?:now\s+)?whether\s+(?:to|we\s+"
        r"(?:should\s+)?)\s*)(?:declare|call)\s+(?:an?\s+|the\s+|it\s+(?:an?\s+)?)?"
        # "decide whether to declare a Category 2 pollution incident to the EA"
        r"(?:sev\s?-?[0-2]|p[01]|(?:(?:major|(?:internal\s+)?critical)\s+|(?:category|cat)\s+\d\s+"
        r"(?:[\w-]+\s+)?)?incident)\b)(?P<rest>.*)",
        "not_local",
    ),
    _rule(  # "LaunchDarkly flag ... is at 0% in production. ... Set it to 100% now?"
        "flag_full_on", "deploy", "set",
        r"set",
        "object_live",
        r"^\s+(?:it|the\s+(?:[\w`'.-]+\s+){0,2}?(?:flag|toggle|rollout|experiment|feature))\s+to\s+"
        r"100\s*%",
    ),
    _search_rule(  # SAP: importing a transport into the production system or client is a deploy
        "transport_import", "deploy", "transport import move",
        r"(?P<verb>\b(?:transport|import|move)\s+(?:the\s+|this\s+)?(?:change\s+request|transport"
        r"(?:\s+request)?|tr|cr|workbench\s+request|customi[sz]ing\s+request)\b(?:\s+[\w-]+)?"
        r"\s+(?:into|to|in)\s+(?:the\s+)?(?:prod\w*|production|prd|p\d{2,3}|live)\b)(?P<rest>.*)",
        "direct",
    ),
    _search_rule(  # "let the contractor's laptop into the VPN": network or directory access
        "access_grant", "credentials", "let allow admit",
        r"(?P<verb>\b(?:let|allow|admit)\s+(?:[\w'’.-]+\s+){1,4}?(?:in(?:to)?|onto|on)\s+(?:the\s+"
        r"|our\s+)?(?:corporate\s+|company\s+|office\s+|internal\s+)?(?:vpn|network|tailnet"
        r"|domain|tenant|sso|okta|active\s+directory|wi-?fi|bastion|jump\s*host|intranet"
        r"|vault)\b)(?P<rest>.*)",
        "not_local",
    ),
)  # fmt: skip
