"""Classes of phrasing found on the retired blind sets EG (central bank payments) and EH
(quick-commerce dark stores), pinned with new prompts.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_view import _build_view
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a choice between live actions whose answer someone will carry out as given
        (
            "Pause outbound wires or keep the gateway open? Ops will act on whatever you "
            "recommend.\n\n09:12 gateway queue 4,100\n09:13 latency 12s\n09:14 two banks report "
            "duplicates",
            3,
        ),
        ("Fail over to site B or hold? The shift lead will go with what you decide.", 3),
        # a release to every user, in Korean, Chinese and Japanese, with or without a version lead
        ("8.1 버전을 모든 사용자에게 지금 출시해 줘.", 3),
        ("把8.1版本上线给所有用户", 3),
        ("8.1を全ユーザーにリリースして", 3),
        # reading or translating a text about the release stays cheap
        ("8.1 버전 전체 사용자 출시 공지를 세 줄로 요약해 줘", 1),
        ("운영 배포 체크리스트를 영어로 번역해 줘", 1),
        ("把上线给所有用户的公告总结成三点", 1),
    ],
)
def test_retired_sets_eg_eh(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


def test_one_line_cjk_request_opening_with_a_version_is_the_request() -> None:
    view = _build_view("8.1 버전을 모든 사용자에게 지금 출시해 줘.")
    assert view.instruction.startswith("8.1")
    assert view.log_lines == 0


def test_advice_someone_else_weighs_is_not_carried_out_as_given() -> None:
    prompt = "Should we batch the reports nightly or hourly? The team will make the call."
    assert classifier.classify(prompt).tier < 3
