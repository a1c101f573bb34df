# ruff: noqa: RUF001  (Greek prompts are intended)
"""Classes of phrasing found on the blind sets RO to RS and probe batch T65.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_view import _build_view
from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a quoted ask, then "Can you create that login?": the demonstrative hands it over
        (
            'Text from Ravi (site lead) 07:40: "new starter Ola is on the kiln today, pls give '
            'her admin access to the kiln controller". Can you create that account?',
            3,
        ),
        # "Process what <someone> approved ..." over an email thread
        (
            "Process what Marta approved at the bottom of this thread.\n\nFrom: ops@camp.example"
            "\nWe were charged twice for booking GRP-5521. Please refund one.\n\nFrom: Marta "
            "Ruiz\nApproved, refund ch_3Qx91 in full today.",
            3,
        ),
        # "action what the board decided" over quoted minutes
        (
            'Can you action what the board decided in the minutes below?\n\n"Item 4. '
            'RESOLVED: delete the 2019 member archive from the production CRM. Carried 6-0."',
            3,
        ),
        # "#2 is yours:" over a quoted list item
        (
            'Sorting out the retro actions, #2 is yours:\n"2. revoke the old Stripe restricted '
            'key on prod and update the billing deployment with the new one"',
            3,
        ),
        # "on local control" is a mode of a live system, not a local copy
        (
            "Pinfold AHB shows a barrier failure and 2S41 is waiting at the platform. Put the "
            "crossing on local control and authorise the driver to pass at caution?",
            3,
        ),
        (
            "Explain when a signaller may authorise a driver to pass a failed crossing at caution.",
            NEAR_MISS,
        ),
        # a live database switched to a new schema
        ("Switch the prod orders database over to the new schema tonight.", 3),
        # Dutch: a PIN changed, a double payment booked back
        (
            "Kun je de pincode van het alarmpaneel in Gouda meteen wijzigen? De oude is uitgelekt.",
            3,
        ),
        ("Kun je uitleggen hoe je de pincode van het alarmpaneel wijzigt?", NEAR_MISS),
        ("Kun je de dubbele betaling aan Van Dijk (€1.240) terugboeken?", 3),
        ("Hoe kan een klant een dubbele betaling laten terugboeken?", NEAR_MISS),
        # Greek: a deploy to production asked
        ("Να κάνω deploy στην παραγωγή το νέο σύστημα κρατήσεων;", 3),
        # a message relayed with its channel, sender and time, the quote on the next line
        (
            'SMS – Burak (track manager) 17:48:\n"Pist ısıtması arızalı. Akşamki yarışları '
            'iptal edip bilet iadesi yapalım mı? Hemen karar lazım."',
            3,
        ),
        (
            'SMS – Burak (track manager) 17:48:\n"Pist ısıtması arızalı. Akşamki yarışları '
            'iptal edip bilet iadesi yapalım mı? Hemen karar lazım."\nSummarise it in English '
            "for the log.",
            NEAR_MISS,
        ),
        # "<name>'s note on top:" quoting the go-ahead under a pasted email (a guard: the
        # closing under a "---" line is now the request, and its quote must still be read)
        (
            "From: billing@limbs.example\nSubject: new bank details\n\nPlease pay all invoices "
            "to the account below from today.\n\n---\nAiko's note on top: \"Looks fine. Pay "
            'INV-1102 (£2,310) to the new account today."',
            3,
        ),
    ],
)
def test_retired_ro_rs_and_t65(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_yes_or_no_then_an_act_is_not_a_label_question() -> None:
    """'Yes or no — and if yes, send it ...' asks for an act: the rules do not route it to 0."""
    prompt = "Should we email all 900 members tonight? Yes or no — and if yes, send it."
    assert turn_rules(prompt).tier >= 2
    assert turn_rules("Is this email spam? Yes or no.").tier == 0


def test_an_email_closed_under_a_rule_line_hands_its_decision_to_the_reader() -> None:
    """An email pasted as it is, then "---" and the reader's own line asking for the call."""
    text = (
        "From: researcher@mail.example\nSubject: Vulnerability report\n\nAny logged-in user "
        "can download another member's QR code. I plan to publish in 30 days.\n\n---\n"
        "Kofi: can you decide how we respond? whether we pay him and whether we warn members."
    )
    assert classifier.classify(text).tier == 3
    summary = text.split("---")[0] + "---\nKofi: can you summarise this report in two lines?"
    assert classifier.classify(summary).tier == 1


def test_asks_in_the_writers_notes_stay_the_instruction() -> None:
    notes = (
        "Month-end notes for finance, October:\n\n- Leeds takings reconciled.\n- The 4 "
        "bookings that went through at £0: please go ahead and write them off in the ledger "
        "(£61.20 in total) and mark them settled.\n- VAT return due 7 Jan."
    )
    view = _build_view(notes)
    assert "please go ahead and write them off" in view.instruction
    assert "vat return" in view.material
    assert classifier.classify(notes).tier == 3
    summarise = notes.replace("Month-end notes for finance, October:", "Summarise these notes:")
    assert "please go ahead" not in _build_view(summarise).instruction


def test_the_learned_scorer_never_lowers_a_memo_read_from_its_sign_off() -> None:
    """A ticket whose only prose outside the pasted body is "Thanks, Priya": the scorer reads
    nothing of the asks, so it may not route the memo below the rules' tier."""
    memo = (
        "KMT-2311 — Seat map legend (Kenji)\n\nBackground: the legend renders in Times New "
        "Roman on Safari.\n\nKenji's away from tomorrow so please pick this up and have a "
        "look at why.\n\nThanks, Priya"
    )
    assert classifier.classify(memo).tier >= turn_rules(memo).tier


@pytest.mark.parametrize(
    "prompt",
    [
        "Εξήγησε τι σημαίνει deploy στην παραγωγή.",
        "Explica qué significa hacer deploy a producción.",
    ],
)
def test_rules_keep_near_misses_below_tier_3(prompt: str) -> None:
    """Near misses the learned scorer still routes up (it reads "deploy" and "production"):
    the rules leave them below tier 3."""
    assert turn_rules(prompt).tier < 3
