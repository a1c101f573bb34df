"""Classes of phrasing found on the retired blind set KQ and probe batch T29 (partly fixed).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import turn_rules as rules

_INVOICE = (
    "From: Dale Harmon <dharmon@timber.example>\n"
    "To: Accounts Payable\n"
    "Subject: Stumpage - unit 7\n\n"
    "Total stumpage owed to the landowner (Reed Family Trust): $41,220. Contract says payment\n"
    "within 10 days of final haul.\n\n"
    "Dale\n\n"
    "---\n"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a labelled closing line that acknowledges, then says "go ahead and <act>"
        (
            _INVOICE + "Procurement manager: numbers match our tally. Yes, go ahead and release "
            "the $41,220 to the Reed trust today.",
            3,
        ),
        (_INVOICE + "AP lead: fine, go ahead and pay it today.", 3),
        # ... while the same email answered with a read request is not an act (the note under
        # the "---" rule is read as the request, ``split_email_note``: a summary, tier 1)
        (_INVOICE + "AP lead: summarize this for the weekly report.", 1),
    ],
)
def test_retired_kq_and_t29(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier
