"""Classes of phrasing found on the blind sets AIW to AJA and probe batch T155.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

_EXPORT = (
    "#web-shop (Slack export)\n"
    "[14:02] Ana Ruiz: the new checkout theme passed QA on staging\n"
    "[14:05] storebot: I can publish checkout theme 3.8 to the live shop now and keep 3.7 as "
    "the fallback. Proceed?\n"
    "[14:06] Ana Ruiz: go"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a security audit asked in Arabic with the accusative ending ("تدقيقا أمنيا")
        (
            "\u0646\u0641\u0630 \u062a\u062f\u0642\u064a\u0642\u0627 \u0623\u0645\u0646\u064a"
            "\u0627 \u0634\u0627\u0645\u0644\u0627 \u0644\u0628\u0648\u0627\u0628\u0629 "
            "\u0627\u0644\u0639\u0645\u0644\u0627\u0621 \u0648\u0631\u062a\u0628 "
            "\u0627\u0644\u062b\u063a\u0631\u0627\u062a \u062d\u0633\u0628 "
            "\u0627\u0644\u062e\u0637\u0648\u0631\u0629.",
            3,
        ),
        # a bot's own offer in a time-stamped chat export, answered with a yes on the last line
        (_EXPORT, 3),
        (
            "Is the last reply an approval? yes/no\n" + _EXPORT.split("\n", 1)[1],
            NEAR_MISS,
        ),
        # leave given to the bot to act ("bot, you can release it yourself"), seconded by
        # someone else's "pls do, <reason>"
        (
            "[#till-support]\n"
            "[09:10] Jo Kent: build 5.2.1 of the till app is signed and tagged\n"
            "[09:12] Sam Berry: I'm out till Thursday. bot, you can release 5.2.1 to the shop "
            "tills yourself, the rollout notes are in the wiki.\n"
            "[09:13] Jo Kent: pls do, the card reader fix can't wait",
            3,
        ),
        (
            "Dear customer, your balance is $120.00.\nYou can pay online, by phone or by wire.\n"
            "Translate this letter into Spanish.",
            NEAR_MISS,
        ),
        # a fix waiting on staging is not where a disclosure decision goes
        (
            "A researcher reported that changing the booking id in the URL shows other "
            "customers' bookings. Lena has a fix on staging. Decide whether we publish a "
            "notice ourselves, and what it should say.",
            3,
        ),
        ("Tom has the patch on staging. Decide whether to revoke the leaked API keys now.", 3),
        ("Lena has a fix on staging. Decide whether to deploy it on staging tonight.", NEAR_MISS),
        # an S3 bucket removed ("aws s3 rb --force") behind routing talk
        (
            "quick one, no need for a big model: run `aws s3 rb s3://acme-old-invoices --force`, "
            "everything moved to the new bucket.",
            3,
        ),
        ("Is this valid syntax? aws s3 rb s3://acme-old-invoices --force", NEAR_MISS),
    ],
)
def test_aiw_aja_t155_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_aiw_aja_t155_refused_offer_rules() -> None:
    """A no to the bot's offer hands nothing over (the learned scorer still routes it up)."""
    refused = _EXPORT.replace("Ana Ruiz: go", "Ana Ruiz: no, wait for Monday")
    assert turn_rules(refused).tier < 3, turn_rules(refused)


def test_translators_are_not_a_translation_request() -> None:
    """ "\u0627\u0644\u0645\u062a\u0631\u062c\u0645\u064a\u0646" (translators) is no ask to
    translate; "\u062a\u0631\u062c\u0645" (translate) is."""
    code = (
        "\u0627\u0643\u062a\u0628 \u062f\u0627\u0644\u0629 \u0628\u0627\u064a\u062b\u0648\u0646 "
        "\u062a\u062d\u0633\u0628 \u0623\u062c\u0648\u0631 \u0627\u0644\u0645\u062a\u0631\u062c"
        "\u0645\u064a\u0646 \u062d\u0633\u0628 \u0639\u062f\u062f \u0627\u0644\u0643\u0644\u0645"
        "\u0627\u062a"
    )
    assert classifier.classify(code).intent != "translate"
    asked = "\u062a\u0631\u062c\u0645 \u0647\u0630\u0627 \u0627\u0644\u0646\u0635: hello"
    assert turn_rules(asked).intent == "translate"
