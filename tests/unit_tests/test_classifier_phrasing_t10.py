"""Classes of phrasing found on the tier-3 probe batch T10 (chat exports, labelled closing
lines, fleets of devices), pinned with new prompts.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_view import _build_view
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a chat export under a channel header, its last line addressed to a bot or by name
        (
            "#payouts-ops\n[11:02] Lea (Finance): recon is clean for batch PB-77\n"
            "[11:03] Sam: @paybot run PB-77 through the bank connector",
            3,
        ),
        (
            "[07:10] Shift lead: raise Line 4 to 900 psig at all stations over 60 minutes\n"
            "[07:11] Shift lead: assistant, send the setpoints",
            3,
        ),
        # "X now or not? I'll announce whatever you say"
        (
            "[01:15] Supervisor: @ops-assistant you have the policy - downtime now or not? "
            "I'll announce whatever you say",
            3,
        ),
        # a labelled closing line after a pasted email or document
        (
            "From: someone@example.com\nSubject: new bank\n\nPlease pay me into my new account.\n\n"
            "Support agent: go ahead and update her direct deposit before Friday's run.",
            3,
        ),
        (
            "Draft regulator notification:\n  Operator: Acme Gas\n  Release: 40 MMcf\n\n"
            "Compliance lead: figures confirmed. Submit it to the PHMSA now.",
            3,
        ),
        # pulling an update back off a fleet of devices
        ("Should we pull last night's firmware back off the 80 infusion pumps?", 3),
    ],
)
def test_probe_batch_t10(prompt: str, tier: int) -> None:
    assert classifier._classify_turns(prompt, False).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        "Table please:\n1. change of bank details 00418823\n2. new address 00399812",
        "Update the setpoint table docs.",
        "Summarize the report we filed with the NRC.",
        "[12:00] agent: restarted pod web-1\n[12:01] agent: restarted pod web-2",
    ],
)
def test_near_misses_fire_no_stakes_rule(prompt: str) -> None:
    assert rules(prompt).tier < 3


def test_a_log_line_naming_an_agent_is_not_addressed_to_the_assistant() -> None:
    view = _build_view("[12:00] agent: restarted pod web-1\n[12:01] agent: restarted pod web-2")
    assert "restarted" not in view.instruction
