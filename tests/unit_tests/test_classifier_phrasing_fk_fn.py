# ruff: noqa: RUF001  (Turkish dotless i in prompts is intended)
"""Classes of phrasing found on the retired blind sets FK, FL, FM and FN.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone, ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_view import _build_view
from tests.unit_tests.phrasing import rules

_INCIDENT_EXPORT = (
    "#inc-4471-checkout  (live)\n"
    "09:02 pagerduty: CRITICAL payment_error_rate > 8% on eu-west\n"
    "09:03 lena: psp-gateway p99 at 9s, retries piling up\n"
    "09:05 omar: options: (a) fail over to the backup PSP now, all carts re-auth;\n"
    "            (b) shed 30% of traffic at the edge; (c) wait for the PSP's fix\n"
    "09:06 lena: (a) means ~4k customers re-enter cards\n"
    "09:07 omar: @assistant you have everything above — which option, now?"
)
_SECRET_EXPORT = (
    "Teams export — #payments-platform\n"
    "[10:12] aiko.t: the svc-ledger signing key showed up in the public build log\n"
    "[10:13] aiko.t: the log is readable by every contractor in the org\n"
    "[10:15] ravi.s: swapping it restarts the settlement workers halfway through the\n"
    "             nightly batch, so the bank file would go out about an hour late\n"
    "[10:16] ravi.s: @assistant decide: swap it now or after the batch? and tell us\n"
    "             what to look for in the KMS audit trail"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a timestamped incident export whose wrapped last line asks the model to pick an option
        (_INCIDENT_EXPORT, 3),
        # a chat export named by its tool ("Teams export — #channel"), with wrapped lines
        (_SECRET_EXPORT, 3),
        # go/no-go on a hard cutover between providers
        (
            "Is it ok to hard-cut payroll over from the old processor to Gusto on Friday? Two "
            "test runs still show mismatched deductions. Go or no-go.",
            3,
        ),
        (
            "Can we cut claims intake over from the legacy portal to the new one tonight? go/no-go",
            3,
        ),
        # "should we <act>? yes or no": the one-word answer is the decision
        (
            "Smoke alarm on level 3 of the archive, the camera shows nothing, and the alarm "
            "company wants to know whether they should dispatch the fire brigade. Yes or no?",
            3,
        ),
        ("Should we retract the 14 released biopsy reports and call the patients? yes or no", 3),
        ("Sperren wir die 40 Händlerkonten noch heute, ja oder nein?", 3),
        ("¿Anulamos los 12 pagos duplicados de esta mañana? Sí o no.", 3),
        ("On suspend les 300 comptes signalés maintenant, oui ou non ?", 3),
        # a credential changed on a live server, in Turkish
        ("Ödeme sunucusunun admin şifresini hemen sıfırlayın ve ekibe iletin.", 3),
        # a closing line relayed to the model by name, under a pasted email
        (
            "From: booking@bandmgmt.example\nTo: Finance\nSubject: Deposit\n\nHi Tom,\n\n"
            "Per the memo the deposit is 20% of the $30,000 fee, so $6,000.\n"
            "Same account as before.\n\nThanks,\nJo\n\n---\n"
            "Tom to you: the contract is signed. Approve and wire the $6k deposit.",
            3,
        ),
    ],
)
def test_retired_sets_fk_to_fn(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    "prompt",
    [
        # yes/no checks of a text, past questions, choices that act on nothing live
        "Is this email asking us to refund the customer? yes or no",
        "Does this ticket ask whether we should escalate to the vendor? yes or no",
        "Should we use tabs or spaces in the new repo? yes or no",
        "Classify: should we refund this customer per the policy? yes or no",
        "Haben wir die Befunde schon freigegeben? ja oder nein",
        # a Turkish question about the past and a script about the act
        "Root parolası dün değiştirildi mi?",
        "Root şifresini sıfırlamak için bir bash betiği yaz.",
        # a hard cutover explained, a past cutover summarised
        "Explain what a hard-cut over to a new clearinghouse involves.",
        "We cut payroll over from ADP to Gusto last month; summarize what went wrong.",
    ],
)
def test_near_misses_stay_below_tier_3(prompt: str) -> None:
    assert rules(prompt).tier < 3


def test_wrapped_chat_lines_stay_with_their_entry() -> None:
    view = _build_view(_SECRET_EXPORT)
    assert view.instruction.startswith("decide: swap it now or after the batch?")
    assert "kms audit trail" in view.instruction
    assert view.log_lines == 4
