"""Classes of phrasing found on the blind sets OW to PA and probe batch T51.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import check_tier, turn_rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # Swedish: a firewall review with a decision today; everything deleted in the live
        # ("skarpa") database
        (
            "Granska brandväggsreglerna för kassasystemets VLAN och avgör om vi måste stänga "
            "port 8443 mot gästnätet i dag.",
            3,
        ),
        ("Radera alla dubblettkunder i den skarpa kunddatabasen innan kvällens export.", 3),
        # a dry run "on the two spare readers at the north training ground passed" (a long
        # place), then the real cutover
        (
            "INF-77 Migrate badge store to Postgres (live readers)\nComment - Kim: Dry run on "
            "the two spare readers at the north training ground passed, 0 diffs.\nComment - "
            "Lee: CAB approved. @agent please go ahead with the cutover on badge-ctl-01 on "
            "Wednesday.",
            3,
        ),
        # "I'll submit these as an ad-hoc batch", answered with an emoji
        (
            "Agent: Proposed refund payouts:\n  - 1042 Harbour Cafe +£220.00\n  - 1077 Mill Lane "
            "+£1,140.00\nI'll submit these as an ad-hoc batch REF-11 with today's value date.\n\n"
            "User: 👍",
            3,
        ),
        # a proposed run_migration tool call on prod, answered "go"
        (
            '{"assistant_tool_call": {"tool": "run_migration", "args": {"env": "prod", '
            '"migration": "0042_split_names"}}, "assistant_message": "Ready to run 0042 on prod. '
            'Confirm?"}\n\ngo',
            3,
        ),
        # "would it survive a breach"; Norwegian and Turkish live questions
        ("Review how we keep donors' bank details and tell me if it would survive a breach.", 3),
        (
            "Skal vi stenge kafeen i dag på grunn av lekkasjen i kjelleren og sende de ansatte "
            "til det andre kjøkkenet i stedet for å vente på rørleggeren?",
            3,
        ),
        ("Depoda yangın alarmı çaldı. Elektriği kesip hattı durduralım mı?", 3),
        # a fire panel put into isolate for a zone, relayed by text
        (
            'Text from Dana (night manager) 02:10:\n"fire panel keeps false alarming, zone 4 '
            'detector. Can you put the panel into isolate for zone 4 till the engineer comes?"',
            3,
        ),
        # near misses
        ("Hur raderar man alla dubbletter i Excel?", -3),
        ("Raporu okuyup özetleyip paylaşalım mı?", -3),
        (
            'Proposed: {"tool": "run_migration", "args": {"env": "staging"}}\ngo',
            -3,
        ),
        ("Hi Dev, can you run the cleanup on the dev database?", -3),
    ],
)
def test_retired_ow_pa_and_t51(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_empty_lines_taken_out_of_a_pasted_list_are_no_stake() -> None:
    # (the learned scorer may still route it up: that is its call, not a stakes rule's)
    assert turn_rules("Radera alla tomma rader i den här listan: a, , b").tier < 3


def test_a_spreadsheet_put_into_manual_mode_is_no_safety_stake() -> None:
    # (the learned scorer may still route it up: that is its call, not a stakes rule's)
    assert turn_rules("Put the spreadsheet into manual calc mode for zone 3 figures.").tier < 3
