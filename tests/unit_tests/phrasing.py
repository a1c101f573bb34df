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
