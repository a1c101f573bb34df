"""Shared by the ``test_classifier_phrasing*`` modules: the classifier's rules alone."""

from __future__ import annotations

from langchain_tiered import classifier
from langchain_tiered.classifier import Classification
from tests.unit_tests.hybrid_routes_up import HYBRID_ROUTES_UP


def rules(prompt: str) -> Classification:
    """Classify with the rules only (no learned second opinion)."""
    return classifier._classify_text(prompt, False)


def turn_rules(prompt: str) -> Classification:
    """The rules only, through the turn handling (pasted transcripts, threads, short replies)."""
    return classifier._classify_turns(prompt, False)


#: A near miss's expected tier: any tier below 3 is right (the exact one is not pinned).
NEAR_MISS = -3


def _meets(result: Classification, tier: int) -> bool:
    return result.tier < 3 if tier == NEAR_MISS else result.tier == tier


def check_hybrid(prompt: str, tier: int) -> None:
    """The shipped hybrid gives ``tier`` (below 3 for :data:`NEAR_MISS`), unless the prompt is
    one the learned scorer routes up (:data:`HYBRID_ROUTES_UP`): then the rules alone give
    ``tier`` and the hybrid gives 3 (route up, never down)."""
    result = classifier.classify(prompt)
    if prompt in HYBRID_ROUTES_UP:
        assert _meets(turn_rules(prompt), tier), turn_rules(prompt)
        assert result.tier == 3, result
    else:
        assert _meets(result, tier), result


def check_tier(prompt: str, tier: int) -> None:
    """The rules alone (through the turn handling) give ``tier`` (below 3 for
    :data:`NEAR_MISS`), and so does the shipped hybrid (see :func:`check_hybrid`)."""
    assert _meets(turn_rules(prompt), tier), turn_rules(prompt)
    check_hybrid(prompt, tier)
