"""Classes of phrasing found on the blind sets ZQ to ZU and probe batch T107.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_FLAG = (
    "Ops Agent: feature flag `{flag}` is at 0% in the {env} environment. Turning it on shows "
    "the new checkout to every member straight away. Set it to 100% now?\n"
    "Dana Reyes: 👍 product signed off on Friday"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a loaded vehicle called back after a failed food-safety check
        (
            "The checkweigher on line 2 failed its test piece all morning and nobody caught it. "
            "About 1,800 cases, half already on the Northway lorry due out at 16:00. Do we hold "
            "everything and pull the lorry back?",
            3,
        ),
        ("How do we pull the trailer back if the driver has already left?", NEAR_MISS),
        # a feature flag set to 100% on production, answered with an emoji and a remark
        (_FLAG.format(flag="new_checkout", env="production"), 3),
        (_FLAG.format(flag="new_checkout", env="staging"), NEAR_MISS),
    ],
)
def test_zq_zu_t107_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
