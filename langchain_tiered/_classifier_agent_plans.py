"""Agent plans handed over for execution: the go-ahead and the step that writes.

An agent proposes tool calls or a run sheet and a person approves them ("Pharmacy manager:
approved, all three", "proceed with steps 3 and 4?", "Continue."). The approval is the act
when a step writes to a control system or acts on data, money or access. These patterns are
used by ``_classifier_stake_finders._tool_step_stake``.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_patterns import _c

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
#: A bare go-ahead closing a pending tool call ('{"next_action": {"tool": ...}}' then
#: "Continue.").
BARE_GO_AHEAD: Final = _c(
    r"(?:^|\n)\s*(?:continue|go\s+ahead|proceed|approved?|confirm(?:ed)?|do\s+it|execute(?:\s+it)?"
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
)
#: "... Execute and report result." closing a pasted tool call or key=value action line.
CLOSING_EXEC: Final = _c(
    r"(?:^|\n|[.;]\s+)(?:please\s+)?(?:execute|run|apply|perform)(?:\s+(?:it|this|now))?(?:\s+and"
    r"\s+(?:report|confirm|return)\b[^\n.]{0,30})?\s*[.!]?\s*$"
)
TOOL_WRITE: Final = _c(
    r"\btool\"?\s*:\s*[`\"]?[\w.-]*(?:write|set|start|stop|open|close|trip|command|actuate|override"
    r"|force|delete|drop|purge|transfer|pay|refund|grant|revoke|deploy|disable|shutdown|reboot"
    r"|restart|release|disburse|abort|commit|cancel|void|activate|enable|publish|promote|submit"
    r"|wipe|erase)[\w.-]*|\btool\s*:\s*`?(?:scada|plc|dcs|hmi|ems|ics|bms)\."
    r"(?![\w.-]*(?:read|get|list|query|fetch|describe|status|poll|show))[\w.-]+"
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
    # a numbered run-sheet step that acts on the live system: "4. Load into live serialization
    # server, replace old hierarchy tables"
    r"|(?:^|\n)\s*(?:step\s+)?\d+[.)]\s+(?:(?:freeze|drop|delete|truncate|purge|overwrite|replace"
    r"|wipe|restore|cut\s*over|deploy|release|disable|shut\s*down|reopen|transfer|pay|refund)\b"
    r"|[^\n]{0,80}\b(?:live|prod|production)\b)"
    # a lettered list of proposed actions: "(a) freeze payouts to all 27 accounts"
    r"|(?:^|\n)\s*\(?[a-z]\)\s+(?:freeze|suspend|block|refund|pay|delete|purge|revoke|grant"
    r"|disable|shut|stop|cancel|void|release|deploy|wipe|transfer|lock|ban)\b"
)
