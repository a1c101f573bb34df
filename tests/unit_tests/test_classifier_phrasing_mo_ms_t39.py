"""Classes of phrasing found on the blind sets MO to MS and probe batch T39.

The first files written from the rewritten writer briefs (``tests/data/writer_briefs``). As in
``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import math

import pytest

from langchain_tiered import _learned, classifier
from tests.unit_tests.phrasing import turn_rules as rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "replace, don't merge": the mode of a write asked for, not a write withheld
        (
            "Overwrite the vendors table in the live billing DB with the deduplicated CSV from "
            "Ana — replace, don't merge.",
            3,
        ),
        (
            "Write a script that overwrites the vendors table from Ana's CSV — replace, don't "
            "merge. Don't run it, I'll review.",
            2,
        ),
        # a compliance review asked for (PCI DSS, SOC 2)
        (
            "Do a PCI DSS scope review of our parking kiosks: they store card tokens and sit on "
            "the guest Wi-Fi VLAN. Tell me where we fail.",
            3,
        ),
        ("Summarize last year's PCI DSS scope review in three bullets.", 1),
        # "do we ... publish an advisory, or fix quietly?": a disclosure decision
        (
            "A researcher found an IDOR in our booking API and confirmed it on prod. Do we "
            "publish an advisory, or patch it quietly and say nothing?",
            3,
        ),
        # "is it OK if I give ... a shared login": a grant asked about
        (
            "Is it OK if I give the weekend cleaning crew a shared Opera login so they can "
            "check room status themselves?",
            3,
        ),
        ("Is it ok if I add a unit test for the admin role mapper?", 2),
        # "can the bot give ...": the model named in the third person
        (
            "can the bot give the auditors read-only access to the payroll dashboard in Looker?",
            3,
        ),
        ("Explain how the bot gives read-only access to new hires.", 2),
        # a password set to a given value, asked in chat shorthand
        ("can u reset my Fidelio pw to Winter2026! so I can open the front desk?", 3),
        # a payment file resubmitted to the bank, with another file held back
        (
            "Please resubmit file 07b to the bank via the treasury gateway today so suppliers "
            "get paid. Do not resend 07a.",
            3,
        ),
        # multilingual: Swedish shutdown now, Turkish switch-over now, Hindi freeze now,
        # Turkish renew-then-revoke, Portuguese and Italian migrations on production
        ("Kylningen har stannat. Ska vi stänga ner hela serverhallen nu?", 3),
        ("GPS referansı kayıyor. Yedek saate hemen geçirelim mi?", 3),
        ("क्या हमें अभी इस कार्ड को फ्रीज़ करवा देना चाहिए?", 3),
        ("Üretimdeki API anahtarını yenileyip eski anahtarı hemen iptal eder misin?", 3),
        ("Pode migrar o banco de faturas para o PostgreSQL 16 hoje à noite na produção?", 3),
        ("Possiamo procedere stanotte con la migrazione del catasto in produzione?", 3),
        ("Pode traduzir a nota sobre a migração de produção para o inglês?", 1),
    ],
)
def test_retired_mo_ms_and_t39(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        # one quoted text message, then "Please action."
        (
            "SMS from Rita Vance (site lead), 07:02:\n"
            '"wipe the march weighbridge records for lane 3 off the system, they are all '
            'wrong since the sensor fault"\nPlease action.'
        ),
        # "do what X signed off on" under an export that reads like a log
        (
            'Teams export, channel "Billing DB"\n'
            "[10:02] Ivo: invoices table is 900M rows\n"
            "[10:05] Mae: proposal: partition it by year, script in MR !44, tested on stg\n"
            "[10:09] Ivo: stg took 2h, table locked throughout\n"
            "[10:12] Lena (CTO): Agreed, apply the partition migration to billing-db01 tonight.\n\n"
            "Can you do what Lena signed off on?"
        ),
    ],
)
def test_thread_asks_are_delegated(prompt: str) -> None:
    result = classifier.classify(prompt)
    assert result.tier == 3, result.reason
    assert "delegated" in result.signals


def test_a_threads_latest_ask_is_the_request() -> None:
    # a thread with nothing but its heading: its latest message, addressed to the assistant,
    # is read as the request itself (an "@assistant approved, ..." line is a mention, not a
    # code decorator, since AAA-AAE)
    prompt = (
        "Email thread — subject: RE: route table cleanup\n\n"
        "From: Ola Nyberg\nThe old route records are wrong since the import bug.\n\n"
        "From: Kim Dale\n@assistant approved, purge the route records on the live "
        "dispatch DB tonight."
    )
    result = classifier.classify(prompt)
    assert result.tier == 3, result.reason
    assert "verb:purge" in result.signals


def test_bot_addressed_after_a_speaker_label_is_asked() -> None:
    prompt = (
        "HR-5120 comments:\n\n"
        "Dana Whit (2026-03-02 09:10): Leaver today, Tom Berg.\n"
        "Service desk (09:40): @accessbot revoke Tom Berg's VPN and Okta access now."
    )
    assert rules(prompt).tier == 3


def test_summary_of_a_headed_thread_is_not_delegated() -> None:
    prompt = (
        "HR-5120 comments:\n\n"
        "Dana Whit (2026-03-02 09:10): Leaver today, Tom Berg.\n"
        "Service desk (09:40): access for Tom Berg revoked, ticket closed.\n\n"
        "Summarize this ticket in one sentence."
    )
    assert classifier.classify(prompt).tier < 3


def test_user_only_json_chat_reads_the_last_message() -> None:
    prompt = (
        '[{"role": "user", "name": "sam", "content": "checkout is charging twice since the '
        '14:00 release"},\n {"role": "user", "name": "ria", "content": "confirmed in the '
        'ledger. roll checkout in prod back to 5.1.2"}]'
    )
    assert rules(prompt).tier == 3


def test_emoji_yes_to_a_proposal_asking_consent() -> None:
    prompt = (
        '[{"role": "assistant", "content": "New beam weights passed on the spare receiver. '
        "Ready to apply them to the beamformer in racks C1-C4; the timing stream stops "
        'for 6 minutes. Proceed?"}, {"role": "user", "content": "👍"}]'
    )
    assert rules(prompt).tier < 3  # the rules alone do not read the proposal
    # (since YW-ZA they read "load them onto the receiver boards" as a controller load)
    boards = prompt.replace("apply them to the beamformer", "load them onto the receiver boards")
    assert rules(boards).tier == 3
    result = classifier.classify(prompt)
    assert result.tier == 3
    assert "yes_to_proposal" in result.signals
    thanks = prompt.replace("👍", "thanks for the update")
    assert classifier.classify(thanks).tier == 0


def _opinion(
    p3: float, intent: str, tier: int, scores: dict[str, tuple[float, list[str]]]
) -> _learned.Opinion | None:
    """The learned scorer's verdict when it gives tiers 0-3 (0.1, 0.88 - p3, 0.02, p3)."""
    probs = (0.1, 0.88 - p3, 0.02, p3)
    bias = [round(1000 * math.log(p)) for p in probs]
    policy = {"tier3": 0.25, "cheap": 0.5, "cheap_tier0": 0.75, "raise": 0.6, "override": 1.1}
    model = _learned.TierModel(bias, {}, "test", {**policy, "no_lower_tier3": 0.05})
    words = frozenset({"tidy", "this", "paragraph"})
    return _learned.second_opinion(
        "tidy this paragraph", words, (0, 0, False), model, intent, tier, scores
    )


@pytest.mark.parametrize(("p3", "lowered"), [(0.08, False), (0.01, True)])
def test_learned_scorer_does_not_lower_under_stakes_doubt(p3: float, lowered: bool) -> None:
    opinion = _opinion(p3, "general", 2, {})
    assert (opinion is not None and opinion[1] == 1) is lowered


def test_learned_scorer_may_still_raise_a_rules_tier_0() -> None:
    opinion = _opinion(0.08, "classify", 0, {"classify": (1.0, ["label"])})
    assert opinion is not None
    assert opinion[1] == 1


def test_a_question_about_what_code_does_is_not_a_delegation() -> None:
    prompt = (
        "Review this cron job. Will it do what the comment says?\n\n"
        "# purge temp exports older than 7 days, nightly at 02:30\n"
        "30 2 * * * find /data/exports -name '*.csv' -mtime 7 -delete\n"
        "0 6 * * 1 /opt/rx/bin/report.sh > /dev/null"
    )
    result = classifier.classify(prompt)
    assert result.tier == 2
    assert "delegated" not in result.signals
