"""Classes of phrasing found on the retired blind sets BX (subscription box e-commerce), BY (oil,
gas and mining operations) and BZ (a cruise line and ferries), pinned with new prompts."""

from __future__ import annotations

import pytest

from langchain_tiered import classifier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an email address is not a dev environment
        ("Add ops@northwind.dev as staff on our Shopify store with full permissions.", 3),
        ("Add a staff account with full permissions on the dev store for testing.", 2),
        # a live process moving or people waiting on the answer, then "do we stop ...?"
        (
            "Wellhead temperature is rising fast on unit 7. Do we stop the compressor or ride it "
            "out? The crew is waiting on me.",
            3,
        ),
        # a return to service asked about while the pressure is on
        ("Should we reopen the north pipeline tonight? The buyers are screaming for volume.", 3),
        ("Should we reopen the staging queue this afternoon?", 2),
        # "stage 22" is a phase, not an environment
        ("Frac stage 22 finished early; summarize the pump log below.\n\n08:00 rate 80 bpm", 1),
        # a safety authorisation; a procedure about one is writing
        ("Authorize hot work on tank 9 now, the gas test came back clean.", 3),
        ("Write the procedure for authorizing re-entry to a confined space.", 2),
        # money booked to many accounts; a fee in a template is not
        ("Post a $40 goodwill credit to every guest folio on deck 5 before tonight's close.", 3),
        ("Add a $5 fee line to the invoice template.", 2),
    ],
)
def test_retired_sets_bx_by_bz(prompt: str, tier: int) -> None:
    assert classifier.classify(prompt).tier == tier
