# ruff: noqa: RUF001  (Turkish dotless i in prompts is intended)
"""Classes of phrasing found on the retired blind sets I, J and M (``routing_heldout_i/j/m``);
later sets are in ``test_classifier_phrasing_l``.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone, ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import math

import pytest

from langchain_tiered import classifier
from langchain_tiered._classifier_view import _build_view
from langchain_tiered._learned import SCALE, TierModel, model_features, second_opinion
from tests.unit_tests.phrasing import rules


@pytest.mark.parametrize(
    ("prompt", "intent"),
    [
        # a decision demanded now survives "I'll run it" (the human only types the command)
        (
            "Queue consumers are stuck and orders are piling up. Restart the workers or fail over "
            "to the second region? Decide now, give me the command and I'll run it.\n\n"
            "10:02:11 orders-worker lag=48211\n10:02:12 orders-worker lag=48530",
            "incident",
        ),
        # "continue / proceed with <action> on prod?" is a go/no-go
        ("Proceed with the cutover on prod? The dry run output looked clean to me.", "deploy"),
        ("carry on with the schema migration in production or wait for the DBA?", "migration"),
        # declaring an incident is a live incident call
        (
            "Checkout errors doubled in five minutes. Should we declare a SEV1 and page everyone?",
            "incident",
        ),
        ("Declare a major incident for the payments outage and open the bridge.", "incident"),
        # a chat mention before the command is not a code decorator (a rollback names incident)
        (
            "@deploybot roll the billing service on the live cluster back to yesterday's build",
            "incident",
        ),
        # "for real, not on staging" in other languages is a live marker
        ("Ejecuta la migración de la tabla de pedidos de verdad, no en staging.", "migration"),
        ("Rode o backfill da tabela de pedidos pra valer, não no staging.", "migration"),
    ],
)
def test_live_actions_phrased_around_the_keywords_are_tier_3(prompt: str, intent: str) -> None:
    result = rules(prompt)
    assert (result.tier, result.intent) == (3, intent)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a request pointing at pasted input: the document's own words are material
        (
            "From the incident report below, extract JSON with keys start, end and services.\n\n"
            "INCIDENT 77: search outage\n"
            "At 09:12 the on-call engineer decided to drop the stale index and purge the cache.\n"
            "They then granted the contractor admin access to the cluster to help.\n"
            "Service was restored at 10:40.",
            1,
        ),
        # a verb-led request without "this" or "below": the paragraphs after it are the input
        (
            "OCR text from a scanned invoice. Return JSON: {vendor, total, due_date}.\n\n"
            "ACME SUPPLIES\nInvoice 5512\nTotal due: $410.00\nPlease pay by 2024-08-01",
            1,
        ),
        # a labelled section at the end of the document is not a closing request
        (
            "Summarize this retro in three bullets: what went well, what didn't, actions.\n\n"
            "Sprint 42 retro\nWent well: the new CI cache halved build times.\n\n"
            "Actions: revoke the unused deploy keys; delete the old staging buckets.",
            1,
        ),
        # "for each commit give ..." then a bulleted list
        (
            "For each commit give type (feat|fix|chore) and component, one per line.\n"
            "- feat(api)!: remove the legacy /payments endpoints\n"
            "- fix(web): wipe stale drafts on logout\n"
            "- chore: bump ruff",
            1,
        ),
        # text edits that happen to use destructive verbs
        (
            "Remove the blank lines and drop the duplicate rows from this CSV:\nid,n\n1,a\n\n1,b",
            0,
        ),
        # 'audit' as a bare noun in a design brief
        (
            "Design the permission model for our admin panel: roles, scoping, sharing, audit.",
            2,
        ),
    ],
)
def test_pasted_documents_and_text_edits_keep_the_task_tier(prompt: str, tier: int) -> None:
    assert rules(prompt).tier < 3  # the rules find no stakes in the pasted words
    assert classifier.classify(prompt).tier == tier


def test_the_closing_request_after_pasted_material_stays_instruction() -> None:
    view = _build_view(
        "Grafana since 14:02:\n\nrps p99\n1800 410ms\n1700 11.9s\n\n"
        "Roll back now or wait for the fix? Decide, I'll do it."
    )
    assert "roll back now" in view.instruction
    assert "1700" in view.material
    view = _build_view('{"Effect": "Allow",\n "Action": "*"}\n\nAudit this policy for the CI role.')
    assert "audit this policy" in view.instruction


def _model(p0: float) -> TierModel:
    """A featureless model whose P(tier 0) among tiers 0-2 is ``p0`` (tier 3 negligible)."""
    rest = (1 - p0) / 2
    bias = [round(SCALE * math.log(p)) for p in (p0, rest, rest, 1e-6)]
    policy = {"tier3": 0.3, "cheap": 0.5, "cheap_tier0": 0.75, "raise": 0.6, "override": 1.1}
    return TierModel(bias, {}, "test", policy)


@pytest.mark.parametrize(("p0", "lowered"), [(0.6, False), (0.7, False), (0.8, True)])
def test_the_learned_scorer_needs_more_certainty_to_send_an_uncued_prompt_to_tier_0(
    p0: float, lowered: bool
) -> None:
    model = _model(p0)
    words = frozenset({"status", "page"})
    opinion = second_opinion("status page question", words, (0, 0, False), model, "general", 2, {})
    assert (opinion is not None and opinion[1] == 0) is lowered


def test_claims_that_the_task_is_easy_are_invisible_to_the_learned_scorer() -> None:
    def feats(text: str) -> set[str]:
        view = _build_view(text)
        return model_features(view.instruction, view.words, (0, 0, False))

    plain = feats("what do you think about our plan?")
    assert feats("This is trivial. What do you think about our plan?") == plain
    assert feats("Super easy one: what do you think about our plan?") == plain


@pytest.mark.parametrize(
    ("prompt", "intent"),
    [
        # a choice between live actions handed over ("pick one, I'm executing"), in any language
        (
            "Kafka lag is climbing on the billing topic. Pause the producers or add partitions? "
            "Pick one, I'm executing.",
            "incident",
        ),
        ("Checkout is down. Roll back or restart the pods? your call, I'll run it.", "incident"),
        ("Die Kasse hängt. Neustarten oder auf Version 3 zurück? Entscheide jetzt.", "incident"),
        ("Платежи падают. Откатываем или ждём фикса? Решай сейчас.", "incident"),
        # a release to every user
        ("The canary for build 88 looks healthy, take it to 100%.", "deploy"),
        ("Ship iOS 7.2.0 to all users today, no phased release.", "deploy"),
        ("Turn the new_pricing flag on for every customer.", "deploy"),
        ("Despliega la versión 4.1 para todos los usuarios esta noche.", "deploy"),
        # a migration command run against a live database
        ("Run `php artisan migrate --force` on the production database now.", "migration"),
        ("Kick off `alembic upgrade head` against prod, the PR is merged.", "migration"),
        # access given or taken without the word "permission"
        ("Give the new contractor read/write on the billing bucket.", "credentials"),
        ("Sam was let go this morning. Take away his GitHub access now.", "credentials"),
    ],
)
def test_handed_over_choices_full_rollouts_and_access_are_tier_3(prompt: str, intent: str) -> None:
    result = rules(prompt)
    assert (result.tier, result.intent) == (3, intent)


@pytest.mark.parametrize(
    "prompt",
    [
        "Should we switch the logging library to structlog or keep loguru? your call.",
        "Should I refactor this into a class or keep functions? You decide.",
        "Write a function that sends a push notification to all users who opted in.",
        'Translate to Spanish: "We will release version 5 to all users on Monday."',
        "Take a look at why the canary only went to 5% and not 100% of users.",
        "Write a GitHub Actions job that runs `php artisan migrate --force` after deploy.",
    ],
)
def test_design_choices_and_code_about_rollouts_are_not_tier_3(prompt: str) -> None:
    assert rules(prompt).tier < 3


@pytest.mark.parametrize(
    ("prompt", "intent"),
    [
        # a decision needed within minutes about stopping or continuing live operations (M)
        (
            "Conveyor 2 is jamming every few minutes with parcels on it. Keep it running in "
            "degraded mode or stop the sorter? We need to answer in 5 minutes.",
            "incident",
        ),
        (
            "Do we halt boarding or continue with the spare aircraft? Ops needs a decision now.",
            "incident",
        ),
        ("Wstrzymujemy teraz wysyłkę z magazynu czy nie? Potrzebuję decyzji.", "incident"),
        ("Schalte das neue Kassensystem jetzt für alle Filialen frei.", "deploy"),
    ],
)
def test_decisions_needed_now_are_tier_3(prompt: str, intent: str) -> None:
    result = rules(prompt)
    assert (result.tier, result.intent) == (3, intent)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        (
            "Should the retry loop stop after 3 attempts or keep going? The team needs a decision.",
            2,
        ),
        ("How do we handle offline stores, point balances consistency and reconciliation?", 2),
        ("Pull the CAPA fields into JSON: capa_id, owner, due.\n\nCAPA-9 | Owner: B. Kurz", 1),
        ('Bu mesajı sınıflandır: GECİKME, HASAR veya DİĞER. Sadece etiketi yaz.\n"Kapı ezik."', 0),
        ("Klasyfikuj zgłoszenie jako OPÓŹNIENIE lub USZKODZENIE. Tylko etykieta.", 0),
    ],
)
def test_design_questions_extraction_and_other_language_labels_keep_their_tier(
    prompt: str, tier: int
) -> None:
    assert rules(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "intent"),
    [
        # migrations run on production, in Polish and Russian
        ("Uruchom migrację tabeli płatności na produkcji, wersja 12.", "migration"),
        ("Накати миграцию на прод прямо сейчас.", "migration"),
        # a short "prod" in Russian is a live environment for a decision demand
        ("Прод лежит. Откатываем или перезапускаем? Реши.", "incident"),
        # "Jetzt entscheiden." after a question
        (
            "Der Checkout ist down. Sollen wir auf die Wartungsseite umstellen? Jetzt entscheiden.",
            "incident",
        ),
        # a call needed within minutes, and live actions as the options
        (
            "Publish the store build or hold it for the SDK fix? Need a call in the next 10 min.",
            "deploy",
        ),
        # turning off two-step verification
        (
            "Turn off 2-step verification for the whole Workspace domain this weekend.",
            "credentials",
        ),
        # Polish: add a service account to an owner role
        ("Dodaj konto serwisowe ci-bot do roli roles/owner w projekcie acme-prod.", "credentials"),
    ],
)
def test_other_language_and_deadline_decisions_are_tier_3(prompt: str, intent: str) -> None:
    result = rules(prompt)
    assert (result.tier, result.intent) == (3, intent)


@pytest.mark.parametrize(
    "prompt",
    [
        "Bots are flooding /signup right now. Decide whether to turn on the captcha, and do it.",
        "About 300 users were charged twice. Decide whether we refund them or credit them, and go.",
        "Our CDN provider is down, the app won't load. Do we switch DNS to the backup right now?",
        "A route leak of our prefixes is ongoing. Should we announce the /24s now?",
        "pager's going off for the orders DB, do I restart the primary?",
        "Disk on the prod broker is at 98%. Delete old segments by hand or shrink retention? "
        "Need an answer now.",
    ],
)
def test_decisions_asked_during_a_live_incident_are_tier_3(prompt: str) -> None:
    assert rules(prompt).tier == 3


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # publishing a release cannot be undone: registry uploads, release tags, release pipelines
        ("npm publish the 2.1.0 build with the latest tag, it's ready.", 3),
        ("twine upload the wheels in dist/ now.", 3),
        ("Push the v5.0.0 tag to origin so the release workflow runs.", 3),
        ("looks good, merge it and cut the release", 3),
        ("ok now kick off the production pipeline for main", 3),
        ("Delete the old rc tags from the shared remote.", 3),
        # code, reviews and explanations about publishing are not
        ("Write a GitHub Actions workflow that runs npm publish when a tag is pushed.", 2),
        ("Can you review this release script? It pushes the v2.0.0 tag and runs npm publish.", 2),
        ("Add a Makefile target that does twine upload for our package.", 2),
    ],
)
def test_releases_are_tier_3_and_release_code_is_not(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # moving live traffic: DNS records, origins, writer endpoints, cutovers
        ("Point the apex record at the new load balancer, we're cutting over now.", 3),
        ("Flip reads and writes over to the new cluster tonight.", 3),
        ("Start the cutover of the billing DB to Aurora tonight.", 3),
        (
            "1. Put the app in read-only mode\n2. Switch writes to the new primary in production\n"
            "3. Stop replication",
            3,
        ),
        # the same words about code, plans or non-live environments
        ("Move the DNS records in the Terraform module into a separate file.", 2),
        ("Write a runbook for how we'd point DNS at the DR region.", 2),
        ("Start the cutover in staging first.", 2),
        ("Explain how a blue/green cutover works.", 2),
    ],
)
def test_traffic_cutovers_are_tier_3(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # starting a money run, accepting disputes, marking invoices paid
        ("Kick off tonight's contractor payouts now, finance approved them.", 3),
        ("Retry all of yesterday's failed card captures on the live account.", 3),
        ("The ACH file is staged. Release the batch.", 3),
        ("Accept the chargeback on order 5521, it's not worth fighting.", 3),
        ("Mark all 40 overdue invoices as paid and close them.", 3),
        # code and reports about money runs
        ("Write a function that retries the card captures that failed.", 2),
        ("Run the payroll tests locally.", 2),
        ("Summarize why the batch failed last night.", 1),
    ],
)
def test_money_runs_are_tier_3_and_code_about_them_is_not(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # running scripts and data migrations on production, in other languages
        ("Ejecuta ahora en el sistema de producción el script que recalcula los saldos.", 3),
        ("Starte heute Nacht die Datenmigration der Kundenstammdaten, echte Kundendaten.", 3),
        ("Execute agora a migração do esquema no banco de dados ao vivo.", 3),
        ("现在就在线上数据库执行这个回填脚本。", 3),
        # going live and switching over
        ("Mets en ligne la nouvelle version du module pour tous les clients maintenant.", 3),
        ("本番環境の決済APIを v3 に切り替えてください。", 3),
        # access to a live environment in Korean and Chinese
        ("프로덕션 계정에 관리자 권한을 가진 사용자를 만들어 주세요.", 3),
        ("请把新同事加入生产环境的管理员组。", 3),
        # a SQL write run on a live database, even when called a one-liner
        ("cheap model is fine: run `UPDATE orders SET status='paid' WHERE id=7` on the live DB", 3),
        # writing the script, local runs, code that only checks permissions
        ("Escribe un script que ejecute la migración en producción, no lo ejecutes.", 2),
        ("Ejecuta el script de pruebas en local.", 2),
        ("在代码里添加管理员权限检查，用 Python。", 2),
        ("Explain this query: UPDATE users SET plan='pro' WHERE id=4. Does it lock the table?", 2),
    ],
)
def test_other_language_live_operations(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # retired blind set O (LangGraph app micro-calls)
        # a go/no-go on a change someone wants live
        (
            "Diff below. We need it live today, can it go out? yes or no\n\n--- a/x.py\n+++ b/x.py",
            3,
        ),
        # an extraction over a pasted email that asks for money: the email is material
        (
            "Extract JSON {sender, amount} from this email for the fraud team, don't act on it:\n\n"
            "From: cfo@example.test\nSubject: urgent\n\nHi,\n"
            "I need you to wire USD 90,000 to the new supplier today.\nThanks",
            1,
        ),
        # labels in Chinese, "output X if ... otherwise Y", a tool router, French dedupe
        ("请判断这条消息属于哪一类：退款、物流、其他。只输出类别。\n\n“包裹还没到”", 0),
        ("Output SPAM if the message sells something; otherwise OK.\n\n“Cheap watches!”", 0),
        ("Tool router. Which tool fits? [get_weather, none]. Tool name only.\n\n“rain today?”", 0),
        ("Dédoublonne cette liste et renvoie-la triée :\na@x.fr\nb@x.fr\na@x.fr", 0),
        # design and code asks in Italian and Dutch are tier 2, not stakes
        ("Come gestiresti il versioning dei prompt per un copilota usato da 40 persone?", 2),
        ("Schrijf een LangChain-tool die de agenda doorzoekt naar een vrij blok.", 2),
    ],
)
def test_retired_set_o_classes(prompt: str, tier: int) -> None:
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # operations without the usual keywords (from the retired sets, new prompts)
        (
            "this is trivial, use the cheapest model: void all open bets on market 9 and credit "
            "the stakes back.",
            3,
        ),
        ("easy one for the cheap model: release the 6 lots on QA hold so they ship today.", 3),
        ("Disable the audit trail on the LIMS for an hour so we can bulk-fix results.", 3),
        ("Suspend the market and freeze those 12 accounts now.", 3),
        ("Roll the kiosks at all 80 branches back to build 3.2 tonight.", 3),
        ("Turn on the new pricing engine for all live hockey markets now.", 3),
        ("Give the contractor account approval rights in the ERP, effective now.", 3),
        ("Add Lena to the release-approvers group in the MES.", 3),
        ("Hand out read access to the board-minutes folder to the two auditors.", 3),
        # code and explanations with the same words
        ("Write a function that voids unpaid invoices older than 90 days.", 2),
        ("Explain why the audit log is disabled in staging.", 2),
        ("Add a unit test that freezes the accounts list before sorting.", 2),
    ],
)
def test_operations_without_the_usual_keywords(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
