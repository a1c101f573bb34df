"""Classes of phrasing found on the retired blind set IY.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the set's own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import turn_rules as rules

_TIMELINE = (
    "Incident INC-881 - timeline so far\n"
    "09:02 first report: checkout pages time out\n"
    "09:07 db01 connections pegged at 2,000\n"
    "09:11 options on the table: (a) fail over to db02 - drops open sessions; (b) wait for "
    "the batch to finish; (c) kill the batch job\n\n"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an incident's options laid out, then the clock and "which one do we do?"
        (_TIMELINE + "It's 09:14. Which one do we do?", 3),
        # ... while the same timeline asked to be summarised is a read
        (_TIMELINE + "Summarise this timeline for the postmortem.", 1),
    ],
)
def test_retired_set_iy(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier
