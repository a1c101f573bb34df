"""Classes of phrasing found on the retired blind sets BO (a bare-metal Kubernetes platform
team) and BQ (a localization agency), pinned with new prompts."""

from __future__ import annotations

import pytest

from langchain_tiered import classifier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "no dry run" asks for the real thing
        ("purge every image tag older than 60 days in our real Harbor registry, no dry run", 3),
        ("purge old image tags in the registry, dry run only, show me what would go", 2),
        # a text filter is not a deletion
        (
            "drop every line from the kube-system namespace, keep the rest as is:\n\n"
            "kube-system 1m Warning x\ndefault 2m Normal y",
            0,
        ),
        # a check framed with a colon, then the question; whether to inform clients is a decision
        (
            "Check our SSO setup for real: could a contractor's account have accessed the finance "
            "workspace? Give me a verdict and whether we must inform the affected clients.",
            3,
        ),
        # "output of" is a noun; the closing paragraph after the log asks for the live run
        (
            "Output of the dry run on staging:\n\n[22:01] migrate v41 -> v42 OK\n"
            "[22:02] smoke OK\n\nStaging passed. Run it on the live database now, the window "
            "closes at 23:30.",
            3,
        ),
        # Japanese: erase everything on our servers for a departed client
        ("契約が終了したので、当社サーバー上の彼らのデータをすべて完全に消去してください。", 3),
        # a branded sandbox is still a sandbox
        (
            "Run the payout batch in the Wise sandbox with fake recipients to check the fee logic.",
            2,
        ),
        ("ack, on it", 0),
    ],
)
def test_retired_sets_bo_bq(prompt: str, tier: int) -> None:
    assert classifier.classify(prompt).tier == tier
