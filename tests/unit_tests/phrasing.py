"""Shared by the ``test_classifier_phrasing*`` modules: the classifier's rules alone."""

from __future__ import annotations

from langchain_tiered import classifier
from langchain_tiered.classifier import Classification


def rules(prompt: str) -> Classification:
    """Classify with the rules only (no learned second opinion)."""
    return classifier._classify_text(prompt, False)


def turn_rules(prompt: str) -> Classification:
    """The rules only, through the turn handling (pasted transcripts, threads, short replies)."""
    return classifier._classify_turns(prompt, False)


#: A near miss's expected tier: any tier below 3 is right (the exact one is not pinned).
NEAR_MISS = -3


def check_tier(prompt: str, tier: int) -> None:
    """The rules alone (through the turn handling) and the shipped hybrid both give ``tier``;
    for :data:`NEAR_MISS`, both stay below 3."""
    for result in (turn_rules(prompt), classifier.classify(prompt)):
        if tier == NEAR_MISS:
            assert result.tier < 3, result
        else:
            assert result.tier == tier, result
