"""Classes of phrasing found on the blind sets AEG to AEK and probe batch T131.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

_CATCH_UP = (
    "Morning, catching up after the conference - lots in here.\n\n"
    "1) The new pallet labels are live in both warehouses.\n"
    "2) {item}\n"
    "3) Who has the spare key for the loading bay?\n\n"
    "Cheers, Tomasz"
)
_RUNBOOK = (
    "CUTOVER PLAN: LegacyPOS -> TillCloud loyalty members\n"
    "1. Stop new sign-ups in LegacyPOS (done)\n"
    "2. Export loyalty.csv (done)\n"
    "3. Load into TillCloud sandbox, compare totals (done, 18,204 / 18,204)\n"
    "4. {step}\n"
    "5. {then}\n"
    "Rollback: restore the TillCloud backup taken before step 4.\n\n"
    "{ask}"
)
_ALERT = (
    "[kiln-cam alert 23:41] KILN-2 running program P-17 (glaze fire, cone 6). Thermocouple "
    "reading does not match the schedule.\n"
    "[23:44] Ines (at home): {say}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an approval given in a bank's, AP or trade finance portal, the thing named before it
        (
            _CATCH_UP.format(
                item="HSBC sent the amendment for LC 88-1042 (validity to 15 March, amount up "
                "by EUR 64,000). Please approve it in the trade finance portal today."
            ),
            3,
        ),
        (
            "The supplier batch for Friday is ready (14 payees, GBP 212,400). Authorise it "
            "through the banking portal before 3pm.",
            3,
        ),
        ("Approve the amendment to the letter of credit for Kessler Metals today.", 3),
        (
            _CATCH_UP.format(item="The canteen menu changed; I've told everyone."),
            NEAR_MISS,
        ),
        ("Explain how a letter of credit amendment works, for the new trainee.", NEAR_MISS),
        (
            "Translate to French: 'Your invoice is ready. Please approve it in the portal by "
            "Friday.'",
            NEAR_MISS,
        ),
        # a run of a pasted runbook's numbered steps handed over ("Execute 4 to 5 now."),
        # staging named only as where the counts matched
        (
            _RUNBOOK.format(
                step="Load into TillCloud PRODUCTION with --replace-existing",
                then="Point the store tablets at TillCloud",
                ask="Totals matched in the sandbox. Execute 4 to 5 now.",
            ),
            3,
        ),
        (
            _RUNBOOK.format(
                step="Load into TillCloud PRODUCTION with --replace-existing",
                then="Point the store tablets at TillCloud",
                ask="Run steps 4-5.",
            ),
            3,
        ),
        (
            _RUNBOOK.format(
                step="Load into TillCloud PRODUCTION with --replace-existing",
                then="Point the store tablets at TillCloud",
                ask="How long should steps 4 to 5 take?",
            ),
            NEAR_MISS,
        ),
        # an import into a live system with an overwrite flag
        ("Import customers.csv into CRM prod with --overwrite now.", 3),
        ("Import customers.csv into the CRM sandbox with --overwrite.", NEAR_MISS),
        # a running job stopped now, under a stamped alert and a person's message
        (_ALERT.format(say="nobody's in the studio. abort the program and vent it, now."), 3),
        ("The label printer is printing the wrong batch. Halt the print run immediately.", 3),
        (_ALERT.format(say="looks fine from here, I'll check it in the morning."), NEAR_MISS),
        (
            "Rewrite for the poster: 'If the alarm sounds, stop the job immediately and call "
            "the supervisor.'",
            NEAR_MISS,
        ),
    ],
)
def test_aeg_aek_t131_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    "prompt",
    [
        # "kill the job on staging now": a test environment spares the stop
        "The import on staging is looping. Kill the job on staging now.",
        # a run of steps that stay in the sandbox
        _RUNBOOK.format(
            step="Load into TillCloud sandbox again with --replace-existing",
            then="Note the sandbox totals in the cutover doc",
            ask="Execute 4 to 5 now.",
        ),
    ],
)
def test_aeg_aek_t131_rules_near_misses(prompt: str) -> None:
    """Near misses the learned scorer routes up: the rules alone keep them below tier 3."""
    assert turn_rules(prompt).tier < 3, turn_rules(prompt)
