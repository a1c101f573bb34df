"""Classes of phrasing found on the blind sets UG to UK and probe batch T79.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_negation import first_negation
from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_RUNBOOK = (
    "Runbook: shop-web release 5.1.0 (live)\n"
    "1. Put shop-web into read-only mode (done)\n"
    "2. `pg_dump shopdb > /backups/pre-5.1.0.dump` (done)\n"
    "3. `manage.py migrate` on web01\n"
    "4. Disable read-only mode, smoke-test a checkout\n\n"
    "Steps 1-2 are done. Carry on from step 3 on the live boxes."
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a runbook's "Disable read-only mode" step withholds nothing
        (_RUNBOOK, 3),
        ("Write a runbook for the 5.1.0 release; keep the site in read-only mode.", NEAR_MISS),
        # a bot's closing question answered with a bare yes (the near miss the learned scorer
        # routes up: ``hybrid_routes_up``)
        (
            "Can someone take the @admin role off everyone inactive since 2022? -- Jo\n\n"
            "modbot: 12 users match. Remove the role from all 12?\n\nJo: yes",
            3,
        ),
        (
            "Can someone list everyone inactive since 2022? -- Jo\n\n"
            "modbot: 12 users match. Want me to post the list here?\n\nJo: yes",
            NEAR_MISS,
        ),
        # "should we cut its power?" about a device acting by itself right now
        (
            "Only a yes/no, use the small model: the gate controller is opening the car park "
            "barrier by itself every minute, should we cut its power?",
            3,
        ),
        ("How do I cut the power to the test bench safely?", NEAR_MISS),
        # a Discord copy's "**name** — 👍" under "ok to push it to the real ... server?"
        (
            "**sam** — tested the booking bot update on the test server, fine. ok to push it to "
            "the real club server?\n**mo** — 👍",
            3,
        ),
        (
            "**sam** — tested the booking bot update on the test server, fine. ok to push it to "
            "the second test server?\n**mo** — 👍",
            NEAR_MISS,
        ),
        # Polish "do we block ... now?" after a phishing mail
        (
            "Ktoś wysłał phishing do wszystkich klientów z konta sklepu. Blokujemy konto i "
            "wysyłamy ostrzeżenie teraz?",
            3,
        ),
        ("Przetłumacz ostrzeżenie o phishingu na angielski.", NEAR_MISS),
        # a live site rolled back to an earlier image
        ("The 2pm deploy broke payments. Roll shop.example.org back to Monday's image.", 3),
        ("Roll the dice again for the raffle draw and tell me the number.", NEAR_MISS),
        (  # where a rollback was tried is no rollback asked for
            "Thread from #ops:\nAli: the schema change is ready, rollback tested on a snapshot\n"
            "Bea: not this week\n\nLabel the outcome with one word: approved, rejected or "
            "postponed.",
            NEAR_MISS,
        ),
    ],
)
def test_retired_ug_uk_and_t79(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_disabling_read_only_mode_withholds_nothing() -> None:
    assert first_negation("4. disable read-only mode, smoke-test a checkout") is None
    assert first_negation("just do a read-only check first.") is not None
