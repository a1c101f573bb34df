"""Classes of phrasing found on the probe batch T19.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the batch's own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import turn_rules as rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a whole fleet switched at once, the fleet named before the target ("switch all the
        # ... printers to the new template"): a rollout, whatever the "template" cue says
        ("Switch all the ward label printers over to the new wristband template today.", 3),
        ("Flash every one of the 220 tills to firmware 7.3 tonight.", 3),
        ("Move all 400 pumps onto the new dosing profile now.", 3),
        ("Switch all our clinics to the new appointment template before Monday.", 3),
        # ... but a code rename or a reading stays cheap
        ("switch all the variables to snake_case in this file", 0),
        ("Summarise this ticket: 'switch all the printers to the new template'", 1),
    ],
)
def test_probe_t19(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier
