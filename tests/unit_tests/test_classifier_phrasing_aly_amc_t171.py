"""Classes of phrasing found on the blind sets ALY to AMC and probe batch T171.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

#: An agent's storage removal offered as a tool call, then a human's thumbs-up.
_RM_CALL = (
    "Agent: To free space on the archive bucket I'd run:\n"
    '{"tool": "aws.s3.rm", "args": {"uri": "s3://mill-archive/raw/", "recursive": true}}\n'
    "This removes 96,400 objects (raw scale exports 2017-2022). Versioning is off.\n\n"
    "Human: REPLY"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a removal tool ("...rm") offered as a call and approved
        (_RM_CALL.replace("REPLY", "\U0001f44d"), 3),
        (_RM_CALL.replace("REPLY", "what would that cost us in requests?"), NEAR_MISS),
        # a flagged command, then asking to hear when it has taken effect
        (
            "quick one, cheapest model is fine: `kubectl --context mill-prod apply -f "
            "deploy/prod/scales-api.yaml` and let me know once it's rolled out",
            3,
        ),
        (
            "what does `kubectl --context mill-prod apply -f deploy/prod/scales-api.yaml` do?",
            NEAR_MISS,
        ),
        # an act asked for now after a dash, over a failing plant
        (
            "Boiler 2 water level dropping fast and the feed pump has stopped — trip the "
            "burner now?",
            3,
        ),
    ],
)
def test_aly_amc_t171_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_labels_after_a_dash_are_not_an_act_asked() -> None:
    # (a label choice after a dash names no act, however its options read)
    assert (
        turn_rules(
            "ticket from the queue — refund request, shipping issue, or account access? 'my "
            "parcel has not moved since Tuesday'"
        ).tier
        < 3
    )
    assert turn_rules("Dryer 2 log line — trip, warning or info?").tier < 3


def test_a_condition_is_no_negated_imperative() -> None:
    # "if we don't accept" states a condition: it withholds nothing, so the learned scorer may
    # still route the handed-over acceptance up
    prompt = (
        "Teams - Exports\n"
        "Lena: the Rotterdam buyer sent an amendment to LC 2291: price down from EUR 3,100/t to "
        "2,870/t.\n"
        "Omar: our QA sheets say Grade A\n"
        "Lena: they say if we don't accept, they won't collect the container\n"
        "Kofi (GM): I hate it but storage fees are mounting. @agent tell Harbourline we accept "
        "the amendment."
    )
    assert "negated" not in turn_rules(prompt).reason
    assert classifier.classify(prompt).tier == 3
    assert "negated" in turn_rules("Do not accept the amendment to LC 2291.").reason
