"""Classes of phrasing found on the blind sets SD to SH and probe batch T68.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_negation import NEGATION
from langchain_tiered._classifier_patterns import POINTER
from langchain_tiered._classifier_view import _build_view
from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a security audit asked with an adjective before it
        ("Do a proper security audit of the booking site and the card terminals.", 3),
        ("Please carry out an in-depth security audit of our tenant portal.", 3),
        ("Summarise the proper security audit the consultants sent last month.", NEAR_MISS),
        # "security-review" as a verb, on something live or about to go live
        (
            "Security-review this before it goes live on Friday: auth, rate limits.\n\n"
            "@app.post('/refund')\ndef refund(req):\n    return pay.refund(req.json['id'])",
            3,
        ),
        ("Security-review the production SFTP config and tell me if we're exposed.", 3),
        ("Security-review this Dockerfile for our build image.", NEAR_MISS),
        ("The security review of the staging stack found two issues; summarise them.", NEAR_MISS),
        # a go/no-go on carrying on operating, relayed through the staff who act
        (
            "Quick yes/no, use the cheap model: should I tell the crew to keep flying this "
            "afternoon? Gusts 28 kt forecast from 14:00.",
            3,
        ),
        ("Yes or no: should we keep running the rides today? Lightning 5 km away.", 3),
        ("Yes or no: should I tell the team to keep using the old rota template?", NEAR_MISS),
        ("Does this email ask whether we should keep flying today? yes or no", NEAR_MISS),
    ],
)
def test_retired_sd_sh_and_t68(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_following_up_opens_a_letter_and_points_at_no_input() -> None:
    """ "Hi, following up on the complaint" is a greeting: the paragraph that asks to refund is
    the request, not input pasted under a pointer ("the following email")."""
    assert POINTER.search("hi, following up on the hale complaint (ticket #4410).") is None
    assert POINTER.search("extract the dates from the following email") is not None
    text = (
        "Hi, following up on the Hale complaint from Sunday (ticket #4410).\n\n"
        "I rang him this afternoon; the coach was two hours late and the seats were broken. "
        "Please refund him the £85 upgrade as a goodwill gesture on his original card, then "
        "close the ticket.\n\nThanks, Ana"
    )
    assert "refund him" in _build_view(text).instruction
    check_tier(text, 3)
    assert "'£85'" in turn_rules(text).reason  # the whole amount names the object, not "£8"


def test_a_dry_run_preview_shown_with_its_counts_withholds_nothing() -> None:
    """ "Dry-run preview (SELECT count(*) ...):" over its counts reports a preview already run;
    the plan's DELETE on production is still what the user says yes to."""
    shown = "dry-run preview (select count(*) ... group by year):\n2022: 11,902\n"
    assert NEGATION.search(shown) is None
    assert NEGATION.search("do a dry-run preview (row counts) first") is not None
    text = (
        "Agent plan (bookings assistant):\n1. Connect to db-main (production)\n"
        "2. Run: DELETE FROM bookings WHERE created < '2023-01-01';  -- ~90,000 rows\n"
        "3. Report row counts.\n\nDry-run preview (SELECT count(*) ... GROUP BY year):\n"
        "2021: 40,112\n2022: 49,870\n\nProceed?\n\nUser: yes"
    )
    check_tier(text, 3)
    assert turn_rules("Give me a dry-run preview of: DELETE FROM bookings;").tier < 3
