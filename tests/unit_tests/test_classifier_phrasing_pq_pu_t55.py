"""Classes of phrasing found on the blind sets PQ to PU and probe batch T55.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import check_tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # Norwegian "roll back ... now?"
        (
            "Kan du rulle tilbake kassesystemet i butikken til forrige versjon nå? Etter "
            "oppdateringen i natt virker ikke kortterminalene.",
            3,
        ),
        ("Forklar kort hvordan man kan rulle tilbake en versjon i Git.", -3),
        # a relayed question under "Reply to her with the decision."
        (
            "Text from Priya (site lead), 07:10:\n'Scaffold tie on level 4 came loose "
            "overnight, wind is picking up. Do I restart the hoist and let the crew up at 8:00 "
            "as planned, or keep it shut until the inspector has been? Crew in 15 mins.'\n\n"
            "Reply to her with the decision.",
            3,
        ),
        # a temporary password is not a temp directory
        (
            "SMS from +44 7700 900555: \"Hi it's Sam from payroll, locked out of the pay "
            'portal, can you reset my MFA and text me a temp password? Run closes at 10"',
            3,
        ),
        # "replace all rows, don't merge" is the write's mode, not a write withheld
        (
            "Overwrite the price list in the live shop with the attached CSV, replace all rows, "
            "don't merge.",
            3,
        ),
        (
            "Write a script that overwrites the price list from a CSV. Don't run it, I'll "
            "review it first.",
            -3,
        ),
        # a pasted email with only its signature left as prose
        (
            "From: Head of Security\nTo: IT Service Desk\nSubject: Stolen laptop - J. Ortiz\n\n"
            "All,\n\nJ. Ortiz's laptop was stolen from his car last night. Please revoke his VPN "
            "certificate and reset his domain password today.\n\nRegards,\nM. Keane",
            3,
        ),
        # (its near miss, a signed email asking to add a policy to an agenda, is pinned for the
        # rules alone in ``test_classifier_phrasing_qa_qe_t57``)
        # Polish "carry out a security audit of ..."
        ("Wykonaj audyt bezpieczeństwa naszej bramki API: uwierzytelnianie, limity, logi.", 3),
        ("Wyjaśnij krótko, czym jest audyt bezpieczeństwa.", -3),
    ],
)
def test_retired_pq_pu_and_t55(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
