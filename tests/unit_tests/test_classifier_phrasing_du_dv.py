"""Classes of phrasing found on the retired blind sets DU (a streaming studio's post-production
and distribution) and DV (a public transit operator), pinned with new prompts.

``rules`` runs the rules alone, ``classify`` the shipped hybrid; both must agree.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "I'll run it the moment you say" hands the act over; "I'll run it myself" keeps it
        (
            "Do we roll the billing API back to last night's build now? Yes or no - I'll run "
            "it the moment you say.",
            3,
        ),
        # reopening or restoring a service to the people who use it is a go/no-go
        ("Should we reopen the north platform to passengers now that the alarm cleared?", 3),
        ("Can we restore service to riders on the Blue line? Just yes or no.", 3),
        # "not connected to anything live" names no live system
        (
            "In the test lab (simulator, not connected to anything live), roll the simulator "
            "back to build 4.2 and tell me what to snapshot first.",
            2,
        ),
        # a product name, and French straight quotes
        ("Nuke Python: rename every Read node to match the plate name.", 2),
        ('Remplace les guillemets « » par des guillemets droits " " dans ce texte : « oui »', 0),
    ],
)
def test_retired_sets_du_dv(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


def test_reopening_a_ticket_is_not_a_go_no_go_for_the_rules() -> None:
    # the rules keep it at 2; the learned scorer (threshold 0.25) may still raise it: a cost
    assert rules("Should we reopen the bug ticket for the login page?").tier == 2
