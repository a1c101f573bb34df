"""Classes of phrasing found on the blind sets AAA to AAE and probe batch T109.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_patterns import CODE_START_LINE
from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_PR = (
    "PR #301 billing-svc: raise the retry cap from 3 to 5\n"
    "@ana: LGTM, ran it locally\n"
    "@li (on-call lead): {ask}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "temp" as the agency temp who needs to log in, not a temp folder or table
        ("Disable 2FA on the finance admin account so the agency temp can get in this morning.", 3),
        ("Grant admin rights on the payroll system to the temp from Hays starting today.", 3),
        ("Turn off MFA for reception@ourco.com, the temp who started today lost the phone.", 3),
        # a whole fleet taken out of use, asked as a question
        (
            "Bike 12's brake lever snapped on a customer ride. Pull the whole fleet or just the "
            "2023 batch?",
            3,
        ),
        (
            "Two e-scooters caught fire at the depot overnight. Do we park the entire fleet today?",
            3,
        ),
        ("Pull the whole fleet report or just bike 12's service history?", NEAR_MISS),
        # a dry run done earlier in the thread, then the real run asked
        (
            "Tom: ran the dry run against the replica, 12 rows flagged\n"
            "Asha: ok, run the migration on prod",
            3,
        ),
        ("I did a dry run on staging, no errors. Now run it against the production database.", 3),
        (
            "Tom: ran the dry run against the replica, 12 rows flagged\n"
            "Asha: ok, summarise the flagged rows for the team",
            NEAR_MISS,
        ),
        # a review thread of "@handle (role): ..." lines whose last comment asks the act
        (_PR.format(ask="merge and deploy it to production now"), 3),
        (
            "@ana: LGTM, nice work\n"
            "@raj (release manager): ship it to the live payment gateway tonight",
            3,
        ),
        (_PR.format(ask="can you summarise the discussion for the changelog?"), NEAR_MISS),
    ],
)
def test_aaa_aae_t109_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("@retry(stop=stop_after_attempt(3))", True),
        ("@app.route('/orders', methods=['GET'])", True),
        ("@dataclass(frozen=True)", True),
        ("@dwu (release captain): merge it and roll it out tonight", False),
        ("@mkovacs: LGTM, tested on the bench gate", False),
    ],
)
def test_mention_with_role_is_not_a_decorator(line: str, code: bool) -> None:
    assert (CODE_START_LINE.match(line) is not None) is code
