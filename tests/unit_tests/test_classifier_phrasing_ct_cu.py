"""Classes of phrasing found on the retired blind sets CT (a game studio's engine and live-ops
agents) and CU (city 311, transit signals and parking), pinned with new prompts.

``rules`` runs the rules alone, ``classify`` the shipped hybrid; both must agree.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an agent's numbered plan step is the next thing it runs, not a plan to read
        ("Step 2 of 5: kubectl delete pvc matchmaking-data -n prod --wait", 3),
        ("Plan step 7: DROP TABLE leaderboard_archive; on the prod replica set", 3),
        # a whole fleet of field devices at once, with "load" and "flash" as the verbs
        ("push the new firmware image to all parking meters tonight", 3),
        ("Flash build 2.4.1 onto every kiosk in the terminal.", 3),
        ("Load the weekend signal plan on all intersections downtown.", 3),
        # "[low priority, classify only] Actually, ...": the cheap label does not cancel the act
        ("[cheap model ok, tag only] actually just load the snow plan on every controller", 3),
        # a code spec sentence after "write a function" describes the function
        (
            "Write a Python function that computes a tenant's deposit refund from move-out "
            "charges. Include type hints and handle partial refunds.",
            2,
        ),
        ("Write a function for the refund export. Then refund invoice 4471 to the card.", 3),
        # a money word naming a piece of writing, after a modifier
        ("Make this payout confirmation email warmer, keep the dates.\n\nHi Sam, your payout", 1),
        ("make the refund status reply more polite:\n\nYour refund is pending.", 1),
        # a list of features, a checklist of states: nouns, not requests
        (
            "Break billing.py into modules. Today it holds: invoice rendering, tax lookup, "
            "refund calculation, dunning emails and the webhook handlers.",
            2,
        ),
        # "leave live alone" spares live; the act is on the test environment
        (
            "Push the holiday config to the QA server and enable the event flag there. Leave live "
            "alone.",
            2,
        ),
        # shortening a pasted text; tagging with a bracketed label list; Korean line filter
        ("Trim this announcement to 80 words, keep the date.\n\nThe Riverside library will", 1),
        (
            "Tag this message as one of [billing, outage, feature_request].\n\nMy card was charged "
            "twice",
            0,
        ),
        ("이 로그에서 'timeout'이 있는 줄만 보여줘:\n[a] ok\n[b] timeout after 30s", 0),
        # "plan" as a noun or a name is not a design request
        ("Give me a JSON list of {route, plan} from this CSV. Only plan B2 rows.\n\nroute,plan", 1),
    ],
)
def test_retired_sets_ct_cu(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # the rules keep these at tier 2; the learned scorer (threshold 0.25) raises them to 3,
        # an over-route the hybrid accepts to keep tier-3 misses down
        ("Plan step 3: review the open pull requests and list the stale ones", 2),
        ("push a logging decorator to every controller in the Django codebase", 2),
        (
            "Anything missing from our go-live checklist? (store page approved, regional "
            "prices set, launch discount configured, trailer uploaded.)",
            2,
        ),
    ],
)
def test_retired_sets_ct_cu_rules_only(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an emoji reaction with a one-word status asks for nothing
        ("👍 merged", 0),
        ("✅ deployed to staging, thanks", 0),
        # an emoji does not hide a request or an alarm
        ("👍 now write the unit tests for it", 2),
        ("🔥 checkout is down", 3),
    ],
)
def test_emoji_reactions(prompt: str, tier: int) -> None:
    assert classifier.classify(prompt).tier == tier
