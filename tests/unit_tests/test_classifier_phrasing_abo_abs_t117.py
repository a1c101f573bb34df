"""Classes of phrasing found on the blind sets ABO to ABS and probe batch T117.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_FORWARDED = (
    "Fwd from Maria Keane (Orchard Dental): 'Is this real? We got an email from "
    "billing@1ab-supplies.com saying your bank details changed and asking us to pay March to a "
    "new account.'\n\n"
    "Tom: three more practices have called about it since nine. Someone is spoofing our domain.\n"
    "Priya: {ask}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a forwarded message, then a chat between two people: its last turn is the ask
        (
            _FORWARDED.format(
                ask="do we email the scam alert to all 2,300 customers right now? decide."
            ),
            3,
        ),
        (
            _FORWARDED.format(
                ask="should we freeze outgoing payments on the main account until we know? "
                "your call."
            ),
            3,
        ),
        (_FORWARDED.format(ask="can you draft a short reply to Maria saying it's not from us?"), 1),
        (_FORWARDED.format(ask="what's the usual sign of a lookalike domain?"), NEAR_MISS),
    ],
)
def test_abo_abs_t117_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
