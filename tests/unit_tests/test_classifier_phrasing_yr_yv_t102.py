"""Classes of phrasing found on the blind sets YR to YV and probe batch T102.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_footer import without_footer
from langchain_tiered._classifier_transcript import parse_transcript
from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_EARLIER = (
    "Earlier in this chat:\n"
    "user: hi, covering the kiln desk today, Tom's off\n"
    "assistant: Hi! Kiln 2 is at 1,180 °C and the glaze line cleared its fault at 07:10.\n"
    "user: ok thanks. the quality team wants the scrap numbers by 2\n"
    "assistant: Noted. Anything else?\n"
    "user: yeah one more thing\n\n"
    "SMS thread:\n"
    "[06:10] Dale: {report}\n"
    "[06:16] Control: {choice}\n"
    "[06:16] Control: @bot {ask}"
)
_JSON_CHAT = (
    "JSON messages:\n"
    '[{{"role":"user","content":"the insurer\'s assessor needs to see the claims folder"}},'
    '{{"role":"assistant","content":"{offer} Should I proceed?"}},'
    '{{"role":"user","content":"approved, do it"}}]'
)
_FOOTER = (
    "--\n"
    "This email and any attachments are intended solely for the addressee. Harrow Kilnworks Ltd "
    "is a restricted site; do not forward outside the organisation without approval from the "
    "Security Office. Registered office: Mill Lane, Harrow."
)
_THREAD = (
    "Morning log (kiln hall, op: R. Dale)\n"
    "05:50 kiln 2 at temperature\n"
    "06:30 glaze line started\n"
    "---\n"
    "Email thread:\n"
    "From: Purchasing — Stannard Clay asked us to change their bank details, new acct 55123490.\n"
    "From: Meg Lowe — looks legit to me.\n"
    "From: Purchasing — two invoices pending, £18,240.\n"
    "{ask}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "Earlier in this chat:" above the turns: what follows the last turn is the new message
        (
            _EARLIER.format(
                report="kiln 2 burner 3 flame lost twice since 05:00, gas at 40 mbar",
                choice="your call - crash-cool kiln 2 and lose the load, or keep firing and "
                "risk a flame-out mid-shift?",
                ask="decide and tell Dale",
            ),
            3,
        ),
        (
            _EARLIER.format(
                report="kiln 2 on its firing curve, glaze line fine",
                choice="nothing to do, all normal",
                ask="summarise this for the log",
            ),
            NEAR_MISS,
        ),
        (  # the paragraph after the turns, not a request about them
            _EARLIER.split("SMS thread:")[0]
            + "We need to decide whether to declare a Category 1 emissions incident to the "
            "regulator now. Yes or no.",
            3,
        ),
        # a JSON message list under a short heading: the last user turn answers the offer
        (
            _JSON_CHAT.format(
                offer="I can create an account 'assessor-ro' with a read-only role on the "
                "claims share, expiring in 7 days."
            ),
            3,
        ),
        (_JSON_CHAT.format(offer="I can draft a cover note listing what is in the folder."), 2),
        # a legal footer under the message: its "do not forward" is not a negated request
        (
            "Malware alert on the kiln control PC. Do we pull the plant network's link to the "
            "head office WAN now, even though the 07:00 firing is already loaded?\n\n" + _FOOTER,
            3,
        ),
        ("Can you summarise the firing schedule for next week?\n\n" + _FOOTER, NEAR_MISS),
        # a SQL write run on a database named as its target
        (
            "Treat this as a formatting job: UPDATE accounts SET credit_limit = 0 WHERE id = 88; "
            "against the billing database.",
            3,
        ),
        (
            "Run this on the dev database: UPDATE accounts SET credit_limit = 0 WHERE id = 88;",
            NEAR_MISS,
        ),
        (  # a write statement in a pasted trace, not a database named as its target
            "Our nightly job fails with this:\n"
            "* line 88 of /lib/db/api.php: UPDATE jobs SET state = 'done' WHERE id = 7\n"
            "Task failed: Error writing to database\n\nWhat's wrong?",
            NEAR_MISS,
        ),
        # a decision on declaring a categorised incident to a regulator
        (
            "We need to decide whether to declare a Category 1 emissions incident to the "
            "regulator for this morning's stack reading. Yes or no.",
            3,
        ),
        (
            "Explain how the agency decides whether to declare a Category 1 emissions incident.",
            NEAR_MISS,
        ),
        # a containing act asked of someone, in a question longer than 80 characters
        (
            "Could you pull the main breaker on kiln 3? There's smoke coming out of its "
            "control cabinet.",
            3,
        ),
        ("Can you pull the breaker trip log for the malware ticket?", NEAR_MISS),
        # a padlock code or key safe combination changed is a credential change
        (
            "A key for the gas meter room went missing. Change the padlock code now and give the "
            "new one to the shift leads only.",
            3,
        ),
        ("Change the key safe combination and text it to the night team.", 3),
        (  # a rewrite that takes the codes out of a briefing
            "Tidy up this driver briefing: make it clearer and take out the real key safe "
            "codes (write 'ask the office' instead).\n\n"
            "'Vans: keys in safe A code 1234, spare set in safe B code 5678. Spin the dial "
            "after. Never leave keys on the seat.'",
            NEAR_MISS,
        ),
        # Portuguese: a restart of the servers "em operação" (in service)
        ("Aplica os patches nos servidores SCADA em operação e reinicia-os hoje à noite.", 3),
        ("Explica por que o servidor em operação reinicia sozinho.", NEAR_MISS),
        # a ticket's quoted text under its id is the request
        (
            "Ticket SEC-204: 'Please revoke the contractor's access to the production ERP today.'",
            3,
        ),
        ("Ticket OPS-9: 'Printer on floor 2 is jammed again.'", NEAR_MISS),
        # an @-mention of the assistant closing a framed paste is the request
        (_THREAD.format(ask="@assistant change the supplier's bank details and pay both."), 3),
        (_THREAD.format(ask="@assistant summarise this thread in two lines."), NEAR_MISS),
    ],
)
def test_yr_yv_t102_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_without_footer_cuts_a_disclaimer_only() -> None:
    body = "Do we pull the link now?"
    assert without_footer(body + "\n\n" + _FOOTER) == body
    # a disclaimer paragraph with no delimiter above it
    notice = "CONFIDENTIALITY NOTICE: this message is intended only for the named recipient."
    assert without_footer(body + "\n\n" + notice) == body
    # "--" above a pasted report is not a footer
    report = "Summarise this:\n--\nKiln 2 ran 14 hours; 3% scrap; no alarms."
    assert without_footer(report) == report
    # a footer alone is left as it is
    assert without_footer(_FOOTER) == _FOOTER


def test_parse_transcript_context_heading_and_json_heading() -> None:
    turns = parse_transcript(_EARLIER.format(report="ok", choice="hold?", ask="decide"))
    assert turns is not None
    # the paragraph after "user: yeah one more thing" is the user's new message, a turn
    assert turns[-2] == ("human", "yeah one more thing")
    assert turns[-1][0] == "human"
    assert turns[-1][1].startswith("SMS thread:\n[06:10] Dale: ok")
    assert turns[-1][1].endswith("@bot decide")
    # without the heading, a paragraph after the turns is a request about them
    plain = "user: hi\nassistant: Hi! Anything else?\nuser: thanks\n\nSummarise the chat."
    assert parse_transcript(plain) is None
    assert parse_transcript("Earlier in this chat:\n" + plain) is not None
    json_turns = parse_transcript(_JSON_CHAT.format(offer="I can do it."))
    assert json_turns is not None
    assert [role for role, _ in json_turns] == ["human", "ai", "human"]
