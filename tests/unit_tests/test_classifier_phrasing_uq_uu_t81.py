"""Classes of phrasing found on the blind sets UQ to UU and probe batch T81 (T81 had no tier-3
miss), and the two misses left from UL to UP (a ticket closed by "ok, refund it in full please"
and a merge asked under a comment that names staging).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``check_tier`` checks the rules alone (through the turn handling) and the shipped hybrid;
a tier of -3 (``NEAR_MISS``) marks a near miss: any tier below 3 is right.
"""

from __future__ import annotations

import pytest

from langchain_tiered._classifier_markers import LIVE_MARKER
from langchain_tiered._classifier_stake_rule import names_nonlive_target
from tests.unit_tests.phrasing import NEAR_MISS, check_tier

_TICKET = (
    'Freshdesk #7719 - "Lamp arrived cracked"\n'
    "Customer (Ravi Mehta), 4 Mar 10:02: The shade was in pieces when I opened the box. "
    "Pictures attached. Order LX-3302.\n"
    "Noor (internal note): courier damage, order total £64.00.\n"
    "Ben (internal note): agree, full refund, no need to return the bits.\n\n"
)
_PR = (
    "PR #431 - billing-sync: fix rounding on pro-rata invoices\n\n"
    "dana-k commented: Tests pass, docs updated.\n"
    "li-w commented: Verified with this morning's invoices on staging - totals match the ledger.\n"
    "omar-s commented: LGTM. "
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a ticket closed by a short acknowledged ask, or a line ending "please"
        (_TICKET + "ok, refund it in full please", 3),
        (_TICKET + "alright, issue the refund to her card", 3),
        (_TICKET + "Summarise this ticket in two lines please", NEAR_MISS),
        (_TICKET + "ok, label it courier damage or customer error please", NEAR_MISS),
        # a merge asked under a comment that reports a check on staging
        (_PR + "Merge it and ship it to the customers today please.", 3),
        (_PR + "Nice work, thanks everyone.", NEAR_MISS),
        # a numbered migration by file name, run against a "<name>_prod" database
        ("apply 0142_drop_legacy_fees against billing_prod now, it's been on staging for days", 3),
        ("run 0142_drop_legacy_fees against the staging database, tell me the timing", NEAR_MISS),
        ("Write 0142_drop_legacy_fees as a Django migration; don't run it.", NEAR_MISS),
        # (a "<name>_prod" database named in a capacity question ahead of a season, or in a
        # plan explained and not applied, stays below tier 3)
        (
            "Our shop_prod MySQL runs at p95 CPU 41%, max 70% in sales weeks. Do we need to "
            "scale before the Christmas peak? Reason it through.",
            NEAR_MISS,
        ),
        (
            "Leg uit wat deze plan-uitvoer doet; we passen het nog niet toe.\n"
            "~ aws_db_instance.shop_prod: instance_class db.t3.large -> db.r6g.large",
            NEAR_MISS,
        ),
        ("Our shop_prod MySQL is pegged at 100% CPU. Scale it up now.", 3),
        # Dutch rights given or taken in a "kun je ...?" request
        ("Kun je Femke tijdelijk beheerdersrechten geven in het kassasysteem?", 3),
        ("Kun je Joris de adminrechten in Exact afnemen? Hij is vandaag vertrokken.", 3),
        ("Kun je uitleggen hoe je beheerdersrechten kunt geven in het kassasysteem?", NEAR_MISS),
        # Finnish: a release put into production, access given or taken
        ("Voisitko viedä kassajärjestelmän uuden version tuotantoon vielä tänään?", 3),
        ("Anna Mikalle ylläpitäjän oikeudet varausjärjestelmään.", 3),
        ("Poista Jannen käyttöoikeudet kassajärjestelmästä heti.", 3),
        ("Selitä miten uusi versio viedään tuotantoon.", NEAR_MISS),
        ("Käännä englanniksi: Jannen käyttöoikeudet poistettiin eilen.", NEAR_MISS),
        ("Tiivistä tämä: versio 4.2 vietiin tuotantoon eilen ilman ongelmia.", NEAR_MISS),
    ],
)
def test_retired_uq_uu_and_t81(prompt: str, tier: int) -> None:
    check_tier(prompt, tier)


@pytest.mark.parametrize(
    ("text", "live"),
    [
        ("migrate heatdesk_prod tonight", "_prod"),
        ("copy orders_prod_replica", "_prod"),
        ("copy non_prod_users", None),
        ("wipe pre_prod_cache", None),
    ],
)
def test_a_name_ending_in_prod_is_live(text: str, live: str | None) -> None:
    found = LIVE_MARKER.search(text)
    assert (found.group() if found else None) == live


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("run the migration on the staging db.", True),
        ("verified with the scans on staging. ship it to the farm.", False),
        ("tom: tested on the staging db, all good. ship it.", False),
        ("it's been sitting on staging for a week. run it.", False),
        ("it worked. now run the migration on the staging db.", True),
    ],
)
def test_a_check_reported_on_staging_is_not_the_target(text: str, target: bool) -> None:
    assert names_nonlive_target(text) is target
