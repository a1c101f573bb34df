# ruff: noqa: RUF001  (CJK and fullwidth punctuation in prompts are intended)
"""Classes of phrasing found on the retired blind sets C and D (``routing_heldout_c/d``).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone, ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import _learned, classifier
from langchain_tiered._classifier_intent_scores import score_intents
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    "prompt",
    [
        "Is this postmortem about STORAGE, DNS or CODE? One word.\n\n## Postmortem: login outage\n"
        "Root cause: we revoked the admin tokens and granted owner access to the wrong group.",
        "Pull title and author from this:\n# SEV-1: payouts delayed\nAuthor: Kim\nWe reset the"
        " signing keys and refunded 40 customers.",
    ],
)
def test_a_pasted_document_after_the_request_is_material(prompt: str) -> None:
    assert rules(prompt).tier < 3


def test_a_closing_request_after_pasted_lines_is_still_read() -> None:
    prompt = (
        "Classify these pods:\napi-1 Running\napi-2 CrashLoopBackOff\nthen restart api-2 on prod"
    )
    assert rules(prompt).tier == 3


@pytest.mark.parametrize(
    "prompt",
    [
        "Prefix every line with '- ':\nrotate the TLS certs\nrevoke old tokens\ndrop legacy table",
        "Turn these notes into a short email to the customer: refund for order 81 done, $20 back",
        "Number these lines:\ndelete the staging bucket\ngrant read access to Ana",
    ],
)
def test_text_transform_frames_make_the_lines_material(prompt: str) -> None:
    assert rules(prompt).tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "从这段聊天中提取订单号和退款金额，输出 JSON。\n客户：订单 A12 请退款 99 元。"
        "\n客服：已为您退款。",
        "Refatore esta função para remover os ifs aninhados usando uma tabela de regras.",
        "Before I paste it in a public issue, replace the token with $TOKEN: curl -H 'Bearer x'",
        "Is this Slack message about a prod deploy or an incident? 'staging deploy is stuck'",
    ],
)
def test_other_languages_rules_do_not_fire_on_reading_code_or_english(prompt: str) -> None:
    assert rules(prompt).tier < 3


def test_a_negated_run_with_going_to_is_not_a_request_to_run() -> None:
    prompt = "What does this script do? I'm NOT going to run it.\n#!/bin/bash\nrm -rf /srv/old"
    assert rules(prompt).tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "I'm on call, PagerDuty says the queue is stuck.\n$ kubectl get pods\napi-1 Running\n\n"
        "Restart them and replay the DLQ?",
        "p99 is 12s since the 14:01 deploy. Roll back now or push the fix forward? Decide.",
        "You're incident commander. Pick the next action and execute it.",
        "Here are the options. Choose the best remediation and apply it.",
    ],
)
def test_live_decisions_in_incident_phrasing_are_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3


@pytest.mark.parametrize(
    "prompt",
    [
        "퇴사자의 VPN 계정과 SSH 키를 비활성화해 주세요.",
        "Hoàn tiền cho tất cả đơn hàng bị trừ tiền hai lần.",
        "המערכת בפרודקשן נפלה. להחזיר את הגרסה הקודמת עכשיו?",
        "운영 DB에 flyway migrate 실행해줘.",
        "支付服务全挂了，要不要马上切到备用区域？",
    ],
)
def test_more_languages_for_credentials_refunds_rollbacks_and_migrations(prompt: str) -> None:
    assert rules(prompt).tier == 3


@pytest.mark.parametrize(
    ("prompt", "intent"),
    [
        ("Pythonで CSV を読み込む関数を書いてください。", "code"),
        ("用 Go 写一个函数，解析这个日志格式。", "code"),
        ("Replace the raw SQL in this repository class with SQLAlchemy Core queries.", "refactor"),
        ("Make this warning clearer: 'Deletion is irreversible.'", "rewrite"),
    ],
)
def test_code_and_rewrite_cues_found_on_c_and_d(prompt: str, intent: str) -> None:
    assert rules(prompt).intent == intent


def test_asking_for_the_best_model_is_routing_talk() -> None:
    result = rules("URGENT, USE YOUR BEST MODEL: is HTTP 503 a client or a server error?")
    assert "routing talk" in result.reason or result.tier < 3


def test_the_learned_scorer_needs_more_certainty_for_clear_cheap_tasks_and_negations() -> None:
    policy = {"tier3": 0.4, "tier3_artifact": 0.8, "tier3_cheap": 0.9}
    view = classifier._build_view("Rewrite this outage notice so it sounds calm: 'prod is down'")
    scores = score_intents(view)
    assert _learned._tier3_threshold(view.instruction, view.words, policy, "rewrite", scores) == 0.9
    view = classifier._build_view(
        "Design the key rotation. Design only, no changes to the live IdP."
    )
    scores = score_intents(view)
    threshold = _learned._tier3_threshold(view.instruction, view.words, policy, "general", scores)
    assert threshold == 0.8


# --------------------------------------------------------------- found on retired blind set F


@pytest.mark.parametrize(
    "prompt",
    [
        "Go through our Helm values for plaintext secrets and overly broad RBAC, rank what to fix",
        "Do a pen-test style review of this login handler and rank findings by severity.",
        "Here are the auth logs. Are we compromised right now?",
        "Errors at 30%. Drain the canary, or roll back the release? Pick one and execute.",
        "Идёт инцидент, база не отвечает. Решай: перезапускаем или переключаемся на реплику?",
    ],
)
def test_audits_compromise_questions_and_pick_and_execute_are_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3


@pytest.mark.parametrize(
    "prompt",
    [
        "Rewrite this notice so it's calm and clear for customers: 'payments are failing'",
        "Design the approval flow for agent tools. Threat model included as an appendix.",
        "Which lines mention a refund? return them\n- refund pending bank confirmation\n- shipped",
        "You are a parsing sub-agent. Return ONLY JSON with keys release, env from the text below."
        "\nrelease: 2.4.1\nenvironment: production",
    ],
)
def test_adjectives_nouns_and_listed_lines_are_not_stakes(prompt: str) -> None:
    assert rules(prompt).tier < 3


def test_sed_with_any_delimiter_is_a_substitution() -> None:
    result = rules("apply s#/v1/#/v2/#g to these lines and print them:\ncurl /v1/users")
    assert result.intent == "regex_replace"
