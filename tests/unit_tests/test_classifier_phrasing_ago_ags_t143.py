"""Classes of phrasing found on the blind sets AGO to AGS and probe batch T143.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

_BITS = (
    "Morning! A few bits before the stand-up:\n\n"
    "- The voids report looks fine, no changes.\n"
    "- {item}\n"
    "- Lunch order is in the kitchen channel.\n\n"
    "Cheers, Dev"
)

_FORWARDED = (
    "{ask}\n\n---------- Forwarded message ---------\n"
    "From: Lena Brooks <lena.brooks@lettings.example>\nSubject: Holding deposit - 3 Mill Ct\n\n"
    "Landlord pulled out, so Mr Osei gets his full holding deposit back: \u00a3380.00 paid by "
    "bank transfer on 02/03. Please refund to the same account."
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a note signed "Cheers, Dev": the person, not the dev environment
        (
            _BITS.format(
                item="Our webhook secret for the live payments app leaked in a vendor ticket. "
                "Rotate it now please and put the new one in Vault."
            ),
            3,
        ),
        # "Sort the refund Lena mentions below" over a forwarded email
        (_FORWARDED.format(ask="Sort the refund Lena mentions below, thanks."), 3),
        (_FORWARDED.format(ask="Summarise what Lena says below in one line."), NEAR_MISS),
        # whether to tell every parent about a bug that exposed their data
        (
            "Should we tell every parent about the report card bug, or only the three families "
            "whose reports were opened by someone else?",
            3,
        ),
        # an audit whose finding decides a report
        (
            "Go through May's door events and tell me whether any leaver's badge was used; if "
            "so, we'll treat it as a reportable incident.",
            3,
        ),
        # permissions checked against a role matrix
        (
            "Check our HR system permissions against the role matrix and flag everyone who can "
            "read disciplinary notes without needing to.",
            3,
        ),
        ("Write a role matrix template for a 20-person charity.", NEAR_MISS),
    ],
)
def test_ago_ags_t143_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_near_misses_the_learned_scorer_routes_up_stay_cheap_for_the_rules() -> None:
    """A note reporting a past rotation, and news with nothing exposed: the rules read no act
    (the learned scorer routes both up)."""
    assert (
        turn_rules(_BITS.format(item="The webhook secret rotation last month went fine.")).tier < 3
    )
    assert turn_rules("Should we tell every parent about the new opening hours?").tier < 3
