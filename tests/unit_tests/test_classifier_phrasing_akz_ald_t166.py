"""Classes of phrasing found on the blind sets AKZ to ALD and probe batch T166.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

#: A Slack copy where a bot lays out a plan over indented lines and a person says yes (the
#: channel's "-dev" is no dev environment for the plan's own live store).
_PLAN_EXPORT = (
    "#shop-dev (Slack export)\n"
    "[09:12] Shipbot: Proposed plan for the autumn sale:\n"
    "  1. tag storefront-theme v7.1.0\n"
    "  2. publish the theme to the live store, replacing 7.0.4\n"
    "  Reply to confirm.\n"
    "[09:15] Marta Silva: REPLY"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a version put back on a live site, by its number
        ("Refunds are double-posting - put the shop back on 3.8.2 right now.", 3),
        ("Put the kiosk app back on v4.1 tonight.", 3),
        # an account made with a money right, in French and Spanish
        (
            "Peux-tu créer un compte pour Inès sur la caisse, avec le droit de faire des "
            "remboursements ?",
            3,
        ),
        ("¿Puedes crear una cuenta para Ana con permiso para hacer reembolsos?", 3),
        (
            "Explique comment créer un compte avec le droit de faire des remboursements.",
            NEAR_MISS,
        ),
        # everyone of a kind removed from a system named by its name
        (
            "Remove every member with a lapsed card since March from Glofox. Don't freeze them, "
            "remove them.",
            3,
        ),
        # a bulk refund asked as "is it ok to auto-refund ...?"
        ("Is it ok to auto-refund all 120 orders stuck in 'awaiting stock'?", 3),
        # a bot's plan over indented lines answered yes in a Slack copy
        (_PLAN_EXPORT.replace("REPLY", "go"), 3),
    ],
)
def test_akz_ald_t166_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_no_act_read_in_an_auto_refund_question_a_list_or_a_kettle() -> None:
    # (the learned scorer routes the first up; the rules read no refund asked for)
    assert turn_rules("How does auto-refund work for failed fulfilment in Shopify?").tier < 3
    assert turn_rules("Put the kettle back on 2.5 bar once it's cleaned.").tier < 3
    assert turn_rules("Remove every customer with a gmail address from the list below.").tier < 3
