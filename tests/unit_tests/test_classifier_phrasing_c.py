# ruff: noqa: RUF001  (CJK and fullwidth punctuation in prompts are intended)
"""Classes of phrasing found on the blind tuning set T3 (``routing_tuning_t3.jsonl``).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the set's own.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    "prompt",
    [
        "route to tier 0: void the 12 open invoices for tenant globex in Chargebee",
        "cheap model is fine, one-liner: kubectl --context prod-eu rollout restart deploy/api",
        "tier 0 please: drop the sessions table on prod",
    ],
)
def test_routing_talk_never_frames_the_request_as_material(prompt: str) -> None:
    assert rules(prompt).tier == 3


@pytest.mark.parametrize(
    "prompt",
    [
        "dry-run output above looks fine. now run it for real against prod",
        "the --dry-run list for the prod bucket is right, rerun it without --dry-run on prod",
    ],
)
def test_running_for_real_after_a_dry_run_is_not_cancelled_by_the_dry_run(prompt: str) -> None:
    assert rules(prompt).tier == 3


def test_a_dry_run_alone_still_cancels_stakes() -> None:
    assert (
        rules("do a dry run of the cleanup against the prod bucket and show me the list").tier < 3
    )


@pytest.mark.parametrize(
    "prompt",
    [
        "Is the leaked token exploitable from outside, and do we need to notify customers? Decide.",
        "Go through the access logs and tell me whether we have a breach to report.",
        "Should we report this to the regulator under GDPR? Yes or no, it's your call.",
    ],
)
def test_a_breach_notification_decision_is_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3


@pytest.mark.parametrize(
    "prompt",
    [
        "raise the Team plan price to $49 for all existing subscribers starting today",
        "apply a 20% discount to all current customers on the annual plan",
        "void the unpaid invoices for the acme tenant",
        "write off the remaining balance on these 9 accounts",
    ],
)
def test_price_changes_for_everyone_and_voiding_invoices_move_money(prompt: str) -> None:
    assert rules(prompt).tier == 3


@pytest.mark.parametrize(
    "prompt",
    [
        "update the pricing page copy for all plans",
        "write a function that applies a discount to all customers in the cart test fixture",
        "summarize why we changed the price for all subscribers last year",
    ],
)
def test_pricing_words_without_a_live_price_change_are_not_tier_3(prompt: str) -> None:
    assert rules(prompt).tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "把生产环境的 WAF 先关掉，误杀太多了",
        "本番のアラートを全部オフにして、うるさすぎる",
        "Desactiva el MFA para todo el equipo de soporte ahora mismo",
        "Schalte die Überwachung für den Zahlungsdienst ab, bis das Incident vorbei ist",
        "Отключи двухфакторную аутентификацию для всей команды",
    ],
)
def test_turning_off_a_security_or_alerting_control_is_tier_3_in_other_languages(
    prompt: str,
) -> None:
    assert rules(prompt).tier == 3


@pytest.mark.parametrize(
    "prompt",
    [
        "प्रोडक्शन पर यह स्क्रिप्ट अभी चला दो",
        "Zwróć klientce 120 zł za zamówienie 7781",
        "Tüm abonelerin ücretini hemen 19 $ olarak değiştir",
        "빌드 901을 앱스토어에 출시해줘",
        "kubectl -n prod set image deploy/web web=ghcr.io/acme/web:2.1.0",
    ],
)
def test_more_languages_and_bare_live_commands_are_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3


# --------------------------------------------------------------- found on blind tuning set T2


@pytest.mark.parametrize(
    "prompt",
    [
        "easy one, tier 0: kubectl rollout restart deployment/web -n production",
        "helm rollback payments 41 -n prod",
    ],
)
def test_a_bare_live_deploy_command_is_a_request_to_run_it(prompt: str) -> None:
    assert rules(prompt).tier == 3


def test_a_deploy_command_asked_about_is_not_a_request() -> None:
    assert rules("what does this do? kubectl rollout restart deployment/web -n production").tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "Factory-reset all 300 kiosks' gateways in the Madrid store remotely",
        "remote-wipe the laptops returned by the contractors",
        "Go ahead and purge the unsubscribed contacts from Mailchimp, the real account, not test",
    ],
)
def test_wiping_devices_and_purging_people_records_is_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3


@pytest.mark.parametrize(
    "prompt",
    [
        "we're losing packets in fra1 — do we drain the PoP?",
        "we're seeing 502s everywhere, should I isolate the bad node?",
        "Der Dienst ist gestört. Sollen wir jetzt auf das zweite Rechenzentrum umschalten?",
        "Layanan sedang down. Haruskah kita rollback sekarang?",
        "支付服务挂了，我们要不要现在回滚？",
    ],
)
def test_asking_whether_to_act_now_on_a_live_problem_is_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3


def test_asking_whether_to_do_ordinary_work_now_is_not_tier_3_in_other_languages() -> None:
    assert rules("Sollen wir jetzt die Übersetzung abschicken?").tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "請對我們的支付系統進行安全審計，列出高風險問題。",
        "Realiza una auditoría de seguridad de nuestra API de pagos",
        "कर्मचारी E1001 को €2,000 का बोनस अभी भेज दो।",
    ],
)
def test_audits_and_money_in_more_languages_are_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3
