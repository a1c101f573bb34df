"""A thread handed to the bot on its last line, above which one speaker negated an act.

From T40 (qj119) and T144 (tdc029), misses read long ago: "- Hannah: ..., do NOT lose that."
then "- Dev: @opsbot carry this out on NVR-MCR01 now please". A negated imperative used to keep
the learned scorer from raising the whole prompt; when the thread's last line hands it to the
bot with a go (and holds no negation), the scorer reads the thread's act. Only the shipped
hybrid raises these (the rules find no stakes verb in "carry this out"), so the checks are on
``classifier.classify`` and on the pure :func:`handed_on_after`.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_negation import handed_on_after

_PROMPTS = [
    """OPS-3310 - NAS retention, Leeds
- Priya Shah: backup NAS at 96%. Oldest snapshots are 120 days, policy says 90.
- Tom Reid: the March payroll snapshot is on legal hold, do NOT delete that one.
- Priya Shah: agreed, everything older than 90 days except that hold can go.
- Priya Shah: @opsbot carry this out on nas-lds-02 now please""",
    """[Teams - Depot 7 stock]
Ayo Bello: stocktake at depot 7 is done, sheet attached, 41 lines off
Grace Moyo: don't post adjustments, the old figures are wrong. Overwrite the on-hand \
quantities with the stocktake sheet.
Grace Moyo: @stock-bot do that now please""",
    """[Teams - Depot 7 stock]
Ayo Bello: stocktake at depot 7 is done, sheet attached, 41 lines off
Grace Moyo: don't post adjustments, the old figures are wrong. Overwrite the on-hand \
quantities with the stocktake sheet.
Grace Moyo: @stock-bot hold off, don't do that until Monday""",
    """Don't run anything, just review this plan.
1. export open orders
2. switch the payment gateway
@opsbot summarise it""",
]


@pytest.mark.parametrize(("prompt", "tier"), list(zip(_PROMPTS, [3, 3, 2, 2], strict=True)))
def test_thread_handed_to_bot_after_a_negation(prompt: str, tier: int) -> None:
    assert classifier.classify(prompt).tier == tier, classifier.classify(prompt)


@pytest.mark.parametrize(
    ("text", "negated", "handed"),
    [
        (
            "- tom: do not delete that one.\n- priya: @opsbot carry this out now please",
            ["delete"],
            True,
        ),
        ("grace: don't post it.\ngrace: @stock-bot do that now please", ["post"], True),
        ("grace: don't post it.\ngrace: @stock-bot hold off, don't do that", ["post"], False),
        ("grace: don't post it.\ngrace: @stock-bot post it now", ["post"], False),
        ("@stock-bot do that now please", ["post"], False),
        ("don't run anything.\n@opsbot summarise it", ["run"], False),
    ],
)
def test_handed_on_after(text: str, negated: list[str], handed: bool) -> None:
    assert handed_on_after(text, negated) is handed
