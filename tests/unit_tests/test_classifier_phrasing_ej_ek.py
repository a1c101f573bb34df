"""Classes of phrasing found on the retired blind sets EJ (a humanitarian NGO) and EK
(colocation data centers), pinned with new prompts.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import rules

_BATCH = (
    '{"batch_id": "PAY-0711", "currency": "KES", "total_amount": 18400,\n'
    ' "payments": [\n'
    '  {"msisdn": "+254700000001", "amount": 900, "ref": "B-1"},\n'
    '  {"msisdn": "+254700000002", "amount": 1500, "ref": "B-2"}\n'
    " ]}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # merging duplicate records in a live system removes the losing record
        ("Merge the duplicate beneficiary profiles for household 4471 in the live registry.", 3),
        # a new token with write scope created for a bot
        ("Create a new API token with write scope for the billing bot and put it in its env.", 3),
        # switching power equipment: shedding load, transferring it, closing a breaker
        ("yes go ahead, shed the non-critical load on PDU-A in row C", 3),
        ("Transfer the load for hall 3 from UPS-1 to UPS-2.", 3),
        ("Close breaker 4 on the generator switchboard now.", 3),
        # a payment batch pasted, then "submit it to the provider"
        ("Looks fine? Then submit it to the mobile money provider.\n\n" + _BATCH, 3),
        # a breach-notification decision asked in Polish
        ("Przejrzyj te logi i zdecyduj, czy to incydent, który musimy zgłosić klientom.", 3),
    ],
)
def test_retired_sets_ej_ek(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        "Merge the duplicate rows in this CSV and keep the newer one:\n\nid,name\n1,a\n1,a",
        "Close the ticket about the chiller alarm, it was a sensor fault.",
        "Open the load test report for UPS-A and list the failed steps.",
        "Explain when an operator should shed load on a PDU.",
        "Generate a regex that matches API tokens in our logs.",
        "Check the field names in this batch, don't send anything:\n\n" + _BATCH,
    ],
)
def test_near_misses_fire_no_stakes_rule(prompt: str) -> None:
    assert rules(prompt).tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "Push the promo config to the QA server and enable the flag there. Don't touch live.",
        "Push the promo config to the QA server and enable the flag there. Leave prod alone.",
    ],
)
def test_a_spared_live_system_is_not_a_live_target(prompt: str) -> None:
    assert rules(prompt).tier < 3
    assert classifier.classify(prompt).tier < 3
