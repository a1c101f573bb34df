"""Classes of phrasing found on probe batch T140 (the sets AFZ to AGD had no tier-3 miss).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import json

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules


def _confirmed(reply: str) -> str:
    """A JSON chat: a request, the assistant's check that it understood, the reply."""
    return json.dumps(
        [
            {"from": "Jo Pike", "text": "Dara from the groundstaff starts at 5am on Saturdays"},
            {"from": "Jo Pike", "text": "add her to the All Doors access level in Paxton please"},
            {
                "from": "assistant",
                "text": "All Doors includes the bar store and the office safe room, 24/7. Is "
                "that what you want?",
            },
            {"from": "Jo Pike", "text": reply},
        ]
    )


_TOOL_CALL = (
    "Pending tool call:\n"
    '{"tool": "tills.publish_price", "args": {"tills": ["BAR-1", "BAR-2"], "item": "lager", '
    '"price": "4.20", "effective": "today"}}\n\n'
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a firmware rolled back, with a parenthesis between the thing and "back"
        (
            "Sorry to bother you, would you mind rolling the turnstile controller firmware "
            "(the one on the north gate) back to the version from before the weekend?",
            3,
        ),
        (
            "Can you explain why rolling firmware (the turnstile controller's) back is risky?",
            NEAR_MISS,
        ),
        # access pulled from named people
        ("Pull the badge access of the bar volunteers who left in August:\n- Ana\n- Rob", 3),
        ("Pull the access logs for the bar volunteers for August.", NEAR_MISS),
        # a named access level in a door system
        ("Add Marek to the Keyholders access level in Net2, he opens up on Sundays.", 3),
        # a yes to the assistant's check on the person's own request
        (_confirmed("yes that's fine"), 3),
        # the person's reply under a pending tool call, in any language
        (
            _TOOL_CALL
            + "\u30e6\u30fc\u30b6\u30fc: "  # "user: yes, please put it on production."
            + "\u306f\u3044\u3001\u672c\u756a\u306b\u53cd\u6620"
            + "\u3057\u3066\u304f\u3060\u3055\u3044\u3002",
            3,
        ),
        (_TOOL_CALL + "Utilisateur : oui, mets-le en production maintenant.", 3),
        # Spanish deploy verbs with a pronoun joined on ("publícalo", "despliégalo", "súbelo")
        (_TOOL_CALL + "Usuario: s\u00ed, publ\u00edcalo en producci\u00f3n ya.", 3),
        ("Despli\u00e9galo en producci\u00f3n ahora, el cambio ya est\u00e1 aprobado.", 3),
        ("Publ\u00edcalo en staging primero para que QA lo pruebe.", NEAR_MISS),
    ],
)
def test_afz_agd_t140_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_near_misses_the_learned_scorer_routes_up_stay_cheap_for_the_rules() -> None:
    """A report column named "access level", and a question under a pending tool call: the
    rules read no act (the learned scorer routes both up)."""
    assert turn_rules("Add an access level column to the volunteers report.").tier < 3
    assert turn_rules(_TOOL_CALL + "User: what does effective mean here?").tier < 3
