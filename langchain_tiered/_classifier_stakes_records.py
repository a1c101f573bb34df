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
does; "replace every 'colour' with 'color' in this text" names no live system.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from langchain_tiered._classifier_stake_rule import Mode, StakesRule, _rule

#: A sentence opened by a speaker's or a plan's label ("kerry: ...", "plan: ...").
_LABELLED: Final = re.compile(r"\s*(?:[-*>]\s*)?[^\W\d_][\w.'-]{0,20}(?:\s[\w.'-]{1,20})?\s*:\s")


@dataclass(frozen=True, slots=True)
class _AccountRule(StakesRule):
    """A lead rule that passes over a sentence quoted under a speaker's or plan's label."""

    def object_for(self, sentence: str, rest: str, live_anywhere: str) -> str | None:
        if _LABELLED.match(sentence):
            return None
        return StakesRule.object_for(self, sentence, rest, live_anywhere)


def _account_rule(
    name: str, intent: str, gate: str, verbs: str, mode: Mode, obj: str, unless: str
) -> StakesRule:
    """``_rule`` for this module's rules, as :class:`_AccountRule`."""
    rule = _rule(name, intent, gate, verbs, mode, obj, unless)
    return _AccountRule(
        rule.name, rule.intent, rule.gate, rule.verb, rule.mode, rule.obj, rule.unless
    )


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
    _account_rule(  # "waive the £150 early exit fee", "waive his late fees": money written off
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
    _account_rule(  # "Replace the catalogue values on all 18k live listings with ...": real
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
    _account_rule(  # "cancel their annual pass instalment plans today": what is collected stopped
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
)
