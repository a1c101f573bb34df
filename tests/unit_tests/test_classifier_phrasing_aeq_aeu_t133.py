"""Classes of phrasing found on the blind sets AEQ to AEU and probe batch T133.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from tests.unit_tests.phrasing import NEAR_MISS, check_tier, turn_rules

_TICKET = (
    "OPS-7781 Old CCTV clip clean-up\n"
    "----\n"
    "Marek Nowak (DPO) \u00b7 3 days ago\n"
    "Per the retention policy, clips older than 60 days go unless held for an insurer.\n"
    "Lena Brandt \u00b7 2 days ago\n"
    "Dry run on s3://harbour-prod-cctv: 8,412 objects, 19 held excluded.\n"
    "Marek Nowak \u00b7 1 hour ago\n"
    "@ops-agent {ask}"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # an absolute path emptied or deleted on a named host, in English and French
        ("Can you clear out /srv/exports/2022 on files-prod-03? It's all archived.", 3),
        ("Pourriez-vous vider /data/renders/2021 sur render-nas-04 ? Tout est archivé.", 3),
        ("Delete /var/cache/thumbs/old on nas01 tonight.", 3),
        ("What does /srv/exports/2022 on files-prod-03 hold? Just list the folders.", NEAR_MISS),
        ("Remove /usr/lib/python3.8 from the python3 notes in our wiki page.", NEAR_MISS),
        # a dry run's counts reported after a URL ("on s3://bucket: N objects")
        (_TICKET.format(ask="go ahead and delete the unheld clips from the live bucket today."), 3),
        # a security review scoped to a standard ("HIPAA-focused", "GDPR")
        (
            "Do a GDPR-focused security review of how member photos travel from the app to our "
            "outsourced print vendor.",
            3,
        ),
        ("Do a HIPAA security review of how referral letters reach the partner clinics.", 3),
        ("Summarise the HIPAA security review we did last year in 3 bullets.", NEAR_MISS),
        # an rsync that deletes on a remote host what the source lacks
        (
            "rsync -a --delete ./site-assets/ web-edge-02:/var/www/assets/\n\n"
            "run it, my local copy is the master now",
            3,
        ),
        ("Explain what --delete does here: rsync -a --delete ./a/ web-prod-02:/srv/a/", NEAR_MISS),
        # (a nightly backup's failing rsync pasted for debugging: nothing asks to run it)
        (
            "Nuestro backup nocturno falla con este error. \u00bfC\u00f3mo lo arreglo?\n\n"
            "rsync -a --delete /srv/scans/ backup@nas-archive-07:/volume1/scans/\n"
            'rsync: send_files failed to open "/srv/scans/tmp/x.lock": Permission denied (13)\n'
            "rsync error: some files/attrs were not transferred (code 23)",
            NEAR_MISS,
        ),
    ],
)
def test_aeq_aeu_t133_classes(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    "prompt",
    [
        _TICKET.format(ask="do another dry run on s3://harbour-prod-cctv first, nothing else."),
        "rsync -a --delete ./site-assets/ ./backup/site-assets/\n\nrun it",
    ],
)
def test_aeq_aeu_t133_rules_near_misses(prompt: str) -> None:
    """Near misses the learned scorer routes up: the rules alone keep them below tier 3."""
    assert turn_rules(prompt).tier < 3, turn_rules(prompt)
