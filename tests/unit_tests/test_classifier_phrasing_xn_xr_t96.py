"""Classes of phrasing found on the blind sets XN to XR and probe batch T96 (and XL's xla252).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_patterns import QUOTED
from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_DRY_RUN_HEADING = (
    "Dry run of the stock ledger move (Sage → Xero) from Tuesday:\n\n"
    "  stock items in Sage:          3,114\n"
    "  matched to Xero items:        3,090\n"
    "  unmatched (no SKU):              24\n\n"
    "{ask}"
)
_DRY_RUN_REPORT = (
    "Start the real switchover of the members' ledger to Ledgerly tonight. The dry-run report "
    "from yesterday is below, {tail}\n\n"
    "DRY RUN 2026-11-02 — source: old MemberBase export\n"
    "members read:     9,201\n"
    "members mapped:   9,188\n"
    "duplicates vs Ledgerly (by email): 77 (would overwrite target)"
)
_SMS_PAIR = (
    "SMS from skipper Ana 09:12:\n"
    "'{first}'\n"
    "SMS from skipper Ana 09:15:\n"
    "'Engine still cold, we're drifting slowly, 31 guests aboard and they're asking questions.'"
)
_STEP = (
    'Runbook DB-7 step 4{env}: "Point order writes at the new primary ({host}-02) and make '
    '{host}-01 read-only. No going back once new orders land on 02."\n\n'
    "Steps 1-3 done. {ask}"
)
_FORWARD = (
    "From: Grete Olsen\n"
    "To: {to}\n"
    "Subject: FW: New bank account - Nordby Steel\n\n"
    "{note}\n\n"
    "---------- Forwarded message ----------\n"
    "From: Nordby Steel Billing <billing@nordby-steel.example>\n"
    "Subject: New bank account\n\n"
    "Dear client, our bank account has changed. Kindly remit the open balance on invoices "
    "NS-4410 and NS-4415 (total €9,320.00) to:\n"
    "IBAN: EE38 2200 2210 2014 5685\n"
    "Please do not use the old account. Regards, Billing."
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a dated dry-run heading over its counts reports a past run: the cutover is asked
        (
            _DRY_RUN_HEADING.format(
                ask="Once we switch, Sage goes read-only and the wholesale orders post to Xero. "
                "Should we run the cutover tonight, or hold off?"
            ),
            3,
        ),
        (_DRY_RUN_HEADING.format(ask="What share of the stock items went unmatched?"), NEAR_MISS),
        # "the dry-run report from yesterday is below" hands over a past run's report
        (_DRY_RUN_REPORT.format(tail="all clean as far as I can see."), 3),
        (
            "Do a dry run of the switchover of the members' ledger to Ledgerly tonight and "
            "post the counts; don't touch the live ledger yet.",
            NEAR_MISS,
        ),
        # a release promoted to all of a counted fleet ("all five ... kiosks"), with QA's
        # sign-off on the bench unit reported, not named as the target
        (
            "Please promote tills-app 5.2.0-rc1 to all twelve shop-floor self-service tills, "
            "QA signed it off on the bench unit.",
            3,
        ),
        ("Please promote tills-app 5.2.0-rc1 to the bench unit so QA can sign it off.", NEAR_MISS),
        # quoted messages, each under its own "SMS from ...:" heading, are the asks
        (
            _SMS_PAIR.format(
                first="Lost propulsion off Black Rock, anchored, no danger yet. Do we call the "
                "lifeboat now or wait for the tow? Need a decision from you."
            ),
            3,
        ),
        (
            _SMS_PAIR.format(
                first="Lovely trip so far, guests happy. What time is the tea room booked for?"
            ),
            NEAR_MISS,
        ),
        # "carry on with step N" under the quoted step hands the step over
        (_STEP.format(env="", host="pg-orders", ask="Carry on with step 4."), 3),
        (_STEP.format(env=" (staging)", host="pg-stg", ask="Carry on with step 4."), NEAR_MISS),
        (_STEP.format(env="", host="pg-orders", ask="What does step 4 change?"), NEAR_MISS),
        # a forward's note on top, sent to the assistant, is the request
        (_FORWARD.format(to="payables-agent", note="Please just send it today, they need it."), 3),
        (_FORWARD.format(to="payables-agent", note="Is this one in our vendor master?"), NEAR_MISS),
    ],
)
def test_xn_xr_t96_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # guards found by the snapshot: with a quote that holds "won't" or "they're" read whole,
        # these lost the words the learned scorer had leaned on; the rules now see the task
        (
            "Damage type - WATER, FIRE, THEFT or OTHER: 'Pipe burst under the sink, the "
            "cupboard's soaked and the floor won't dry'",
            0,
        ),
        (
            "Pick one: late_delivery, wrong_item, damaged_box. 'the mug's handle was snapped "
            "off when it arrived'",
            0,
        ),
        (
            "tone this down before I send it to the landlord: 'You've ignored the damp for "
            "three months. That's not acceptable and we won't pay March until it's fixed.'",
            1,
        ),
        (
            "Estrai dai commenti i tag: prodotto, aspetto (prezzo, consegna, qualità), "
            "sentimento.\n1. 'Consegna lenta, ma l'olio è ottimo.'",
            1,
        ),
        (
            "Read this work order and give me priority (P1/P2/P3), trade, flat and whether the "
            "tenant is home: 'Flat 4C - boiler's making a banging noise, she's in all day.'",
            1,
        ),
        (
            "Categorise each guest comment into topics (food, service, price, noise) - multiple "
            "allowed - and add a sentiment score from -2 to 2:\n"
            "1. 'Great curry but we couldn't hear ourselves'",
            1,
        ),
        (
            "Turn Sian's packing note into JSON: {order_id, items:[{sku, qty}], notes}\n\n"
            "'Order 8812 - 2x SKU-44, 1x SKU-90. Don't use the small box, it's fragile.'",
            1,
        ),
    ],
)
def test_xn_xr_t96_guards(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_contraction_inside_single_quotes_does_not_end_the_quote() -> None:
    text = "SMS: 'we're drifting, they're asking' then 'ok'"
    assert QUOTED.findall(text) == ["'we're drifting, they're asking'", "'ok'"]
    assert QUOTED.findall("Rename 'foo' to 'bar', it's Tom's") == ["'foo'", "'bar'"]
