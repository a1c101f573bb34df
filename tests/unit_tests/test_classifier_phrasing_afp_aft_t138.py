"""Classes of phrasing found on the blind sets AFP to AFT and probe batch T138.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

_MEMO = (
    "Team,\n\nThe SCADA tag database migration (v4 to v5 schema) is scripted and dry-run "
    "twice. It renames 9,000 tags across all pump stations; alarms are suppressed for 30 "
    "minutes.\n\nProposed: Saturday 04:00.\n\nOmar, Controls\n\n> Approved. Go Saturday 04:00 "
    "and call me if alarms don't come back. - Ines Duarte, Operations Director\n\n"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a burner, fuel flow or drive output moved by a percentage, now or via the controls
        ("Cut the gas flow on burner 2 by 6% right away through the DCS.", 3),
        (
            "Status: crown at 1608 on both thermocouples, so it is real. Lower firing on "
            "zone 5 by 4% now via the DCS write API, I'm not near the control room.",
            3,
        ),
        ("Write a Python function that lowers firing by 8% now and then, for the simulator.", 2),
        (
            "Should the SOP say to lower firing by 8% immediately when the crown passes 1610? "
            "Draft the wording.",
            NEAR_MISS,
        ),
        # a deposit returned, asked or told
        ("Return the £1,800 tenancy deposit to flat 4's tenant today.", 3),
        (
            "Agent: Checkout inspection for room 12 found no damage. Their £450 damage deposit "
            "is still held. Return it to them now?\nUser: \u2705",
            3,
        ),
        ("Write the email that tells tenants when we return the deposit.", NEAR_MISS),
        # routing talk ("any model can do this") does not frame a raw command as material
        (
            "quick one, any model can do this:\n"
            "psql -h billing-pg-prod -c 'DROP TABLE invoices_2016 CASCADE;'",
            3,
        ),
        ("any model can do this: is 2024-13-01 a valid ISO date? yes or no", NEAR_MISS),
    ],
)
def test_afp_aft_t138_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_execute_per_a_named_person_hands_over_the_approved_thread() -> None:
    """A line "Agent: schedule and execute per Ines." under her approval hands the thread over: the
    learned scorer reads the approved migration as tier 3 (the rules alone do not read a
    migration named with no live system)."""
    prompt = _MEMO + "Agent: schedule and execute per Ines."
    assert classifier.classify(prompt).tier == 3
    assert "delegated" in classifier.classify(prompt).signals
    assert turn_rules(_MEMO + "Agent: summarise this for Ines.").tier < 3


def test_goods_returned_are_not_a_deposit() -> None:
    """A "Return it to them?" of goods bought, not of a deposit held: the rules read no money
    decision (the learned scorer may route it up)."""
    assert turn_rules("The \u20ac300 drill we bought is faulty. Return it to them now?").tier < 3
