"""Stakes rules for customers' accounts and live records (tried after ``PLANT_RULES``).

A fee, charge or balance waived ("waive the £150 early exit fee", "waive his late fees on
INV-2231") is money written off: the business gives up what it is owed. A customer's billing
agreement ended ("cancel Mr Huang's 12-month coaching contract today", "cancel their annual
pass instalment plans", "terminate her direct debit") stops or changes what is collected.
Both act on real accounts. A waiver or a cancellation in code, a template or a test
environment is not the account (``unless`` and ``object_env``), "a subscription" in general
(an indefinite object) is a question about how it works, not an account named, and a line
labelled with a speaker or a plan ("Kerry: ... cancel her 31 mandates", "Plan: cancel
GoCardless mandates for 14 members") quotes someone else's words: the thread and plan finders
read those with what answers them.

Values replaced across a live catalogue or table in bulk ("Replace the catalogue values on all
18k live listings with the new prices from this file") overwrite real records, as "overwrite"
does; "replace every 'colour' with 'color' in this text" names no live system. So does a
live table or list replaced by a file ("Replace the live allergen matrix in Caterbook with the
sheet below") or a file loaded over the live one ("Re-import the matrix from the sheet below
over the current live one", as "restore ... over the live database"); "Replace the production
host with localhost in these connection strings" edits text, and "(never over the live one)"
names where not to load. A table or database moved to a new server ("move the bookings table
across to the new database server this evening") is a migration of the live records. An
access code or password named and then changed by "it" ("pull the root vault alarm master code
from the vault and change it to 4471") changes a live credential, as "change the master code
to 4471" does.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_stake_rule import StakesRule, _search_rule, unquoted_rule

#: Where the fee or the agreement is text or code, not a customer's account.
_NOT_THE_ACCOUNT: Final = (
    r"\b(?:code|scripts?|functions?|methods?|endpoints?|api|webhooks?|templates?|emails?"
    r"|letters?|messages?|wording|copy|fixtures?|mocks?|sandbox|tests?|unit\s+tests?|docs?"
    r"|polic(?:y|ies)|clauses?|terms|in\s+general|generally|as\s+a\s+rule|(?:such|hardship)\s+cases)\b"
)
#: After the object's noun: another noun it qualifies ("the contract review meeting").
_HEAD_NOUN: Final = (
    r"(?![\w-])(?!\s+(?:review|meeting|call|terms|templates?|clauses?|renewal|draft|copy|pdf"
    r"|documents?|files?|details|summary|status|dates?|lists?|reports?|wording|numbers?|ids?"
    r"|types?|tiers?|page|form|schedule|policy|process|workflow|logic|flow|feature)\b)"
)
#: Who or what the object belongs to: a determiner, a possessive or a count ("all 214").
_OWNED: Final = (
    r"^\s+(?!(?:a|an|any|some)\s)(?:(?:the|their|his|her|its|this|that|these|those|all|every"
    r"|both|our|[\w.'’-]+(?:'s|’s|s'))\s+)?(?:(?:\d[\d,]*|all)\s+)?"
)

RECORD_RULES: Final[tuple[StakesRule, ...]] = (
    unquoted_rule(  # "waive the £150 early exit fee", "waive his late fees": money written off
        "fee_waived",
        "payment",
        "waive",
        r"waive",
        "object_env",
        _OWNED + r"(?:[\w$£€¥.,'’-]+\s+){0,5}?(?:fees?|charges?|penalt(?:y|ies)|surcharges?"
        r"|interest|arrears|dues|balances?|invoices?|rent|excess|deductibles?|costs?"
        r"|[$€£¥]\s?\d[\d,.]*)" + _HEAD_NOUN,
        _NOT_THE_ACCOUNT,
    ),
    unquoted_rule(  # "Replace the catalogue values on all 18k live listings with ...": real
        # records overwritten across a live system
        "bulk_replace",
        "delete_data",
        "replace swap",
        r"replace|swap",
        "object",
        r"^\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}?(?:values?|prices?|data|descriptions?"
        r"|titles?|records?|entries|fields?|columns?|contents?|images?|photos?|audio|files?"
        r"|masters?|tracks?|artwork|assets?)\s+(?:on|in|of|across"
        r"|for)\s+(?:all\s+|every\s+|the\s+)?(?:[\d.,]+k?\s+)?(?:live|production|prod)\b",
        _NOT_THE_ACCOUNT,
    ),
    unquoted_rule(  # "Replace the live allergen matrix in Caterbook with the sheet below"
        "live_replaced",
        "delete_data",
        "replace overwrite swap",
        r"replace|overwrite|swap",
        "object",
        r"^\s+(?:the\s+|our\s+)?(?:current\s+|existing\s+)?(?:live|production|prod)\s+"
        r"(?!(?:host|hostname|url|uri|server|endpoint|domain|ip|address|connection|strings?|dsn"
        r"|db\s+host|config\w*|env|credentials?|keys?|tokens?)\b)(?:[\w'’-]+\s+){1,4}?"
        r"(?:(?:in|on)\s+[\w.-]+\s+)?with\s+(?:the|this|these|our|a|an)\b",
        _NOT_THE_ACCOUNT + r"|\b(?:strings?|config\w*|text|snippet|file\s+paths?)\b",
    ),
    unquoted_rule(  # "Re-import the allergen matrix from the sheet below over the current live
        # one in Caterbook": a load over live records, as a restore over them
        "loaded_over_live",
        "delete_data",
        "import re-import reimport load reload re-load upload re-upload reupload push sync copy "
        "paste apply",
        r"(?:re-?)?(?:import|load|upload)|push|sync|copy|paste|apply",
        "object",
        r"^[^.?!\n]{0,80}?(?<!never\s)(?<!not\s)\bover\s+(?:the\s+|our\s+)?(?:current\s+"
        r"|existing\s+)?(?:live|production|prod)\b",
        _NOT_THE_ACCOUNT,
    ),
    unquoted_rule(  # "move the bookings table across to the new database server this evening"
        "moved_to_new_server",
        "migration",
        "move copy transfer shift lift",
        r"move|copy|transfer|shift|lift",
        "object",
        r"^\s+(?:the\s+|our\s+|all\s+(?:the\s+)?)?(?:[\w.-]+\s+){0,3}?(?:tables?|databases?|dbs?"
        r"|schemas?)\s+(?:across\s+|over\s+)?(?:to|onto)\s+(?:the\s+|our\s+)?new\s+"
        r"(?:[\w-]+\s+){0,2}?(?:servers?|clusters?|instances?|hosts?|databases?|db|rds|aurora"
        r"|postgres\w*|mysql)\b",
        _NOT_THE_ACCOUNT,
    ),
    unquoted_rule(  # "cancel their annual pass instalment plans today": what is collected stopped
        "billing_cancelled",
        "payment",
        "cancel terminate end",
        r"cancel|terminate|end",
        "object_env",
        _OWNED + r"(?:[\w$£€¥.,'’-]+\s+){0,5}?(?:contracts?|memberships?|subscriptions?"
        r"|direct\s+debits?|(?:instal?ment|payment|finance)\s+plans?|standing\s+orders?"
        r"|mandates?|leases?|rental\s+agreements?)" + _HEAD_NOUN,
        _NOT_THE_ACCOUNT,
    ),
    _search_rule(  # "pull the root vault alarm master code from the vault and change it to 4471"
        "credential_change",
        "credentials",
        "change reset set update",
        r"\b(?:(?:alarm|door|gate|safe|vault|keypad|entry|access|admin|root|master|wi-?fi|till|pos)"
        r"\s+(?:code|pin|passcode|password)s?|pin\s+(?:code|number)s?|passcodes?|passwords?)\b"
        r"[^.?!\n]{0,100}?\band\s+(?:then\s+)?(?P<verb>(?:change|reset|set|update)\s+(?:it|them)"
        r"\s+to)(?P<rest>\s+\S*\d)",
        "object",
        r"^\s+\S*\d",
    ),
)
