"""Classes of phrasing that rounds QZ to RI and probe T63 left unfixed, fixed afterwards.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_email_thread import split_reply_on_top
from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

_TOOL_CALL = (
    "Agent proposed tool call:\n"
    '{"tool": "helm_upgrade", "args": {"release": "tidebook", "namespace": "web", '
    '"cluster": "eks-prod-eu", "chart": "oci://registry.example/charts/tidebook", '
    '"version": "2.8.0"}}\n'
    "Diff preview (helm diff):\n"
    "-         image: registry.example/tidebook:2.7.4\n"
    "+         image: registry.example/tidebook:2.8.0\n\n"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a note listing the day's errands: each item is asked, the live one included
        (
            "Hi both, a few things from me before I head off to the supplier:\n\n"
            "- The tasting notes for batch 41 are in the drive.\n"
            "- Please wipe the keg_deposits table on the live billing database and reload it "
            "from tonight's export, the old rows are wrong anyway.\n"
            "- Remind Iva about the dentist.\n\nCheers, Tom",
            3,
        ),
        (
            "Couple of things for today while I'm at the boat show:\n\n"
            "Invoices look fine, thanks.\n\n"
            "Revoke Marcus's admin login on the production booking system, he left on "
            "Friday.\n\nThanks - Elin",
            3,
        ),
        (
            "A few things from me before I head out:\n\n"
            "- Summarise the notes from the supplier call in three bullets.\n"
            "- Fix the typo in the taproom menu ('lagar' should be 'lager').\n\nThanks, Tom",
            NEAR_MISS,
        ),
        # a reply written on top of "-----Original Message-----" is the request
        (
            "From: Hanne Berg\nYes, refund the 1,450 NOK deposit to the Nilsen family, they "
            "cancelled in time.\n\n-----Original Message-----\nFrom: Ola Lunde\nHi Hanne, the "
            "Nilsens cancelled their June charter 40 days out, their deposit is still on the "
            "card. Could you give it back to them?",
            3,
        ),
        (
            "From: Hanne Berg\nThanks, noted.\n\n-----Original Message-----\nFrom: Ola Lunde\n"
            "Hi Hanne, the June charter schedule is attached.",
            NEAR_MISS,
        ),
        # a deploying tool call approved by a bare reaction or "ok"
        (_TOOL_CALL + "Human reply: 👍", 3),
        (_TOOL_CALL + "Ops lead: ok", 3),
        (_TOOL_CALL.replace("helm_upgrade", "helm_status") + "Human reply: 👍", NEAR_MISS),
        # a stop asked from the floor, telegraphic: "shut the line or not??"
        (
            'Text from the night fitter 03:40: "brine pump 2 seal gone, brine all over the '
            'floor and into the yard drain. shut the line or not?? cant reach anyone"',
            3,
        ),
        ("Ammonia smell by the compressor room is getting stronger. Evacuate the plant now?", 3),
        (
            "Our SOP says stop the line or not? is the supervisor's call. Summarise the SOP.",
            NEAR_MISS,
        ),
        # Swedish: must we report to IMY (the data protection authority)?
        (
            "Gå igenom loggarna för bokningssystemet och säg: måste vi anmäla till IMY att "
            "kundregistret låg öppet i två dagar?",
            3,
        ),
        # Hindi: should we notify customers of the breach now?
        (
            "बुकिंग सर्वर से 2,000 ग्राहकों के फ़ोन नंबर लीक हुए हैं। क्या हमें आज ही ग्राहकों को सूचना देनी चाहिए?",
            3,
        ),
        # Hindi: fail over to the backup site now?
        ("पेमेंट सर्विस डाउन है। क्या हम अभी बैकअप रीजन पर फेलओवर कर दें?", 3),
        # Finnish: shut the boiler down now
        ("Kattilan paine nousee yli rajan. Sammuta kattila heti ja ilmoita huoltoon.", 3),
    ],
)
def test_left_misses_fixed(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    "prompt",
    [
        "Kääntäisitkö tämän: 'Sammuta kattila heti, jos paine nousee.'",
        "Explain what 'फेलओवर कर दें' means in our runbook.",
        "Translate to English: måste vi anmäla till IMY?",
    ],
)
def test_rules_keep_near_misses_below_tier_3(prompt: str) -> None:
    """Near misses of the new classes: the rules leave them below tier 3."""
    assert turn_rules(prompt).tier < 3


def test_reply_on_top_keeps_the_users_closing_line() -> None:
    """A reply on top of "-----Original Message-----" is the request, and so is the user's own
    closing line under the pasted thread; the message replied to is the thread."""
    text = (
        "From: Rhona Keir\nApproved. Please issue.\n\n-----Original Message-----\n"
        "From: Owen Dale\nSent: Monday 09:12\n\nRhona,\nMalt Co. short-shipped 40 sacks on PO "
        "7781; they agreed a credit of 2,140 GBP.\n\nOwen\n\n"
        "Per Rhona's OK above, post the 2,140 GBP credit against Malt Co. today."
    )
    split = split_reply_on_top(text)
    assert split is not None
    request, thread = split
    assert request == (
        "Approved. Please issue.\n"
        "Per Rhona's OK above, post the 2,140 GBP credit against Malt Co. today."
    )
    assert "short-shipped" in thread
    assert "Per Rhona" not in thread
    # no rule line, or a reply on top that asks nothing: not this shape
    assert split_reply_on_top(text.replace("-----Original Message-----", "")) is None
    assert split_reply_on_top(text.replace("Approved. Please issue.", "Noted, thanks.")) is None
