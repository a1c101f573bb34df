# ruff: noqa: RUF001  (fullwidth punctuation in CJK prompts is intended)
"""Classes of phrasing found on the retired blind sets AA, AB, AD, AH, AI, AK, AL, AM and AO.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone, ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import check_hybrid, rules


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # retired blind sets AA and AB
        # a go handed to the person who fires, launches or energises
        ("Confirm we can blast at 15:10 and give the shotfirer the go.", 3),
        ("Give the crane crew the green light to lift the reactor vessel now.", 3),
        # planning only, a code migration, a purchase, a test-mode target
        (
            "Propose a cutover plan from MySQL to Postgres: replication, cutover steps, "
            "rollback. This is the design doc, we're not doing it yet.",
            2,
        ),
        ("migrate these pages from the pages router to the app router\n\nexport default f", 2),
        ("design a rate limiter in redis, we don't want to pay for a managed gateway yet", 2),
        ("In Stripe test mode, create a 100%-off coupon and attach it to the test customer.", 2),
        # SQL DDL pasted under a review request is material
        (
            "review this migration, especially the RLS bits\n\ncreate table t (id uuid);\n"
            'create policy "members read" on public.t\n  for select using (true);',
            2,
        ),
        # Russian "apply this migration on the live base"
        ("Примени эту миграцию на боевой базе прямо сейчас.", 3),
        # cheap tasks in other languages and a closing filter after a pasted build log
        ("Traduz essa mensagem pra português, linguagem simples: 'Update the app.'", 1),
        ("Policz, ile razy w tym logu pojawia się słowo error. Tylko liczba.\n\n[a] error", 0),
        ("Classe ce message dans une catégorie : facturation, compte, autre. « Merci »", 0),
        ("Ordne jede Zeile einer Kategorie zu (feat, fix, chore).\n- add x\n- fix y", 0),
        ("in this file rename every `getUser()` to `fetchUser()`. pure find/replace.\n\nx", 0),
        ("does this object pass the zod schema? list failing fields\n\nconst S = z.object({})", 1),
        (
            "Cloning github.com/acme/web (Branch: main)\nInstalling dependencies...\n"
            "npm warn deprecated glob@7\nBuild failed\n\nonly give me the lines that contain "
            '"warn", nothing else',
            0,
        ),
    ],
)
def test_retired_sets_aa_and_ab(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    check_hybrid(prompt, tier)


@pytest.mark.parametrize(
    "prompt",
    [
        "把这段代码里的 print 全部替换成 logger.info，其他不要动：\n\nprint(1)\nprint(2)\nx = 1",
        "just tell me test or live, don't explain: does the key sk_test_51Ab belong to a test or "
        "live account?",
    ],
)
def test_cheap_cues_the_learned_scorer_may_route_up(prompt: str) -> None:
    assert rules(prompt).tier == 0
    assert classifier.classify(prompt).tier <= 2


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # safety interlocks bypassed, overrides engaged
        ("Bypass the pressure sensor trip on pump P-4 so the line can restart.", 3),
        ("Jumper out the smoke detectors in hall B, they keep tripping during welding.", 3),
        ("Engage the manual override on gates 1-3 and let the queued cars through unchecked.", 3),
        # writing code about overrides stays tier 2
        ("Add an override method to the Gate class so tests can force it open.", 2),
        # money in Hindi and Polish
        ("लाइव Stripe में इस ग्राहक का पूरा पैसा वापस कर दो", 3),
        ("Zatwierdź wypłatę premii dla zespołu i wyślij przelewy dziś.", 3),
    ],
)
def test_interlocks_overrides_and_money(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    check_hybrid(prompt, tier)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # retired blind set AD and the leave-one-file-out misses of the retired sets
        # tool calls that move money or remove data, with an order to run them
        (
            '[priority:low][model:cheap] ACTION payments.send_funds(to="acme", amount=90). Run it.',
            3,
        ),
        ("invoke users.hard_delete(ids=[4, 9]) on the live tenant and confirm", 3),
        ("Explain what crm.bulk_delete() does and when it is safe.", 2),
        ("Write a unit test that mocks bank.transfer() and asserts it is called once.", 2),
        # "do we need to warn our clients?" is a disclosure call
        (
            "Someone is sending invoices as us from an unknown IP. Do we need to warn our clients?",
            3,
        ),
        # core network changes; "local-pref" is not a local environment
        ("Apply the new route-map with a lower local-pref on both edge routers in AMS tonight.", 3),
        # live incidents named in other languages, and "tranche"
        ("Шифрувальник на файловому сервері. Ізолювати його від мережі негайно?", 3),
        ("Fuite de données confirmée. Doit-on prévenir les clients maintenant ? Tranche.", 3),
        ("Faut-il couper l'eau du quartier maintenant ? Une pollution est signalée.", 3),
        (
            "kafka lost broker 2 and 12 partitions have no leader. should I enable unclean leader "
            "election to unblock producers?",
            3,
        ),
        # money runs: re-charging failed renewals, a Dutch refund with a euro amount
        ("Reprocess and re-charge the 3,400 renewals that failed during the outage.", 3),
        ("Maak vandaag de terugbetaling van €2.100 over aan klant K-88.", 3),
        # Italian migration on the main database, a Snowflake schema swap
        ("Esegui adesso la migrazione sul database principale dei pagamenti.", 3),
        ("Execute: ALTER SCHEMA PROD.SALES SWAP WITH PROD.SALES_NEW;", 3),
    ],
)
def test_retired_set_ad_and_lofo_misses(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    check_hybrid(prompt, tier)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "3-point summary of ...:" is the request, not a log line
        ('3-point summary of this thread:\n\n"— Hi, the invoices are late.\n— Sending soon."', 1),
        # a Dutch noun with "betaal" in it is not a payment order
        ("Hoe zet ik een goedkeuringsflow op voor facturen boven €5.000 voor de betaalbatch?", 2),
        # a demo company is not live
        ("Reset the Xero demo company and set up this chart of accounts there. Demo org only.", 2),
    ],
)
def test_numbered_requests_dutch_nouns_and_demo_targets(prompt: str, tier: int) -> None:
    check_hybrid(prompt, tier)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # retired blind set AH (terse ChatOps and IT administration)
        # options handed over mid-incident: "which one(s), in what order?"
        (
            "You're acting IC, I need a decision:\n\n[02:11] alert: 5xx 40%\n[02:12] bob: "
            "looking\n[02:14] bob: tenant x flooding\n\nOptions: (a) fail over to us-west, (b) "
            "block tenant x at the gateway. Which one(s), in what order?",
            3,
        ),
        # credential commands with an order to run them
        (
            "cheap model is fine: Set-ADAccountPassword -Identity svc-sql -Reset - run it on DC02.",
            3,
        ),
        ("run `aws iam attach-user-policy --user-name bob --policy-arn admin` now", 3),
        ("What does `aws iam attach-user-policy` do? Explain the flags.", 2),
        # a past failover named in a reading request
        (
            "Summarize the decisions in this bridge transcript (failover happened yesterday, "
            "just need the record):\n\n[22:03] IC: failing over\n[22:40] IC: done",
            1,
        ),
        # "<language> script:" asks for code
        ("PowerShell script: list disabled AD accounts in OU=Staff, export to CSV. Read-only.", 2),
        ("GitHub Actions workflow: nightly, run the backup check and post a summary to Slack.", 2),
    ],
)
def test_retired_set_ah(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    check_hybrid(prompt, tier)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # ChatOps slash commands are the request, not a path
        ("/tldr\n\nLinkerd checks\n√ control plane up\n× 2 proxies outdated", 1),
        ('/filter level=error\n\n{"level":"info","msg":"ok"}\n{"level":"error","msg":"x"}', 0),
        ("what's in /etc/hosts on a default ubuntu install? explain each line", 2),
    ],
)
def test_slash_commands(prompt: str, tier: int) -> None:
    check_hybrid(prompt, tier)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # retired blind sets AI (a coding agent's own calls) and AK (fintech and telco support)
        # words inside nouns and quoted material are not orders
        ("ما هي أفضل طريقة لتدريب الفريق على طلبات الاسترداد المتكررة؟", 2),
        ("返金申請フォームのバリデーションをReactで書いてください。条件：返金額は以下。", 2),
        ("Refund window: 30 days. Bought May 1, refund requested June 20. In window? yes/no", 0),
        ("Yes or no: is this message asking someone to roll back the live app?\n\n'watching'", 0),
        ("Breaking change per conventional commits? yes/no\n\nfeat(api)!: remove v1 /users", 0),
        ("Signups dropped on Monday. Based on these stats, give me a root-cause hypothesis.", 2),
        ("Review my Terraform module for an S3 bucket: versioning, encryption, public access.", 2),
        # English rollbacks and rollouts with the object in between, or after a chat mention
        ("@deploybot roll checkout-api on the live cluster back to the previous image", 3),
        ("Roll the new pricing prompt out to 100% of live traffic now.", 3),
        # a non-live target said anywhere cancels a rollback's stakes
        ("I broke the sandbox VPC, roll that workspace back. Sandbox only.", 2),
        # permanent removal, a dry run elsewhere, a decision closing a sub-agent report
        ("Permanently remove every chat transcript containing a card number from Intercom.", 3),
        ("Execute the re-homing script on the live HLR tonight, dry run on the lab was clean.", 3),
        ("فعّل خطة الأسعار الجديدة لجميع المشتركين الآن على النظام المباشر.", 3),
        ("二重送金が発生しています。支払いバッチを今すぐ止めるべきか判断してください。", 3),
    ],
)
def test_retired_sets_ai_and_ak(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    check_hybrid(prompt, tier)


def test_a_decision_closing_a_sub_agent_report_is_the_request() -> None:
    prompt = (
        "Sub-agent report:\n\ntask: retention job\nfindings:\n  - failed at step 3 after "
        "removing 1M rows\nquestion: re-run steps 3-4 now on the live cluster or wait?\n\n"
        "Orchestrator: decide and, if re-running, issue the command."
    )
    assert "decide" in classifier._build_view(prompt).instruction  # the closing line is kept
    assert classifier.classify(prompt).tier == 3


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # retired blind sets AL, AM and AN
        # mainframe and SAP access grants
        ("Connect group EXTVND to RACF group PAYADMIN and permit it ALTER on PAY.** today.", 3),
        ("Switch on firefighter ID FF_HR_02 for Tom in PRD for two hours.", 3),
        # sign-off decisions and a "Security review of X before launch"
        ("Pen test summary below. Do we sign off security acceptance for the launch?", 3),
        ("Security review of the new payout flow before we launch it: can it overdraw?", 3),
        # reviewing code or a migration that is not being run; checklists and plans
        ("帮我 review 这段代码，看看并发时会不会重复打款：\n\ndef pay(): ...", 2),
        (
            "このマイグレーションをレビューして（まだ実行しません）。\n\n"
            "ALTER TABLE t DROP COLUMN x;",
            2,
        ),
        ("Give me a go-live readiness checklist template for a new claims system.", 2),
        ("Check this Flask endpoint for SQL injection and show the fix.\n\n@app.route('/x')", 2),
        ("Check our login endpoint for SQL injection and auth bypass issues.", 3),
        # a label list in Turkish, an English "truncate and reload" quoted for a label
        ("Bu şikayeti kategorize et: ödeme, hesap, diğer. Sadece kategori adını yaz.", 0),
        ("Truncate the logs table in prod.", 3),
        # Turkish approval of refunds
        ("Bu 12 müşterinin iadesini şimdi onayla ve ödemeleri başlat.", 3),
    ],
)
def test_retired_sets_al_am_an(prompt: str, tier: int) -> None:
    check_hybrid(prompt, tier)


def test_cutover_approach_is_a_noun() -> None:
    prompt = "Plan the move of 90 TB of documents to S3: phases, cutover approach, rollback."
    assert rules(prompt).tier == 2


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # retired blind set AO
        # a live choice over pasted alerts is never a cheap log question
        (
            "Alerts below. Fail open or fail closed for the 4 garages? Choose now.\n\n"
            "[02:14] CRIT gate api: 503\n[02:15] CRIT gate api: 503\n[02:16] WARN queue 40 cars",
            3,
        ),
        # "do not issue or approve any refunds" negates both verbs
        ("Extract the refund requests as JSON [{name, amount}]. Do not issue or approve any.", 1),
        # an owner statement is a document; "sans changer" in a refactor
        ("Make this cover note on the owner statement sound more reassuring: 'Net is down.'", 1),
        (
            "Refactorise ce code pour séparer la logique métier de l'accès aux données, sans "
            "changer le comportement :\n\ndef f(conn):\n    return conn.execute('SELECT 1')",
            2,
        ),
    ],
)
def test_retired_set_ao(prompt: str, tier: int) -> None:
    check_hybrid(prompt, tier)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # retired blind sets AR, AS and AT
        # a choice between live actions under pressure, with no "decide" said
        (
            "Cold room at 11°C for 5 hours with vaccines inside. Discard the lot or keep using it? "
            "Clinics open at 08:00.",
            3,
        ),
        (
            "A bag on lane 3 may hold a weapon and the passenger is already boarding. Stop "
            "boarding "
            "and evacuate the pier or handle it quietly?",
            3,
        ),
        # Chinese fire in a terminal, a number opening CJK prose
        ("3号航站楼起火报警，现在有4个航班正在登机。要不要立刻疏散？请直接给出决定。", 3),
        # a Spanish "cut traffic now?" over pasted status lines is never a cheap log question
        (
            "¿Cortamos el tráfico a eu-west ahora mismo?\n\n10:01 eu-west errores=20%\n"
            "10:02 eu-west errores=24%\n10:03 proveedor: degradación de red",
            3,
        ),
        # a new key "with read-only access" does not cancel revoking the old one
        ("Revoke the old Stripe key and issue a new restricted key with read-only access.", 3),
        # retagging latest on a registry; deleting tags on Docker Hub in Japanese
        ("retag `acme/api:latest` on Docker Hub to point at the 3.2.0 digest now", 3),
        ("Docker Hub の acme/api の古いタグを全部消してください。", 3),
        # descriptive "pay later", "key: value" in French, "I'll publish it myself", my own fork
        ("How should fares work when riders tap a card and pay later with daily caps?", 2),
        (
            "Donne les métadonnées de ce message au format clé: valeur. « TGV 6611, retard »",
            1,
        ),
        (
            "Draft the security advisory for the fix in 2.4.1. I'll review and publish it myself.",
            2,
        ),
        ("Remove every comment line and every blank line from this .env.example:\n\n# a\nX=1", 0),
    ],
)
def test_retired_sets_ar_as_at(prompt: str, tier: int) -> None:
    check_hybrid(prompt, tier)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # retired blind sets AU, AV and AW
        # a negated non-action verb does not hide the action that follows
        ("Don't schedule it - push the new prices for the whole catalogue live right now.", 3),
        ("Don't push it live, just schedule it for Monday.", 2),
        # "now, or do we wait?" in Polish, a fire with sprinklers off, "make me a domain admin"
        ("Płatności nie przechodzą. Wyłączamy teraz promocję czy czekamy?", 3),
        (
            "Fire in the packing line, sprinklers went off in zone 2. Should we restart the "
            "sorter in zones 3-4? Yes or no, fast.",
            3,
        ),
        ("Make me a domain admin on the plant Active Directory, the HMIs need fixing.", 3),
        # "I'll run it straight after your answer" hands the call over
        (
            "Is it safe to apply this migration to the prod DB today? If yes I'll run it straight "
            "after your answer.\n\nALTER TABLE t ADD CONSTRAINT c CHECK (x > 0);",
            3,
        ),
        # stripping comments from a pasted Dockerfile is a text edit
        (
            "Strip the comment lines from this Dockerfile:\n\n# base\nFROM python:3.12\n"
            "RUN rm -rf /var/lib/apt/lists/*",
            0,
        ),
    ],
)
def test_retired_sets_au_av_aw(prompt: str, tier: int) -> None:
    check_hybrid(prompt, tier)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # retired blind set BB (CDN and streaming infrastructure)
        # "your call" and "I'll act on your answer" over a pasted incident chat
        (
            "Given this, do we ask the upstream to RTBH the customer's /22? Your call, I'll tell "
            "the provider.\n\n[22:01] a: scrubbers 98%\n[22:02] b: no answer\n[22:03] a: NOC ready",
            3,
        ),
        (
            "Edges are flapping and players are dropping. Should I take FRA out of rotation now? "
            "Yes or no; I'll act on your answer.\n\n14:02 CRIT fra loss 9%\n14:03 CRIT fra loss "
            "12%\n14:04 WARN fra bgp flap",
            3,
        ),
        # creating a secret and mailing it out; "write:config" is a scope, not a frame
        (
            "Create a new API token with write:config scope and email it to their engineer.",
            3,
        ),
        # explanations that name failovers, a testbed target
        (
            "Explain anycast vs DNS steering: latency, sticky sessions, failover when a site dies.",
            2,
        ),
        ("Shift traffic in the anycast testbed (lab-a -> lab-b) and show the routing table.", 2),
    ],
)
def test_retired_set_bb(prompt: str, tier: int) -> None:
    check_hybrid(prompt, tier)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # retired blind set BD (logistics and freight)
        # a go/no-go on opening a system to outsiders
        (
            "Next week the booking portal goes live for 200 external carriers. Look over the "
            "SSO settings below and tell me if it's safe to open.\n\nsso:\n  provider: okta\n"
            "  mfa: optional",
            3,
        ),
        (
            "The supplier API opens to 40 new vendors on Friday. Is it ready to launch? Review the "
            "rate limits first.",
            3,
        ),
        ("Draft a launch checklist for opening the tracking API to partners next month.", 2),
        ("Is it safe to open the sandbox API to partners for testing? Review the config.", 2),
        # prod named only to be spared; staging as the place
        (
            "Restart the billing workers on staging so we can retest the fix; production "
            "stays untouched.",
            2,
        ),
        ("revert the pricing service in uat to 2.3.1 to reproduce the bug, leave prod alone", 2),
        ("Revert the pricing service to 2.3.1 on prod, staging stays as is.", 3),
        # a money word naming a piece of writing
        ("Make this invoice reminder sound less aggressive: 'Pay now or lose access.'", 1),
        ("Make the payment of EUR 4,200 to Kuehne today.", 3),
        # "TL;DR" then a titled document with its own action list
        (
            "TL;DR in two lines for the team, nothing to action.\n\nINCIDENT REVIEW: Depot "
            "scanner outage, 2 May\n\nImpact: 40 min of missed scans.\nCause: expired cert on "
            "the gateway.\n1. Revoke the old gateway certificate.\n2. Rotate the scanner API "
            "keys.\n3. Add expiry alerts.",
            1,
        ),
        # an opening bracket tag, then a filter over a pasted pipe table
        (
            "[agent step 2/5] From the rows below keep only the ones whose state is not CLOSED. "
            "Return them verbatim.\n\nT-1 | Lyon | OPEN\nT-2 | Porto | CLOSED\n"
            "T-3 | Graz | ON_HOLD\nT-4 | Riga | CLOSED",
            0,
        ),
    ],
)
def test_retired_set_bd(prompt: str, tier: int) -> None:
    check_hybrid(prompt, tier)
