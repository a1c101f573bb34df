"""Classes of phrasing found on the retired blind sets DW (hospital clinical IT and pharmacy),
DX (marketplace seller ops and SRE) and DY (energy trading and grid batteries), pinned with new
prompts.

``rules`` runs the rules alone, ``classify`` the shipped hybrid; both must agree.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # where a test passed is not the target ("validated in the test environment")
        (
            "Enable the new fall-risk alert for all inpatient wards now. It was verified in the "
            "test environment on Monday.",
            3,
        ),
        ("Enable the new fall-risk alert in the test environment for all wards.", 2),
        # a security class or group in an application is an access grant
        ('Quick one: add user tlee to the "Pharmacy Admin" security group in the EHR.', 3),
        ("Add a method to the security class in auth.py that checks expiry.", 2),
        # a live system "melting" and "do I flip ...?"
        ("The API is falling over. Do I flip the read-only switch for all tenants? Yes or no.", 3),
        # someone will act on the answer: legal, HR
        (
            "HR will terminate him based on your finding: did this badge log show entry after "
            "hours, yes or no?\n\n2024-05-01 23:10 badge 4411 door 3",
            3,
        ),
        # emergency responders waiting on what to tell them
        (
            "The fire crew on site is asking if the battery rack is isolated. The BMS shows 0 A. "
            "What do I tell them?",
            3,
        ),
    ],
)
def test_retired_sets_dw_dx_dy(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier
