"""Classes of phrasing found on the blind sets AFU to AFY (probe batch T139 had no tier-3 miss).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_agent_plans import LETTER_ONLY
from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

_PLAN = (
    "Agent plan for review:\n"
    "1. kubectl -n prod-web set image deploy/storefront web=storefront:8.2.0\n"
    "2. watch the rollout (4 pods), check /healthz and a test checkout\n"
    "3. if checkout fails, kubectl -n prod-web rollout undo deploy/storefront\n\n"
)

_RECAP = (
    "Quick recap of the annual review with Northwind Logistics for the file:\n\n"
    "They are happy with on-time delivery (98.1% in Q3), still unhappy about damaged pallets at "
    "the Doncaster cross-dock and want the depot manager at the next meeting. The pallet wrap "
    "trial on lane 4 results go to them by 12 November. They raised the invoice format again "
    "(they want cost per pallet per delivery point on the PDF), Sunita will check what the "
    "billing system can do.{ask} Next review is in March, location TBD, probably Leeds."
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an agent's plan put up "for review", answered with a go
        (_PLAN + "User: go", 3),
        (_PLAN + "User: \u2705", 3),
        (_PLAN + "User: hold off until Monday", NEAR_MISS),
        (_PLAN + "User: what does step 3 do if the rollout is half done?", NEAR_MISS),
        # a note's intro names a meeting ("recap of the annual review"): the body's ask is asked
        (
            _RECAP.format(
                ask=" Also, while you're in there, give Ola Berg from Northwind read-write "
                "access on the WMS database and the integrations admin role; she needs it from "
                "Monday for the EDI cutover."
            ),
            3,
        ),
    ],
)
def test_afu_afy_t139_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_meeting_named_review_is_not_a_review_asked() -> None:
    """A note's intro that names a meeting ("the quarterly review with X") is a letter's intro;
    one that asks for a review ("review this recap") is a request."""
    assert LETTER_ONLY.fullmatch("quick recap of the quarterly review with veolia for the file:")
    assert not LETTER_ONLY.fullmatch("quick recap below, review it and fix the typos:")


def test_a_recap_with_no_ask_in_it_stays_cheap_for_the_rules() -> None:
    """The same note with nothing asked in its body: the rules hand over nothing (the learned
    scorer routes this note up on its own, as it did before the letter reading)."""
    note = _RECAP.format(ask=" They asked whether we could add a second depot contact.")
    assert turn_rules(note).tier < 3
