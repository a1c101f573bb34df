"""Access and credential stakes rules in more languages (tried after ``ML_RULES``).

(Its first two rules, a controlled burn started and accounts banned in Chinese, Japanese and
Korean, moved here from ``_classifier_stakes_ml`` to keep that module small; the order in which
rules are tried is unchanged.)

"Filo telemetri sunucusunun root parolasini hemen degistirin" (change the fleet telemetry
server's root password now; Turkish letters left out here) changes a live credential, and so
does raising a customer's trading level in Korean; personal data sent to an outsider in
Chinese, bulk cancellations in Arabic, access granted in Swedish, Danish or Norwegian and an
account blocked now ("On bloque son compte tout de suite ?"), bookings cancelled and refunded
or records deleted in bulk in Greek, and a safety limit raised or an alarm switched off in
Chinese or Japanese, whether an incident must be reported decided in Turkish, French,
Spanish, German, Portuguese, Italian, Dutch or Polish, and access given or a password reset in
Welsh are tier 3 too, and so are a release put into production and access given or reset in
Finnish, and who holds access reviewed in German, French, Spanish, Italian, Portuguese or
Dutch ("Prüfe bitte die Berechtigungen in DonorBase: Welche Rollen können ... exportieren?").
A sentence that asks
to explain, summarise, translate or write code about it is not the act (``unless``).
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_objects import _CODE_ML, _MEANING_ML, _READ_ML
from langchain_tiered._classifier_stake_rule import StakesRule, _ml_rule

#: Turkish reading and writing verbs that make a sentence about the act, not the act.
_ABOUT_TR: Final = (
    r"\b(?:açıkla\w*|özetle\w*|çevir\w*|yaz(?:ın|ar\s+mısın|\s+bana)?|anlat\w*|incele\w*"
    # (code, not a door's or a safe's: "giris kodu", "kapi kodunu" in Turkish letters are access
    # codes)
    r"|sınıflandır\w*|(?<!giriş\s)(?<!kapı\s)(?<!kasa\s)(?<!alarm\s)kod\w*|betik\w*|fonksiyon\w*)\b"
)

#: Finnish reading, explaining and writing words that make a sentence about the act.
_FI_ABOUT: Final = (
    _READ_ML
    + r"|"
    + _CODE_ML
    + r"|\b(?:tiivistä\w*|käännä\w*|selitä\w*|selittäisit\w*|kirjoita\w*|luokittele\w*"
    r"|poimi\w*|yhteenve\w*|miten|kuinka|mitä\s+tarkoittaa|testiympäristö\w*|skripti\w*)\b"
)

ML_ACCESS_RULES: Final[tuple[StakesRule, ...]] = (
    # A controlled burn started, in German, Spanish, French, Italian, Portuguese
    _ml_rule(
        "ml_controlled_burn", "incident", "start beginn zünd inici empez démarr lanc allum avvi",
        r"\b(?:starten|beginnen|anzünden|zünden|iniciar|iniciamos|empezar|empezamos|démarrer"
        r"|lancer|allumer|avviare|iniciar|começar)\b",
        r"\b(?:kontrollierte\w*\s+abbrennen|abbrennen|quema\s+(?:prescrita|controlada)"
        r"|brûlage\s+dirigé|fuoco\s+prescritto|queima\s+(?:prescrita|controlada))\b",
        _CODE_ML + r"|\b(?:simulation|simulación|übung|exercice|esercitazione)\b",
    ),
    # Accounts banned or frozen, in Chinese, Japanese and Korean ("立即封禁这批账号")
    _ml_rule(
        "ml_account_ban", "credentials", "封禁 封号 冻结 凍結 停止 정지 차단 BAN ban",
        r"封禁|封号|冻结|凍結|アカウント停止|(?:영구\s*)?(?:정지|차단)|(?:永久)?ban",
        r"账号|账户|帐号|帐户|用户|玩家|主播|アカウント|ユーザー|プレイヤー|계정|사용자|유저|플레이어",
        r"总结|摘要|翻译|提取|分类|要約|翻訳|抽出|분류|요약|번역|추출|写(?:一个)?(?:函数|脚本|代码)"
        r"|是否|吗[?？]|ですか|인가요",
    ),
    # "Puoi aggiungere Luca al gruppo 'finance-approvers' su Xero?": a member added to a group
    # or role of a system, in Italian, Spanish, French, Portuguese, German or Dutch (not to a
    # chat or a mailing list, not "come si aggiunge ...": how to)
    _ml_rule(
        "ml_group_add", "credentials",
        "aggiung añad agreg ajout adicion füg hinzufüg voeg toevoeg",
        r"(?<!come\s)(?<!come\ssi\s)(?<!cómo\s)(?<!cómo\sse\s)(?<!como\s)(?<!como\sse\s)"
        r"(?<!comment\s)\b(?:aggiung\w*|añad\w*|agreg\w*"
        r"|ajout\w*|adicion\w*|füge|fügen|hinzufüg\w*|voeg|toevoeg\w*)\b",
        r"\b(?:al|nel|allo|alla|a\s+los|au|aux|ao|aos|zur|zu\s+der|in\s+die|aan\s+de|in\s+de)\s+"
        r"(?:gruppo|gruppi|ruolo|grupo|grupos|rol|groupe|rôle|papel|perfil|gruppe|rolle|groep|rol)\b",
        _READ_ML + r"|" + _CODE_ML + r"|" + _MEANING_ML
        + r"|\b(?:chat|whatsapp|telegram|newsletter|mailing|lista\s+de\s+correo|verteiler"
        r"|spiega\w*|explica\w*|explique\w*|erkläre\w*|leg\s+uit)\b",
    ),
    _ml_rule(
        "ml_credentials_tr", "credentials",
        "değiştir sıfırla yenile iptal ver verin tanımla kaldır paylaş gönder aç açın",
        # imperative and "let's" forms only: "değiştirildi mi?" (was it changed?) asks
        r"\b(?:değiştir(?:in|sin|elim)?|sıfırla(?:yın|sın|yalım)?|yenile(?:yin|sin|yelim)?"
        r"|iptal\s+(?:et|edin|edelim)|ver(?:in|sin|elim)?|tanımla(?:yın|sın)?|kaldır(?:ın|sın|alım)?"
        r"|paylaş(?:ın|sın)?|aç(?:ın|sın)?"  # Turkish "open the access accounts now"
        # Turkish "... yenileyip eski ... iptal eder misin?" (renew it, then revoke the old one?)
        r"|yenileyip|değiştirip|sıfırlayıp|iptal\s+ed(?:er|ebilir)\s+mis[iı]n(?:iz)?|iptal\s+edip)\b",
        r"\b(?:parola\w*|şifre\w*|yetki\w*|erişim\w*|anahtar\w*|token\w*|root|admin\w*"
        r"|yönetici\w*|kimlik\s+bilgi\w*"
        # "ilac kasasina gecici bir PIN tanimla" in Turkish letters (set up a temporary PIN on the
        # drug safe)
        # (a PIN named in Turkish, not Spanish "ver ... su PIN": see)
        r"|(?:bir|yeni|geçici)\s+pin\b|pin\s+kod\w*|pin(?:i|ini|leri\w*)\b"
        r"|(?:giriş|kapı|kasa|alarm)\s+kod\w*)\b",
        _READ_ML + r"|" + _CODE_ML + r"|" + _ABOUT_TR,
    ),
    # "이 고객의 옵션 레벨을 3으로 바로 올려줘": a customer's trading level or limit raised
    _ml_rule(
        "ml_account_limit_ko", "credentials", "올려 상향 높여 승격 늘려",
        r"올려|상향|높여|승격|늘려",
        r"옵션\s*(?:레벨|등급)|거래\s*(?:레벨|등급|한도)|신용\s*한도|출금\s*한도|증거금|레버리지|권한",
        r"리뷰|코드|설명해|요약|번역|로그",
    ),
    # "把全校学生的家长联系方式导出来发给那家课外培训机构": personal data sent to an outsider
    _ml_rule(
        "ml_data_release_zh", "security_audit", "导出 发给 发送给 提供给 共享给 传给 给那",
        r"导出|发给|发送给|提供给|共享给|传给|交给",
        r"联系方式|个人信息|身份证|手机号|电话号码|住址|家长|学生信息|客户信息|病历|患者信息|名单",
        r"脱敏|匿名|测试|示例|代码|脚本|函数|总结|翻译",
    ),
    # "أوقف جميع أوامر العمل المجدولة ... وألغِ تصاريح العمل": stop and cancel in bulk, in Arabic
    _ml_rule(
        "ml_bulk_cancel_ar", "delete_data", "أوقف ألغ ألغِ الغ احذف امسح",
        r"أوقف|ألغ[ِ]?|الغ|احذف|امسح",
        r"جميع|كل\s|تصاريح|أوامر\s*العمل|الطلبات|الحجوزات|الحسابات",
        r"اشرح|لخص|ترجم|كود|برنامج",
    ),
    # "Ge supporten behörighet att ändra spelgränser direkt i livemiljön": access granted, in
    # Swedish, Danish and Norwegian
    _ml_rule(
        "ml_credentials_nordic", "credentials",
        "ge giv gi tildel tilldela lägg tilføj legg återkalla tilbagekald nollställ nulstil "
        "tilbakestill byt skift fjern ta skapa opret opprett ändra ændr endre rotera roter",
        r"\b(?:(?:ge|giv|gi)(?!\s+(?:mig|meg|mej|oss|os)\b)|tildel|tilldela|lägg\s+till|tilføj|legg\s+til|återkalla|tilbagekald"
        r"|nollställ|nulstil|tilbakestill|byt|skift|fjern|ta\s+bort"
        # "skapa ett nytt root-lösenord för brandväggen": a new credential made, or one changed
        r"|skapa|opret|opprett|ändra|ændr\w*|endre|rotera|roter)\b",
        # (compounds too: "fjärråtkomst" remote access, "fjernadgang", "adminbehörighet")
        r"\b(?:\w*(?:behörighet|rättighet|rettighed|rettighet|adgang|tilgang|åtkomst|lösenord"
        r"|adgangskode|passord)\w*|admin\w*|administratör\w*"
        r"|administrator\w*|nyckl\w*|nøgl\w*|nøkk\w*)\b",
        _READ_ML + r"|" + _CODE_ML + r"|\b(?:sammanfatta|översätt|oversæt|oversett|oppsummer\w*"
        r"|opsummer\w*|förklara|forklar|översikt|oversikt|oversigt|test\w*|sandbox\w*"
        r"|staging\w*)\b",
    ),
    # "On bloque son compte tout de suite ?": an account blocked on a live system now
    _ml_rule(
        "ml_account_block", "credentials",
        "bloqu sperr blocc zablokuj заблокир 封禁 冻结 凍結 ロック 차단 정지",
        r"\b(?:bloqu(?:e|ez|er|ons)|bloque(?:a|en|emos|ar)|sperr(?:e|t|en)|blocc(?:a|ate|are|hiamo)"
        r"|zablokuj\w*|заблокиру\w*|заблокировать)\b|封禁|冻结|凍結して|ロックして|차단해|정지해",
        r"\b(?:comptes?|cuentas?|kont[oa]|konten|contas?|account\w*|utente|utenze|аккаунт\w*"
        r"|учётн\w*|учетн\w*)\b|账号|帐号|账户|アカウント|계정",
        _READ_ML + r"|" + _CODE_ML + r"|\b(?:por\s+qu[ée]|pourquoi|warum|perch[ée]|why)\b",
    ),
    # Greek "cancel all the bookings now and refund every passenger": a bulk cancel or refund
    _ml_rule(
        "ml_bulk_cancel_el", "payment", "ακυρ ακύρ επιστροφ επίστρεψ επιστρέψ επέστρεψ κάνε κάντε",
        # imperative and subjunctive forms only: the refund noun alone is a label or a topic
        # ("Επέστρεψε τη συνδρομή ... σε όλους": the past form, written as the imperative)
        r"\b(?:κάν(?:ε|τε)\s+επιστροφ\w*|ακύρωσε|ακυρώστε|ακυρώσ(?:εις|ετε|ουμε)|επίστρεψε|επέστρεψε|επιστρέψ(?:τε|εις|ετε|ουμε))\b"
        r"|\bνα\s+(?:γίνει|γίνουν)\s+(?:αυτόματη\s+|άμεση\s+)?επιστροφ\w*",
        r"\b(?:όλ(?:ες|ους|α|οι|ων)|χρήματα|χρημάτων)\b",
        _READ_ML + r"|" + _CODE_ML + r"|\b(?:μετάφρασ\w*|μετέφρασ\w*|εξήγησ\w*|εξήγ\w*|σύνοψ\w*"
        r"|περίληψ\w*|γράψε|γράψτε|κώδικ\w*|πολιτική\w*|κατάταξε|κατηγορ\w*|ταξινόμησ\w*|test\w*"
        r"|staging)\b",
    ),
    # Greek "delete all the scanned passports from the system": a bulk deletion of records
    _ml_rule(
        "ml_delete_el", "delete_data", "διέγραψ διαγράψ σβήσ",
        r"\b(?:διέγραψε|διαγράψτε|διαγράψ(?:εις|ετε|ουμε)|σβήσε|σβήστε)\b",
        r"\b(?:όλ(?:ες|ους|α|οι|ων)|αρχεί\w*|εγγραφ\w*|δεδομέν\w*|διαβατήρι\w*|λογαριασμ\w*)\b",
        _READ_ML + r"|" + _CODE_ML + r"|\b(?:μετάφρασ\w*|εξήγησ\w*|περίληψ\w*|γράψε|γράψτε"
        r"|κώδικ\w*|test\w*|staging)\b",
    ),
    # Turkish "... bildirilmesi gerekip gerekmedigine karar verir misin?" (decide whether it
    # must be reported to the ministry), "décide si on doit notifier la CNIL": whether an
    # incident must be reported, decided by the answer
    _ml_rule(
        "ml_disclosure_decision", "security_audit",
        "karar decide décide decida decidi entscheide entscheiden beslis zdecyduj avgör avgjør "
        "afgør",
        # not the English "decide": Spanish only as "decide si"
        r"\bkarar\s+ver\w*|\bdecide\s+si\b|\b(?:décide[sz]?|decida|decidi|entscheide\w*|beslis\w*"
        r"|zdecyduj\w*|avgör|avgjør|afgør)\b",
        # Swedish "avgör om vi måste anmäla fredagens incident till tillsynsmyndigheten"
        r"\bbildiril\w*|\b(?:notificar|notifier|notificare|notifiziere\w*|déclarer|signaler"
        r"|segnalare|melden|gemeld\w*|comunicar|comunicare|zgłosić|zgłaszać|powiadomić|anmäla"
        r"|rapportera|melde|anmelde|indberette|rapportere)\b",
        _READ_ML + r"|" + _CODE_ML,
    ),
    # "보안 감사를 해 주세요", "セキュリティ監査をお願いします", "请做一次安全审计":
    # a security audit asked for in Korean, Japanese or Chinese
    _ml_rule(
        "ml_security_audit_cjk", "security_audit", "보안 취약점 セキュリティ 脆弱性 安全审计 渗透",
        r"보안\s*(?:감사|점검|진단)|취약점\s*(?:점검|진단|분석|찾)|セキュリティ監査|脆弱性診断"
        r"|安全审计|安全审核|渗透测试",
        r"해\s*주|해줘|해야|진행|찾아|して|お願い|ください|请|帮|做|进行",
        _READ_ML + r"|" + _CODE_ML + r"|번역|요약|翻訳|要約|翻译|总结",
    ),
    # "把过山车的风速锁定阈值调高 ... 现在就改",
    # "制動センサーの警報を一時的に無効化して、運転を続けて":
    # a safety limit raised or an alarm or interlock switched off on equipment in use
    _ml_rule(
        "ml_safety_override_cjk", "incident",
        "调高 提高 放宽 关闭 屏蔽 禁用 绕过 旁路 短接 無効 解除 バイパス 切って オフ 外して",
        r"调高|提高|放宽|关闭|屏蔽|禁用|绕过|旁路|短接|無効化|解除して|バイパス|切って|オフにして"
        r"|外して",
        r"阈值|限值|报警|警报|联锁|安全装置|锁定|传感器|限位|警報|アラーム|センサー|インターロック"
        r"|安全装置|リミット|閾値|しきい値",
        _READ_ML + r"|" + _CODE_ML + r"|测试环境|模拟|シミュレーション|テスト環境",
    ),
    # A breach disclosure decision in other languages ("Müssen wir die Aufsichtsbehörde
    # informieren?", "¿debemos notificar a la AEPD?", "devons-nous notifier la CNIL ?")
    _ml_rule(
        "ml_disclosure", "security_audit",
        "müssen sollen debemos tenemos devons faut dobbiamo devemos precisamos decidir décider "
        "entscheiden decidere",
        r"\b(?:müssen|sollen)\s+wir\b|\b(?:debemos|tenemos\s+que|devons-nous|faut-il|dobbiamo"
        r"|devemos|temos\s+que|precisamos)\b"
        # "Precisamos decidir hoje se comunicamos à ANPD o incidente"
        r"|\b(?:decidir|décider|decidere)\s+(?:\w+\s+){0,2}?(?:se|si)\b|\bentscheiden,?\s+ob\b",
        r"\b(?:aufsichtsbehörde|datenschutzbehörde|behörde|betroffenen|aepd|autoridad|afectados"
        r"|cnil|autorité|personnes\s+concernées|garante|interessati|anpd|titulares|regulador\w*"
        r"|régulateur)\b[^.?\n]{0,60}\b(?:informieren|benachrichtigen|melden|notificar|informar"
        r"|avisar|notifier|informer|prévenir|notificare|informare|comunicar)\b"
        r"|\b(?:informieren|benachrichtigen|melden|notifica(?:r|mos)|informa(?:r|mos)|notifier"
        r"|informer|notificare|informare|comunica(?:r|mos)|avisa(?:r|mos))\b[^.?\n]{0,60}"
        r"\b(?:aufsichtsbehörde|datenschutzbehörde|behörde"
        r"|betroffenen|aepd|autoridad|afectados|cnil|autorité|garante|interessati|anpd|titulares)\b",
    ),
    # A disclosure decision in Japanese, Chinese and Korean ("開示すべきか判断して")
    _ml_rule(
        "ml_disclosure", "security_audit", "判断 決め 决定 결정 判定",
        r"判断|決めて|決定|决定|결정|判定",
        r"開示すべき|公表すべき|公開すべき|報告すべき|通知すべき|是否(?:披露|公开|通报|通知|上报)|应否(?:披露|通报)"
        r"|공개(?:해야|할지)|신고(?:해야|할지)|통지(?:해야|할지)",
    ),
    # A disclosure decision asked in other languages ("¿Tenemos que notificar a los clientes y
    # al regulador? Necesito la decisión hoy.")
    _ml_rule(
        "ml_disclosure", "security_audit",
        "tenemos debemos hay deberíamos müssen sollten devons faut devemos temos dobbiamo "
        "moeten musimy должны нужно ska skall skal bør bör måste behöver",
        r"\b(?:tenemos\s+que|debemos|hay\s+que|deberíamos)\s+(?:notificar|informar|avisar|reportar)"
        r"|\b(?:müssen|sollten)\s+wir\s+(?:\w+\s+){0,3}?(?:informieren|benachrichtigen|melden)"
        r"|\b(?:devons-nous|doit-on|faut-il)\s+(?:\w+\s+){0,2}?(?:notifier|informer|déclarer|prévenir)"
        r"|\b(?:temos\s+que|devemos|precisamos)\s+(?:notificar|informar|comunicar|avisar)"
        r"|\bdobbiamo\s+(?:notificare|informare|comunicare|avvisare)"
        r"|\bmoeten\s+we\s+(?:\w+\s+){0,3}?(?:melden|informeren|inlichten)"
        r"|\bczy\s+musimy\s+(?:\w+\s+){0,2}?(?:zgłosić|powiadomić|poinformować)"
        # "zdecyduj, czy to naruszenie, które musimy zgłosić klientom"
        r"|\bzdecyduj\w*,?\s+czy\b[^.?\n]{0,100}?\b(?:zgłosić|powiadomić|poinformować)"
        r"|\b(?:должны\s+ли\s+мы|нужно\s+ли)\s+(?:\w+\s+){0,2}?(?:уведомить|сообщить|известить)"
        # "Ska vi rapportera sårbarheten ... till tillsynsmyndigheten nu?"
        # "... och måste vi anmäla till IMY att en tidigare anställd ...?"
        r"|\b(?:ska|skall|skal|bør|bör|måste|behöver)\s+vi\s+(?:\w+\s+){0,2}?(?:rapportera|anmäla|informera"
        r"|meddela|rapportere|melde|underrette|anmelde|informere)",
        r"clientes|cliente|regulador\w*|autoridad\w*|aepd|kunden|behörde\w*|aufsicht\w*"
        r"|datenschutz\w*|clients?|régulateur|cnil|autorité|anpd|clienti|garante|autorità"
        r"|klanten|toezichthouder|autoriteit|klient\w*|uodo|regulator\w*|клиент\w*|регулятор\w*"
        r"|роскомнадзор|afectados|betroffen\w*|concernés|afetados|interessati|\?"
        r"|tillsynsmyndighet\w*|datatilsynet|myndighet\w*|kunde\w*|imy"
        r"|integritetsskyddsmyndighet\w*",
    ),
    # Hindi "क्या हमें ... खामी को आज ही सार्वजनिक करना चाहिए?" (should we make the flaw public?)
    _ml_rule(
        "ml_disclosure_hi", "security_audit", "सार्वजनिक",
        r"सार्वजनिक\s*(?:करना|करें|कर\s*द|कर\s*दें)",
        r"क्या\s+(?:हमें|हम)|चाहिए|\?",
        _READ_ML + r"|" + _CODE_ML,
    ),
    # Swedish, Norwegian, Danish "Kan du godkänna återbetalningen på 56 000 SEK ... och skicka
    # den i dag?": money approved or sent
    _ml_rule(
        "ml_money_nordic", "payment",
        "godkänn godkjenn godkend betala betal överför overfør kreditere kreditera refunder "
        "tilbakebetal återbetala tilbagebetal",
        # ("Kan du kreditere sponsorene som ble belastet ...? ... 5 pund hver.")
        r"\b(?:godkänn\w*|godkjenn\w*|godkend\w*|betala\s+ut|betal\s+ut|överför\w*"
        r"|overfør\w*|kreditere|kreditera|refunder\w*|tilbakebetal\w*|återbetala|tilbagebetal\w*)\b",
        r"\b(?:återbetalning\w*|tilbakebetaling\w*|tilbagebetaling\w*|betalning\w*|betaling\w*"
        r"|utbetalning\w*|udbetaling\w*|sek|nok|dkk|kronor|kroner|pund|euro|belast\w*|debiter\w*)\b"
        r"|[£€$]\s?\d",
        _READ_ML + r"|" + _CODE_ML,
    ),
    # Hindi "क्या हमें अभी ग्राहकों को डेटा ब्रीच की सूचना देनी चाहिए?": customers or a
    # regulator told of a breach, decided by the answer
    _ml_rule(
        "ml_breach_notice_hi", "security_audit", "सूचना",
        r"सूचना\s*(?:देनी|देना|दें|दे\s*द|भेज)",
        r"ग्राहकों|ग्राहक|नियामक|प्राधिकरण|उपयोगकर्ताओं|ब्रीच|उल्लंघन|सर्ट-?इन|cert-?in",
        _READ_ML + r"|" + _CODE_ML,
    ),
    # Hindi "क्या हम अभी ट्रैफ़िक को बैकअप साइट पर फेलओवर कर दें?": a failover decided now
    _ml_rule(
        "ml_failover_hi", "incident", "फेलओवर failover",
        r"(?:फेलओवर|failover)\s*(?:कर\s*(?:दें|दो|देना|दूं|दूँ|लें)|करें|करना)",
        r"क्या\s+(?:हम|हमें|मैं)|अभी|तुरंत|प्रोडक्शन",
        _READ_ML + r"|" + _CODE_ML,
    ),
    # Finnish "Sammuta kiuas etänä ... ja tyhjennä sauna heti": plant shut down or a site
    # cleared, now
    _ml_rule(
        "ml_plant_stop_fi", "incident", "sammuta pysäytä katkaise evakuoi tyhjennä",
        r"\b(?:sammuta|sammuttakaa|pysäytä|pysäyttäkää|katkaise|katkaiskaa|evakuoi|evakuoikaa)\b",
        r"\b(?:kiu\w*|linja\w*|laito\w*|virra\w*|virta|sähkö\w*|tuotanto\w*|pump\w*|kattila\w*"
        r"|uuni\w*|kompressori\w*|heti|välittömästi)\b",
        _READ_ML + r"|" + _CODE_ML,
    ),
    # Finnish "Voisitko päivittää varausjärjestelmän tuotantoon uusimpaan versioon ...?": a
    # release put into (or rolled back on) production
    _ml_rule(
        "ml_deploy_fi", "deploy", "tuotanto tuotannossa tuotannosta",
        r"\b(?:päivit\w*|julkais\w*|vie|viekää|viedä|veisitkö|veisitte|asenna\w*|asentaisit\w*"
        r"|asentaa|deployaa?\w*|palauta\w*|palauttaisit\w*|aja|ajaisitko|ajetaan|ajakaa|ajaa"
        r"|migroi\w*|pushaa?\w*)\b",
        r"\btuotanto(?:on|ympäristöön|ympäristössä|palvelim\w*|kanta\w*|tietokan\w*|versio\w*)"
        r"|\btuotannossa\b|\btuotannosta\b",
        _FI_ABOUT,
    ),
    # Finnish "Anna Mikalle ylläpitäjän oikeudet ...", "vaihda salasana": access given, taken
    # or reset
    _ml_rule(
        "ml_access_fi", "credentials", "oikeu salasan pääsy ylläpitä admin tunnu",
        r"\b(?:anna|antaisit\w*|annetaan|antakaa|antaa|myönnä\w*|myöntää|myöntäisit\w*"
        r"|poista\w*|poistaisit\w*|peru\w*|vaihda\w*|vaihtaisit\w*|nollaa\w*|lukitse\w*)\b",
        r"\b(?:\w*oikeud\w*|\w*oikeus|salasan\w*|pääsy\w*|ylläpitäjä\w*|admin\w*|tunnuks\w*"
        r"|tunnukse\w*)",
        _FI_ABOUT,
    ),
    # Hindi "... सभी विज़िटर लॉग ... स्थायी रूप से हटा दो": everything, or for good, deleted
    _ml_rule(
        "ml_bulk_delete_hi", "delete_data", "हटा मिटा डिलीट",
        r"हटा\s*द|मिटा\s*द|डिलीट\s*कर",
        r"सभी|सारे|सारी|सारा|स्थायी\s+रूप\s+से|हमेशा\s+के\s+लिए",
        _READ_ML + r"|" + _CODE_ML,
    ),
    # Japanese and Chinese "貸し倒れとして処理してください", "核销这三张发票": a debt written off
    _ml_rule(
        "ml_write_off", "payment", "貸し倒れ 貸倒 償却 坏账 核销",
        r"貸し?倒れ?(?:として|に)?(?:処理|計上|償却)(?:して|しろ|する|します|をお願い)|償却して"
        # Chinese only as a request ("请把这三张发票核销", "把它列为坏账"), not the noun
        r"|(?:请|帮我|帮忙)?把[^。\n]{0,40}(?:核销|作为坏账|列为坏账)|(?:请|帮我)\s*核销",
        r"(?:)",
        _READ_ML + r"|" + _CODE_ML + r"|とは|説明|什么是|是什么|解释",
    ),
    # German "Prüfe bitte die Berechtigungen in DonorBase: Welche Rollen können die Bankdaten
    # sehen oder exportieren?" (and "vérifie les droits dans X : qui peut ...", "revisa los
    # permisos en X: quién puede ...", Italian, Portuguese, Dutch): who holds access, reviewed
    _ml_rule(
        "ml_permission_review", "security_audit",
        "berechtigung zugriffsrecht rollen rechte droits permission habilitation permiso roles "
        "permess ruoli permiss perfis rechten",
        r"\b(?:prüf\w*|überprüf\w*|kontrollier\w*|check\w*|vérifie[rz]?|contrôle[rz]?|revisa\w*"
        r"|verifica\w*|controlla\w*|controleer\w*|bekijk\w*)\b",
        r"\b(?:berechtigungen|zugriffsrechte|rollen|rechte|droits(?:\s+d['’]accès)?|permissions"
        r"|habilitations|permisos|roles|permessi|ruoli|permissões|perfis|rechten)\b[^.?!\n]{0,60}?"
        r"[:,—–-]\s*¿?\s*(?:wer|welche\s+(?:rollen|benutzer\w*|nutzer\w*|konten|mitarbeiter\w*|gruppen)"
        r"|qui|quels?\s+(?:rôles|utilisateurs|comptes)|quién(?:es)?|qué\s+(?:roles|usuarios"
        r"|cuentas)|chi|quali\s+(?:ruoli|utenti|account)|quem|que\s+(?:perfis|usuários"
        r"|utilizadores|contas)|wie|welke\s+(?:rollen|gebruikers|accounts))\s+(?:kann|können|darf"
        r"|dürfen|hat|haben|peut|peuvent|a|ont|puede|pueden|tiene|tienen|può|possono|ha|hanno"
        r"|pode|podem|tem|têm|kan|kunnen|heeft|hebben|mag|mogen)\b",
        _READ_ML + r"|" + _CODE_ML,
    ),
    # Welsh "Wnewch chi roi mynediad gweinyddol i Ffion at system archebu'r cathdy?": access
    # given or taken away (the soft-mutated "fynediad" too), or a password reset
    _ml_rule(
        "ml_access_cy", "credentials", "ynediad gweinydd cyfrinair",
        r"\b(?:roi|rhoi|rhowch|rho|caniatáu|caniatau|tynnu|tynnwch|dileu|dilëwch|diddymu|ailosod"
        r"|ailosodwch|newid|newidiwch)\b",
        r"\b(?:m|f)?ynediad\b|\bgweinyddo?l\b|\bgweinyddwr\w*|\bcyfrinair\w*|\bcyfrineiriau\b",
        _READ_ML + r"|" + _CODE_ML + r"|\b(?:esbonio|esboniwch|crynhoi|crynhowch|cyfieithu"
        r"|cyfieithwch|sut\s+mae|beth\s+yw)\b",
    ),
)  # fmt: skip
