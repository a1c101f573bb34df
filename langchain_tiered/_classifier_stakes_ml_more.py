"""More stakes rules in other languages (tried after ``ML_ACCESS_RULES``).

Each is tier 3 as its English meaning is: a script run or a release put live ("Τρέξε τώρα
στην παραγωγή το script μετάπτωσης", run the migration script in production now; Turkish
"canliya al" with its own letters, take it live); a refund or reversal done ("Faz o reembolso
integral hoje", do the full refund today; "Die alte Lastschrift soll zurückgebucht werden",
the old direct debit is to be reversed) and an invoice cancelled ("storniere die
Sammelrechnung"); money returned in Spanish ("Devuélveles ya los 350 €"); a password reset in
Dutch ("Kun je het root-wachtwoord ... resetten"); a rollback in Norwegian ("rulle tilbake
... nå"); a security audit asked for in Polish ("Przeprowadź audyt bezpieczeństwa"); money
sent and live operations in Bengali ("সবার টাকা এখনই ব্যাংকে পাঠিয়ে দাও", send everyone's money to
the bank now). A
sentence that asks to explain, summarise, translate or write code about it is not the act
(``unless``).
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_objects import _CODE_ML, _READ_ML
from langchain_tiered._classifier_stake_rule import StakesRule, _ml_rule

#: Reading, explaining or writing words, and test systems, that make a sentence about the act.
_ABOUT: Final = (
    _READ_ML
    + r"|"
    + _CODE_ML
    + r"|\b(?:μετάφρασ\w*|εξήγησ\w*|εξήγ\w*|περίληψ\w*|γράψε|γράψτε|κώδικ\w*|açıkla\w*"
    r"|özetle\w*|anlat\w*|nasıl|explica\w*|como\s+(?:faço|fazer|posso|se\s+faz)|erklär\w*"
    r"|wie\s+(?:kann|könn\w*|mach\w*|geht|funktionier\w*)|entwurf\w*|vorlage\w*|schreib\w*"
    # (not where a check is reported done: "έχει ελεγχθεί στο staging", checked in staging)
    r"|escrev\w*|rascunho|test\w*|(?<!ελεγχθεί\sστο\s)(?<!ελέγχθηκε\sστο\s)(?<!δοκιμαστεί\sστο\s)"
    r"(?<!δοκιμάστηκε\sστο\s)staging|sandbox"
    # an English task over lines in other languages ("Detect the language of each line")
    r"|detect\w*|languages?|translat\w*|classif\w*|label\w*|extract\w*|summari[sz]\w*"
    r"|categori[sz]\w*)\b"
)

ML_MORE_RULES: Final[tuple[StakesRule, ...]] = (
    # Malay and Indonesian "Tolong padamkan semua rekod kehadiran ... dalam CheckRoll sekarang"
    # (delete all the attendance records), "hapus semua data pelanggan" (delete all customer data)
    _ml_rule(
        "ml_destructive_ms", "delete_data", "padam hapus buang kosongkan",
        r"\b(?:padamkan|padam|hapuskan|hapus|buangkan|buang|kosongkan)\b",
        r"\b(?:rekod|data|akaun|pangkalan\s+data|jadual|tabel|basis\s+data|fail|berkas"
        r"|sandaran|backup)\b",
        _ABOUT + r"|\b(?:terangkan|jelaskan|ringkaskan|ringkasan|terjemah\w*|contoh)\b",
    ),
    # Swedish, Norwegian, Danish "Lägg ut den på den skarpa webbshoppen i kväll" (put it out on
    # the live webshop tonight), "Driftsätt version 4 i produktion": a release put live
    _ml_rule(
        "ml_deploy_sv", "deploy", "lägg lägga legg læg driftsät driftsett publicer publiser släpp",
        r"\b(?:lägg(?:a)?\s+ut|legg(?:e)?\s+ut|læg(?:ge)?\s+ud|driftsätt\w*|driftsett\w*"
        r"|publicera\w*|publiser\w*|släpp\w*)\b",
        r"\b(?:skarp\w*|produktion\w*|produksjon\w*|live|riktig\w*|ekte|rigtig\w*)\b",
        _ABOUT + r"|\b(?:förklara\w*|forklar\w*|sammanfatta\w*|oppsummer\w*|beskriv\w*)\b",
    ),
    # Greek "run / apply / put up ... in production": an act on the live system
    _ml_rule(
        "ml_live_run_el", "migration",
        "τρέξ εκτέλεσ εφάρμοσ ανέβασ βγάλ περάσ βάλ ανεβάσ εκτελέσ εφαρμόσ",
        # ... or asked with "na" and a first-person plural (shall we put the new pricing out in
        # production now?), not after "how"
        r"\b(?:τρέξ(?:ε|τε)|εκτέλεσ(?:ε|τε)|εφάρμοσ(?:ε|τε)|ανέβασ(?:ε|τε))\b"
        r"|(?<!πώς\s)(?<!πως\s)\bνα\s+(?:τρέξουμε"
        r"|εκτελέσουμε|εφαρμόσουμε|ανεβάσουμε|βγάλουμε|περάσουμε|βάλουμε)\b",
        # ... or onto the plant's controllers, or the live system ("στο ζωντανό σύστημα")
        r"\bπαραγωγ\w*|\bελεγκτ\w*|\bζωνταν\w*",
        _ABOUT,
    ),
    # Turkish "take it live" ("canliya al", "yayina al" in Turkish letters): a release put live
    _ml_rule(
        "ml_take_live_tr", "deploy", "canlıya yayına",
        r"\b(?:canlıya|yayına)\s+(?:al|alın|alalım|alır\s+mısın|çık|çıkın|çıkalım|geçir\w*)\b",
        r"\w",
        _ABOUT,
    ),
    # Portuguese "do the refund", "reverse the charge" ("Faz o reembolso integral hoje"), "go
    # ahead with the refund"
    _ml_rule(
        "ml_refund_pt", "payment", "reembolso estorn",
        # imperative forms at a clause's start ("Faz o reembolso", "Faça o estorno"), not
        # "o sistema faz o reembolso?" nor "como fazer o reembolso"
        r"(?<!\w\s)\b(?:fa(?:z|ça|çam)\s+(?:o|os)\s+(?:reembolso|estorno)s?|estorn(?:e|em)"
        r"|process(?:e|em)\s+(?:o|os)\s+(?:reembolso|estorno)s?)\b"
        # "Pode avançar com o reembolso das 27 aulas?": go ahead with it, asked or told
        # (not "o sistema pode avançar com o reembolso automaticamente?", a capability asked)
        r"|(?:(?<!\w\s)|(?:(?<!\w\s)|\b(?:você|voce|vc|tu)\s+)(?:pode[sm]?|podemos)\s+)"
        r"(?:avanç(?:ar|a|e|em|amos)|avance|avancem|prossig(?:a|am)"
        r"|prosseguir|prossegue|seguir|siga|sigam)\s+com\s+(?:o|os)\s+(?:reembolso|estorno)s?\b",
        r"\w",
        _ABOUT,
    ),
    # German "cancel the invoice", "the direct debit is to be reversed": money moved back
    _ml_rule(
        "ml_reverse_de", "payment", "storn zurück rückbuch",
        r"\b(?:stornier(?:e|en)|zurück(?:ge)?buch\w*|rückbuch\w*)\b",
        r"\b(?:\w*rechnung\w*|lastschrift\w*|zahlung\w*|überweisung\w*|buchung\w*|betrag\w*)\b",
        # ... not "wurde bereits zurückgebucht" (it was reversed already)
        _ABOUT + r"|\b(?:wurden?|worden|bereits|schon)\b",
    ),
    # German "bypass the car in the PLC", "bypass: yes or no?": a safety sensor switched out
    _ml_rule(
        "ml_bypass_de", "incident", "überbrück",
        r"\büberbrück\w*",
        r"\b(?:\w*sensor\w*|gondel\w*|sicherheit\w*|\w*schloss|not-?aus|verriegelung\w*|plc|sps"
        r"|lichtschranke\w*|endschalter\w*|interlock\w*|ja\s+oder\s+nein)\b",
        # ... not "wurde überbrückt" (reported), nor a bridging loan or a gap bridged
        _ABOUT + r"|\b(?:wurden?|worden|bereits|kredit\w*|zeit\w*|lücke\w*|pause\w*)\b",
    ),
    # Spanish "give them back the 350 euros by transfer" ("Devuélveles ya los 350 €")
    _ml_rule(
        "ml_refund_es", "payment", "devuélv devuelv",
        # to them or to him ("devuélveles", "devuélvele"): not "devuélvelo en JSON" (return it)
        # nor "que la función devuelva ..." (return, in code)
        # ... or "devuelve el depósito ... a los Whitby" (to someone; not "devuelve el importe en
        # céntimos", what a function returns)
        r"\b(?:devuélve(?:les|le)|devuélvan(?:les|le)|devuelv[ae]n?(?=\s+(?:el|la|los|las)\s+"
        r"(?:depósito|dinero|fianza|señal)\b[^.\n]{0,60}\sa\s+(?:los|las|la|el|[A-ZÁÉÍÓÚ]\w+)\b))\b",
        r"[$€£]|\b(?:eur|euros?|dinero|importe|transferencia|matrícula|cuota|reembolso)\b",
        _ABOUT,
    ),
    # Dutch "reset the root password ... and send the new one" (a credential changed)
    _ml_rule(
        "ml_credentials_nl", "credentials",
        "resetten wijzig wijzigen verander veranderen vervangen intrek intrekken trek geven "
        "verlenen toekennen afnemen ontnemen",
        # a request ("Kun je ... resetten?"), not "de gebruiker kan zijn wachtwoord resetten"
        # (a feature described); rights given or taken ("Kun je Luis tijdelijk
        # beheerdersrechten geven in HeatDesk ...?")
        r"\b(?:kun|kunt|kan|wil|zou)\s+(?:je|jij|u)\b[^?\n]{0,120}?\b(?:resetten|intrekken"
        r"|wijzigen|veranderen|vervangen|geven|verlenen|toekennen|afnemen|ontnemen)\b",
        # ... or an API token ("het API-token van de boekhoudkoppeling intrekken"), or the PIN
        # of an alarm panel ("de pincode van het alarmpaneel meteen wijzigen")
        r"\b(?:\w*wachtwoord\w*|toegangsrechten|sleutel\w*|tweestaps\w*|[\w-]*tokens?|api-?keys?"
        r"|\w*pincode\w*|pin-?code\w*|\w*toegangscode\w*|alarmcode\w*"
        r"|\w*(?:beheer\w*|admin\w*|schrijf|lees|toegangs)rechten|beheerder\w*|admin-?\w*)\b",
        _ABOUT + r"|\b(?:hoe|uitleg\w*|leg\s+uit|extraheer\w*|classificeer\w*|vat\s+\w+\s+samen"
        r"|samenvatting|vertaal\w*|label\w*|ja\s+of\s+nee|is\s+dit|gaat\s+(?:dit|het)\s+over"
        r"|schrijf\w*|schrijv\w*|script\w*|functie\w*|implementeer\w*|endpoint\w*|formulier\w*)\b",
    ),
    # Norwegian, Swedish and Danish "roll back" ("Kan du rulle tilbake fôringsprogrammet ... nå?")
    _ml_rule(
        "ml_rollback_nordic", "deploy", "rulle rulla rul",
        r"\b(?:rull(?:e|a)\s+tilbake|rulla\s+tillbaka|rul(?:le)?\s+tilbage)\b",
        r"\w",
        _ABOUT + r"|\b(?:forklar\w*|förklara\w*|hvordan|hur|beskriv\w*|oppsummer\w*)\b",
    ),
    # Polish "carry out a security audit of our cluster"
    _ml_rule(
        "ml_security_audit_pl", "security_audit", "przeprowadź wykonaj zrób audyt test",
        r"\b(?:przeprowadź|wykonaj|zrób)\s+(?:pełny\s+|szybki\s+)?(?:audyt|testy?\s+penetracyjn\w*"
        r"|pentest\w*)",
        r"\b(?:bezpieczeństw\w*|penetracyjn\w*|uprawnień|rbac|pentest\w*)",
        _ABOUT,
    ),
    # Greek "give the contractor admin rights on the booking system" (an access grant)
    _ml_rule(
        "ml_access_el", "credentials", "δώσ δωσ πρόσθεσ αφαίρεσ αφαιρέσ",
        r"\b(?:δώσ(?:ε|τε)|δωσ(?:ε|τε)|πρόσθεσ(?:ε|τε)|προσθέστε|αφαίρεσ(?:ε|τε)|αφαιρέστε)\b",
        r"\b(?:δικαιώματ\w*|πρόσβασ\w*)",
        _ABOUT,
    ),
    # Turkish "move the booking database to the new region" (a live data migration)
    _ml_rule(
        "ml_migrate_tr", "migration", "taşı aktar",
        r"\b(?:taşı|taşıyın|taşıyalım|aktar|aktarın|aktaralım)\b",
        r"\b(?:veritabanını|veritabanlarını|database.?i|db.?yi)\b",
        _ABOUT,
    ),
    # Italian "revoke the Xero API token we shared with the old accountant"
    _ml_rule(
        "ml_credentials_it", "credentials", "revoc disattiv ruot resett reimpost",
        # asked ("Puoi revocare ...?", "Revoca subito ..."), not named in a sentence
        r"(?:(?<![\w,] )(?<![\w,]  )|\b(?:puoi|potete|potresti|può|per\s+favore)\s+"
        r"(?:\w+\s+){0,2}?)\b(?:revoca(?:re|te)?|disattiva(?:re|te)?|ruota(?:re|te)?|resetta(?:re|te)?"
        r"|reimposta(?:re|te)?)\b",
        r"\b(?:token|chiav[ei]|password|credenziali|accesso|accessi|permessi)\b",
        # (nor a label or a yes/no asked about such a request)
        _ABOUT + r"|\b(?:come|spiega\w*|riassum\w*|traduci\w*|scrivi\w*|intento|categori\w*"
        r"|etichett\w*|rispondi|una\s+parola|sì\s+o\s+no|priorit\w*|tipo\s+di\s+richiesta)\b",
    ),
    # Italian "generate a new API key for Faire and send it to Luca, our agent in Italy"
    _ml_rule(
        "ml_api_key_it", "credentials", "gener cre emett",
        r"(?:(?<![\w,] )(?<![\w,]  )|\b(?:puoi|potete|potresti|può|per\s+favore)\s+"
        # (not the plural "generate"/"create": those are English words too)
        r"(?:\w+\s+){0,2}?)\b(?:genera(?:re)?|crea(?:re)?|emetti|emettere)\b",
        r"\b(?:chiav[ei]\s+(?:api|d'accesso|di\s+accesso)|token(?:\s+api)?|api\s+key)\b",
        _ABOUT + r"|\b(?:come|spiega\w*|riassum\w*|traduci\w*|scrivi\w*|intento|categori\w*"
        r"|etichett\w*|rispondi|codice|funzione|script|test|riassunt\w*|elenc\w*|lista|report"
        r"|rapporto|tabella|sintesi|bozza)\b",
    ),
    # Arabic "cancel the late fee of 350 pounds and return it to the interpreter's account"
    _ml_rule(
        "ml_refund_ar", "payment", "إعاد إرجاع ارجاع استرداد استرجاع تحويل حو",
        r"(?:إعادة|إعادتها|إعادته|أعد|أعيدوا|إرجاع|ارجاع|استرداد|استرجاع|حوّل|حول|تحويل)",
        r"(?:جنيه|دولار|يورو|ريال|درهم|دينار|[$€£])",
        # (the imperative "translate", not "المترجمة", the interpreter)
        _ABOUT + r"|(?:^|\s)(?:ترجم|لخص|لخّص|اشرح|كيف)(?=\s)",
    ),
    # Italian, Spanish, Portuguese, French and German "launch tonight the final data migration
    # from TM3 to Cliniko" ("Possiamo lanciare stasera la migrazione definitiva ...?")
    _ml_rule(
        "ml_final_migration", "migration", "migra",
        r"\b(?:lanciare|lanciamo|avviare|avviamo|eseguire|eseguiamo|fare|facciamo|partire|lanzar"
        r"|lanzamos|ejecutar|ejecutamos|hacer|hacemos|lancer|lançons|faire|faisons|executar|executamos"
        r"|fazer|fazemos|rodar|rodamos|starten|durchführen|machen)\b[^.?\n]{0,60}\bmigra\w*",
        r"\bmigra\w*\s+(?:definitiv\w*|final\w*)|\b(?:définitive|endgültig\w*)\b"
        r"|\b(?:stasera|stanotte|esta\s+noche|ce\s+soir|cette\s+nuit|heute\s+(?:abend|nacht)"
        r"|esta\s+noite|hoje\s+à\s+noite)\b",
        _ABOUT + r"|\b(?:spiega\w*|riassum\w*|traduci\w*|scrivi\w*|explica\w*|escrib\w*|escrev\w*"
        r"|expliqu\w*|écri[st]\w*|erklär\w*|schreib\w*|piano|plan|staging|prova|prueba|test\w*)\b",
    ),
    # Bengali "send everyone's money to the bank now" ("সবার টাকা এখনই ব্যাংকে পাঠিয়ে দাও"),
    # "pay", "refund", "transfer" (not "explain", "translate", "summarise", "how")
    _ml_rule(
        "ml_money_bn", "payment", "পাঠা পাঠি ট্রান্সফার পেমেন্ট পরিশোধ ফেরত রিফান্ড",
        r"পাঠিয়ে\s*(?:দাও|দিন|দে|দেবে)|পাঠাও|পাঠান|ট্রান্সফার\s*কর|পেমেন্ট\s*কর|পরিশোধ\s*কর"
        r"|ফেরত\s*(?:দাও|দিন|দে)|রিফান্ড\s*কর",
        r"টাকা|পেমেন্ট|বেতন|মজুরি|রিফান্ড|বোনাস|[৳$€£]",
        _ABOUT + r"|ব্যাখ্যা|অনুবাদ|সারাংশ|কীভাবে|কিভাবে|লিখে\s*দাও|খসড়া",
    ),
    # Bengali "delete / deploy / roll back / restart on production" ("প্রোডাকশনে ... মুছে ফেলো")
    _ml_rule(
        "ml_live_operation_bn", "incident", "ডিলিট মুছে ডিপ্লয় রোলব্যাক রিস্টার্ট বন্ধ",
        r"ডিলিট|মুছে\s*(?:ফেল|দাও|দিন)|ডিপ্লয়|রোলব্যাক|রিস্টার্ট|বন্ধ\s*(?:কর|করে\s*দাও)",
        r"প্রোডাকশন|লাইভ|\b(?:production|prod|live)\b",
        _ABOUT + r"|ব্যাখ্যা|অনুবাদ|সারাংশ|কীভাবে|কিভাবে|টেস্ট|স্টেজিং",
    ),
    # Turkish, raise my purchase approval limit: an approval or spending limit raised is a
    # privilege granted ("onay limitimi 50.000 sterline yükseltir misin?")
    _ml_rule(
        "ml_limit_raise_tr", "credentials", "yükselt artır arttır",
        r"\b(?:yükselt\w*|artır\w*|arttır\w*)",
        r"\b(?:onay|yetki|harcama|satın\s+alma|ödeme|kredi)\s+(?:limit|sınır)\w*",
        _ABOUT,
    ),
    # Swedish, Norwegian and Danish "send the payment of 14 600 € to ... today"
    _ml_rule(
        "ml_payment_nordic", "payment", "skicka betala överför sende betal overfør",
        r"\b(?:skicka|betala|överför|för\s+över|sende|betal|overfør|overføre)\b",
        r"[$€£]|\b(?:betalning\w*|betaling\w*|beløp\w*|belopp\w*|kr|sek|nok|dkk|eur|faktura\w*)\b",
        _ABOUT + r"|\b(?:forklar\w*|förklara\w*|hvordan|hur|oversett\w*|översätt\w*)\b",
    ),
)  # fmt: skip
