"""Classes of phrasing found on the retired blind set GR and the probe batch T17.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone (through the turn handling), ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_view import _build_view
from tests.unit_tests.phrasing import turn_rules as rules

_PR_WITH_REVIEW = (
    'PR #912  Revert "Batch ledger writes (#880)"\n'
    "author: lpark   base: main   +8 -30\n\n"
    " src/ledger/writer.py\n"
    "-        self._flush_batch(entries)\n"
    "+        for entry in entries:\n"
    "+            self._write(entry)\n\n"
    "Review comments\n"
    "  ana: ok, approved.\n"
    "  Sam (settlements lead): approved, merge and get it onto the ledger cluster before the "
    "17:00 settlement run\n\n"
    "Handle it."
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a patient deteriorating now, and a question about what to give
        (
            "Patient in bay 4 right now, BP 80/45 after the contrast, wheezing. What do I give?",
            3,
        ),
        # a PR whose review thread approves a deploy, handed over with "Handle it."
        (_PR_WITH_REVIEW, 3),
        # a diff pasted, then "merge and ship it to live"
        (
            "PR #77  widen retry window\n-MAX_RETRIES = 3\n+MAX_RETRIES = 5\n\n"
            "Ok merge and ship it to live.",
            3,
        ),
        # personal data released to an outside party
        (
            "The county auditor wants the member extract (names, SSNs, addresses) on their SFTP "
            "by noon. The agreement is still being signed. Can we send it?",
            3,
        ),
    ],
)
def test_retired_set_gr_and_probe_t17(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        "What do I give for anaphylaxis in adults? Explain the protocol for the exam.",
        "The app is crashing on launch, what do I do?",
        "Put it on the staging cluster first.",
        "Can we send the anonymised counts (no names) to the dashboard team?",
    ],
)
def test_near_misses_fire_no_stakes_rule(prompt: str) -> None:
    assert rules(prompt).tier < 3


def test_diff_hunk_lines_are_material_but_bullets_are_not() -> None:
    view = _build_view("Fix the flag:\n-MAX = 3\n+MAX = 5\n+    return MAX")
    assert "max = 5" not in view.instruction
    assert view.code_lines == 3
    bullets = _build_view("Plan for Monday:\n- fix the login bug\n- update the docs")
    assert "fix the login bug" in bullets.instruction
