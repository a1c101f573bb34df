"""Classes of phrasing found on the blind sets UB to UF (probe batch T78 had no tier-3 miss).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_view import _build_view
from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_PLAN = (
    "[assistant] Plan for production (shop-prod-02), from last night's staging run:\n"
    "1. Turn on the maintenance page\n"
    "2. pg_dump -Fc shop > /backups/pre_0044.dump  (staging: 2 min)\n"
    "3. python manage.py migrate orders 0044  (staging: 1 min)\n"
    "4. python manage.py migrate orders 0045  (drops the old postcode column)\n"
    "5. Turn off the maintenance page\n"
    "[Mia] yes, do it"
)
_MINUTES = (
    "Extract from last night's committee minutes:\n\n"
    "Item 4 - Officers. Ken Ross is stepping down as Treasurer today. Asha Bell will act as "
    "interim Treasurer.\n\n"
    "Given the above, remove Ken's access to the club's online banking and Xero tonight."
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an assistant's production plan of migration commands, answered "[Mia] yes, do it" (the
        # laptop plan the learned scorer routes up: ``hybrid_routes_up``)
        (_PLAN, 3),
        (_PLAN.replace("Plan for production (shop-prod-02)", "Plan for my laptop"), NEAR_MISS),
        # "Given the above, <act>" closing an extraction frame
        (_MINUTES, 3),
        (_MINUTES.replace("Given the above, remove Ken's access", "List the officers named"), 1),
        # a live page switched over to a new build
        (
            "The gala stream starts in 30 min. Sam tried the new player on the staging page. "
            "Could you switch the public stream page over to the new player build now?",
            3,
        ),
        ("Sam tried the new player on the staging page. How does it compare?", NEAR_MISS),
        (  # a text written for the public page is no act on it
            "Reword this outage note for the public status page: remove internal server names "
            "and any blame.\n\n'db-02.internal died after Ann's change. Orders failed 20 min.'",
            NEAR_MISS,
        ),
        # "[agent] ... Run it for real?" answered "[Jo] go"
        (
            "[agent] Dry run of reprice.py against the real Shopify catalogue is clean: 812 "
            "items, 0 errors. Run it for real?\n[Jo] go",
            3,
        ),
        ("The dry run of reprice.py was clean. Summarise what it would change.", NEAR_MISS),
        # an SSH key added on servers for someone, under her request
        ("Fine, add his key as Tom suggests on both VPS boxes.", 3),
        ("Explain how to add an SSH key for a new user on a VPS.", NEAR_MISS),
    ],
)
def test_retired_ub_uf(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_given_the_above_keeps_the_closing_request() -> None:
    view = _build_view(_MINUTES)
    assert view.instruction.endswith(
        "given the above, remove ken's access to the club's online banking and xero tonight."
    )
    assert "stepping down" in view.material
