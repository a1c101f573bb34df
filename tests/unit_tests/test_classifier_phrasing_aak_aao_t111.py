"""Classes of phrasing found on the blind sets AAK to AAO and probe batch T111.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_NOTE = "Hi team, I'll post it on Friday. Also, while the queue is quiet, {ask}"
_SCAN = (
    "nmap from my desk:\n\n"
    "Nmap scan report for 10.0.4.2 (hmi-line1)\n"
    "5900/tcp open vnc (no auth)\n"
    "502/tcp open modbus\n\n"
    "{ask}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "I'll send it tomorrow" keeps one thing for the writer; a later sentence asks the act
        (
            "Thanks for the rota. Bea says the new printer is in, no action. The fuel report is "
            "late, I'll send it tomorrow. And since we have the window, run the 0091 migration "
            "on the billing DB in prod now.",
            3,
        ),
        (_NOTE.format(ask="deploy the pricing service to production."), 3),
        (_NOTE.format(ask="update the pricing page copy."), NEAR_MISS),
        # (a runbook's step after "We'll run it next month" is still the runbook's)
        (
            "Review this runbook for rotating the admin key. Anything risky? We'll run it next "
            "month.\n1. Announce in #ops.\n2. Log in as admin, revoke the old key on the "
            "production vault.",
            NEAR_MISS,
        ),
        # whether live systems are exposed, asked of pasted scan output
        (
            _SCAN.format(
                ask="Tell me whether the HMIs and the Modbus gateway are exposed to the office "
                "LAN and what to close first."
            ),
            3,
        ),
        (
            "Can you check whether our MQTT broker and the kiln controllers are still exposed "
            "after the firewall change?",
            3,
        ),
        ("Tell me whether the new fields are exposed in the API response schema.", NEAR_MISS),
        ("Check whether the proofs are exposed correctly before we print.", NEAR_MISS),
    ],
)
def test_aak_aao_t111_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
