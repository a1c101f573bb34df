"""Classes of phrasing the classifier's rules must get right (found on the tuning set).

Each test pins a class of phrasing with several new prompts (never the tuning prompts), so a
fix that only matches one string fails here. ``rules`` runs the rules alone (no learned
scorer), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from langchain_tiered.classifier import Classification, classify


def rules(prompt: str) -> Classification:
    return classifier._classify_text(prompt, False)


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
