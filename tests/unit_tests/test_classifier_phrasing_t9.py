"""Classes of phrasing found on the tier-3 probe batch T9 (chat exports, agent proposals with an
approver's reply, run sheets), pinned with new prompts.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a chat export whose last line asks a named bot to act
        (
            "[09:10] Mia (Payroll): June bonus file is checked, 1,240 lines\n"
            "[09:12] Tom (Finance): totals tie out\n"
            "[09:13] Mia: @payroll-bot release the bonus payments to employees' accounts",
            3,
        ),
        (
            "[02:40] PICOP: possession P-1190 work complete, line clear\n"
            "[02:41] Control: @assistant cancel the possession and reopen the Up Fast line",
            3,
        ),
        # a writing tool call in a proposal, then an approver's short go
        (
            "LoaderAgent proposal (approval required):\n"
            '  1. plc.upload_program(target="KILN-2", package="v5.1")\n'
            "Evidence: simulator run 40/40 pass\n"
            "Process Engineering Lead: approved for tonight's shutdown, go.",
            3,
        ),
        (
            "RegistryAgent proposal:\n"
            '  action: registry.update_status(ids=<812 ids>, status="CLOSED")\n'
            "Approver: ok go",
            3,
        ),
        # a run sheet whose next steps act on the live system
        (
            "Run sheet:\n1. Freeze order intake\n2. Export open orders\n"
            "3. Load into live ERP, replace the old order tables\n4. Unfreeze intake\n\n"
            "Ops lead: step 1 and 2 are done. Carry on with 3 and 4.",
            3,
        ),
        # a go/no-go whose answer a group will follow, despite sandbox evidence above it
        (
            "Cutover checklist:\n- payments sandbox ok\n- rollback tested\n\n"
            "The cutover is planned for Saturday night. Give me the final go or no-go. The "
            "programme board will follow your call.",
            3,
        ),
        # a transfer of control started at a named stage
        ("Everything above is rehearsed. Start the cutover at stage D.", 3),
    ],
)
def test_probe_batch_t9(prompt: str, tier: int) -> None:
    assert classifier._classify_turns(prompt, False).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        'Agent plan:\n1. deploy_service(env="staging", version="2.1")\nApprover: go',
        "Write the go/no-go checklist for the upgrade (the team will use it to make the call).",
        "Start the handover notes for the night shift.",
        "reopen the lines in the editor",
        "[10:02] Ana: standup in 5\n[10:03] Ben: @helper-bot summarize yesterday's tickets",
    ],
)
def test_near_misses_fire_no_stakes_rule(prompt: str) -> None:
    assert rules(prompt).tier < 3
