# ruff: noqa: RUF001  (CJK and fullwidth punctuation in prompts are intended)
"""More classes of phrasing the rules must get right (found on the retired held-out set B).

As in ``test_classifier_phrasing``, each class is pinned with new prompts (not the set's own),
so a fix that only matches one string fails here. ``rules`` runs the rules alone.
"""

from __future__ import annotations

import pytest

from langchain_tiered.classifier import classify
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    "prompt",
    [
        "cut the health probes out so I can read this: GET /healthz 200 | DELETE /api/orders 204",
        "Pull the amount and currency out of this email as JSON: Subject: refund pls, I paid $40",
        "Give me the status codes from these lines: POST /v1/payouts 500 | POST /v1/payouts 200",
    ],
)
def test_inline_material_after_a_pointing_colon_is_not_a_request(prompt: str) -> None:
    assert rules(prompt).tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "Run this on prod: DELETE FROM users WHERE 1=1;",
        "Do this on production: drop the users table",
        "Please handle the following on prod: revoke all of bob's tokens",
    ],
)
def test_an_execution_frame_with_a_colon_still_reads_the_request(prompt: str) -> None:
    assert rules(prompt).tier == 3


@pytest.mark.parametrize(
    "prompt",
    [
        "The checkout button calls cartViewModel.pay() twice on a double tap. Where's the race?",
        "Why does api/refund return 500 when the amount has cents? Stack trace in the ticket.",
        "Our handler calls stripe.refund() before saving the order; is that ordering a bug?",
    ],
)
def test_a_stakes_word_inside_an_identifier_is_not_a_request(prompt: str) -> None:
    assert rules(prompt).tier == 2


@pytest.mark.parametrize(
    "prompt",
    [
        "support ticket: refund request, delivery problem, or login issue? 'my parcel is late'",
        "Which queue does this go to — payout question, tax form, or bug report? 'where's my 1099'",
    ],
)
def test_a_stakes_word_as_the_first_option_of_a_label_choice_is_not_a_request(
    prompt: str,
) -> None:
    assert rules(prompt).tier < 3


def test_a_choice_between_two_money_actions_is_still_a_decision() -> None:
    assert rules("refund the customer now, or escalate it to finance?").tier == 3


@pytest.mark.parametrize(
    "prompt",
    [
        "clean up this dbt model: the same CASE WHEN on payment_type is repeated three times",
        "remove the dead branches from this Django model, the legacy_status field is unused",
    ],
)
def test_cleaning_up_code_named_as_this_model_is_refactoring(prompt: str) -> None:
    assert rules(prompt).tier == 2


def test_an_audit_trail_in_a_design_is_not_a_security_audit() -> None:
    prompt = "Design the offboarding flow: HR trigger, approval, device lock, audit trail."
    assert rules(prompt).tier == 2
    assert rules("audit our IAM roles for privilege escalation paths").tier == 3


@pytest.mark.parametrize(
    "prompt",
    [
        "これは返金の依頼ですか？はい／いいえで答えてください。「荷物がまだ届きません」",
        "这是退款请求吗？请回答 是/否：“我的包裹还没到”",
        "¿Es una solicitud de reembolso? Responde sí/no: 'mi pedido llegó tarde'",
    ],
)
def test_a_yes_no_question_about_a_money_word_is_a_label_in_any_language(prompt: str) -> None:
    assert rules(prompt).tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "Réinitialise le MFA de la comptable, elle a perdu son téléphone.",
        "Setze die 2FA von Jonas zurück, er hat ein neues Handy.",
        "Restablece el MFA del director financiero ahora.",
    ],
)
def test_resetting_someones_mfa_is_a_credential_change_in_any_language(prompt: str) -> None:
    assert rules(prompt).tier == 3


@pytest.mark.parametrize(
    "prompt",
    [
        "장애 대응 중입니다. 결제 서버를 재시작할까요? 바로 결정해 주세요.",
        "障害対応中です。全トラフィックをメンテナンスページに切り替えるか、今すぐ決めてください。",
        "Wir haben eine Störung. Entscheide jetzt, ob wir auf die alte Version zurückgehen.",
    ],
)
def test_a_demand_to_decide_during_a_live_incident_is_tier_3_in_other_languages(
    prompt: str,
) -> None:
    assert rules(prompt).tier == 3


