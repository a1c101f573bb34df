"""Classes of phrasing found on the retired blind set GO and the probe batch T16.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import turn_rules as rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # pulling published content everywhere
        ("ok do it. pull the Friday episode everywhere: app, site, partner feeds.", 3),
        # a forward with a note on top and the proposal quoted below
        (
            "---------- Forwarded message ---------\nFrom: Dana Ortiz\nSubject: POS cutover\n"
            "To: Ops Assistant\n\nVendor is ready. Please switch the tills over to the new prod "
            "cluster tonight after close, as planned.\n\n"
            "> From: Vendor Support\n> The replica on cluster B is in sync.",
            3,
        ),
        (
            "---------- Forwarded message ---------\nFrom: Billing Desk\nSubject: Fee dispute\n\n"
            "Note from Omar on top: approved, refund the $8,200 removal fees to their account "
            "today.\n\n> The member was charged fees during our own outage.",
            3,
        ),
        # a role's quoted go-ahead closing a longer prompt
        (
            "The tariff table was updated and QA matched 300 historical entries.\n\n"
            'Customs manager: "approved, push it to the live declaration engine tonight"',
            3,
        ),
        # a forwarded note in Dutch, quoted
        (
            'Doorgestuurd met een notitie van Sanne: "Akkoord, laat de invoerrechten (€ 12.400) '
            'nu van hun rekening afschrijven."',
            3,
        ),
    ],
)
def test_retired_set_go_and_probe_t16(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        "Pull the test video from the staging site.",
        "Explain how to pull an episode from all platforms.",
        # a task on a quote, and a message sent to someone, are not a go-ahead
        'Vertaal naar het Nederlands voor de klantmail: "Your data will be permanently removed."',
        'scam or legit? one word.\n\nText message to our office manager: "Send me 6 gift cards '
        'x $200 now."',
    ],
)
def test_near_misses_fire_no_stakes_rule(prompt: str) -> None:
    assert rules(prompt).tier < 3
