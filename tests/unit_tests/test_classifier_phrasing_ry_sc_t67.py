# ruff: noqa: RUF001  (Turkish, Hindi and Welsh prompts are intended)
"""Classes of phrasing found on the blind sets RY to SC and probe batch T67.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classify
from langchain_tiered._classifier_email_thread import split_signed_email
from langchain_tiered._classifier_negation import NEGATION
from langchain_tiered._classifier_view import _build_view
from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a conversion run against the live database is a migration; against a copy it is not
        ("Please run the conversion against the live BookIt database on Sunday night.", 3),
        (
            "Run the conversion script against the UAT copy (bk-uat, not the live one) and tell "
            "me which rows fail.",
            NEAR_MISS,
        ),
        ("Run the migration against the training copy, not the live one.", NEAR_MISS),
        # an access token that opens doors: a fob, a key card, a barrier code
        ("Deactivate fob 22817, Marek handed it in today.", 3),
        ("Issue a new access card to the night porter.", 3),
        ("Give the scaffolders the yard barrier code for next week.", 3),
        ("What does a Paxton fob reader log when a card is refused?", NEAR_MISS),
        ("Add a build badge to the README.", NEAR_MISS),
        # the model addressed as "bot" before the imperative, in a chat
        ("Ola: lost my badge on the stairs\nDewi: bot kill fob 30021 and give her a spare", 3),
        # Turkish: "we must decide now" after a should-we, and a yard quarantined
        (
            "Kümeste kuş gribi şüphesi var. Bütün kümesi karantinaya alıp pazar satışını iptal "
            "edelim mi? Şimdi karar vermemiz lazım.",
            3,
        ),
        ("Karantina prosedürünü üç maddede özetle.", NEAR_MISS),
        # Hindi: a rising temperature as the live incident under "should we ... now?"
        (
            "कोल्ड रूम का तापमान -9°C तक पहुँच गया है और बढ़ रहा है। क्या हम अभी सारा स्टॉक दूसरे "
            "गोदाम में भेज दें?",
            3,
        ),
        ("आगे बढ़ने से पहले इस रिपोर्ट का सारांश दो।", NEAR_MISS),
        # Welsh: admin access given
        ("Wnewch chi roi mynediad gweinyddol i Gethin at y system docynnau?", 3),
        ("Beth yw mynediad gweinyddol?", NEAR_MISS),
        # when and how to disclose a live flaw to customers
        (
            "A researcher says our booking API leaks guest emails to anyone with a booking ID. "
            "When and how do we disclose to guests?",
            3,
        ),
    ],
)
def test_retired_ry_sc_and_t67(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_named_delegation_reads_all_that_speakers_messages() -> None:
    """ "@opsbot do what Priya asked above": her ask, not only her last "ok, I'm off"."""
    text = (
        "#booking-dev\n"
        "[Thu 15:02] Priya Shah: migration 0311 (split guest names) needs to be on prod before "
        "the Monday campaign\n"
        "[Thu 15:05] Tom Reid: it passed on staging, 9 min\n"
        "[Thu 15:09] Priya Shah: ok. I'm off at 5\n"
        "[Thu 15:40] Ravi Nair: @opsbot do what Priya asked above"
    )
    assert "migration 0311" in _build_view(text).instruction
    check_tier(text, 3)


def test_an_email_pasted_alone_is_signed_with_a_role_or_on_one_line() -> None:
    """ "Thanks,\\nMargit (DPO)" and "Thanks, Hugh" close the one email pasted alone."""
    body = (
        "From: dpo@shop.example\nTo: helpdesk@shop.example\nSubject: Erasure DSR-77\n\nHi team,"
        "\nVerified erasure request from Mr Ian Pole. Please go ahead and erase him from the "
        "loyalty CRM and the delivery database today.\n\n"
    )
    for sign_off in ("Thanks,\nMargit (DPO)", "Thanks, Margit"):
        split = split_signed_email(body + sign_off)
        assert split is not None
        assert "erase him" in split[0]
        check_tier(body + sign_off, 3)


def test_a_rendered_dry_run_piped_to_apply_is_no_dry_run() -> None:
    """ "--dry-run=client -o yaml | kubectl apply -f -" applies what the dry run renders."""
    piped = "kubectl create secret generic db --dry-run=client -o yaml | kubectl apply -f -"
    assert NEGATION.search(piped) is None
    assert NEGATION.search("kubectl create secret generic db --dry-run=client -o yaml") is not None
    check_tier(
        "CAB approved. Rotate the booking_app db password on db-prod-01 and update the secret:\n"
        "1. ALTER ROLE booking_app PASSWORD '<new>'\n2. " + piped + "\n"
        "3. kubectl -n bk-prod rollout restart deploy/booking-api",
        3,
    )


def test_an_action_line_after_a_pointer_paragraph_is_the_request() -> None:
    """ "Sam wrote the script (attached)." then "Action: please run it ...": the action line is
    the writer's request, not the input the first paragraph points at."""
    text = (
        "Hi,\n\nDate bug: all slots were stored as local time. Sam wrote the fix-up script "
        "(attached, reviewed). It shifts 40k rows.\n\nAction: please run the conversion against "
        "the production BookIt DB on Monday.\n\nThanks,\nAnna"
    )
    assert "action: please run" in _build_view(text).instruction
    check_tier(text, 3)


def test_an_agent_naming_the_writing_api_it_will_call_is_a_tool_step() -> None:
    text = (
        "Agent proposal: the gala is cancelled. I'll call stripe.refunds.create for each "
        "payment intent below, total £2,940.\npi_9A01 pi_9A02 pi_9A03\nConfirm?\n\nNia: yes"
    )
    check_tier(text, 3)
    reading = text.replace("stripe.refunds.create", "stripe.refunds.list")
    assert turn_rules(reading).tier < 3


def test_approved_sort_it_over_a_forwarded_request_hands_it_over() -> None:
    """The forwarded refund ask is carried out (the hybrid reads it; the rules need a verb)."""
    text = (
        "Approved, sort it. - Helen\n\n---------- Forwarded message ----------\nFrom: Gareth "
        "Lloyd\nSubject: refund\n\nMrs Jones needs her £420 deposit refunded to her card."
    )
    assert classify(text).tier == 3
    # "sort it" alone is no delegation for the rules (the learned scorer, retrained at the SD-SH
    # retirement, gives this list P(tier 3) 0.27 and routes it up: the safe side)
    assert turn_rules("Sort it:\n3\n1\n2").tier < 3


def test_a_result_reported_in_staging_does_not_spare_the_live_ship() -> None:
    text = (
        "Should we ship the new pricing engine to the members' portal today, or hold it until "
        "after the bank holiday?\n- replay of 4 weeks of orders in staging: 0 mismatches\n"
        "- load test 3x peak ok"
    )
    check_tier(text, 3)
    assert turn_rules("Should we ship the new pricing engine in staging first?").tier < 3
