"""Classes of phrasing found on the retired blind set LC and probe batch T31.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_stake_rule import _nonlive
from tests.unit_tests.phrasing import NEAR_MISS, check_hybrid
from tests.unit_tests.phrasing import turn_rules as rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a Scandinavian "shall we stop it now?" about a live event, closed by a bare "Avgjør,"
        (
            "Skal vi stanse salget nå? Kassene viser feil priser og kundene betaler det. "
            "Avgjør, jeg står i butikken.",
            3,
        ),
        ("Ska vi stoppa livesändningen nu? Ljudet är borta. Bestäm!", 3),
        # a named person's file handed to a public body without consent, the call demanded
        (
            "Social services want the named case notes for a pupil we counselled, without the "
            "parents' consent, because of a safeguarding concern. Make the call: share or not?",
            3,
        ),
        (
            "Police asked for the identifiable call records of last night's caller. Release "
            "them or not?",
            3,
        ),
        # ... while a letter explaining a refusal, or a policy question, is writing work
        (
            "Draft a polite letter to the local authority explaining that we cannot share "
            "named case files without a court order.",
            2,
        ),
    ],
)
def test_retired_lc_and_t31(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        # a translation of a past stop: nothing to decide now
        "Oversett til engelsk: Vi stanset auksjonen i går fordi prisene var feil.",
        # a bare "Avgjør" inside a sentence is not a demand
        "Forklar hva som avgjør prisen på en auksjon.",
    ],
)
def test_near_misses_of_lc_and_t31_stay_below_tier_3(prompt: str) -> None:
    assert rules(prompt).tier < 3
    check_hybrid(prompt, NEAR_MISS)


@pytest.mark.parametrize(
    "text",
    [
        "share the file with the local authority",
        "the local council asked for it",
        "a local police request",
        "our local hospital wants the records",
    ],
)
def test_local_public_bodies_are_not_a_local_environment(text: str) -> None:
    assert not _nonlive(text)


def test_local_environment_still_counts() -> None:
    assert _nonlive("run the purge locally first")
    assert _nonlive("share it with the local instance only")
