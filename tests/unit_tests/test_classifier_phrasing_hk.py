"""Classes of phrasing found on the retired blind set HK.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the set's own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_chat_export import looks_like_export, normalize_export
from tests.unit_tests.phrasing import turn_rules as rules

#: A Slack copy whose lines open "Name (Role) HH:MM — message", no comma before the time.
_THREAD = (
    "Thread from #privacy:\n\n"
    "Ana (Privacy) 10:02 — deletion request from customer K-4410, identity checked\n"
    "Tom (Support) 10:05 — he has a web account, 5 orders and saved cards\n"
    "Ana 10:07 — keep the invoices for the tax rule, the rest can go\n"
    "Tom 10:09 — @assistant go ahead and wipe his account and saved cards from the shop"
)


def test_speaker_time_dash_lines_read_as_an_export() -> None:
    assert looks_like_export(_THREAD)
    assert "[10:09] Tom: @assistant go ahead" in normalize_export(_THREAD)
    # a schedule with hyphens is not a chat
    schedule = "Plan for Monday:\nStandup 09:00 - room 2\nReview 10:00 - room 3"
    assert normalize_export(schedule) == schedule


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # the last speaker asks the assistant to act: the act decides
        (_THREAD, 3),
        # the same thread asked to be summarised is a read
        (_THREAD.replace("Thread from #privacy:", "Summarise this thread for the DPO log:"), 1),
    ],
)
def test_retired_set_hk(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier
