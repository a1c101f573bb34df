"""A pasted checklist run "end to end" (tdj108 of T151, read on 2026-12-02 and left open then).

"Run it end to end this Sunday night" under a cutover checklist hands over all its steps: the
checklist is classified as the request (tdj108's own steps, "load into pg-till-prod", "repoint
the DSN", hold no stakes verb the rules know, and the learned scorer decides there).
"""

from __future__ import annotations

import pytest

from langchain_tiered import _classifier_rules as rules
from langchain_tiered import classifier
from tests.unit_tests.phrasing import turn_rules

_CHECKLIST = (
    "Cutover checklist: booking DB MySQL -> Postgres (Saturday 22:00)\n"
    "[ ] stop the booking app, final backup\n"
    "[ ] export bookings_* tables with bk-export\n"
    "[ ] load into pg-bookings-prod, verify row counts\n"
    "[ ] repoint the BookIt DSN on all four web nodes\n"
    "[ ] test a booking and a cancellation\n"
)


def test_checklist_run_end_to_end_is_handed_over() -> None:
    prompt = _CHECKLIST + "Run it end to end on Saturday night and call Ana if anything fails."
    assert turn_rules(prompt).tier == 3, turn_rules(prompt)  # "stop the booking app" on prod
    assert classifier.classify(prompt).tier == 3, classifier.classify(prompt)


def test_checklist_rehearsed_on_a_test_rig_is_not() -> None:
    prompt = _CHECKLIST.replace("pg-bookings-prod", "pg-bookings-test") + (
        "Run it end to end on the test rig and tell me which step is slowest."
    )
    assert turn_rules(prompt).tier < 3, turn_rules(prompt)
    assert classifier.classify(prompt).tier < 3, classifier.classify(prompt)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("run it end to end this sunday night", True),
        ("carry out the cutover checklist in full tonight", True),
        ("work through the steps end-to-end", True),
        ("the run took end to end about four hours", False),
        ("run the tests end to end", False),
    ],
)
def test_plan_execution_end_to_end(text: str, found: bool) -> None:
    assert (rules.PLAN_EXECUTION.search(text) is not None) is found
