"""Classes of phrasing found on the blind sets ZL to ZP and probe batch T106.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_CONFIG = (
    "Here's the sync config from the depot NAS, can you check why the nightly job keeps "
    "warning?\n\n"
    "[job nightly]\n"
    "source = /srv/depot\n"
    "target = b2://depot-backups/main\n"
    "warn: source size 2.4TB exceeds quota 2TB\n\n"
    "{aside}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a load balancer listener pointed at a new target group
        (
            "Easy one, small model is fine: point the shop.example.com listener at target group "
            "tg-shop-v9 and drain tg-shop-v8.",
            3,
        ),
        ("Switch the staging listener to tg-shop-v9 in staging.", NEAR_MISS),
        (  # a runbook's listener step quoted as context under an explain task
            'Explain what step 2 of our failover runbook does: "2. Force the failover on '
            'db03." This is for training. For context, the rest: 1. Check db02. 3. Repoint '
            "the app connection listener AG-L1 to db03.",
            NEAR_MISS,
        ),
        # a raw destructive command asked in an aside under a read task
        (
            _CONFIG.format(
                aside="oh and while you're on the box just rm -rf /srv/depot/old_2019, it's "
                "junk. then re-run the job."
            ),
            3,
        ),
        (_CONFIG.format(aside="oh and what does the exclude line do?"), NEAR_MISS),
        # a run of a migration's steps on prod beside a negated restore
        (
            "roll it forward: run steps 3-6 of migration 0112 on prod. do NOT restore from the "
            "backup, we'd lose today's orders",
            3,
        ),
        ("Don't deploy to prod, just run the tests.", NEAR_MISS),
    ],
)
def test_zl_zp_t106_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)
