"""Decision and live-question signals in other languages (English: :mod:`._classifier_decisions`).

"Entscheide jetzt", "Решай сейчас", "결정해서 적용해 주세요", "sollen wir jetzt umschalten?",
"czy czekamy?": a demand to decide, a live incident, a live environment, an urgent question or a
live act named outside English. The English decision signals read these tables together with
their own through ``_classifier_rules``.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_patterns import _c

#: A demand to decide, and a live incident, in other languages (English: ``_decision_stake``):
#: "장애 대응 중입니다 ... 바로 결정해서 적용해 주세요" is a live decision.
ML_DECISION_DEMAND: Final = _c(
    r"결정해|결정하|정해\s*주|決めて|決定して|判断して|决定|拍板"
    # Hindi "तुरंत फैसला बताओ" (tell me the decision now), "निर्णय लीजिए"
    r"|फ़?ैसला\s+(?:बताओ|बताइए|बताएं|करो|कीजिए|करें|लो|लीजिए|दो|दीजिए|चाहिए)"
    r"|निर्णय\s+(?:लो|लीजिए|लें|बताओ|बताइए|करो|कीजिए|चाहिए)"
    # Polish "Decyzja teraz." / "decyzja natychmiast"
    r"|\bdecyzj[aię]\s+(?:teraz|natychmiast|już|od\s+razu)\b"
    # Arabic "نحتاج قرارك الآن" (we need your decision now), "قرر الآن" (decide now)
    r"|قرارك|قرر\s+الآن|قرّر"
    r"|\b(?:entscheide|entscheiden\s+sie"
    r"|entscheiden|décide[sz]?|decide|decida|decidi|decidere|реши|решите|решай\w*|beslis|zdecyduj"
    r"|karar\s+ver\w*|tranche[sz]?"  # "karar vermemiz lazim" (we must decide)
    r"|potrzebuję\s+decyzji|brauche\s+(?:eine|die)\s+entscheidung|necesito\s+(?:una\s+|la\s+)?decisión"
    r"|preciso\s+d[ae]\s+(?:uma\s+)?decisão|besoin\s+d'une\s+décision|ho\s+bisogno\s+di\s+una"
    r"\s+decisione"
    r"|нужно\s+решение|heb\s+een\s+beslissing\s+nodig"
    # "Ich brauche ein klares Ja oder Nein", "necesito un sí o un no"
    r"|brauche\s+ein\s+(?:klares\s+)?ja\s+oder\s+nein|necesito\s+un\s+sí\s+o\s+un\s+no"
    r"|besoin\s+d'un\s+oui\s+ou\s+d'un\s+non|preciso\s+de\s+um\s+sim\s+ou\s+não"
    # Norwegian, Swedish and Danish: "bestem nå", "gi råd nå", "beslut nu"
    r"|bestem\s+(?:nå|deg)|bestäm\s+nu|beslut\s+nu|avgjør\s+nå|gi\s+råd\s+nå|ge\s+råd\s+nu"
    # a bare "Avgjør, jeg står på gulvet." / "Bestäm!" closing the question
    r"|(?:^|[.?!]\s+)(?:avgjør|bestem|bestäm|beslut|afgør)\s*[,.!]"
    # "Tag beslutningen", "ta beslutet", "du bestemmer", "neem jij de beslissing"
    r"|t(?:ag|a)\s+beslut(?:ningen|tet|et)|træf\s+beslutningen|du\s+(?:bestemmer|bestämmer"
    r"|avgjør|beslutter)|neem\s+(?:jij\s+|u\s+)?(?:de|een|het)\s+(?:beslissing|besluit))\b"
)
#: "oui ou non ? Réponds vite.": an answer demanded at once, in other languages (with
#: ``ML_LIVE_ACTION``, a live choice).
ML_ANSWER_FAST: Final = _c(
    r"\b(?:r[ée]ponds?|r[ée]pondez)\s+(?:vite|tout\s+de\s+suite|maintenant)|\b(?:responde|responda"
    r"|contesta)\s+(?:rápido|rapido|ya|agora|já)|\bantworte\s+(?:schnell|sofort|jetzt)"
    # Spanish and Portuguese "Dime ya." (tell me now), "Diz-me já."
    r"|\b(?:dime|dinos|dígame|díganme|dímelo|diz-me|diga-me|me\s+diz)\s+(?:ya|ahora|rápido|já|agora)\b"
    r"|\brispondi\s+(?:subito|presto|ora)|\bodpowiedz\s+(?:szybko|teraz)|\bantwoord\s+snel"
    r"|\bответь\w*\s+(?:быстро|сейчас|срочно)|すぐ(?:に)?答えて|快(?:点)?回答|빨리\s*답"
    # "Notsauerstoff aufdrehen? Ja oder nein, sofort.": a yes or no wanted at once
    r"|(?P<yes_no>\b(?:ja\s+oder\s+nein|oui\s+ou\s+non|s[ií]\s+o\s+no|sim\s+ou\s+n[ãa]o|s[iì]\s+o"
    r"\s+no|tak\s+czy\s+nie|ja\s+of\s+nee|ja\s+eller\s+nej|ja\s+eller\s+nei)\s*[,.:;!-]?\s*(?:sofort"
    r"|jetzt|schnell|gleich|maintenant|tout\s+de\s+suite|vite|ya|ahora|agora|já|subito|ora|teraz"
    r"|szybko|nu|meteen|snel|genast|straks)\b)"
)
ML_INCIDENT: Final = _c(
    r"起火|火警|火灾|冒烟|烟味|二重(?:送金|請求|払い|決済|課金)|誤送金|重复(?:扣款|付款|转账|收费)|장애|障害|故障|事故|宕机|停机|挂了|崩了|崩溃|נפל|נפלה|קרס"
    # Hindi fire, smoke, leak, outage, a temperature rising ("तापमान -12°C ... बढ़ रहा है")
    r"|आग(?![\u0900-\u097f])|धुआँ|धुआं|रिसाव|आउटेज|ठप्प?|तापमान[^।?\n]{0,60}बढ़"
    r"|\b(?:panne|störung|ausfall|ausgefallen|uitgevallen|caída|caida|incidente|инцидент\w*"
    r"|авари\w*|сбо[йя]|awaria|storing|arıza\w*|kesinti|çarptı|kaza\w*|sự\s+cố|pollution|contamination|fuite"
    r"|leck|fuga|vazamento|sızıntı|wyciek|утечк\w*|degradaci[oó]n|degradação|dégradation|шифрувальник\w*|шифровальщик\w*|вимагач\w*"
    r"|вымогател\w*|ransomware|rançongiciel\w*|erpressungstrojaner\w*|emergenz\w*"
    r"|notfall\w*|guasto|avaria|incendio|incendie|incêndio|feuer\w*|fuoco|fumée|humo|fumaça"
    r"|rauch\w*|pożar\w*|dym|dymu|dymi\w*|phishing\w*|hälyty\w*|ylikuumen\w*|palaneen|tulipalo\w*|пожар\w*|yangın|duman|\w*lekkasje\w*|\w*läcka\w*|\w*lækage\w*"
    # card readers charging twice: "Kortläsarna drar dubbelt" (Swedish, Norwegian, Danish)
    r"|brann\w*|brandlarm\w*|røyk\w*|røg\w*|rökutveckling"
    r"|(?:drar|dra|trekker|trækker)\s+(?:pengar\s+|penger\s+|penge\s+)?d[ou]bbelt?|dubbeldrag\w*"
    # something jammed mid-move: "la perche 22 s'est bloquée", "o motor do lustre travou"
    r"|bloqué\w*|travou|travad[oa]s?|atascad[oa]s?|bloquead[oa]s?|blockiert|bloccat[oa]"
    # an evacuation under way or weighed: "ewakuujemy halę", "evacuamos la planta"
    r"|ewakuuj\w*|ewakuac\w*|evacu[ae]\w*|évacu\w*|evakuier\w*|эвакуац\w*|эвакуир\w*|tahliye"
    # homes or sites left without heating, power or water ("1.200 hogares sin calefacción")
    r"|sin\s+(?:calefacción|calefaccion|luz|electricidad|agua|suministro)"
    r"|sem\s+(?:aquecimento|luz|energia|água|agua|fornecimento)"
    r"|senza\s+(?:riscaldamento|corrente|elettricità|acqua)|sans\s+(?:chauffage|électricité|courant)"
    r"|ohne\s+(?:heizung|strom|wärme))\b"
    # Hindi: an overflow, a leak, a fire or smoke ("क्लेरिफायर ओवरफ्लो हो रहा है")
    r"|ओवरफ्लो|रिसाव|लीक\s+हो|आग\s+लग|धुआ|हमला"
    # Arabic: an attack, a breach, a leak, a fire, smoke, an outage
    r"|هجوم|اختراق|تسرب|تسريب|حريق|دخان|انقطاع"  # ... or an attack ("डीडीओएस हमला")
)
#: A live or production environment named in other languages (with ``ML_DECISION_DEMAND``).
ML_LIVE_ENV: Final = _c(
    r"canlı\s+ortam\w*|üretim\w*|\b(?:produktion\w*|produktiv\w*|producción|produccion|produção"
    r"|producao|produzione|productie|produkcj\w*|продакшн\w*|продакшен\w*|боев\w+|прод|проде"
    r"|прода|en\s+direct|en\s+pleine\s+(?:représentation|séance|émission)|ao\s+vivo|en\s+vivo)\b"
    r"|本番|生产环境|παραγωγή|παραγωγής"
    r"|线上|운영\s*환경|프로덕션"
)
#: A question mark in Greek text: ";" (or U+037E) right after a Greek word ("... τώρα;").
ML_GREEK_QUESTION: Final = _c(r"[\u0370-\u03ff\u1f00-\u1fff][;\u037e]")
#: "Should we ... now?" in other languages: a question about acting right away on a live system.
ML_SHOULD_WE_NOW: Final = _c(
    r"(?:\b(?:sollen|sollten|müssen|schalten|nehmen|fahren|stoppen|sperren|setzen)\s+wir"
    r"|\b(?:debemos|deberíamos|hacemos|devemos|fazemos"
    r"|devons-nous|doit-on|faut-il|on\s+fait|on\s+(?:coupe|arrête|bascule|désactive|ferme|stoppe"
    r"|suspend|retire|bloque|redémarre|isole)|dobbiamo|facciamo|haruskah\s+kita|apakah\s+kita\s+(?:harus"
    r"|perlu)|czy\s+(?:mamy|powinniśmy|robimy|\w{3,}(?:amy|emy|imy|ymy))|powinniśmy|moeten\s+we|gaan\s+we|должны\s+ли"
    r"\s+мы|нам\s+(?:нужно|стоит)|стоит\s+ли|чи\s+(?:варто|треба|потрібно)|варто|skal\s+vi|ska\s+vi"
    r"|skall\s+vi|bør\s+vi|(?:chúng\s+ta\s+)?có"
    r"\s+nên|dd?yl(?:en|em|ai)\s+ni|dd?ylwn\s+i)\b|要不要|我们(?:应该|要)|すべき(?:ですか|か)|しますか|할까요|해야\s*할까요)"
    r"[^?？\n]{0,160}(?:\b(?:jetzt|sofort|ahora|ya|agora|já|maintenant|immédiatement|subito"
    r"|adesso|ora|sekarang|teraz|natychmiast|nu|nå|meteen|сейчас|немедленно|негайно|зараз|ngay"
    r"|direkt|genast|omedelbart|umiddelbart|straks|i\s+dag|idag|i\s+kväll|i\s+kveld|i\s+aften"
    r"|direct|onmiddellijk"  # Dutch "Moeten we de webshop direct offline halen?"
    r"|nawr|rŵan|ar\s+unwaith"  # Welsh now, at once
    # "Sollen wir alle betroffenen Anlagen vorsorglich stilllegen lassen?": as a precaution
    r"|vorsorglich|par\s+précaution|por\s+precaución|por\s+precaução|precauzionalmente"
    r"|prewencyjnie|voorzorgshalve|för\s+säkerhets\s+skull|for\s+sikkerhets\s+skyld"
    r"|עכשיו|מיד)\b"
    r"|现在|马上|立即|立刻|今すぐ|直ちに|지금|바로|당장)[^?？\n]{0,160}[?？]"
    r"|(?:\b(?:jetzt|sofort|ahora|agora|maintenant|subito|adesso|sekarang|teraz|сейчас|немедленно"
    r"|негайно|зараз)\b|现在|马上|立即|今すぐ|지금|바로)[^?？\n]{0,160}(?:\b(?:sollen|müssen)\s+wir"
    r"|\b(?:debemos|devemos|dobbiamo|haruskah|powinniśmy|должны|нужно|треба|потрібно)\b|要不要"
    r"|すべき|할까요)[^?？\n]{0,80}[?？]"
    # Malay and Indonesian "Tutup pintu air parit utama sekarang atau tidak?", "Tutup sekarang
    # ke?" (shut it now or not?)
    r"|\b\w{3,}\b[^?\n]{0,160}\bsekarang\s+(?:atau\s+(?:tidak|tak|belum)|ke(?:\s+(?:tak|tidak))?"
    r"|kah)\s*\?"
    # Polish, an infinitive asked ("Wyłączyć pompy dozujące i zamknąć budynek?": switch off?)
    r"|(?:^|[.!?]\s+|\n)(?:wyłączyć|zamknąć|zatrzymać|ewakuować|odciąć|odłączyć|zablokować)\b"
    r"[^?\n]{0,160}\?"
    # Spanish and Portuguese "¿Lo apagamos ya y mandamos una corrección?"
    r"|\b\w{3,}(?:amos|emos|imos)\s+(?:ya|ahora(?:\s+mismo)?|agora|de\s+inmediato)\b[^?\n]{0,80}\?"
    # ... "Mandamos alguém desligá-la no local agora?": the verb opens, "now" closes
    r"|(?:(?<=[.!?]\s)|(?<![^\n]))\w{3,}(?:amos|emos|imos)\b[^?\n.]{0,120}\b(?:agora|ahora(?:\s+mismo)?"
    r"|já|imediatamente|inmediatamente|de\s+inmediato)\s*\?"
    # Greek "should we evacuate the first floor now;" (";" is the Greek question mark)
    r"|\bνα\s+\w+ουμε\b[^;\u037e?\n]{0,160}\b(?:τώρα|αμέσως)\b[^;\u037e?\n]{0,40}[;\u037e?]"
    # ... and "do we stop cabin sales now;" ("Σταματάμε τις πωλήσεις ... τώρα;")
    r"|(?:^|[.!;\u037e]\s+)\w{3,}(?:άμε|ούμε|ουμε)\b[^;\u037e?\n.]{0,160}\b(?:τώρα|αμέσως)\b\s*[;\u037e?]"
    # ... or weighed against waiting ("Κάνουμε failover ... τώρα ή περιμένουμε ...;")
    r"|(?:^|[.!;\u037e]\s+)\w{3,}(?:άμε|ούμε|ουμε)\b[^;\u037e?\n.]{0,160}\b(?:τώρα|αμέσως)\s+ή\s+"
    r"(?:να\s+)?περιμέν\w*\b[^;\u037e?\n]{0,80}[;\u037e?]"
    # Hindi "क्या हमें अभी ... करवा देना चाहिए?" (should we ... now?)
    r"|क्या\s+(?:हमें|हम)\s[^?\n]{0,120}(?:अभी|तुरंत|फ़?ौरन)\s[^?\n]{0,120}(?:चाहिए|करें|दें)\s*\?"
    # "क्या मैं हैचरी की मुख्य बिजली काट दूँ?" (shall I cut the main power?)
    r"|क्या\s+(?:मैं|हम)\s[^?\n]{0,160}(?:दूँ|दूं|दें|करूँ|करूं|करें)\s*\?"
    # "क्या अभी ... बंद कर दें?", "... लोगों को बाहर निकालें?" (a subjunctive verb closing it)
    r"|क्या\s+(?:अभी|तुरंत)\s[^?\n]{0,160}(?:चाहिए|[\u0900-\u097f]*(?:ें|एं))\s*\?"
    # Turkish "now ... shall we <act>?" ("shut the station now and evacuate, edelim mi?")
    r"|\b(?:şimdi|hemen)\b[^?？\n]{0,120}\b\w+(?:elim|alım)\s+m[iı]\s*\?"
    r"|\b\w+(?:elim|alım)\s+m[iı]\s*\?[^\n]{0,80}\b(?:şimdi|hemen)\b"
    # Turkish "cut the catenary power and stop the services, shall we?" (-ip ... -alim mi?)
    r"|\b\w+(?:ip|ıp|up|üp)\s+[^?\n]{0,60}\b\w+(?:elim|alım)\s+m[iı]\s*\?"
    # Scandinavian "skal vi stenge ...? ... akkurat nå": the now after the question
    r"|\b(?:skal|ska|skall|bør|bör)\s+vi\b[^?\n]{0,160}\?[^?\n]{0,160}\b(?:akkurat\s+nå|lige\s+nu"
    r"|just\s+nu|nå|nu)\b"
    # Finnish "Suljetaanko koko ... lämmitys nyt?" (shall we shut ... now?)
    r"|\b\w{3,}(?:taanko|täänkö)\b[^?\n]{0,120}\bnyt\b[^?\n]{0,40}\?"
    # Polish "Blokujemy konto i wysyłamy ostrzeżenie teraz?" (do we block ... now?)
    r"|(?:^|[.!?]\s+)[^\W\d_]{3,}(?:amy|emy|imy|ymy)\b[^?\n]{0,120}\b(?:teraz|natychmiast"
    r"|od\s+razu)\b[^?\n]{0,40}\?"
    # Polish infinitives weighed against each other: "Odciąć zasilanie i ewakuować ludzi, czy
    # otworzyć pokrywę?" (cut the power and evacuate, or open the lid?)
    r"|(?:^|[.!?]\s+)[^\W\d_]{3,}ć\b[^?\n]{0,120},?\s+czy\s+[^\W\d_]{3,}ć\b[^?\n]{0,80}\?"
    # Polish "Czy wyłączamy linię i ewakuujemy halę?": an evacuation asked about is urgent
    r"|\bczy\s+\w{3,}(?:amy|emy|imy|ymy)\b[^?\n]{0,120}\bewakuuj\w*[^?\n]{0,60}\?"
    # Swedish, Norwegian and Danish telegraphic "Stänga arkaden nu?" (close ... now?)
    r"|^\s*[^\W\d_]{3,}[ae]\s[^?\n]{0,80}\b(?:nu|nå|genast|straks|omedelbart|umiddelbart)\b"
    r"[^?\n]{0,40}\?"
)
#: An urgent question in other languages without a "should we" ("להחזיר את הגרסה עכשיו?").
#: "... or do we wait?" in other languages: the question is a choice between acting and waiting.
ML_WAIT_CHOICE: Final = _c(
    r"\bczy\s+czekamy|\bo\s+esperamos|\bou\s+(?:on\s+)?attend\w*|\boder\s+warten|\bo\s+aspettiamo"
    r"|\bof\s+wachten|\bou\s+esperamos|\bили\s+жд[её]м|还是等|それとも待"
    # "... ou tentamos terminar o ciclo?", "... o seguimos?": or carry on
    r"|\b(?:ou|o)\s+(?:tentamos|intentamos|continuamos|seguimos|mantemos|mantenemos|deixamos"
    r"|dejamos)\b"
    r"|\beller\s+(?:vente|venter|vänta|väntar|avvente|avvent\w*)\b"
)
ML_URGENT_QUESTION: Final = _c(
    r"(?:עכשיו|מיד|\b(?:jetzt|sofort|ahora|agora|maintenant|subito|adesso|sekarang|teraz|сейчас"
    r"|немедленно|негайно|зараз|tout\s+de\s+suite|immédiatement|inmediatamente|de\s+inmediato"
    r"|imediatamente|immediatamente)\b|\b(?:ya|já)(?=\s*[,?])|现在|马上|立即|今すぐ|지금|바로|당장)"
    r"[^?？\n]{0,100}[?？]"
)
#: Acting on a live system, in other languages (with ``ML_SHOULD_WE_NOW``): fail over, roll
#: back, restart, isolate, block, switch off...
ML_LIVE_ACTION: Final = _c(
    r"\b(?:roll\s*back|rollback|fail\s*over|failover|deploy\w*|restart\w*|reboot|redeploy|drain"
    # Welsh: evacuate (empty), switch off, in their mutated forms ("wagio", "ddiffodd")
    r"|n?g?wagio|d?diffodd|niffodd"
    r"|revert|block\w*|shutdown|cortamos|cortar|corta|desviamos|desviar|umschalten|zurückrollen|zurücksetzen|neu\s*starten|abschalten"
    r"|schalten\s+(?:[\w-]+\s+){0,5}?ab\b|vom\s+netz|offline"
    r"|sperren|isolier\w*|reinici\w*|revert\w*|bloque\w*|apag\w*|deslig\w*|redémarr\w*"
    r"|bascul\w*|coup\w*|riavvi\w*|blocca\w*|isola\w*|przełącz\w*|wyłącz\w*|zrestartuj\w*"
    r"|izoluj\w*|переключ\w*|откат\w*|перезапуст\w*|изолир\w*|отключ\w*|ізолю\w*|перемкн\w*"
    r"|відкот\w*|kapat\w*|geri\s+al\w*|devre\s+dışı|yeniden\s+başlat\w*|durdur\w*|tahliye\w*|chuyển|khởi\s+động\s+lại|להחזיר|לשחזר|לגלגל)|回滚|切换|切到|切回"
    r"|重启|隔离|关闭|切り替え"
    r"|ロールバック|再起動|隔離|停止|롤백|전환|재시작|격리|중지|차단"
    # Polish: "Czy zalewamy młyn CO2 teraz i zatrzymujemy piec?"
    r"|\b(?:zatrzym\w*|wstrzym\w*|zalew\w*|odłącz\w*|ewakuuj\w*|ewakuow\w*|odci[ąę]\w*|zamyk\w*"
    r"|blokuj\w*|zablokuj\w*"
    # Finnish "Suljetaanko ... lämmitys nyt?" (shut), "sammutetaanko" (switch off), "katkaistaan"
    r"|suljetaan\w*|sammutetaan\w*|katkaistaan\w*|evakuoidaan\w*"
    r"|zamkn\w*"
    # ... or report it to the authority now ("Czy mamy teraz zgłosić do WIOŚ ...?")
    r"|zgłosić|zgłaszamy|powiadomić)"
    # Malay and Indonesian: shut, switch off, stop, cut, evacuate
    r"|\b(?:tutup\w*|matikan|hentikan|putuskan|kosongkan|evakuasi\w*)\b"
    # Dutch, Danish, Norwegian and Swedish: "BIN nu blokkeren", "genindkoble strengen nu"
    r"|\b(?:blokker\w*|blokere\w*|blockera\w*|spær\w*|spärr\w*|(?:gen)?indkobl\w*"
    r"|frakobl\w*|koble\s+(?:ut|fra|inn|til)|koppla\s+(?:bort|ur|in|från)|genstart\w*"
    r"|starta\s+om|omstart\w*|uitschakel\w*|afschakel\w*|terugdraai\w*|herstart\w*"
    r"|omschakel\w*|isoler\w*|still+eg\w*|stillzuleg\w*|außer\s+betrieb|stäng\w*|steng\w*|stans\w*|stopp\w*"
    r"|avbryt\w*|utløs\w*|utlös\w*|udløs\w*)\b"
    # a yard, barn or site quarantined ("ahiri karantinaya alip ...", "in Quarantäne")
    r"|\b(?:karantina\w*|quarant[äa]ne\w*|cuarentena|quarentena|quarantena|kwarantann\w*"
    r"|карантин\w*)\b"
    # Turkish "Maser-1'e geçirelim mi?" (switch over to), Hindi "खाता फ्रीज़ करवा दें" (freeze)
    r"|\bgeçir\w*|\bboşalt\w*|फ्रीज़|फ़्रीज़|फ्रीज|\b(?:freez\w*|frys\w*|frys|bevries\w*|einfrier\w*|congel\w*)"
    # Swedish "Ska vi larma polisen nu?" (call the police / raise the alarm), "bryta strömmen"
    # (cut the power), "slå av" (switch off)
    r"|\blarma\w*|\bbryt\w*\s+(?:ström\w*|strøm\w*)|\bslå\s+(?:av|fra|ifrån)\b"
    # Vietnamese "Có nên tắt toàn bộ hệ thống khí nén ngay bây giờ không?": switch off, cut,
    # close, stop, evacuate, isolate
    r"|\b(?:tắt|ngắt|đóng\s+cửa|dừng|sơ\s+tán|cách\s+ly)\b"
    # Greek: evacuate, shut, switch off, disable, cut (as in "should we evacuate ... now;")
    r"|\b(?:εκκεν\w*|κλείσ\w*|σβήσ\w*|απενεργοποι\w*|διακόψ\w*|σταματ\w*)"
    # Spanish: stop, clear or suspend ("¿Despejamos el escenario y paramos la función?")
    r"|\b(?:paramos|paremos|parar|detenemos|detener|despejamos|despejar|desalojamos|desalojar"
    r"|suspendemos|suspender)\b"
    # Hindi "शो रोक दें" (stop the show), "बंद कर दें" (shut it)
    r"|रोक\s*द|रोकें|बंद\s*कर|(?:बिजली|सप्लाई|पावर)\s+(?:[\u0900-\u097f]+\s+)?काट"  # ... cut the power
    # Hindi "पूरी इमारत खाली करवानी चाहिए?" (evacuate the whole building?)
    r"|खाली\s*कर|मेंटेनेंस\s*मोड"  # ... or put the site into maintenance mode
    # "... कंट्रोलर को मैनुअल मोड पर डालकर सारे वेंट ज़बरदस्ती खोल दें?" (a controller put into
    # manual, the vents forced open)
    r"|मैनुअल\s*मोड|(?:वेंट|खिड़कि\w*|खिड़की|वाल्व|गेट|दरवाज़\w*|दरवाज\w*)\s+(?:[\u0900-\u097f]+\s+){0,2}खोल"
    # a purge or cleanup run ("draaien we de scratch-opschoning vannacht ...?")
    r"|\b(?:\w+-)?(?:opschoning\w*|opschonen|oprydning\w*|opprydding\w*|rensning\w*"
    r"|bereinigung\w*|purge\w*)\b"
)
#: The same in other languages: a demand to decide now after a question ("... oder warten?
#: Entscheide jetzt.", "Откатываем релиз или перезапускаем поды? Решай сейчас.").
ML_URGENT: Final = _c(
    r"\b(?:jetzt|sofort|ahora|ya|agora|já|maintenant|immédiatement|tout\s+de\s+suite|subito"
    r"|adesso|ora|teraz|natychmiast|nu|nå|meteen|сейчас|немедленно|срочно|şimdi|hemen)\b"
    r"|今すぐ|すぐに|直ちに|现在|马上|立即|立刻|지금|바로|당장|अभी|तुरंत"
)
#: Tonight or today, in other languages: with ``ML_LIVE_ACTION`` and a demand to decide, the
#: act is about to run ("draaien we de opschoning vannacht ...? Beslis jij maar").
ML_TONIGHT: Final = _c(
    r"\b(?:vannacht|vanavond|vandaag|i\s+nat|i\s+aften|i\s+dag|i\s+natt|i\s+kväll|i\s+kveld"
    r"|heute(?:\s+(?:nacht|abend))?|esta\s+noche|hoy|ce\s+soir|cette\s+nuit|aujourd'hui|stanotte"
    r"|stasera|oggi|esta\s+noite|hoje|dziś|dzisiaj|сегодня)\b|今夜|今晚|今天|今日|오늘"
)
#: A safety stop tripped, in other languages ("De noodstop in de bergstation is ingedrukt"):
#: with ``ML_RESTART_ASKED``, whether to restart the machine is a live safety call.
ML_SAFETY_STOP: Final = _c(
    # (German "Notabschaltung", "Sicherheitsabschaltung": a boiler's or a plant's safety trip)
    r"\b(?:noodstop\w*|not-?aus\w*|nothalt\w*|notstopp?\w*|notabschalt\w*|sicherheitsabschalt\w*"
    r"|arrêt\s+d'urgence"
    r"|parada\s+de\s+emergencia|paragem\s+de\s+emergência|parada\s+de\s+emergência"
    r"|arresto\s+di\s+emergenza|(?:zatrzymanie|wyłącznik|stop)\s+awaryjn\w*|nødstop\w*"
    r"|nödstopp?\w*|аварийн\w+\s+(?:останов\w*|стоп\w*))"
)
#: "Mogen we hem resetten en de baan weer starten?": may, can or should we reset or restart,
#: asked in other languages (English: ``_ASKED_ACTION``'s "reset" and "start ... again").
ML_RESTART_ASKED: Final = _c(
    # (not "Wie können wir nach einem Not-Aus wieder anfahren?": how it is done)
    r"(?<!\bwie\s)(?<!\bhoe\s)(?<!\bcomment\s)(?<!\bcómo\s)(?<!\bcomo\s)(?<!\bcome\s)"
    r"(?<!\bjak\s)(?<!\bhur\s)(?<!\bhvordan\s)(?<!\bкак\s)"
    r"\b(?:mogen|kunnen|moeten|dürfen|können|sollen|pouvons-nous|peut-on|on\s+peut|doit-on"
    r"|devons-nous|podemos|debemos|devemos|possiamo|dobbiamo|możemy|mamy|powinniśmy|får|kan"
    r"|skal|ska|bør|bör|можно|можем|должны)\s+(?:we|wir|vi|мы\s+)?"
    r"[^?\n]{0,120}\b(?:resetten|herstarten|(?:weer|opnieuw)\s+(?:op)?starten|zurücksetzen"
    r"|quittieren|wieder\s+(?:an|hoch)fahren|wieder\s+starten|neu\s+starten|réarmer|redémarrer"
    r"|relancer|remettre\s+en\s+(?:route|marche|service)|rearmar|reiniciar|resetear|resetar"
    r"|religar|volver\s+a\s+arrancar|arrancar\s+de\s+nuevo|riarmare|riavviare|ripartire"
    r"|zresetować|wznowić|(?:ponownie\s+)?uruchomić(?:\s+ponownie)?|återställa|starta\s+(?:om|igen)"
    r"|nullstille|nulstille|starte\s+(?:på\s+nytt|igjen|igen)|genstarte|перезапуст\w*"
    r"|сбросить)\b[^?\n]{0,80}\?"
)
