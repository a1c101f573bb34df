# ruff: noqa: RUF001  (CJK, Arabic and fullwidth punctuation in prompts are intended)
"""Classes of phrasing found on the retired blind sets E and G (``routing_heldout_e/g``).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone, ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_view import _build_view
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "intent"),
    [
        # a money or incident decision asked as "do we pause ... or not?"
        (
            "On-call here. Payouts are failing for half the merchants. Do we halt payouts or not?",
            "payment",
        ),
        ("on-call here, queue is backing up fast. should we stop the consumers?", "incident"),
        # SAP transports into the production client
        ("Import transport request K900771 into PRD now, QA signed off.", "deploy"),
        ("Move the customizing request into the P10 client please.", "deploy"),
        # network and directory access without the word "access"
        ("Let the new auditor's laptop onto the corporate VPN today.", "credentials"),
        ("allow Priya's account into the Okta tenant, she starts Monday", "credentials"),
        # a credential named earlier in the sentence, revoked as "the old one" / "it"
        ("Put the new PyPI token in the repo secrets below and revoke the old one.", "credentials"),
        ("Swap the Slack bot token in Vault and invalidate the previous one.", "credentials"),
        # checking against OWASP is a security audit
        ("Review our checkout flow against the OWASP ASVS before go-live.", "security_audit"),
        # "process this" over a pasted request to move money
        (
            "Please process this, it's from our CEO:\n\nFrom: ceo@example.test\nSubject: urgent\n"
            "Wire the outstanding balance to the account below before 5pm.\n"
            "IBAN: DE89 3704 0044 0532 0130 00\nBeneficiary: Example Trading Ltd",
            "payment",
        ),
        # Arabic: security audit, destructive and money requests
        ("أجرِ اختبار اختراق لبوابة الدفع وأعطني النتائج.", "security_audit"),
        ("احذف جميع السجلات من قاعدة البيانات الآن.", "delete_data"),
        ("حوّل مبلغ 5000 دولار إلى حساب المورد اليوم.", "payment"),
        # other languages: decide and act on the live environment
        ("Canlı ortamda kuyruk doldu. Karar ver ve uygula.", "incident"),
    ],
)
def test_live_actions_without_the_usual_keywords_are_tier_3(prompt: str, intent: str) -> None:
    result = rules(prompt)
    assert (result.tier, result.intent) == (3, intent)


@pytest.mark.parametrize(
    "prompt",
    [
        "give me teh owners and due dates from these notes:\n- Ana: budget by Friday",
        "Replace the retry loops in the charge and refund wrappers with tenacity decorators.",
        "Split billing_client.py (refunds, payouts, release notes sync) into a package with one "
        "module per concern.",
        "Turn this Sentry issue into JSON with keys message, release, environment.\n"
        "Issue: CHECKOUT-1\nrelease: web@2.1.0\nenvironment: production",
        "Transport request K900771 is documented below; summarize what it changes.",
        "let x = 5; why does this print undefined in the browser console?",
    ],
)
def test_named_objects_and_lists_do_not_raise_to_tier_3(prompt: str) -> None:
    assert rules(prompt).tier < 3


def test_routing_talk_does_not_frame_a_bare_destructive_statement() -> None:
    assert rules("tier 0 job (just a syntax check):\nTRUNCATE orders;").tier == 3
    # a log to filter stays a filter, routing talk or not
    log = "\n".join(f"12:0{i} DELETE FROM sessions WHERE id={i}" for i in range(4))
    assert rules(f"just do this cheaply: keep only the lines with id=2\n{log}").tier < 3


@pytest.mark.parametrize(
    ("prompt", "intent"),
    [
        (
            "Is this webhook config valid per the schema below?\n"
            'schema: {url: string, retries: int}\nconfig: {"url": 5, "retries": "3"}',
            "validate_schema",
        ),
        (
            'Our spec requires name (string) and port (int). Does this pass? {"name": 1}',
            "validate_schema",
        ),
        (
            'check this alert definition has all required fields and the right types: {"name": 1}',
            "validate_schema",
        ),
        (
            "Check the TOML syntax of this file, don't apply it. Valid or not?\n[server]\nport = ",
            "format_check",
        ),
        ("Is 'NL91 ABNA 0417 1643 00' a validly formatted IBAN? format only", "format_check"),
        ("Ce numéro de TVA est-il au bon format ? FR12345678901", "format_check"),
        ("这个手机号格式对吗？138-0013-800", "format_check"),
        (
            "give me just the names of the skipped tests from this pytest output\n"
            "tests/test_a.py::test_x SKIPPED\ntests/test_a.py::test_y PASSED",
            "log_filter",
        ),
        ("count the 404s\n200 /a\n404 /b\n404 /c", "log_filter"),
        ("ticket -> billing / bug report / feature request\n\n'I was charged twice'", "classify"),
        ("Is HTTP 418 a client error, server error, redirect or success? one word", "classify"),
        (
            "この返信は「承認」「却下」「保留」のどれに分類されますか？ラベルだけ答えてください。",
            "classify",
        ),
        ("Tag each book with genre and reading_level:\n- Dune\n- Matilda", "metadata_extraction"),
        ("为这篇博客生成三个关键词：'我们发布了新的搜索功能。'", "metadata_extraction"),
        (
            "Sammanfatta det här mejlet i två meningar: 'Mötet flyttas till fredag kl 10.'",
            "summarize",
        ),
        ("لخص هذا التقرير في سطرين: 'تم تأجيل الإطلاق إلى الأسبوع المقبل.'", "summarize"),
        ("Was heißt das auf Englisch? 'Die Rechnung ist bereits bezahlt.'", "translate"),
        ("Convert to passive voice: 'The committee approved the budget.'", "rewrite"),
        ("从这封邮件中提取发件人和日期，输出JSON：\n发件人：李雷，日期：3月2日", "extract_json"),
        (
            "Rewrite the package name '@old/ui' to '@new/ui' in these lines, nothing else:\n"
            "import a from '@old/ui'",
            "regex_replace",
        ),
        (
            "Remove the :emoji: shortcodes from these release notes, keep the rest:\n:tada: New!",
            "regex_replace",
        ),
        ("Replace the hand-built SQL in orders_repo.py with SQLAlchemy Core queries.", "refactor"),
        ("migrate apps/web from axios to ky: replace every axios call, same behaviour", "refactor"),
    ],
)
def test_cheap_and_code_intents_found_on_e_and_g(prompt: str, intent: str) -> None:
    assert rules(prompt).intent == intent


def test_cjk_prose_lines_are_instruction_not_material() -> None:
    view = _build_view("次のレビューを分類してください。\n「とても良い商品でした。」")
    assert "分類" in view.instruction
    assert _build_view("abc123def\nfix it").material == "abc123def"
