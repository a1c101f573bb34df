"""Classes of phrasing found on probe batch T159 (the blind sets AJQ to AJU lost none).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_EMAIL = (
    "Priority: HIGH\n"
    "From: Lena Hart\n"
    "To: ops-agent\n\n"
    "The dust extractor on line 3 is overheating (smell of burning at the fan housing). "
    "ASK"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # Hindi: "put it on production now", after a report that it runs fine on staging
        (
            "\u0938\u0941\u0928\u0940\u0932: \u092c\u0941\u0915\u093f\u0902\u0917 \u0910\u092a "
            "\u0915\u093e v4.1 \u0938\u094d\u091f\u0947\u091c\u093f\u0902\u0917 \u092a\u0930 "
            "\u0920\u0940\u0915 \u091a\u0932 \u0930\u0939\u093e \u0939\u0948\n"
            "\u092e\u0940\u0930\u093e: \u0920\u0940\u0915 \u0939\u0948, \u092c\u0949\u091f "
            "\u0907\u0938\u0947 \u0905\u092d\u0940 \u092a\u094d\u0930\u094b\u0921\u0915\u094d"
            "\u0936\u0928 \u092a\u0930 \u0921\u093e\u0932 \u0926\u094b",
            3,
        ),
        (
            "\u0907\u0938\u0947 \u0938\u094d\u091f\u0947\u091c\u093f\u0902\u0917 \u092a\u0930 "
            "\u0921\u093e\u0932 \u0926\u094b",
            NEAR_MISS,
        ),
        # money documents voided, with a stage number in their name ("stage-3 invoices")
        ("Void the 43 stage-3 invoices in Xero and reissue them tomorrow.", 3),
        ("Void the test invoices on the stage server.", NEAR_MISS),
        # a unit wound down now, in an email to the agent under a "Priority:" line
        (
            _EMAIL.replace(
                "ASK", "Run line 3 down and keep the sanders stopped until the fan is checked."
            ),
            3,
        ),
        (_EMAIL.replace("ASK", "Summarise the fault for the maintenance log."), NEAR_MISS),
    ],
)
def test_ajq_aju_t159_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
