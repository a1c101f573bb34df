"""More operations stakes rules (``_classifier_stakes_ops`` is at its size limit).

Tried after ``ML_ACCESS_RULES``:

* broadcasting a signed transaction ("push this signed tx hex to our mainnet nodes", "broadcast
  the PSBT") moves funds for good; the same on a test network does not;
* committing a network change on named routers ("Commit it on pe1.lon and pe2.lon with commit
  confirmed 5") applies it to the live network;
* lifting bars, blocks or suspensions in bulk ("can you unbar the lot" after 4,000 SIMs were
  barred, "reinstate all 312 sellers") restores access on a live system at scale.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_stake_rule import StakesRule, _rule

OPS_MORE_RULES: Final[tuple[StakesRule, ...]] = (
    _rule(
        "broadcast_tx", "payment", "broadcast rebroadcast push submit send relay publish",
        r"broadcast|rebroadcast|push|submit|send|relay|publish",
        "object",
        r"^\s+(?:the\s+|this\s+|that\s+|our\s+|these\s+|those\s+)?(?:signed\s+|raw\s+|final\s+)?"
        r"(?:[\w-]+\s+)?(?:tx|txn|transaction|psbt)s?\b(?!\s+(?:reports?|summary|list|logs?"
        r"|history|ids?|details|export|data|files?|csv|counts?|fees?|templates?|schema|format"
        r"|parser|builder|decoder)\b)",
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
)  # fmt: skip
