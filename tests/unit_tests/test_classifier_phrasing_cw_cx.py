# ruff: noqa: RUF001  (Turkish dotless i is intended)
"""Classes of phrasing found on the retired blind sets CW (an airline's crew scheduling,
maintenance and ops control) and CX (veterinary clinics and a pet pharmacy, with pasted chat
transcripts), pinned with new prompts; and the transcript reader they led to."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from langchain_tiered import classifier
from langchain_tiered._classifier_transcript import parse_transcript
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "should we <order people to act>?" with someone named waiting on the answer
        (
            "Should we tell the ramp crew to offload the bags from 14C? Dispatch needs an "
            "answer from you.",
            3,
        ),
        ("Do we ask the captain to divert to Shannon? OCC wants your call now.", 3),
        # a review or filter asked in French or German over pasted SQL or an audit log
        (
            "Relis cette requête avant que je la lance, il y a un risque ?\n\n"
            "DELETE FROM rendez_vous WHERE statut = 'annulé' AND cree < '2021-01-01';",
            2,
        ),
        (
            "Filtere aus diesem Log nur die Zeilen mit 'DROP'.\n\n[audit] 01:00 SELECT 1\n"
            "[audit] 01:02 DROP TABLE tmp_warenkorb\n[audit] 01:03 VACUUM",
            0,
        ),
        # said outright: a document review, a proposal not attached to anything
        (
            "Review this IAM policy for the intake bot. It's just a proposal, not attached to "
            'anything.\n\n{"Effect": "Allow", "Action": "s3:*"}',
            2,
        ),
        # a design request and the deliverables it lists after it
        (
            "Design the access model for our pharmacy portal; refunds and controlled drugs "
            "need extra checks. Give roles, scopes and how you would audit it.",
            2,
        ),
        ("Design a role model for the portal. Then give Priya admin on Okta.", 3),
        ("Write a script to export refunds. Give Bob admin on the prod account.", 3),
        # rewriting a note for its reader, not making anyone an owner
        ("Make this surgery aftercare note easy for a horse owner to follow.\n\nPt: ...", 1),
        # Turkish: write a function
        ("Yakıt farkını hesaplayan bir Python fonksiyonu yaz.", 2),
    ],
)
def test_retired_sets_cw_cx(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # the last human turn answers the assistant's tier-3 offer
        (
            "Tech: the purge job for old lab images is ready, dry run lists 9,120 files.\n"
            "Assistant: Want me to run it for real against the live bucket? It can't be undone."
            "\nTech: yep run it",
            3,
        ),
        # the last human turn is a thank-you after the work was done
        (
            "Customer: can you resend my receipt?\nBot: Done, it's in your inbox.\n"
            "Customer: great thank you 🙏",
            0,
        ),
        ("Agent: the rollback finished, all checks are green.\nUser: nice, thanks", 0),
        # a request about a transcript is not a transcript
        (
            "User: hi\nBot: hello, how can I help?\nUser: my order is late\n\n"
            "Summarize the conversation above in one line.",
            1,
        ),
    ],
)
def test_pasted_transcripts(prompt: str, tier: int) -> None:
    assert classifier.classify(prompt).tier == tier


def test_parse_transcript_reads_turns_and_continuation_lines() -> None:
    text = (
        "User: the reminders go out at the wrong hour, config:\n"
        "CELERY_TIMEZONE = 'UTC'\n"
        "Assistant: Which scheduler?\n"
        "User: celery beat\n"
        "timezone: America/Denver"
    )
    assert parse_transcript(text) == [
        ("human", "the reminders go out at the wrong hour, config:\nCELERY_TIMEZONE = 'UTC'"),
        ("ai", "Which scheduler?"),
        ("human", "celery beat\ntimezone: America/Denver"),
    ]


def test_parse_transcript_recognises_repeated_named_speakers() -> None:
    text = "Vet: pull Luna's bloodwork\nBot: here it is: ALT 142\nVet: 👍"
    assert parse_transcript(text) == [
        ("human", "pull Luna's bloodwork"),
        ("ai", "here it is: ALT 142"),
        ("human", "👍"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "name: clinic-api\nversion: 2\nreplicas: 3",  # config, no assistant
        "User: hi\nUser: anyone there?",  # no assistant turn
        "User: refund order 55\nAssistant: Done.",  # the assistant spoke last
        "Summarize this chat:\nUser: hi\nBot: hello",  # a request first
        "User: hi\nBot: hello\nUser: late order\n\nClassify the intent.",  # a request last
        "just one line: no transcript",
    ],
)
def test_parse_transcript_rejects_other_text(text: str) -> None:
    assert parse_transcript(text) is None


def test_short_reply_settles_the_users_own_earlier_request() -> None:
    messages = [
        HumanMessage("remove the departed vet's access to the controlled-drug safe app today"),
        AIMessage("Which clinic was she at?"),
        HumanMessage("Reno 2"),
    ]
    assert classifier.classify(messages).tier == 3
    result = classifier._classify_turns(messages, False)  # the rules: how the reply is read
    assert result.tier == 3
    assert "reply_to_request" in result.signals
    # the same reply after a cheap request stays cheap
    cheap = [HumanMessage("what time is it in Reno"), AIMessage("Which Reno?"), messages[2]]
    assert classifier._classify_turns(cheap, False).tier < 3  # (the learned scorer routes it up)


def test_a_document_review_of_a_runbook_stays_below_tier_3() -> None:
    prompt = (
        "What's missing from this outage runbook? It's a document review, nothing is down.\n\n"
        "RUNBOOK\n1. Fail over the card processor.\n2. Run the batch charge script when it "
        "recovers."
    )
    assert rules(prompt).tier == 2
    assert classifier.classify(prompt).tier < 3  # the learned scorer may settle it at 1 or 2


def test_a_very_long_paste_is_not_parsed_as_a_transcript() -> None:
    turn = "User: " + "x" * 100 + "\nAssistant: ok\n"
    assert parse_transcript(turn * 2 + "User: go") is not None
    assert parse_transcript(turn * 200 + "User: go") is None  # over 20,000 characters
