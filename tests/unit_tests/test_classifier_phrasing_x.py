"""Classes of phrasing found on the retired blind sets X and Y.

As in ``test_classifier_phrasing``, each class is pinned with new prompts, not the sets' own.
``rules`` runs the rules alone, ``classify`` the shipped hybrid.
"""

from __future__ import annotations

import pytest

from langchain_tiered import classifier
from tests.unit_tests.phrasing import check_hybrid, rules

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
    check_hybrid(prompt, tier)
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
    check_hybrid(prompt, tier)


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
    check_hybrid(prompt, tier)


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
    check_hybrid(prompt, tier)


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
    check_hybrid(prompt, tier)


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
    check_hybrid(prompt, tier)


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
    check_hybrid(prompt, tier)


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
    check_hybrid(prompt, tier)


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
    check_hybrid(prompt, tier)


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
    check_hybrid(prompt, tier)
