# ruff: noqa: RUF001  (fullwidth punctuation in CJK prompts is intended)
"""Classes of phrasing found on the retired blind set DC (a cloud gaming platform's SRE and
trust-and-safety teams), pinned with new prompts.

``rules`` runs the rules alone, ``classify`` the shipped hybrid; both must agree.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # banning or freezing real accounts, in English and in Chinese, Japanese, Korean
        ("Permanently ban the 14 accounts below for chargeback fraud.\n\nid\n77120\n77121", 3),
        ("冻结这些用户的账户，原因：刷单。", 3),
        ("このアカウントを凍結してください。不正ログインです。", 3),
        ("이 계정들 영구 정지해 주세요. 핵 사용이 확인됐습니다.", 3),
        ("总结一下为什么这些账号被封禁", 1),
        ("Write a function that bans users after three strikes.", 2),
        # a takedown pushed to every mirror or cache node is a fleet-wide act
        ("Push the DMCA takedown to all mirrors tonight.", 3),
        ("Purge the cached thumbnail from every edge node now.", 3),
        # a chat turn quoted after a bare label is the message itself
        ('chat follow-up: "yes, confirmed - roll the ban wave out to all regions"', 3),
        ('Translate this customer message to Spanish: "ban me, I quit"', 1),
        # "Summarize:" alone on the first line frames the text below it
        (
            "Summarize:\n\nHi team,\n\nMy payout of $2,100 has not arrived and I changed banks "
            "last week. Is that why? Do I need to do anything?\n\nThanks,\nSam",
            1,
        ),
    ],
)
def test_retired_set_dc(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier
