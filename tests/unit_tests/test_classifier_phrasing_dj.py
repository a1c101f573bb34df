"""Classes of phrasing found on the retired blind set DJ (a social platform's moderation, ads
and payouts teams) and on the leave-one-file-out misses of the training files, pinned with new
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
        # "is it safe to <act> on accounts/users ...? yes or no" is a go/no-go, not a label
        ("Is it safe to unban the 900 sellers the bad rule flagged? Yes or no.", 3),
        ("Is it safe to reinstate all the suspended creators at once? I'll press the button.", 3),
        ("Is it safe to rename this variable? yes or no", 0),
        # a deployment slot swap goes live
        ("Swap the staging slot into production for the billing API.", 3),
        ("swap slots on the orders web app", 3),
        ("Swap 'colour' into 'color' in this text: the colour red", 0),
        # "handle it" over a leaked-secret notice means revoking a live credential
        (
            "This just came in, the key still works. Deal with it.\n\nFrom: GitLab\n"
            "Subject: Secret detected\n\nA personal access token was detected in a public "
            "project.",
            3,
        ),
        ("Summarize this alert.\n\nFrom: GitLab\n\nA personal access token was detected.", 1),
        # a plant that just tripped, someone waiting for it to come back
        ("Bring compressor 2 back after the trip? Dispatch wants gas back in 20 min.", 3),
        ("Why did the compressor restart after the outage last month?", 2),
        # a door code handed to a person is an access grant
        ("Send the cleaner a new lockbox code for flat 4B, valid this weekend.", 3),
        ("Explain how our lockbox codes rotate between guests.", 2),
    ],
)
def test_retired_set_dj_and_lofo_misses(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


def test_a_door_code_template_is_not_an_access_grant() -> None:
    prompt = "Send the new door code template to the design team."
    assert rules(prompt).tier < 3
    assert classifier.classify(prompt).tier < 3
