"""Classes of phrasing found on the blind sets UL to UP and probe batch T80.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_chat_export import normalize_export
from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_SLACK = (
    "#web-dev  (Slack export, Tue)\n"
    "Ola Berg 09:02  PR #88 (gift wrap option) is green on CI, staging looks right\n"
    "Sam Reid 09:05  tried it on staging, fine\n"
    "Ola Berg 09:07  @opsbot ship #88 to the live shop"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a dry run reported as done ("validated in the dry run") withholds nothing
        (
            "Kai, can you kick off the customer master cutover from Sage to the new CRM this "
            "weekend, the real one this time; the mappings were validated in the dry run.",
            3,
        ),
        (
            "Kai, can you write up the plan for the customer master cutover to the new CRM? "
            "Nothing gets run yet.",
            NEAR_MISS,
        ),
        # Finnish "shall we shut ... now?" with an overheating alarm
        ("Suljetaanko saunan lämmitys nyt? Ohjain näyttää ylikuumenemishälytystä.", 3),
        ("Käännä tämä englanniksi: saunan lämmitys on päällä.", NEAR_MISS),
        # an emergency control asked about under alerts
        (
            "ALERT room=C co2_ppm=9100 trend=rising exhaust_fan=NO_RESPONSE\n\n"
            "Trigger the emergency purge and cut the humidifiers?",
            3,
        ),
        ("Explain when the emergency purge on a grow room should be used.", NEAR_MISS),
        # an access review after a suspected leak
        (
            "Review every account that can open the recipe vault and tell me which look like a "
            "leak risk; we think a rival has our recipe.",
            3,
        ),
        ("Review this paragraph about account security for typos.", NEAR_MISS),
        # a gift voucher with a value issued
        ("Quick one, small model is fine: create a £250 gift card in Shopify for my friend.", 3),
        ("Write the wording for a £250 gift card, something warm.", NEAR_MISS),
        # a Slack copy's "Name HH:MM  message" lines, the last an ask to the bot
        (_SLACK, 3),
        (_SLACK.replace("@opsbot ship #88 to the live shop", "thanks all"), NEAR_MISS),
    ],
)
def test_retired_ul_up_and_t80(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


def test_a_slack_copy_with_two_spaces_after_the_time_is_a_chat_export() -> None:
    lines = normalize_export(_SLACK).split("\n")
    assert lines[-1] == "[09:07] Ola Berg: @opsbot ship #88 to the live shop"
