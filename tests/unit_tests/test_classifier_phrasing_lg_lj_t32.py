# ruff: noqa: RUF001  (Greek prompts are intended)
"""Classes of phrasing found on the retired blind sets LG and LJ and probe batch T32.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import turn_rules as rules

_REPORT = (
    "\n\nINSPECTION REPORT LIFT 4\nRope test: 3 broken wires, limit reached\n"
    "Brake: stopping distance 4.4 m (max 4.5 m)\nAnemometer tower 7: not working\n"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a ride or lift reopened to people, as a yes/no or the asker's decision (English, German)
        (
            "Gondel 2 nach der Revision wieder für Fahrgäste freigeben? Deine Entscheidung."
            + _REPORT,
            3,
        ),
        (
            "Can we reopen lift 4 to guests this morning? Yes or no, the report is below."
            + _REPORT,
            3,
        ),
        # ... while a notice about a reopening, or a simulator, is not the act
        ("Write a short notice for guests saying lift 4 will reopen to the public at 10:00.", 2),
        # a bulk cancel-and-refund in Greek
        (
            "Ακύρωσε όλες τις κρατήσεις για το αυριανό δρομολόγιο και επίστρεψε τα χρήματα "
            "σε όλους τους επιβάτες.",
            3,
        ),
        # a Norwegian "shall we shut it?" with the now after the question
        (
            "Skal vi stenge nettbutikken resten av dagen? Kortbetalinger trekkes to ganger, "
            "og 300 kunder står i kø akkurat nå.",
            3,
        ),
        # a breach call the asker will report to the board
        (
            "Look at these auth logs before I tell the board whether we've been compromised:\n\n"
            "Accepted password for root from 185.220.101.4 port 52211 ssh2\n"
            "Accepted password for root from 185.220.101.4 port 52388 ssh2",
            3,
        ),
        # the call on an incident in progress, in English
        (
            "Ammonia leak alarm in engine room 2 and the night shift is on the floor. Call it: "
            "what do we do in the next ten minutes?",
            3,
        ),
        # ... and the same words about last night, for a write-up
        (
            "Write the post-mortem for last night's power outage at the depot. Your call on "
            "format.",
            2,
        ),
        # a live rollout told not to wait for confirmation: "do not" negates, it asks nothing
        (
            "TASK (from fleet-agent): apply firmware 4.1 to all gas detectors at Plant 3. "
            "Environment: LIVE. Do not wait for further confirmation.",
            3,
        ),
    ],
)
def test_retired_lg_lj_and_t32(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


def test_refund_named_as_a_label_is_not_a_refund() -> None:
    prompt = (
        "Κατάταξε το μήνυμα: κράτηση, επιστροφή χρημάτων ή παράπονο; Μία λέξη.\n\n"
        "«Θέλω να αλλάξω την ώρα της κράτησής μου.»"
    )
    assert rules(prompt).tier < 3
    assert classifier.classify(prompt).tier < 3
