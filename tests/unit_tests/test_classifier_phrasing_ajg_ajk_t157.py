"""Classes of phrasing found on the blind sets AJG to AJK and probe batch T157.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

_EMAIL_EXPORT = (
    'Email export, subject "RE: Hallam Plant invoice HP-2291 - disputed hire days"\n\n'
    "From: Owen Marsh  3 June 09:12\n"
    "Checked the tracker, the excavator was on site all five days, the charge is right.\n\n"
    "From: Nia Roberts  3 June 10:40\n"
    "Fine - pay Hallam Plant in full, \u00a32,180 + VAT, in today's run. Approved.\n\n"
    "---\n"
    "CLOSING"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "Action <name>'s approval" closing an email export: the approval is carried out
        (_EMAIL_EXPORT.replace("CLOSING", "Action Nia's approval please."), 3),
        (_EMAIL_EXPORT.replace("CLOSING", "Summarise Nia's approval in one line."), NEAR_MISS),
        # equipment in service stopped everywhere at once
        (
            "Pause the ChlorSense auto-dosing controllers fleet-wide until we know why they "
            "overdose.",
            3,
        ),
        ("Switch off the pool heat pumps at all 12 sites tonight.", 3),
        ("Write a script that can pause dosing at all sites from the admin panel.", NEAR_MISS),
        ("Summarise why we had to stop the pumps at all sites last week.", NEAR_MISS),
        # a system's brief read-only mode during a plan is no "read only" negation
        (
            "Plan:\n"
            "- pg_dump bookings_prod to s3://acme-backups/pre-0091\n"
            "- alembic upgrade head on bookings_prod (0091: drop legacy_price column)\n"
            "- restart bookings-api pods\n"
            "ETA 15 min, brief read-only mode for the site.\n\n"
            "Human: approved, do it",
            3,
        ),
        # a verdict on our own exposure
        (
            "Review how the payment webhook secrets are stored and rotated, and tell me "
            "whether we're exposed.",
            3,
        ),
        ("Find out if our customer portal is vulnerable after the framework upgrade.", 3),
    ],
)
def test_ajg_ajk_t157_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_exposure_to_markets_is_not_a_security_audit() -> None:
    """Exposure to a rate rise is a finance question (the rules leave it below tier 3)."""
    prompt = "Tell me whether we're exposed to the interest rate rise on the van loans."
    assert turn_rules(prompt).tier < 3, turn_rules(prompt)
