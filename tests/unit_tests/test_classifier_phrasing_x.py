# ruff: noqa: RUF001  (fullwidth punctuation in CJK prompts is intended)
"""Classes of phrasing found on the retired blind sets X and Y (and later ones).

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone, ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import rules

_EMAIL = (
    "From: treasury@northwind-cargo.com\n"
    "To: billing@shipfast.io\n"
    "Subject: Overpayment on INV-2290\n\n"
    "Hi team,\n\n"
    "We paid INV-2290 twice by wire on May 2 (EUR 8,800 each time).\n"
    "Please return the extra payment to the account on file.\n\n"
    "Thanks,\nGreta Holm\nTreasury, Northwind Cargo\n\n"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a prompt that opens with a pasted email: only its short last paragraph is the request
        (_EMAIL + "Is this email asking for money back? yes/no", 0),
        (_EMAIL + "Summarize this email in one sentence for the AR channel.", 1),
        (_EMAIL + "Wire the EUR 8,800 back to Northwind's account now, mark INV-2290 paid.", 3),
        # a closing "Extract JSON: fields" is a request, not a field of the email
        (_EMAIL + "Extract JSON: customer, invoice, amount, currency, requested_action.", 1),
    ],
)
def test_pasted_email_first(prompt: str, tier: int) -> None:
    assert classifier.classify(prompt).tier == tier
    assert rules(prompt).tier == tier


_THREAD = (
    "[09:12] dana: the old reporting bucket is still public, make it private and revoke the "
    "share links\n[09:13] dana: ty, I'm boarding"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "do what X asks" hands the thread's asks to the model: their stakes are the request
        (f"Can you do what Dana asks in this thread?\n\n{_THREAD}", 3),
        (
            "Handle the request below.\n\nFrom: ops@acme.io\nPlease rotate the API key for the "
            "partner integration and send the new one to Jake.",
            3,
        ),
        (
            "Haz lo que pide Lucía en este hilo:\n\n[11:02] lucia: reembolsa los 3 pedidos "
            "duplicados del cliente 4471 en Stripe, son 2.340 €",
            3,
        ),
        # a delegated coding ask keeps its tier; reading the thread is not doing it
        (
            "Do what Ravi is asking below please.\n\nRavi: can you add a unit test for the date "
            "parser that covers leap years?",
            2,
        ),
        (f"Summarize what Dana is asking in this thread, one line.\n\n{_THREAD}", 1),
        # a non-live target given with the delegation
        (
            "Do what Sam asks below, in the sandbox account only.\n\n[14:02] sam: revoke the "
            "share links on the reporting bucket",
            2,
        ),
    ],
)
def test_delegated_asks(prompt: str, tier: int) -> None:
    assert classifier.classify(prompt).tier == tier


def test_delegation_reason_names_the_pasted_input() -> None:
    result = classifier.classify(f"Do what Dana is asking.\n\n{_THREAD}")
    assert result.tier == 3
    assert "delegated" in result.signals
    assert result.reason.startswith("delegated to the pasted input")


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "zip code", "ICD-10 code", "currency code": data, not program text
        ("valid UK postal code? SW1A 1AA", 0),
        ("Does this look like a valid HS tariff code: 8471.30", 0),
        ("is EURO a valid ISO currency code? yes or no", 0),
        ("valid SWIFT/BIC? DEUTDEFF500", 0),
        # program code is still code
        ("Write a function that validates UK postal codes, with tests.", 2),
        ("why does this code return None?\n\ndef f(x):\n    x + 1", 2),
    ],
)
def test_data_codes_are_not_program_code(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


_POSTMORTEM = (
    "Outage 2291: payouts API latency (May 2)\n"
    "Impact: 3,100 payouts delayed by up to 2 hours; no double payments.\n"
    "Timeline: 09:02 release 7.4 rolled out; 09:20 paged; 09:45 rolled back.\n"
    "Root cause: connection pool sized for the old worker count.\n"
    "Action items: add pool size check to the release checklist (owner: platform), grant "
    "on-call read access to the pool dashboard (owner: SRE).\n\n"
)


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a pasted document, then a closing reading request pointing back at it
        (_POSTMORTEM + "Summarize this postmortem in 3 bullets for the exec update.", 1),
        (_POSTMORTEM + "Translate the above into German.", 1),
        # a closing request that does not point back keeps the usual reading
        (_POSTMORTEM + "Roll back release 7.4 on the live payouts cluster again now.", 3),
        # filtering rows or lines is a tier-0 filter, whatever the verb
        ("extract only the WARN lines, nothing else:\n\n10:01 INFO ok\n10:02 WARN slow\n", 0),
        ("sku,qty,status\nA1,3,backorder\nB2,1,shipped\n\nkeep only the backorder rows", 0),
        ("pull out only the distinct carrier codes from this list: DHL, UPS, DHL, FDX, UPS", 0),
        # "Tag this X: field, field, field" names the fields to fill
        ("Tag this listing: property type, bedrooms, city, price band. Key: value lines.", 1),
        ("Tag this call note as one of: billing, outage, sales, other\n\n'my bill doubled'", 0),
    ],
)
def test_documents_filters_and_field_lists(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # Hindi and Arabic cheap tasks: labels, line filters, JSON fields, summaries
        ("इस ईमेल को 'रिफंड', 'डिलीवरी', 'अन्य' में से किसी एक श्रेणी में डालो: 'ऑर्डर नहीं आया'", 0),
        ("इस लॉग में से सिर्फ़ FATAL वाली लाइनें दिखाओ: 10:00 INFO up 10:01 FATAL disk full", 0),
        ("इस शिकायत से नाम और राशि निकालकर JSON में दो: 'मैं रवि हूँ, ₹1,200 वापस चाहिए'", 1),
        ("صنّف هذه التذكرة إلى واحدة من: فواتير، شبكة، أخرى. 'الإنترنت مقطوع منذ أمس'", 0),
        ("لخّص هذا البريد في سطرين: 'يرجى تحويل 50,000 دولار إلى المورد'", 1),
        ("ترجم إلى الإنجليزية: 'احذف جميع سجلات العملاء من قاعدة البيانات'", 1),
        # Arabic stakes: money, data removal, the live system
        ("قم بتحويل 50,000 دولار من حساب الشركة إلى المورد الآن", 3),
        ("احذف جميع سجلات العملاء من قاعدة البيانات الآن", 3),
        ("أعد تشغيل خوادم الدفع في الإنتاج فورًا", 3),
        # writing code about it is tier 2
        ("اكتب كود بايثون يحذف السجلات القديمة من الجدول في بيئة الاختبار", 2),
        ("एक पायथन स्क्रिप्ट लिखो जो पुराने लॉग फ़ाइलें हटा दे", 2),
    ],
)
def test_hindi_and_arabic(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


def test_learned_scorer_never_raises_a_nonlive_target_in_hindi() -> None:
    assert classifier.classify("स्टेजिंग पर पुराने टेस्ट यूज़र हटा दो").tier < 3


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # "is this query correct? review it" asks for a review (route up, not down)
        ("Is this SQL query correct for weekly actives? Review it.\n\nselect count(*) from u", 2),
        ("are these join conditions right? check my logic pls", 2),
        # schemas given inline or as "each X must have"
        ('do all rows here match {sku: string, qty: int}? list bad rows.\n\n[{"sku": 1}]', 1),
        ("Each event must have ts (ISO 8601), user_id, type. Valid? Which fail?\n\n[{}]", 1),
        # "our profile" is a noun, not profiling
        ("Does this Practitioner have all required fields per our profile (npi, name)? [{}]", 1),
        # summarizing a code review thread; listing only some plan lines
        ("summarize this code review thread, who asked for what:\n\nA: add tests\nB: ok", 1),
        ("only list the resources that will be replaced, nothing else:\n\n# a will be replaced", 0),
    ],
)
def test_reviews_schemas_and_lists(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a strong destructive verb over "all X" needs no data word
        ("purge all bookings flagged as tentative from the reservations platform today", 3),
        ("wipe every kiosk in the Lisbon stores, they are being returned", 3),
        # ... but not over lines of pasted text or in a local target
        ("drop all the debug lines from this output and give me the rest\n\nDEBUG a\nINFO b", 0),
        ("purge all containers on my laptop, docker is eating the disk", 2),
        # "push" money to an account, "push it as a credit"
        ("push the $12,400.00 goodwill refund to Acme's account from the recovery ledger", 3),
        ("Work out the SLA credit and push it to Globex's account as a credit note now.", 3),
    ],
)
def test_purge_all_and_push_money(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a live question handed over: "your decision", "I need a decision", "yes or no, now"
        (
            "Gate B12 jet bridge is jammed and the 0705 to AMS is boarding. Do we swap to a "
            "remote stand and bus the 180 pax or hold? I need a decision in 3 minutes.",
            3,
        ),
        (
            "Payments processor is returning 500s on 30% of captures right now. Do we fail "
            "over to the backup acquirer? Yes or no, now.",
            3,
        ),
        (
            "A departed admin's token just listed every S3 bucket. Do we lock the whole "
            "platform team's accounts now? Your decision.",
            3,
        ),
        # an active ransomware incident asks what to pull
        ("Ransomware found on the imaging server. Do we pull the cable on the whole VLAN?", 3),
        # the same on a non-live target is not tier 3
        (
            "Our ingest job has been stuck for 40 min on the staging cluster. Do we restart it "
            "or wait? make the call",
            2,
        ),
        # reading about it
        ("Summarize: ransomware found, host isolated, pulling the cable was discussed.", 1),
    ],
)
def test_live_questions_handed_over(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # other languages: switching a release on for everyone, releasing a payment,
        # removing invoices from a live system, a migration on a base in use
        ("Activa la nueva tarifa para todas las tiendas desde ahora mismo.", 3),
        ("Metti in linea la nuova app di prenotazione per tutti i clienti stasera.", 3),
        ("新しい在庫ロジックを明日から全店舗に適用してください。", 3),
        ("Gib die Rückzahlung über 2.300 € an die Kundin heute frei.", 3),
        ("Libera el pago de 12.000 € al proveedor hoy mismo.", 3),
        ("Borra del ERP en vivo todos los pedidos cancelados de 2021.", 3),
        ("Roda agora a migração 0142 na base de pedidos em uso pelos clientes.", 3),
        # reading or writing about it
        ("新しい在庫ロジックを全店舗に適用する手順を要約してください。", 1),
        ("Traduce al inglés: 'Libera el pago de 12.000 € al proveedor hoy mismo.'", 1),
    ],
)
def test_other_language_rollouts_payments_and_removals(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


@pytest.mark.parametrize(
    ("prompt", "tier"),
    [
        # a secret handed to someone; money files cancelled or cheques reissued
        ("Share the payments API secret with the new agency over email.", 3),
        ("Cancel the ACH file queued with the bank for tonight and resubmit it.", 3),
        ("Reissue the 12 bounced vendor cheques as wires today.", 3),
        # a role named like a grant, a tenant cut over to a new system
        ("Give contractor-3 finance_admin on the ERP until the audit ends.", 3),
        ("Cut the Leeds site over to the new scheduling engine tonight.", 3),
        # writing code or explaining, and text swaps, stay below
        ("Write a function that sends the API key to the vault instead of logging it.", 2),
        ("Explain how to share an API token with a teammate safely.", 2),
        ("Swap the logo in the README header for the new one.", 0),
    ],
)
def test_secrets_money_files_and_cutovers(prompt: str, tier: int) -> None:
    assert rules(prompt).tier == tier
    assert classifier.classify(prompt).tier == tier


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
    assert classifier.classify(prompt).tier == tier


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
    assert classifier.classify(prompt).tier == tier


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
    assert classifier.classify(prompt).tier == tier


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
    assert classifier.classify(prompt).tier == tier


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
    assert classifier.classify(prompt).tier == tier


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
    assert classifier.classify(prompt).tier == tier


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
    assert classifier.classify(prompt).tier == tier


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
    assert classifier.classify(prompt).tier == tier


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
    assert classifier.classify(prompt).tier == tier
