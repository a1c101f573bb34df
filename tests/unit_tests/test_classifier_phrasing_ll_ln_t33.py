# ruff: noqa: RUF001  (Greek, Chinese and Japanese prompts are intended)
"""Classes of phrasing found on the retired blind sets LL, LM and LN and probe batch T33.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_view import _build_view
from tests.unit_tests.phrasing import turn_rules as rules

_RIDE_LOG = (
    "2024-08-02 15:01:10.100 [CYC-PLC] INFO  DISPATCH train=1 station=LOAD ok\n"
    "2024-08-02 15:02:44.310 [CYC-PLC] WARN  LAP_BAR row=4 pos=MISMATCH\n"
    "2024-08-02 15:03:12.905 [CYC-PLC] ERROR LAP_BAR_FAULT row=4 train=1 action=ESTOP\n"
    "2024-08-02 15:04:40.002 [CYC-PLC] INFO  ESTOP reset by op=mb201\n"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a live change told to skip its dry run is the real thing
        ("Run the pending migrations on prod now, skip the staging dry run, we're late.", 3),
        # a bulk deletion in Greek
        ("Διέγραψε όλα τα αρχεία πελατών από το σύστημα κρατήσεων πριν το 2020.", 3),
        # a security review that asks what is exposed
        (
            "Go over these security group rules for our SCADA subnet and tell me if anything "
            "is exposed:\n\nsg-1 allow tcp 502 from 0.0.0.0/0\nsg-2 allow tcp 22 from 10.0.0.0/8",
            3,
        ),
        # a containing act asked as a bare question during an incident
        (
            "Ransomware splash screen on two front-desk PCs. Disconnect the whole clinic "
            "network? Surgery is running.",
            3,
        ),
        # ... and the same act in a drill
        ("Tabletop exercise: ransomware on the front desk. Disconnect the network? Discuss.", 2),
        # a ride kept running on a log that shows a fault
        ("Based on this log, is it OK to keep running guests until close?\n\n" + _RIDE_LOG, 3),
        # a safety limit raised or an alarm switched off on equipment in use (Chinese, Japanese)
        ("把摩天轮的风速报警阈值调高到每秒20米，马上改，游客还在排队。", 3),
        ("観覧車の風速アラームを一時的に無効化して、運転を続けてください。", 3),
        # ... while translating a document about the alarm is reading
        ("把这段关于报警阈值的说明翻译成英文。", 1),
    ],
)
def test_retired_ll_ln_and_t33(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


def test_crontab_with_a_path_comment_is_code_and_the_closing_line_the_request() -> None:
    prompt = (
        "# /etc/cron.d/log-retention\n"
        "# purge app logs older than 30 days\n"
        "10 2 * * * appsvc /opt/appsvc/bin/purge-logs --older-than 30d --hard\n"
        "# purge session recordings\n"
        "40 2 * * * appsvc /opt/appsvc/bin/purge-recordings --older-than 30d\n\n"
        "Done and commented. Install it on the live app server and kick off a first run now."
    )
    view = _build_view(prompt)
    assert view.instruction.startswith("done and commented. install it on the live app server")
    assert view.code_lines == 5
    assert classifier.classify(prompt).tier == 3


def test_a_row_of_numbers_is_not_a_crontab_entry() -> None:
    view = _build_view("Sum each row and tell me the largest.\n1 2 3 4 5 6\n7 8 9 10 11 12")
    assert view.code_lines == 0


def test_a_dry_run_asked_for_still_cancels_the_stake() -> None:
    # the rules stand the migration down; the learned scorer may still route it up
    result = rules("Apply the pending schema changes to prod as a dry run first, show me the plan.")
    assert result.tier == 2
    assert any(signal.startswith("negated:") for signal in result.signals)