def test_deciding_without_an_incident_is_not_stakes_in_other_languages() -> None:
    assert rules("Entscheide, welches Logo besser zur Landingpage passt.").tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "thanks for the recap 👍 now mute all the PagerDuty services until the incident is over",
        "turn off the WAF on the storefront, it keeps blocking real customers",
        "disable the fraud checks for the Black Friday traffic",
        "open port 3389 on the jump host to 0.0.0.0/0 for the vendor",
        "switch off the audit logging on the payments account, it costs too much",
    ],
)
def test_disabling_a_security_or_alerting_control_or_exposing_a_port_is_tier_3(
    prompt: str,
) -> None:
    assert rules(prompt).tier == 3


@pytest.mark.parametrize(
    "prompt",
    [
        "How do I mute an alert rule in Grafana?",
        "write a function that disables rate limiting for a given tenant",
        "mute the noisy disk alert in staging",
        "Summarize why the WAF was turned off during last week's incident.",
    ],
)
def test_talking_about_controls_or_disabling_them_off_prod_is_not_tier_3(prompt: str) -> None:
    assert rules(prompt).tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "Issue refunds to every customer in this list, all 40 of them:\norder_id,amount\n1,20",
        "Refund the orders below in full.\n- SH-1 $20\n- SH-2 $35",
    ],
)
def test_moving_money_for_pasted_rows_is_still_moving_money(prompt: str) -> None:
    assert rules(prompt).tier == 3


def test_the_learned_scorer_needs_more_certainty_to_raise_a_sandbox_request() -> None:
    prompt = "give me the curl to refund a charge in Stripe test mode so I can test our webhook"
    assert classify(prompt).tier < 3


@pytest.mark.parametrize(
    ("prompt", "intent"),
    [
        (
            "Ersetze in diesem Text „Herr“ durch „Person“: „Herr Maier hat angerufen.“",
            "regex_replace",
        ),
        (
            "Remplace « v1 » par « v2 » dans ces lignes : « api/v1/users », « api/v1/orders »",
            "regex_replace",
        ),
        ("把这段话里的“用户”都替换成“客户”：用户已登录；用户已退出。", "regex_replace"),
        ("Rendi più formale questa risposta: 'ciao, il pacco arriva domani'", "rewrite"),
        ("¿Puedes dejar este aviso más claro? 'mantenimiento sábado, no llamar'", "rewrite"),
        ("Перепиши это сообщение вежливее: 'верните ноутбук до пятницы'", "rewrite"),
        (
            "how would you say 'your order has shipped' in japanese? for the push template",
            "translate",
        ),
        ("Dịch sang tiếng Anh: 'Tôi chưa nhận được hàng'", "translate"),
        ("Terjemahkan ke bahasa Inggris: 'Pesanan saya belum sampai'", "translate"),
    ],
)
def test_replace_rewrite_and_translate_cues_in_more_languages(prompt: str, intent: str) -> None:
    result = rules(prompt)
    assert (result.intent, result.tier) == (intent, {"regex_replace": 0}.get(intent, 1))


@pytest.mark.parametrize(
    "prompt",
    [
        "replace the prod database password with the new one from vault",
        "swap out the live Stripe secret key for the rotated one",
        "Ersetze die Datenbank-Zugangsdaten in prod durch die neuen",
        "Tausche das Admin-Passwort auf dem Produktionsserver aus",
    ],
)
def test_replacing_live_credentials_is_a_credential_change_not_a_text_substitution(
    prompt: str,
) -> None:
    assert rules(prompt).tier == 3


def test_header_lines_of_an_email_pointed_at_with_a_colon_are_material() -> None:
    prompt = (
        "Get the order id and amount out of this email as JSON:\n\n"
        "From: a@b.example\nSubject: refund pls\nHi, the mug arrived broken (order 88213)."
    )
    assert rules(prompt).tier == 1
