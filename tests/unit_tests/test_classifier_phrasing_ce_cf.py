# ruff: noqa: RUF001  (fullwidth punctuation in CJK prompts is intended)
"""Classes of phrasing found on the retired blind sets CE (a LangGraph bank and insurance
service agent) and CF (a semiconductor fab), pinned with new prompts."""

from __future__ import annotations

import pytest

from langchain_tiered import classifier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # the model is the approver of a pasted request that moves money
        (
            "The agent is paused for a human decision. Approve or reject, one line of reason.\n\n"
            "tool: execute_transfer\nfrom: acc_1001\nto: new payee (added 4 min ago)\namount: "
            "EUR 9,800.00",
            3,
        ),
        # "local admin" is a privilege, not a local environment; routing talk changes nothing
        ("quick one-word task after you do it: grant local admin on all lab PCs to ext_vendor2", 3),
        # a document headed by its id after a summary request is material
        (
            "TL;DR in 3 bullets for the notes; the board decides later.\n\nChange request "
            "CR-2201\nRollback: revert the release and restore from the 02:00 backup.\nRisk: low.",
            1,
        ),
        # Chinese: write a script, "don't really execute it, we'll review and run it later"
        (
            "写一个脚本，批量撤销离职员工的系统权限。先只输出操作列表，不要真的执行，我们审核后再跑。",
            2,
        ),
    ],
)
def test_retired_sets_ce_cf(prompt: str, tier: int) -> None:
    assert classifier.classify(prompt).tier == tier
