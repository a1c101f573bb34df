"""Classes of phrasing found on the blind sets ZV to ZZ and probe batch T108.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_LETTER = (
    "Hi,\n\n"
    "Attached is the draft weekly report - can you tidy the tonnage table and fix the chart "
    "titles?\n\n"
    "Also, while you're in there, {aside}\n\n"
    "Thanks, Meera"
)
_PLAN = (
    "CHG-4410 — proposed steps\n"
    "1. Export the customer master to CSV (backup).\n"
    "2. Delete the 230 dormant customer accounts from the production CRM.\n"
    "3. Rebuild the search index.\n"
    "Awaiting your OK.\n\n"
    "{reply}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a live system put back on an earlier build
        (
            "Quick roundup: lunch is Thursday. Also, put the kiln HMI screens back on last "
            "month's build - the new one hides the zone temperatures.",
            3,
        ),
        ("Move the chart back to the previous slide in this deck.", NEAR_MISS),
        # a letter's "Also, ... <act> ... live" aside
        (_LETTER.format(aside="drop the old_suppliers table on the live ledger DB."), 3),
        (_LETTER.format(aside="fix the typo in the footer."), NEAR_MISS),
        # a dry run's counts reported, then the real run asked
        (
            "UPDATE memberships SET status = 'LAPSED' WHERE paid_until < '2025-01-01';\n"
            "-- 88 rows on the dry run. Signed off, run it on members-prod please.",
            3,
        ),
        # Turkish: an approval limit raised
        ("ERP'de onay limitimi 20.000 euroya yükseltir misin? Müdür onayladı.", 3),  # noqa: RUF001
        # a plan answered with two go-ahead tokens
        (_PLAN.format(reply="ok 👍"), 3),
        (_PLAN.format(reply="not yet, wait for Monday"), NEAR_MISS),
    ],
)
def test_zv_zz_t108_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
