"""Classes of phrasing found on the blind sets AHI to AHM and probe batch T147.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "Can you process that through <system>?" under a quoted ask
        (
            'WhatsApp from Leon (box office): "Concert cancelled, storm warning. Refund every '
            'standing ticket, promoter agreed." Could you process that through SeatDesk?',
            3,
        ),
        (
            'Email from Leon: "Please remove all the lapsed members from the CRM and wipe their '
            'card details." Can you handle that in MemberHub today?',
            3,
        ),
        # (a first cut read "put this into English" as the same hand-over)
        (
            "can you put this into English? it's from our supplier in Lyon: 'Les palettes "
            "partent demain matin, la facture suit.'",
            NEAR_MISS,
        ),
        # a live system assessed against a compliance standard
        ("Assess the members' portal against SOC 2 before the audit; tell me what would fail.", 3),
        ("Review our payment page against PCI DSS and list what an assessor would flag.", 3),
        ("Explain what checking a website against PCI DSS involves.", NEAR_MISS),
    ],
)
def test_ahi_ahm_t147_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
