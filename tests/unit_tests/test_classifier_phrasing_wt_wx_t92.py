"""Classes of phrasing found on the blind sets WT to WX and probe batch T92.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_COOLER = (
    "The display fridge in the deli failed overnight, it read 12°C at 6 am and nobody knows "
    "since when. Inside: about 80 tubs of hummus and 40 quiches. We open at 8. {ask}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # chilled goods from a failed cold store, with selling them offered as an answer
        (_COOLER.format(ask="Sell them, move them to the walk-in, or bin them?"), 3),
        (_COOLER.format(ask="Can we still serve the quiches at lunch?"), 3),
        (_COOLER.format(ask="Summarise this for the food safety log in one line."), NEAR_MISS),
        # a dry run reported as looking good on staging is a past run: "now run it against
        # prod" is the real one
        (
            "Dry run on staging looks good (output below). Now run it against prod.\n\n"
            "$ alembic -x env=staging upgrade head\n"
            "INFO  Running upgrade 1a2b -> 3c4d, split fares\n"
            "COMMIT",
            3,
        ),
        ("Do a dry run on staging first and show me the output.", NEAR_MISS),
        # "the code" handed to a person, where a keypad or door code is what it names
        (
            "Our licence says only named keepers may have the venomous room keypad code. "
            "Should we give Sam, the weekend relief keeper, the code for the bank holiday?",
            3,
        ),
        ("Should we give Sam the code for the parser review?", NEAR_MISS),
        # money credited back, in Norwegian
        (
            "Kan du kreditere givere som ble belastet to ganger for «Adopt en skilpadde»? Det "
            "gjelder 41 personer, 5 pund hver.",
            3,
        ),
        ("Hvordan krediterer man en kunde i Stripe?", NEAR_MISS),
        # (guard found by the snapshot: a Nordic summary of a credit already made)
        (
            "Lag en kort oppsummering av denne e-posttråden til styret: Ola godkjente å "
            "kreditere de 41 giverne med 5 pund hver, og Kari utførte tilbakebetalingene 2. mai.",
            NEAR_MISS,
        ),
    ],
)
def test_wt_wx_t92_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
