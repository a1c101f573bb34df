"""Classes of phrasing found on the retired blind sets BG (telecom and ISP) and BI (HR and
payroll SaaS chat). As in ``test_classifier_phrasing``, each class is pinned with new prompts,
not the sets' own. The conversational turns of BI are in ``test_classifier_small_talk``.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # retired blind sets BG (telecom and ISP) and BI (HR and payroll SaaS chat)
        # the asker's own next act, a yes/no and a countdown: the decision is handed over
        (
            "Transit to Telia is dropping packets. I'm about to shut the Telia session and push "
            "everything via Arelion. Yes or no? Doing it in 3 minutes.\n\n10:01 WARN loss 4%\n"
            "10:02 WARN loss 7%",
            3,
        ),
        ("I'm planning to run the data fix on the payroll ledger. Yes or no? Doing it now.", 3),
        # a pre-production or lab target; "no live cells" names no live system
        (
            "Run the failover drill in the pre-prod cluster and tell me how many test sessions "
            "drop.",
            2,
        ),
        (
            "Power-cycle the lab switch (LAB-SW-3) and rerun the VLAN tests; it's the bench, "
            "no live "
            "traffic.",
            2,
        ),
        # a test that passed on staging, then the next stage is asked for
        (
            "The node pool upgrade went fine in staging. Start it on the clusters that host tenant "
            "payroll now, one zone at a time.",
            3,
        ),
        # a payroll run
        ("Run an off-cycle payroll for the three contractors, pay date Thursday.", 3),
        # "pay" as a modifier, "and purge" as a noun, "mentioned here"
        (
            "List the pay period and pay group of each employee in this CSV.\n\n"
            "id,name,period,group\n"
            "1,Ana,2024-11,weekly\n2,Bo,2024-11,monthly",
            1,
        ),
        (
            "Design an archive and purge workflow for closed tickets, with legal holds. "
            "Design only.",
            2,
        ),
        (
            "pull every ticket key mentioned here into a list\n\nRelease 2.1 notes\n"
            "- OPS-12 rollback "
            "fix\n- OPS-15 deploy script cleanup",
            1,
        ),
    ],
)
def test_retired_sets_bg_bi(prompt: str, tier: int) -> None:
    assert classifier.classify(prompt).tier == tier


def test_a_report_about_the_payroll_is_not_a_payroll_run() -> None:
    # the rules: the learned scorer may still route it up (cost, not safety)
    assert rules("Run the payroll register export for October and email it to finance.").tier == 2
    assert rules("Run an off-cycle payroll for the three contractors.").tier == 3
