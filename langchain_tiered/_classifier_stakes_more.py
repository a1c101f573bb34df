"""More English stakes rules, tried last (the other rule modules are at their size limit).

* putting a key where it grants a login ("append the ssh key below to root's authorized_keys
  on vent-gw-01"): the key is pasted, the target is live;
* removing a person's record from a system of record ("Would you mind removing Lily-Mae's
  safeguarding chronology from the system?");
* scheduling the deletion of an encryption key ("schedule deletion of KMS key mrk-2019");
* overwriting a system's data with a sheet ("Overwrite the unit inventory for Maple Ave in
  VaultDesk with this sheet"), or its values with corrected ones ("Replace the VWP-S1-05 values
  in PI for 17-19 Apr with the corrected ones below");
* forcing live plant by hand ("override dosing pump P-CIP-2 to manual at 100%"), or taking a
  fire suppression system out ("The CO2 suppression panel ... keeps false-alarming — disable it
  for the rest of the night");
* granting a role ("make Aisha a till manager at POR");
* loading money onto cards ("load them onto the crew prepaid cards");
* opening a remote session onto a controller or server for someone ("open him a remote session
  onto the turbine controller through the OT jump host");
* publishing a security advisory ("Publish this advisory and request the CVE now?");
* swapping out a running service ("Ready to replace the running EDI gateway ... Proceed?");
* writing a debt off ("pls write it off", "Should we write the balance off this quarter?"),
  and carrying out an erasure or a write-off named as a noun ("please action the erasure now
  across SkyBook");
* asking whether to recall what shipped or stop harvest or sales ("Do we stop harvest and
  pull back what's already gone out to customers?");
* granting what an access request asks ("@opsbot grant it please");
* presenting direct debits again ("resubmit the 19 for collection on the next run");
* pushing a schedule or program to a plant controller ("Would you mind pushing the new
  night-time misting schedule to the rainforest hall controller?");
* cutting the power to a building or plant ("Should I cut the main power to the hatchery?");
* scanning a production network actively ("just nmap -A the production box office network");
* resetting a password and sending the new one out ("can you reset my password and text the
  new one to this number?"), or generating a new one on a live controller;
* a refund asked as a noun ("Partial refund of $18 on order #SB-40913 please");
* an access code asked for someone ("alarm company needs a code for the new cleaner").

A non-production environment named in the sentence spares each of them.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_objects import ASKED_AT, NETWORK_KEY
from langchain_tiered._classifier_stake_rule import StakesRule, _rule, _search_rule

#: ... and then sent out ("... and text the new one to this number").
_SENT_OUT: Final = (
    r"[^.?!\n]{0,80}?\band\s+(?:then\s+)?(?:text|send|sms|whatsapp|share|email|e-mail|message)\s+"
    r"(?:(?:me|him|her|them)\s+)?"
)
#: Verbs that carry out an act named as a noun ("action the erasure", "process the payout").
_NOMINAL_GATE: Final = "action process carry execute complete perform do"
_NOMINAL_VERBS: Final = r"action|process|carry\s+out|execute|complete|perform|do"

#: What holds text rather than a system's records ("the values in column B", "the draft"):
#: an overwrite or replace there edits a document.
_TEXT_HOLDER: Final = (
    r"column|cell|row|sheet|tab|readme|file|doc(?:ument)?|draft|template|string|variable|array"
    r"|list|dict"
)

#: Whose or which records an overwrite names ("the", "all", "last week's", "tomorrow's").
_WHOSE: Final = (
    r"(?:the|our|all|any|(?:last|this|next)\s+(?:week|month|year|quarter)['’]s"
    r"|(?:yester|to|tomorrow['’]?s?\b)?day['’]s|tonight['’]s|tomorrow['’]s)"
)

MORE_RULES: Final[tuple[StakesRule, ...]] = (
    _rule(
        "key_install", "credentials", "add append put install copy drop",
        r"add|append|put|install|copy|drop",
        "object_env",
        r"\b(?:authorized_keys|sudoers)\b",
    ),
    _rule(  # lead position only: "is this asking us to remove ...? yes/no" is a label task
        "record_removal", "delete_data",
        "remove removing delete deleting erase erasing wipe wiping purge purging",
        r"remov(?:e|ing)|delet(?:e|ing)|eras(?:e|ing)|wip(?:e|ing)|purg(?:e|ing)",
        "object_env",
        r"^\s[^.?!\n]{1,120}?\bfrom\s+(?:the|our|your)\s+(?:[\w-]+\s+)?(?:system|database|db|crm"
        r"|mis|records|register|platform)\b(?!\s+prompt)"
        # "remove every Skein Club subscriber with a failed payment since January from Recharge":
        # everyone of a kind, out of a system by name (not a list, a file or a month)
        r"|^\s+(?:every|all(?:\s+the)?|each)\s+(?:[\w'’-]+\s+){0,3}?(?:subscribers?|members?"
        r"|customers?|contacts?|accounts?|users?|donors?|patients?|clients?|students?|records?)\b"
        r"[^.?!\n]{0,80}?\bfrom\s+(?!(?:the|this|that|my|a|an|these|those|list|file|sheet"
        r"|spreadsheet|csv|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*"
        r"|nov\w*|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*|today|yesterday|last"
        r"|next|now|then|here|there|it|them|view|display|output|results?|report|text|e-?mail"
        r"|messages?|\d)\b)[a-z][\w.-]*\b",
    ),
    _rule(  # "@kitbot wipe them out of KitTrack": what was named before, out of a system by name
        "pronoun_from_system", "delete_data", "remove delete erase wipe purge",
        r"remove|delete|erase|wipe|purge",
        "object_env",
        r"^\s+(?:them|those|these|all\s+of\s+(?:them|those|these))\s+(?:out\s+of|from)\s+"
        # a bare name (not "the list", "memory", "git", "utils.py")
        r"(?!(?:the|this|that|these|those|my|our|your|a|an|here|there|it|them|memory|cache|view"
        r"|scope|git|list|file|disk|index|history|screen|page|sheet|code|output|results?)\b)"
        r"[a-z][\w-]*\b(?!\.[a-z])\s*(?:[.!,;]|$|\s+(?:now|today|tonight|please|pls|asap|too"
        r"|as\s+well|for\s+good|permanently)\b)",
    ),
    _search_rule(  # "keep the oldest record per SSCC, hard-delete the rest": the duplicates go
        "dedupe_rest", "delete_data", "delete hard-delete purge drop remove",
        r"\bkeep\s+(?:only\s+)?the\s+(?:oldest|newest|latest|earliest|first|last|most\s+recent)"
        r"\s+(?:[\w-]+\s+)?(?:records?|rows?|entr(?:y|ies)|accounts?|profiles?|copy|copies)\s+"
        r"(?:per|for\s+each|by)\s+[^,;\n]{1,40}?(?:,|;|\s+and)\s+(?:then\s+)?"
        r"(?P<verb>(?:hard-|soft-)?delete|purge|drop|remove)\s+(?:all\s+)?the\s+(?:rest|others"
        r"|remainder|other\s+(?:copies|records|rows))\b(?P<rest>.*)",
        "not_local",
    ),
    _rule(
        "overwrite_data", "delete_data", "overwrite replace",
        r"overwrite|replace",
        "object_env",
        # "last week's sales notes in LandLedger with the corrected file Dai sent"
        r"^\s+" + _WHOSE + r"\s+(?:[\w-]+\s+){0,4}?(?:inventory|records|data|list|register"
        r"|catalog(?:ue)?|roster|prices|price\s+list|rates|master\s+data|entries|ledger|duplicates"
        r"|(?:sales|delivery|dispatch|landing|visit|case|shift)\s+notes"
        # "the tenant contact info for the 3,200 units ... with the seller's CSV (attached)"
        r"|contact\s+(?:info|information|details)|(?:e-?mail|postal|billing)\s+addresses"
        r"|phone\s+numbers"
        # "Replace the official Round 3 results with this corrected CSV and republish ..."
        r"|(?:official\s+|published\s+|final\s+)?(?:results|standings|rankings|leaderboards?|scores"
        r"|grades))\b[^.\n]{0,80}?\bwith\s+"
        r"(?:(?:this|these|the)\s+(?:attached\s+|below\s+|new\s+)?(?:corrected|revised|amended"
        r"|updated|fixed)|this|the\s+attached|the\s+below|these|the\s+new|the\s+[\w-]+['’]s)"
        r"\s+(?:sheet|file|csv|export|list|spreadsheet|rows|version)\b"
        # "overwrite any duplicates already in PlayHQ with the spreadsheet version"
        r"|^\s+(?:the|any|all)\s+(?:existing\s+)?duplicates\s+(?:already\s+)?in\s+[\w.-]+\s+with\s+"
        r"the\s+[\w-]+\s+(?:version|copy|copies|records?)\b",
        # (not text in a document: "replace the contact info in this template with ...")
        r"^\s[^.\n]{0,120}?\b(?:in|on|of)\s+(?:this|the|my|that)\s+(?:[\w-]+\s+)?(?:"
        + _TEXT_HOLDER
        + r"|template|json|yaml|code|email|letter|page)\b",
    ),
    _rule(  # "Overwrite the July tonnage in Vista with the corrected numbers below"
        "overwrite_in_system", "delete_data", "overwrite",
        r"overwrite",
        "object_env",
        # ("Overwrite next week's schedule in ArborDesk with the import from Gareth's sheet")
        r"^\s+" + _WHOSE + r"\s+(?:[\w'’-]+\s+){0,4}?(?:in|on)\s+(?:the\s+)?[\w.-]+"
        r"(?:\s+[\w.-]+)?\s+with\b",
        # (not text in a file, a sheet or code: "overwrite the values in column B with ...")
        r"\b(?:" + _TEXT_HOLDER + r"|field\s+in\s+the\s+form|test|sandbox|staging)\b",
    ),
    _rule(  # "zero out the stock ledger for bay B-04 in frostbyte": records emptied in place
        "zero_out", "delete_data", "zero",
        r"zero(?:\s+out|(?=\s+(?:the|all|our|every)\b))",  # (not "zero balance": a state named)
        "object_env",
        r"^\s+(?:the\s+|all\s+|our\s+|every\s+)?(?:[\w-]+\s+){0,3}?(?:ledgers?|stock|inventory"
        r"|balances?|quantit(?:y|ies)|on[- ]hand|wallets?|credits?|loyalty\s+points)\b",
        r"\b(?:array|variable|vector|buffer|memory|bytes|padding|struct|column\s+in\s+the\s+sheet"
        r"|cells?|formula|spreadsheet|test|fixture|mock)\b",
    ),
    _rule(  # "Overwrite the master grading sheet for lot W-2304 in cleftdb with the corrected CSV"
        # (a sheet kept in a database is its records, not a spreadsheet's text)
        "overwrite_in_db", "delete_data", "overwrite",
        r"overwrite",
        "object_env",
        r"^\s+(?:the|our|all|any)\s+(?:[\w'’-]+\s+){0,7}?(?:in|on)\s+(?:the\s+)?[\w.-]*?"
        r"(?:db|database)(?:\s+[\w.-]+)?\s+with\b",
        r"\b(?:test|dev|stag\w*|local|sandbox|qa|demo|scratch)[_-]?(?:db|database)\b",
    ),
    _search_rule(  # "The CO2 suppression panel ... keeps false-alarming — disable it for the night"
        "suppression_disable", "incident", "disable inhibit isolate silence bypass",
        r"(?P<verb>(?:^\W*|[.!?:;—–]\s*|\b(?:please|pls|just|can\s+you|could\s+you|go\s+ahead\s+and"
        r"|then)\s+)(?:disable|inhibit|isolate|bypass|turn\s+off|switch\s+off)\s+(?:the\s+|our\s+)?"
        r"(?:[\w/-]+\s+){0,4}?(?:suppression|sprinklers?|deluge|fire\s+(?:alarm|panel)s?)\b"
        r"|\b(?:suppression|sprinklers?|deluge|fire\s+(?:alarm|panel)s?)\b[^.?!\n]{0,140}?(?:[—–;]|\s-)"
        r"\s*(?:(?:please|pls|just|can\s+you|could\s+you)\s+)?(?:disable|inhibit|isolate|bypass"
        r"|turn\s+off|switch\s+off)\s+(?:it|them)\b)(?P<rest>.*)",
        "not_local",
    ),
    _rule(  # "Replace the VWP-S1-05 values in PI for 17-19 Apr with the corrected ones below"
        "replace_in_system", "delete_data", "replace",
        r"replace",
        "object_env",
        r"^\s+(?:the|our|all|any)\s+(?:[\w'’-]+\s+){0,3}?(?:values?|readings?|figures|numbers"
        r"|amounts|data|series|entries|records|totals|rates|prices|balances?)\s+(?:in|on)\s+"
        r"(?:the\s+)?(?!(?:this|that|these|my|your|our)\b)[\w.-]+(?:\s+[\w.-]+){0,4}?\s+with\s+"
        r"(?:the\s+)?(?:corrected|revised|amended|fixed)\b",
        # (not text in a file, a sheet, a draft or code: "replace the values in column B with
        # ...", "the numbers in this paragraph")
        r"\b(?:" + _TEXT_HOLDER + r"|spreadsheet|code|test|sandbox|staging|paragraph|text|sentence"
        r"|e-?mail|message|letter|table|slides?|page|report|note|summary|chart)\b",
    ),
    _rule(  # "override dosing pump P-CIP-2 to manual at 100%": live plant forced by hand
        "manual_override", "incident", "override force",
        r"override|force",
        "object",
        r"^\s+(?:the\s+|our\s+)?(?:[\w/-]+\s+){0,3}?(?:pumps?|valves?|dampers?|burners?|dosing"
        r"|feeders?|compressors?|fans?|blowers?|drives?|vfds?|heaters?|chillers?|boilers?|motors?"
        r"|conveyors?|agitators?|mixers?)(?:\s+[\w/-]*\d[\w/-]*)?\s+(?:to|in|into)\s+(?:manual|hand"
        r"|local|100\s*%|full\s+(?:speed|output|open))\b",
        r"\b(?:sim(?:ulat\w*)?|test\s+rig|training|drill|scenario|bench|staging|sandbox)\b",
    ),
    _rule(  # "make Aisha a till manager at POR": a role granted
        "role_grant", "credentials", "make promote",
        r"make|promote",
        "object_env",
        r"^\s+(?!(?:it|this|that|them|sure|me|us)\b)[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?\s+"
        r"(?:to\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:manager|admin(?:istrator)?|owner|approver|superuser"
        r"|supervisor)\b",
    ),
    _rule(  # "load them onto the crew prepaid cards": money put on cards
        "card_load", "payment", "load top put",
        r"load|top\s+up|put",
        "object_env",
        r"^\s[^.?!\n]{0,60}?\b(?:onto|on|to)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:prepaid"
        r"|payment|debit|expense|fuel|travel|gift)\s+cards?\b",
    ),
    _rule(  # "schedule deletion of KMS key mrk-2019-backups": what it encrypts is lost for good
        "key_deletion", "delete_data", "schedule",
        r"schedule\s+(?:the\s+)?(?:key\s+)?deletion",
        "object_env",
        r"^\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:kms|cmk|customer[- ]managed|encryption|signing"
        r"|master|root|old|previous|former|retired|legacy)\s+keys?\b",
    ),
    _rule(
        "remote_session", "credentials", "open give set start create",
        r"open|give|set\s+up|start|create",
        "object_env",
        r"^\s+(?:(?:him|her|them|the\s+[\w-]+)\s+)?(?:a\s+)?remote\s+(?:session|access|desktop"
        r"|connection|support\s+session)\b[^.?!\n]{0,60}?\b(?:onto|into|to|on)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:controller|plc|hmi|scada|dcs|server|jump\s+host|ot\s+network)\b",
    ),
    _rule(  # "push the new night-time misting schedule to the rainforest hall controller"
        "controller_push", "incident", "push send load upload download apply",
        r"push|send|load|upload|download|apply",
        "object_env",
        r"^\s+(?:[\w'-]+\s+){1,6}?(?:to|onto|into)\s+(?:the\s+|all\s+|every\s+|our\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:controllers?|plcs?|rtus?|hmis?|bms)\b"
        r"(?!\s+(?:class|code|repo|module|file|tests?|spec|method|layer|logic)\b)",
        # "push a logging decorator to every controller in the Django codebase": code
        unless=r"\b(?:code\w*|repo\w*|django|rails|laravel|spring|mvc|logging|decorator|middleware"
        r"|endpoint|class(?:es)?|method|function)\b",
    ),
    _rule(  # "Should I cut the main power to the hatchery?", "kill the power to the kiln room"
        "power_cut", "incident", "cut kill shut switch turn isolate",
        r"cut|kill|shut\s+off|switch\s+off|turn\s+off|isolate",
        "object_env",
        r"^\s+(?:the\s+|all\s+)?(?:main\s+|mains\s+|site\s+|whole\s+)?(?:power|electricity"
        r"|mains|supply)\s+(?:to|at|in|for|on)\b",
    ),
    _rule(  # "reset my password and text the new one to this number": a credential sent out
        "credential_handover", "credentials", "reset change",
        r"reset|change",
        "object_env",
        # (or "reset it for him and text the new password back", the password named after)
        r"^\s+(?:(?:[\w'-]+\s+){0,5}?(?:password|passcode|pin|passphrase)s?\b(?="
        + _SENT_OUT
        + r"(?:the\s+new\s+(?:one|password|pin|passcode|code)|it)\b)|(?:it|that)\b(?="
        + _SENT_OUT
        + r"the\s+new\s+(?:password|pin|passcode|code)\b))",
    ),
    _rule(  # "Publish this advisory and request the CVE now?": a vulnerability made public
        "advisory_publish", "security_audit", "publish release post send issue",
        r"publish|release|post|send\s+out|issue",
        "object_env",
        r"^\s+(?:this|the|our|an?)\s+(?:[\w-]+\s+){0,2}?(?:advisory|advisories|ghsa|cve"
        r"|vulnerability\s+(?:report|notice|disclosure))\b(?!\s+(?:template|format|style)\b)",
    ),
    _rule(  # "resubmit the 19 for collection on the next run": direct debits presented again
        "collection_resubmit", "payment", "resubmit re-submit re-present represent",
        r"re-?submit|re-?present",
        "object_env",
        r"^\s(?!an?\s)[^.?!\n]{0,60}?\b(?:for\s+collection|direct\s+debits?|dds|collections?"
        r"|mandates?)\b",
    ),
    _rule(  # "Ready to replace the running EDI gateway ... Proceed?": a live service swapped
        "running_replace", "deploy", "replace swap hot-swap",
        r"replace|swap(?:\s+out)?|hot-swap",
        "object_env",
        r"^\s+(?:the\s+)?(?:currently\s+)?running\s+(?:[\w-]+\s+){0,3}?(?:gateway|service|server"
        r"|instance|container|deployment|app|application|api|cluster|pods?|build|image|firmware"
        r"|release|binary)\b",
    ),
    _search_rule(  # "@finance-agent pls write it off and close the customer account", asked (not
        # "5. If stock was above -12C for 2 hours, write it off." in a runbook under review, nor
        # one of several options laid out: "write it off, ..., or ...")
        "write_off_it", "payment", "write",
        r"(?P<verb>(?:^\W*|[:–—-]\s+|@[\w.-]+\s+|\b(?:please|pls|plz|just|then|and|go\s+ahead\s+and"
        r"|can\s+you|could\s+you|approved|agreed|ok|okay|yes|fine)[\s,.!-]+)"
        r"write\s+(?:it|them|this|that|(?:these|those|all)(?:\s+\d[\d,]*)?|the\s+\d[\d,]*"
        r"|each(?:\s+one)?|the\s+lot|them\s+all)\s+off)(?P<rest>(?!\s+as\s+an?\s+(?:learning"
        r"|lesson|fluke|one-?off|mistake|bad\s+day))(?![^.?!\n]{0,160}\bor\b).*)",
        "not_local",
    ),
    _search_rule(  # "Should we write the balance off this quarter?", "please write the 86k off"
        # (or an asset: "Write AST-00812 off as destroyed and post it in this period")
        "write_off_split", "payment", "write",
        r"(?P<verb>(?:^\W*|(?<!\bhow\s)\b(?:should|shall|do|can|could|must)\s+(?:we|i|you)\s+(?:just\s+)?"
        r"|\b(?:please|pls|just|go\s+ahead\s+and)\s+)write\s+(?:(?:the|this|that|their|his|her"
        r"|its|our)\s+(?:[\w$£€.,'-]+\s+){0,3}?(?:balance|debt|invoices?|amount|arrears"
        r"|receivables?|loan|bill|fees?|assets?|[$£€]?\d[\d.,]*k?)\s+off"
        # an asset by its register id: "Write AST-00812 off as destroyed", "write off AST-00812"
        r"|(?:asset\s+)?[a-z]{2,5}-\d{3,}\s+off|off\s+(?:asset\s+)?[a-z]{2,5}-\d{3,})\b)(?P<rest>.*)",
        "not_local",
    ),
    _rule(  # "can you clear out the customer notes field on every Leeds ticket in the POS?"
        "clear_field_everywhere", "delete_data", "clear blank empty null wipe",
        r"clear(?:\s+out)?|blank(?:\s+out)?|empty|null\s+out|wipe",
        "object",
        r"^\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}?(?:fields?|columns?|notes|comments"
        r"|remarks)\b[^.?!\n]{0,40}?\b(?:on|in|for|across|from|of)\s+(?:every|all|each)\b",
        unless=r"\b(?:spreadsheet|csv|sheet|this\s+(?:file|list|table))\b",
    ),
    _search_rule(  # "the boathouse fire panel is showing a fault on zone 2 - silence it and keep
        # the hires running?": a fire or gas alarm silenced, named before "it"
        "silence_alarm_it", "incident", "silence mute reset isolate disable bypass",
        r"(?P<verb>\b(?:fire|smoke|gas|co2?|alarm)\s+(?:alarm\s+)?(?:panel|alarm|detector|sounder"
        r"|system)s?\b[^.?!\n]{0,80}?(?:[—–:;,-]\s*|\b(?:please|pls|can\s+you|could\s+you"
        r"|should\s+(?:we|i)|do\s+we|shall\s+(?:we|i)|just|then|and|or)\s+)"
        r"(?:silence|mute|reset|isolate|disable|bypass)\s+(?:it|them"
        r"|the\s+(?:fault|alarm|zone|panel|sounders?))\b)(?P<rest>.*)",
        "not_local",
    ),
    _search_rule(  # "reset the guest wifi password on every access point" (named later by
        # "it": ``_classifier_thread_stakes._secret_stake``)
        "network_key_change", "credentials", "change reset rotate update",
        r"(?P<verb>" + ASKED_AT + r"(?:change|reset|update)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:" + NETWORK_KEY + r")\b)(?P<rest>.*)",
        "not_local",
    ),
    _rule(  # "@agent please action the erasure now across SkyBook": the act named as a noun
        "erasure_actioned", "delete_data", _NOMINAL_GATE,
        _NOMINAL_VERBS,
        "object_env",
        r"^\s+(?:the|this|that|these|those|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:erasure|deletion"
        r"|purge|wipe)s?\b",
    ),
    _rule(  # "Please carry out the write-off in Xero today"
        "payment_actioned", "payment", _NOMINAL_GATE,
        _NOMINAL_VERBS,
        "object_env",
        r"^\s+(?:the|this|that|these|those|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:write-?offs?"
        r"|write\s+offs?|payouts?|reversals?|chargebacks?)\b",
    ),
    _rule(  # "Rewrite the lot genealogy in the MES so lot LC1 points to tote T-88 instead": a
        # regulated record changed in place (not a report or summary written from it)
        "record_altered", "delete_data", "rewrite change alter edit amend backdate overwrite",
        r"rewrite|change|alter|edit|amend|backdate|overwrite",
        "object",
        r"^\s+(?:the|our|this|that)\s+(?:[\w-]+\s+){0,2}?(?:(?:lot|batch)\s+(?:genealogy|records?"
        r"|history|traceability)|traceability\s+(?:records?|links?|data)|audit\s+trails?"
        r"|(?:haccp|ccp|temperature|cleaning|sanitation)\s+(?:logs?|records?))\b"
        r"(?![^.\n]{0,40}\b(?:template|form|summary|report|draft|column|headings?|wording)\b)",
    ),
    _rule(  # "Agent, post the write-off in NetSuite for May": the loss booked in the ledger
        "write_off_posted", "payment", "post book enter record",
        r"post|book|enter|record",
        "object_env",
        r"^\s+(?:the|this|that|a)\s+(?:[\w$£€.,-]+\s+){0,2}?(?:write-?offs?|write\s+offs?)\b"
        # (not "the write-off reasons", "the write-off policy on the wiki")
        r"(?![\s-]+(?:reasons?|polic(?:y|ies)|process|procedure|template|form|request|summary"
        r"|report|notes?|guide|rules?|criteria|threshold|workflow|memo|email|list|log)\b)",
        # ("Finance will decide and post the write-off themselves": someone else's act)
        unless=r"\b(?:themselves|ourselves|myself|himself|herself)\b",
    ),
    _search_rule(  # "Do we stop harvest and pull back what's already gone out to customers?"
        "recall_question", "incident", "recall pull stop",
        r"(?P<verb>(?<!\bwhen\s)(?<!\bhow\s)(?<!\bwhy\s)(?<!\bwhat\s)\b(?:do|should|shall|must)\s+"
        r"(?:we|i)\s+(?:[\w-]+\s+){0,6}?(?:recall(?!\s+(?:what|whether|if|how|when|who|why)\b)|pull\s+back|stop\s+(?:the\s+)?(?:harvest\w*"
        r"|sales?|selling|production|shipments?|shipping|dispatch\w*)"
        # "Do we hold everything and pull the trailer back?": a loaded vehicle called back
        r"|pull\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:trailers?|trucks?|lorr(?:y|ies)|vans?"
        r"|shipments?|consignments?|loads?|containers?|pallets?)\s+back))\b(?P<rest>[^?\n]{0,160}\?)",
        "not_local",
    ),
    _rule(  # "just nmap -A the production box office network 10.20.0.0/16 with the vuln scripts"
        "active_scan", "security_audit", "nmap masscan nikto sqlmap nuclei zmap scan run",
        r"(?:run\s+(?:an?\s+)?)?(?:nmap|masscan|nikto|sqlmap|nuclei|zmap)"
        r"|(?:port\s+|vuln\w*\s+)?scan",
        "object_live",
        # what is scanned follows the verb and its flags (not "scan this log for ... servers")
        r"^\s+(?:-{1,2}[\w-]+\s+)*(?:against\s+|on\s+|of\s+)?(?:the\s+|our\s+|all\s+|every\s+)?"
        r"(?:(?:[\w-]+\s+){0,3}?(?:network|subnet|range|hosts?|servers?|ips?|vlan|dmz|firewall"
        r"|endpoints?|estate)\b|\d{1,3}(?:\.\d{1,3}){3}(?:/\d\d?)?)",
    ),
    _rule(  # "make sure the old masters don't survive anywhere - not on the NAS, not in B2"
        "no_copy_left", "delete_data", "make ensure",
        r"make\s+sure|ensure",
        "object",
        r"^\s+(?:that\s+)?(?:(?:the|all|any)\s+)?(?:old|previous|original|existing|former)\s+"
        r"(?:[\w'-]+\s+){0,3}?(?:don't|do\s+not|doesn't|does\s+not|won't|will\s+not|never)\s+"
        r"(?:survive|exist|remain|stay|live\s+on)\b[^.\n]{0,30}?\banywhere\b"
        # "make sure no copy of the old exports survives anywhere"
        r"|^\s+(?:that\s+)?no\s+(?:copy|copies|trace|version)\s+of\s+[^.\n]{1,60}?\b(?:survives?"
        r"|remains?|exists?|is\s+left)\b[^.\n]{0,30}?\banywhere\b",
        unless=r"\b(?:repo\w*|codebase|branch|source\s+tree|src|code|comments?|docs?)\b",
    ),
    _search_rule(  # "Partial refund of $18 on Shopify order #SB-40913 please": asked as a noun
        "nominal_refund", "payment", "partial full part goodwill",
        r"(?:^|(?<=[.!?:]\s))\s*(?:an?\s+)?(?P<verb>(?:partial|full|part|goodwill)\s+refunds?)\b"
        r"(?P<rest>[^.?!\n]{0,140})",
        "object",
        r"^\s+(?:of|for)\s+(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:usd|eur|gbp|dollars|euros|pounds)\b)"
        r"[^.?!\n]{0,100}?\b(?:please|pls|asap|today|now)\b",
    ),
    _search_rule(  # "alarm company needs a code for the new cleaner": an access code issued
        "access_code_needed", "credentials", "need needs",
        r"(?P<verb>\b(?:alarm|door|gate|keypad|entry|lockbox|key\s*safe)\b[^.?!\n]{0,40}?\bneeds?\s+"
        r"(?:a|an)\s+(?:new\s+)?(?:access\s+)?code)\b(?P<rest>[^.?!\n]{0,60})",
        "object",
        r"^\s+for\s+(?:(?:the|our|a)\s+)?(?:new\s+\w+|her|him|them|[\w-]+['’]s\s+\w+)",
    ),
    _rule(  # "generate a new passphrase on the UniFi controller": a live credential replaced
        "credential_regen", "credentials", "generate regenerate issue",
        r"(?:re)?generate|issue",
        "object_env",
        # (with its article: a runbook's "2. Generate new password in the vault" is a step)
        r"^\s+a\s+new\s+(?:wi-?fi\s+|wpa2?\s+|network\s+|admin\s+|root\s+)?(?:passphrase"
        r"|password|psk|pre-shared\s+key)\b[^.\n]{0,40}?\b(?:on|in)\s+(?:the\s+)?[\w.-]+",
        unless=r"\b(?:function|script|generator|regex|example|fixture|mock|sample)\b",
    ),
    _rule(  # "Assess our card-handling exposure at the counter: Square readers, the back-office
        # PC ...": a security assessment of the live estate
        "exposure_assessment", "security_audit", "assess evaluate audit",
        r"assess|evaluate|audit",
        "object_env",
        r"^\s+(?:our|the\s+shop's|the\s+club's|the\s+company's)\s+(?:(?:card[- ]handling|card"
        r"|payment|security|cyber|data|network|pci|internet|external|remote[- ]access|wi-?fi)"
        r"\s+exposure|attack\s+surface|security\s+posture)\b",
    ),
    _rule(  # "Publish the regraded comp straight over SH0040_comp v014 in place": a delivered
        # version overwritten where others already pick it up
        "publish_over", "delete_data", "publish copy write push save render",
        r"publish|copy|write|push|save|render",
        "object_env",
        r"^[^.\n]{0,60}?\b(?:straight\s+)?over\s+(?:the\s+)?(?:existing\s+|current\s+|live\s+"
        r"|published\s+)?[\w.-]+(?:\s+v\d+)?\s+in\s+place\b",
        unless=r"\b(?:repo\w*|codebase|branch|script|function|array|buffer|variable|file\s+in\s+the"
        r"\s+repo)\b",
    ),
    _search_rule(  # "lgtm, run the playbook against all 240 render nodes, not just the canary"
        "fleet_playbook", "deploy", "playbook playbooks",
        r"(?P<verb>\b(?:run|apply|execute|kick\s+off|push)\s+(?:the\s+|this\s+|that\s+)?(?:ansible\s+)?"
        r"playbooks?)\b(?P<rest>[^.?!\n]{0,120})",
        "object_env",
        r"^\s+(?:against|on|across|to)\s+(?:all|every|the\s+(?:whole|entire|full))\b"
        r"(?![^.?!\n]{0,60}\b(?:test|staging|dev|lab|sandbox|vagrant|molecule)\b)",
    ),
    _rule(  # "Check how secure our QR-code galleries are: are the links guessable ...?"
        "how_secure", "security_audit", "check assess test find work tell",
        r"check|assess|test|find\s+out|work\s+out|tell\s+me",
        "object_env",
        r"^\s+how\s+(?:secure|safe|exposed|locked[- ]down)\s+(?:our|the|we|my)\b",
    ),
    _rule(  # "switch the public stream page over to the new player build now": a live release
        "live_switch_over", "deploy", "switch flip cut move",
        r"switch|flip|cut|move",
        "object_env",
        r"^\s+(?:the\s+|our\s+)?(?:public|live|prod\w*|production|customer[- ]facing)\s+"
        # ("flip the live club checkout over to it": the new build named before)
        r"[^.?!\n]{0,40}?\bover\s+to\s+(?:(?:the\s+)?(?:new|latest|next|v?\d)|it\b)",
    ),
    _rule(  # "Ok, add her key as Priya suggests on both boxes": a login granted on servers
        "ssh_key_add", "credentials", "add install put",
        r"add|install|put",
        "object_env",
        r"^\s+(?:her|his|their|the|this|that|[\w-]+['’]s)\s+(?:ssh\s+|public\s+)?keys?\b[^.\n]{0,60}?"
        r"\b(?:on|to|onto|into)\s+(?:both|all|the|every|each|our)?\s*(?:[\w-]+\s+)?(?:boxes|box"
        r"|servers?|hosts?|vps|machines?|nodes?|instances?)\b",
    ),
    _rule(  # "Review every account that can read the house formula library ... which are a leak
        # risk": an access review of the live estate
        "access_review", "security_audit", "review audit",
        r"review|audit",
        "object_env",
        r"^\s+(?:every|all|each)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:accounts?|users?|logins?|people|keys|tokens)"
        r"\s+(?:that|who|with)\s+(?:can|have|has)\b",
    ),
    _rule(  # "create a £500 gift voucher in Shopify for ... and mark it as paid": money issued
        "voucher_issue", "payment", "create issue generate make add",
        r"create|issue|generate|make|add",
        "object_env",
        r"^\s+(?:a|an)\s+(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:usd|eur|gbp|pounds?|dollars?|euros?))"
        r"\s+(?:gift\s+(?:voucher|card|certificate)|voucher|store\s+credit|credit\s+note|gift\s+code)\b",
    ),
    _rule(  # "@opsbot grant it please, with the 30 day expiry" under an access request
        "grant_it", "credentials", "grant",
        r"grant",
        "object_env",
        r"^\s+(?:it|them|this|that|the\s+request|the\s+access)\b(?!\s+(?:some|any|more|much)\s+"
        r"(?:thought|time|attention))",
    ),
)  # fmt: skip
