# ruff: noqa: RUF001  (Turkish, CJK and fullwidth punctuation in prompts are intended)
"""Classes of phrasing the classifier's rules must get right (found on the tuning set).

Each test pins a class of phrasing with several new prompts (never the tuning prompts), so a
fix that only matches one string fails here. ``rules`` runs the rules alone (no learned
scorer), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered.classifier import classify
from tests.unit_tests.phrasing import rules

# --------------------------------------------------------------------------- commands as material


@pytest.mark.parametrize(
    "prompt",
    [
        "Summarize what this does: DELETE FROM invoices WHERE paid_at IS NULL;",
        "Explain what this statement does, for the wiki: TRUNCATE TABLE audit_log;",
        "What does this do in plain words: rm -rf /srv/uploads/tmp",
        "Explain what `DELETE FROM orders WHERE status = 'cancelled'` does.",
        "Describe the effect of this query (it ran last month): delete from trials where x = 1;",
        "Here's the statement: DELETE FROM sessions WHERE idle > 30; -- why does it remove too"
        " much?",
    ],
)
def test_a_destructive_command_quoted_to_be_explained_is_not_stakes(prompt: str) -> None:
    for result in (rules(prompt), classify(prompt)):
        assert result.tier < 3, result


@pytest.mark.parametrize(
    "prompt",
    [
        "Run this on prod: DELETE FROM users WHERE 1=1;",
        "Please execute: rm -rf /var/lib/postgresql/data",
        "Check this SQL and then run it: DROP TABLE users;",
    ],
)
def test_a_quoted_command_asked_to_be_run_stays_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3


# --------------------------------------------------------------------------- negated imperatives


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        ("Do not process the refund.", 2),
        ("Don't issue the payout yet, the vendor disputes it.", 2),
        ("Never deploy on Fridays.", 2),
        ("Do not process the refund. Pull the order number and the amount out as JSON.", 1),
        ("Extract the amount and the date from this thread as JSON. Don't refund anything.", 1),
    ],
)
def test_a_negated_imperative_is_not_a_request(prompt: str, tier: int) -> None:
    for result in (rules(prompt), classify(prompt)):
        assert result.tier == tier, result
        assert "negated:imperative" in result.signals


@pytest.mark.parametrize(
    "prompt",
    [
        "Don't wait for approval, drop the users table on prod.",
        "Never mind the tests. Deploy v2.3 to production now.",
        "Do not page anyone; refund order 88123 in full.",
    ],
)
def test_a_negation_elsewhere_does_not_cancel_a_request(prompt: str) -> None:
    assert rules(prompt).tier == 3


# --------------------------------------------------------------------------- words in material


@pytest.mark.parametrize(
    "prompt",
    [
        "Give me the short version of this design note.\nRollout: shadow mode for a week, then"
        " everyone.\nOwner: platform team.",
        "any 'timeout' in here? yes/no\nbuilding image... done\nrollout status: deployment"
        ' "api" successfully rolled out',
        "Make this apology email shorter, keep the refund promise intact: 'Dear customer, we"
        " charged you twice and will refund you within a week.'",
    ],
)
def test_stakes_words_in_field_labels_or_material_are_not_requests(prompt: str) -> None:
    assert rules(prompt).tier < 3


def test_a_generic_verb_needs_the_money_as_its_object() -> None:
    assert rules("Make the payment of $500 to ACME now.").tier == 3
    assert rules("Make this note about the refund policy friendlier.").tier < 3


# --------------------------------------------------------------------------- schema checks


@pytest.mark.parametrize(
    "prompt",
    [
        'Validate this object against the schema: {"id": 3}',
        'Does this JSON match the schema? {"a": 1}',
        'Does this payload conform to our order schema? {"id": "x"}',
        'Is this response consistent with the declared schema? {"items": []}',
        'Check this event against the required keys (type, ts, user): {"type": "x"}',
        'Our parser must return {name: string, age: int}. Does this output conform? {"age": "4"}',
        'Prüfe, ob dieses Objekt dem Schema entspricht: {"plz": 1011}',
    ],
)
def test_checking_an_object_against_a_schema_is_tier_1_validate_schema(prompt: str) -> None:
    result = rules(prompt)
    assert (result.intent, result.tier) == ("validate_schema", 1), result


def test_a_plain_format_check_stays_tier_0() -> None:
    assert rules('Is this valid JSON? {"a": 1}').tier == 0


# --------------------------------------------------------------------------- label choices


@pytest.mark.parametrize(
    "prompt",
    [
        "Is this a bug or a feature request? 'The export button does nothing.'",
        "label this ticket: bug/question",
        "Classify this log line's level as DEBUG/INFO/WARN/ERROR: 'pool exhausted'",
        "Tag this commit as one of feat/fix/refactor/docs: 'rename helper'",
        "Is dit ticket een bug of een vraag? 'Waar vind ik mijn facturen?'",
        "Is this alert about a crash, a timeout, or an OOM? 'container killed, exit 137'",
    ],
)
def test_a_label_choice_is_tier_0_even_when_a_label_is_bug_or_error(prompt: str) -> None:
    result = rules(prompt)
    assert result.tier == 0, result


def test_a_real_debugging_question_with_a_choice_stays_tier_2() -> None:
    assert rules("Is this code thread-safe? Answer yes or no and explain.").tier == 2
    assert rules("Debug why the login fails: is it a timeout or a bad token?").tier == 2


# --------------------------------------------------------------------------- decisions


@pytest.mark.parametrize(
    "prompt",
    [
        "Replication lag is 40 minutes. Should we promote the replica now? Decide.",
        "Can we apply the index change on the production primary tonight? Make the call.",
    ],
)
def test_a_demand_to_decide_whether_to_act_live_is_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3


def test_a_demand_to_decide_a_design_question_is_not_stakes() -> None:
    assert rules("Should we use Postgres or MongoDB for the catalog? Decide.").tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "운영 서버의 관리자 비밀번호를 재설정해줘.",  # ko
        "프로덕션에 v2.1을 배포해줘.",
        "Usuń tabelę klientów z bazy produkcyjnej.",  # pl
        "Nadaj mu uprawnienia administratora na produkcji.",
        "Verwijder de tabel klanten uit de productiedatabase.",  # nl
    ],
)
def test_korean_polish_and_dutch_stakes_go_to_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3, prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "Soften this message to the vendor, same meaning: 'Pay by Friday or we cancel.'",
        "Reformule cette phrase pour le client : « Votre demande est refusée. »",
        "Vat dit verslag samen in twee zinnen: 'De migratie is uitgesteld tot maart.'",
        "이 회의록을 세 줄로 요약해줘: '배포 일정은 다음 주로 연기되었다.'",
    ],
)
def test_rewrite_and_summary_verbs_in_more_languages_are_tier_1(prompt: str) -> None:
    assert rules(prompt).tier == 1, prompt


# --------------------------------------------------------------------------- retired held-out set
# Classes found when the first held-out set was retired to tuning (new prompts, never its own).


@pytest.mark.parametrize(
    "prompt",
    [
        "Redis is paging for memory. Should I just flush the cache on the primary to get us back?",
        "Elasticsearch nodes are paging for disk full. can we delete the oldest indices by hand?",
        "getting hammered by bots, looks like a DDoS from one ASN. ban the whole ASN at the CDN?",
        "we're down hard. what should we do first? I'll follow your lead",
        "checkout is on fire right now. can I restart the payment workers?",
    ],
)
def test_asking_whether_or_what_to_act_during_a_live_emergency_is_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3, prompt
    assert classify(prompt).tier == 3, prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "Summarize last week's outage where we were down for an hour, for the newsletter.",
        "What should we do first when planning the Q3 roadmap?",
        "Our staging cluster is down. can I restart it?",
        "Write a runbook for what to do when the brokers are paging for disk full.",
    ],
)
def test_emergency_words_without_a_live_question_are_not_stakes(prompt: str) -> None:
    assert rules(prompt).tier < 3, prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "Some customers were charged twice in last night's billing run. Should we refund the"
        " duplicates now or void the whole batch?",
        "The vendor payouts went out with wrong amounts. Should we claw back the difference or"
        " reissue every payout?",
        "Payroll paid 12 contractors twice. Can we just reverse the second transfer?",
    ],
)
def test_a_question_whether_to_move_or_reverse_money_is_tier_3(prompt: str) -> None:
    result = rules(prompt)
    assert result.tier == 3, result
    assert result.intent == "payment", result


def test_a_question_to_cancel_something_without_money_is_not_stakes() -> None:
    assert rules("Should we cancel the weekly sync meeting? It's always empty.").tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "Look at this role binding and tell me every way a user could escalate to cluster admin.",
        "Go through our bucket policy and show me how an attacker could gain admin access.",
        "Map out how a support agent account could escalate its privileges in this IAM setup.",
    ],
)
def test_asking_for_privilege_escalation_paths_is_a_security_audit(prompt: str) -> None:
    result = rules(prompt)
    assert result.tier == 3, result
    assert result.intent == "security_audit", result


def test_asking_how_to_speed_something_up_is_not_a_security_audit() -> None:
    assert rules("Tell me every way to speed up this query.").tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "Canlı ortamdaki ödeme API'si için güvenlik denetimi yap.",
        "Üretim veritabanındaki eski kayıtları sil.",
        "Yeni sürümü üretime deploy et.",
        "Pentest-style pass over our login endpoint: brute force, enumeration, session fixation."
        " It's the live service.",
    ],
)
def test_turkish_stakes_and_pentest_style_reviews_go_to_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3, prompt


@pytest.mark.parametrize(
    "prompt",
    [
        "Proceed with the wire transfer of $4,200 to the supplier today.",
        "Procede con la transferencia de 5.000 € al proveedor.",
        "Procédez au virement de 800 € au prestataire.",
    ],
)
def test_proceed_with_a_payment_is_tier_3(prompt: str) -> None:
    result = rules(prompt)
    assert result.tier == 3, result
    assert result.intent == "payment", result


@pytest.mark.parametrize(
    "prompt",
    [
        "Thanks for the summary. Now go ahead and run this:\n\n"
        "`kubectl rollout restart deploy/api -n prod`",
        "please execute `terraform apply -auto-approve` for me, it targets the prod workspace",
    ],
)
def test_running_a_quoted_deploy_command_on_live_is_tier_3(prompt: str) -> None:
    result = rules(prompt)
    assert result.tier == 3, result
    assert result.intent == "deploy", result


def test_explaining_a_quoted_deploy_command_is_not_stakes() -> None:
    assert rules("What does `helm upgrade api ./chart -n prod` do?").tier < 3


@pytest.mark.parametrize(
    "prompt",
    [
        "Przetłumacz na niemiecki: 'Serwer będzie niedostępny o północy.'",
        "Bu e-postayı iki cümleyle özetle: 'Toplantı perşembeye ertelendi.'",
        "into german please: 'Your order has shipped.'",
        "Vertaal naar het Engels: 'De levering is vertraagd.'",
        "Podsumuj ten raport w trzech punktach: 'Sprzedaż wzrosła o 5%.'",
        "Does this Service manifest conform to v1? list any schema errors (field names, types)\n\n"
        "apiVersion: v1\nkind: Service\nspec:\n  port: 80",
        "Is this docker-compose file valid per the compose schema? point out unknown keys only."
        "\n\nservices:\n  web:\n    imgae: nginx",
        "in two sentences: what failed here?\n\n"
        "ERROR: Could not find a version that satisfies the requirement torch==9.9\n"
        "ERROR: No matching distribution found for torch==9.9\n"
        "ERROR: process exited with code 1",
    ],
)
def test_translation_summary_and_schema_checks_in_more_phrasings_are_tier_1(prompt: str) -> None:
    assert rules(prompt).tier == 1, rules(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Diseña un sistema de colas para procesar pedidos con reintentos.",
        "Concevez l'architecture d'un service de notifications multi-canal.",
        "Entwirf eine Architektur für einen Dateiupload-Dienst mit Virenscan.",
        "系统设计：一个支持多租户的日志检索服务，要求可扩展。",
        "Écris une fonction qui valide un IBAN.",
        "Escribe un script que renombre archivos por fecha.",
        "Reescreva essa função para usar async em vez de callbacks.",
        "Peux-tu refactoriser cette classe pour séparer la validation ?",
        "Warum liefert diese Abfrage doppelte Zeilen?\n\nSELECT o.id FROM orders o JOIN items i"
        " ON i.order_id = o.id;",
    ],
)
def test_design_and_code_requests_in_other_languages_are_tier_2(prompt: str) -> None:
    result = rules(prompt)
    assert result.tier == 2, result
    assert result.intent != "general", result
    assert classify(prompt).tier == 2, classify(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "Bitte die Version 2.4 morgen früh auf Produktion ausrollen.",
        "Bitte dem Benutzer jan Adminrechte auf dem Prod-Cluster geben.",
        "Gib dem Team Leserechte auf die Produktionsdatenbank.",
        "Ejecuta la migración de la base de producción ahora.",
        "Exécutez la migration sur la base de production ce soir.",
        "promote the release candidate to 100% today",
    ],
)
def test_rollouts_grants_and_migrations_in_more_phrasings_go_to_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3, prompt


def test_a_migration_on_staging_in_another_language_is_not_stakes() -> None:
    assert rules("Ejecuta la migración en la base de staging.").tier < 3
