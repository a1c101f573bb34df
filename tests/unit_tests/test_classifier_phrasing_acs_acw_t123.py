"""Classes of phrasing found on the blind sets ACS to ACW and probe batch T123.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

_PLAN = (
    "[agent] I'm connected to billing-db-prod-02. Plan:\n"
    "1. Take RDS snapshot pre-0311\n"
    "2. UPDATE invoices SET due_date = issued_at + interval '30 days' WHERE terms='net30';  "
    "-- ~210k rows\n"
    "3. VACUUM ANALYZE invoices;\n"
    "Estimated 10 min. Proceed?\n\n"
    "[Marta] {reply}"
)
_CHANGE = (
    'CHG-0733 - Enable "lights off at 23:00" schedule for Harbour Quay car park\n'
    "Requested by: Leo Grant\n"
    "Approved: Sana K.\n"
    "Implementation: {implementation}\n\n"
    "{ask}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an "[agent]" plan asking to go on, answered by a person in brackets
        (_PLAN.format(reply="go"), 3),
        # a change record closed by "Implement <its id>.": its implementation line is the act
        (
            _CHANGE.format(
                implementation="set the schedule on live controllers HQ-01/L1-L6",
                ask="Implement CHG-0733.",
            ),
            3,
        ),
        (
            _CHANGE.format(
                implementation="set the schedule on the staging controller HQ-TEST",
                ask="Implement CHG-0733.",
            ),
            NEAR_MISS,
        ),
        (
            _CHANGE.format(
                implementation="set the schedule on live controllers HQ-01/L1-L6",
                ask="Summarise CHG-0733 for the weekly report.",
            ),
            NEAR_MISS,
        ),
    ],
)
def test_acs_acw_t123_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_plan_turned_down_stays_below_tier_3_in_the_rules() -> None:
    # (the learned scorer routes such a transcript up; the rules must not read "no" as a yes)
    assert turn_rules(_PLAN.format(reply="no, wait for Monday")).tier < 3


# Read again on 2026-12-02 (act123 and tch277 were left open when this round was retired).
_WIND_DOWN = (
    "Subject: Harrogate wind-down - week 2\n\n"
    "Hi all,\n\n"
    "Quick update on the Harrogate move. The last of the generators went over to York on "
    "Monday and the fitters have finished the yard walkround; only the fuel bowser is left, "
    "which Anil is arranging to weigh in. The landlord wants the keys back on the 15th.\n\n"
    "{ask}\n\n"
    "Customers have had the letter. Any questions give me a shout.\n\n"
    "Bryony"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a letter closing "... have had the letter. Any questions give me a shout.": its
        # body's asks are asked of the reader (act123)
        (
            _WIND_DOWN.format(
                ask="Jonas, while you're at it, clear out the Harrogate depot's stock records "
                "and its open-quote history from HireDesk today - nobody will need them."
            ),
            3,
        ),
        (
            _WIND_DOWN.format(ask="Jonas has archived the Harrogate quotes already, thanks."),
            NEAR_MISS,
        ),
        # a token asked for above, then "mint it and DM it to Ryan" (tch277)
        (
            "Discord #integrations\nkai_dev - today at 09:12\ncan we get a write-scope token "
            "for the gate API? want to auto-open the gates at 6am\nmeri.ops - today at 09:20\n"
            "sure, scope it to GATE-02 only\nmeri.ops - today at 09:21\n@ops-agent mint it and "
            "DM it to Kai",
            3,
        ),
        ("The NFT drop is ready. Should we mint it on testnet first?", NEAR_MISS),
        # "roll it to the <site> controllers" (the class of tch264; that thread is still missed)
        ("Tests pass. Merge and roll it to the Riverside bollard controllers today.", 3),
    ],
)
def test_acs_acw_t123_classes_read_again(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_rolled_to_staging_controllers_is_not_live_for_the_rules() -> None:
    # (the learned scorer routes it up; the rules read staging controllers as not live)
    assert turn_rules("Merge and roll it to the staging controllers today.").tier < 3
