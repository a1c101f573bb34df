"""Stakes rules in other languages: verb and object anywhere in the same sentence.

The table ends with the release rules, the Romanian rules and the Vietnamese and Arabic rules
of their own modules.
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_markers import PATH_ON_HOST
from langchain_tiered._classifier_objects import (
    _CODE_ML,
    _EXPLAIN_ML_LEAD,
    _MEANING_ML,
    _NOT_ACT_ML,
    _READ_ML,
)
from langchain_tiered._classifier_stake_rule import StakesRule, _ml_rule
from langchain_tiered._classifier_stakes_ml_release import ML_RELEASE_RULES
from langchain_tiered._classifier_stakes_ml_romanian import ROMANIAN_RULES
from langchain_tiered._classifier_stakes_ml_vietnamese_arabic import VIETNAMESE_ARABIC_RULES

#: Stakes rules in other languages, in priority order after the English ones.
ML_RULES: Final[tuple[StakesRule, ...]] = (
    _ml_rule(
        "ml_destructive", "delete_data",
        "borr elimin suprim vací vaci trunc destru apag exclu remov delet supprim effac vide "
        "détrui tronq purg lösch entfern leer dropp vernicht cancell rimuov svuot distrugg удал "
        "очист сотр дроп снес уничтож видал зітр знищ "
        "删 清空 截断 销毁 清除 削除 消去 消して ドロップ",
        r"\b(?:borra|borre|borrar|elimina|elimine|eliminar|suprime|suprimir|vacía|vaciar|trunca"
        r"|truncar|destruye|apague|apaga|apagar|exclua|excluir|remova|remover|trunque|deletar"
        r"|supprime[rz]?|efface[rz]?|vide|videz|vider|détrui[st]|détruisez|tronquez?|purgez?|lösche?"
        r"|löscht|löschen|entferne?|entfernen|leere|leeren|droppe|vernichte|cancella|cancellare"
        r"|eliminare|rimuovi|rimuovere|svuota|svuotare|tronca|distruggi|удали|удалите|удалить"
        r"|очисти|очистите|сотри|дропни|снеси|уничтожь|видали|видаліть|зітри|зітріть|знищ(?:іть)?)\b"
        r"|删除|删掉|清空|截断|销毁|清除|削除"
        r"|消去|消して|ドロップ",
        r"\b(?:base\s+de\s+datos|bases\s+de\s+datos|tabla|tablas|datos|registros|clientes"
        r"|usuarios|producción|produccion|banco\s+de\s+dados|base\s+de\s+dados|tabela|tabelas"
        r"|dados|registos|usuários|produção|producao|base\s+de\s+données|données|donnees"
        r"|enregistrements|utilisateurs|production|table|\w*datenbank\w*|tabelle\w*|daten"
        r"|kundendaten|datensätze|benutzer\w*|produktion\w*|produktiv\w*|database|tabella|dati"
        r"|record|clienti|utenti|produzione|prod|backups?|баз\w*|таблиц\w*|данны\w*|запис\w*"
        r"|клиент\w*|пользовател\w*|прод\w*|бэкап\w*|бекап\w*|резервн\w*|репозитори\w*|ветк\w*"
        r"|клієнт\w*|картк\w*|дан(?:і|их)|назавжди"
        r"|branch\w*|repositor\w*|repositório|repositorio|bucket\w*|cluster\w*|clúster"
        r"|sauvegardes?|copias|cópias|crm|dossiers?|fiches?|profil[io]?|profiles|cliente|patient\w*"
        r"|paciente\w*|pazient\w*|facturas|faturas|factures|pedidos|commandes|ordini|bestellungen"
        r"|docker\s*hub|ghcr|pypi|npm"
        r"|cuentas|comptes|contas|en\s+vivo|ao\s+vivo|en\s+direct)\b|"
        + PATH_ON_HOST
        + r"|数据库|表|数据|用户|生产|线上|备份|仓库|分支"
        r"|データベース|テーブル|データ|本番|ユーザー|バックアップ|リポジトリ|レジストリ"
        # "当社サーバー上の翻訳メモリと用語集をすべて完全に消去して": everything, for good
        r"|サーバー|顧客|記録|レコード|完全に|すべて|全て|服务器|客户|记录|彻底|全部|所有",
        # "次のメニュー名から絵文字を全部消して": characters taken out of a text
        _CODE_ML + r"|" + _EXPLAIN_ML_LEAD + r"|絵文字|文字|スペース|空白|改行|記号|句読点|表情符号"
        # "Lösch die leeren Zeilen aus dieser Tabelle hier unten": rows taken out of a text
        r"|标点|空格|换行|emoji|\b(?:leeren|doppelten|überflüssigen)\s+(?:zeilen|spalten|leerzeichen)"
        r"|\b(?:dieser|diese[mn]?)\s+(?:tabelle|liste|text)\s+(?:hier|unten|oben)\b"
        # "Schreib ein Bash-Skript, das ... Dumps älter als 30 Tage löscht": a script written
        r"|\b(?:schreib\w*|erstell\w*|écri[st]\w*|rédige\w*|escrib\w*|escrev\w*|scriv\w*)\s+"
        r"(?:mir\s+|moi\s+|me\s+|mi\s+)?(?:ein(?:en|e)?|un|une|uno|una|um|uma)\s+(?:[\w-]+\s+)?"
        r"[\w-]*(?:skript|script)",
    ),
    _ml_rule(
        "ml_deploy", "deploy",
        "despl publi publí lanz sub pasa súb lánz pás deploy implant faça faz suba lance déplo "
        "mets mett livr pous "
        "spiel roll ausroll einspiel veröffentlich bring distribu rilasc pubblic porta metti "
        "задепло разверн "
        "выкат раскат релиз опублик 部署 上线 发布 デプロイ リリース 反映",
        # ("despliégalo", "publícalo en producción ya", "súbelo a producción": a pronoun joined on)
        r"\b(?:despliég(?:alo|ala|uelo|uela)|publíc(?:alo|ala)|publíqu(?:elo|ela)|súbe(?:lo|la)"
        r"|lánza(?:lo|la)|pása(?:lo|la)"
        r"|despliega|desplegar|despliegue|publica|publicar|lanza|sube|subir|pasa|haz\s+(?:el"
        r"\s+)?deploy|implante|implantar|implanta|publique|faça\s+o\s+deploy|faz\s+o\s+deploy"
        r"|fazer\s+o\s+deploy|suba|lance|déploie[rz]?|déployez|mets|mettez|mettre|publie[rz]?"
        r"|livre[rz]?|pousse[rz]?|deploye\w*|spiel\w*|rolle|ausroll\w*|einspiel\w*"
        # "roll die Version 4.2 ... aus" (separable; a dot inside a version number)
        r"|roll(?=\s+(?:[^.\n]|\.(?=\d)){1,80}?\baus\b)"
        r"|veröffentliche\w*|bringe?"
        r"|distribuisci|rilascia|pubblica|porta|metti|fai\s+il\s+deploy|effettua\s+il\s+deploy"
        r"|deploya|задеплой\w*|разверн\w*|выкати\w*|раскатай|релизни|опубликуй)\b|部署|上线|发布"
        r"|デプロイ|リリース|反映",
        r"\b(?:producción|produccion|produção|producao|production|produktion\w*|produktiv\w*"
        r"|produzione|prod|(?<![-/.])live(?![/.])|прод\w*|продакшн\w*|продакшен\w*|боев\w*"
        r"|am\s+netz|unter\s+last|in\s+betrieb)\b"
        r"|生产|线上|正式环境"
        r"|本番",
    ),
    # Norwegian, Swedish, Danish "rulle ut den nye versjonen ... nå?": like English "roll out",
    # a rollout anywhere but a test system
    _ml_rule(
        "ml_deploy", "deploy", "rulle rulla udrul",
        r"\b(?:rull(?:e|a)\s+ut|udrul\w*)\b",
        r"(?:)",
        # explained, summarised or on a test system ("i testmiljøet"), not the act
        _NOT_ACT_ML + r"|\b(?:forklar\w*|förklara\w*|hvordan|hur|beskriv\w*|oppsummer\w*"
        r"|sammanfatta\w*|sammenfat\w*|\w*test\w*|stag\w*|utvikling\w*|utveckling\w*|udvikling\w*"
        r"|sandkass\w*|sandlåd\w*)\b",
    ),
    _ml_rule(
        "ml_live_operation", "incident",
        "reinici apag detén deten neustart starte herunter redémarr arrêt arret reinicie deslig "
        "riavvi spegn ferma revier zurück annule reverta ripristin перезапуст перезагруз останов "
        "откат 重启 关闭 停止 回滚 再起動 停止 シャットダウン ロールバック",
        r"\b(?:reinicia\w*|apaga|apague|detén|deten|neustarten|starte|fahre|herunterfahren"
        r"|redémarre[rz]?|arrête[rz]?|reinicie|desligue|riavvia\w*|spegni|ferma|revierte"
        r"|zurückrollen|rolle|annule[rz]?|reverta|ripristina|перезапусти\w*|перезагрузи\w*"
        r"|останови\w*|откати\w*)\b|重启|关闭|停止|回滚|再起動|シャットダウン|ロールバック",
        r"\b(?:producción|produccion|produção|producao|production|produktion\w*|produktiv\w*"
        r"|produzione|prod|live|прод\w*|продакшн\w*|продакшен\w*|боев\w*"
        # "nos servidores HMI em operação" (the ones in service), "in Betrieb"
        r"|em\s+opera[çc][ãa]o|en\s+operaci[óo]n|em\s+funcionamento|en\s+funcionamiento"
        r"|in\s+betrieb|in\s+esercizio|en\s+exploitation)\b|生产|线上|正式环境|本番",
        _EXPLAIN_ML_LEAD + "|" + _READ_ML + "|" + _MEANING_ML,  # "Explica por que ... reinicia"
    ),
    _ml_rule(
        "ml_loanword", "incident", "rollback roll deploy reboot restart drop delete truncate purge",
        r"\b(?:rollback|roll\s*back|deploy|redeploy|reboot|restart|drop|delete|truncate|purge"
        r"|wipe)\b",
        r"\b(?:producción|produccion|produção|producao|produktion\w*|produktiv\w*|produzione"
        r"|прод\w*|продакшн\w*|продакшен\w*|παραγωγ\w*)\b|生产|线上|本番"
        # "fazer rollback da app ... da versão 6.2.0 para 6.1.4": a shipped version taken back
        r"|\b(?:vers[ãa]o|versi[óo]n|version|versione|wersj[ai])\s+v?\d+(?:\.\d+){1,3}\b",
        _EXPLAIN_ML_LEAD + "|" + _READ_ML + "|" + _MEANING_ML,  # "Explica qué significa deploy ..."
    ),
    _ml_rule(
        "ml_refund", "payment",
        "rembours reembols erstatt rimbors возвра верни 退款 返金 hoàn kembalikan iade คืนเงิน "
        "استرد أعد החזר תחזיר",
        r"\b(?:rembourse[rz]?|reembolsa(?!d[oa]s?\b)\w*|reembolse|erstatte\w*|rimborsa(?!t[iaoe]\b)\w*"
        r"|верни\s+деньги"
        r"|оформи\s+возврат|hoàn\s+tiền|kembalikan\s+(?:dana|uang)|iade\s+et\w*)\b|退款(?!申请|金额|表单|流程|政策|规则|率|原因)|返金(?:して|を(?:実行|処理|行って|して)|処理を(?:して|実行))"
        r"|คืนเงิน|استرد(?!اد)|أعد\s+المبلغ|החזר\s+כספי|תחזיר\s+(?:את\s+)?הכסף",
        r"\w",
        _READ_ML + r"|" + _CODE_ML + r"|書いて|実装|フォーム|バリデーション|form|validation",
    ),
    _ml_rule(
        "ml_money", "payment",
        "transf enví envi paga pagar realiza haz aprue reembols pague faça aprove vire effectu fai "
        "envoi paie paye rembours approuv überweis zahl bezahl sende erstatt führe genehmig "
        "trasfer esegui effettua invia rimbors approva autorizza procedi proceda procede procéde "
        "prosiga prossiga перев отправ оплат заплат верни "
        "выплат одобр 转账 汇款 付款 打款 退款 支付 付给 汇给 转给 送金 振込 振り込 支払 返金 "
        "emit valid lanc "
        "betaal keer maak gib liber débloq sblocc afschrijven schrijf incasseer stort vrijgev "
        "vrij terugge terugst uitbetal overmak terugboek terugbetal",
        r"\b(?:transfiere|transferir|envía|envia|enviar|paga|pagar|realiza|haz|aprueba|reembolsa"
        r"|reembolsar|transfira|envie|pague|faça|aprove|reembolse|vire[rz]?|effectue[rz]?"
        r"|transfère|transférez|transférer|envoie[rz]?|paie|payez|payer|rembourse[rz]?|fais"
        r"|faites|faire"
        r"|approuve[rz]?|überweis(?:e\w*|t)?|zahle|zahlen|bezahle\w*|sende|erstatte\w*|führe|genehmige"
        r"|trasferisci|esegui|effettua|invia|rimborsa|approva|autorizza|procedi|proceda|procedere"
        r"|procede|procédez|procède|prosiga|prossiga|переведи|перевести"
        r"|отправь|оплати|заплати|верни|выплати|одобри|(?:emite|emita|emitir)\s+(?:ya\s+|ahora\s+)?"
        r"(?:el|la|los|las)\s+(?:reembolso|pago|transferencia)\w*|(?:valide[rz]?|lance[rz]?)\s+(?:le|la"
        r"|les)\s+(?:virement|paiement|transfert)\w*"
        r"|betaal(?:t|d)?|keer\s+[^\n]{0,60}?\buit|maak\s+[^\n]{0,60}?\bover|gib\s+[^\n]{0,100}?\bfrei"
        r"|afschrijven|schrijf\s+[^\n]{0,60}?\baf\b|incasseer|stort"
        # Dutch "Kun je de borg van €300 ... nu vrijgeven?" (release the deposit)
        r"|vrijgeven|vrij\s+geven|teruggeven|terugstorten|uitbetalen|overmaken|terugboeken|terugbetalen"
        r"|libere|liberar|libera|liberá|débloque[rz]?|sblocca)\b|转账|汇款|付款|打款|付给|汇给|转给"
        r"|退款(?!申请|金额|表单|流程|政策|规则|率|原因)|支付(?!方式|页面|表单|流程|接口)|送金(?:して|を)|振込|振り込"
        r"|支払(?:って|いを)|返金(?:して|を(?:実行|処理|行って|して)|処理を(?:して|実行))",
        r"\b(?:transferencia|dinero|fondos|pago|pagos|euros?|dólares|reembolso|transferência"
        r"|dinheiro|pagamento|reais|pix|virement|argent|fonds|paiement|remboursement|überweisung"
        r"|geld|zahlung|auszahlung|betrag|rückerstattung|erstattung|bonifico|denaro|soldi|rimborso|fondi"
        r"|facturas?|faturas?|factures?|rechnung\w*|fattur[ae]|nómina|nomina|salario|sueldo"
        r"|gehalt|gehälter|salaire|stipendi?o|salário|boleto|счёт|счет|инвойс\w*|зарплат\w*"
        r"|деньги|средства|руб\w*|евро|долл\w*|оплату|плат[её]ж\w*|перевод|выплат\w*"
        r"|uitbetaling\w*|terugbetaling\w*|betaling\w*|geld|verkopersuitbetaling\w*|afschrijving\w*"
        r"|incasso\w*|transactie\w*)\b|[$€£₽¥]"
        r"|r\$|转账|汇款|付款|打款|退款|送金|振込|振り込|返金",
        _READ_ML + r"|" + _CODE_ML + r"|\breview\b|レビュー|리뷰|审查|代码|コード|" + _MEANING_ML,
    ),
    _ml_rule(
        "ml_credentials", "credentials",
        "otorg conced dale asigna revoc rota cambia restablec quita conceda dê atribua revog "
        "rotacion troque altere redefin accord donne attribu révoqu revoqu renouvel change "
        "retire réinitialis remplac ersetz tausch reemplaz sustitu substitu sostitu erteil gib "
        "gewähr vergib vergeben entzieh widerruf rotier ändere setz "
        "geben erteilen concedi dai dare concedere assegnare assegna ruota reimposta "
        "togli выда дай предостав назнач "
        "отзов смени поменя "
        "сбрось забери ротир 授予 给予 开通 撤销 吊销 轮换 重置 收回 付与 取り消 失効 "
        "ローテーション リセット 剥奪 与えて crea crear criar crie créer créez crée",
        # "Puoi creare un nuovo utente con permessi di scrittura sul database ...?"
        # (not "Spiega come creare un ruolo ...": how to)
        r"\b(?:(?<!come\s)(?<!cómo\s)(?<!como\s)(?<!comment\s)(?:crea(?:re)?|crear|criar|crie|créer"
        r"|créez|crée)"
        r"|otorga\w*|concede|dale|asigna|revoca|revocar|rota|rotar|cambia|restablece|quita"
        r"|conceda|conceder|dê|atribua|revogue|revogar|rotacione|rotacionar|troque|altere"
        r"|redefina|accorde[rz]?|donne[rz]?|attribue[rz]?|révoque[rz]?|revoque[rz]?"
        r"|renouvelle[rz]?|changez|changer|retire[rz]?|réinitialise[rz]?|remplace[rz]?|erteile\w*|gib"
        r"|geben|ersetze|ersetzen|tausche|austauschen|reemplaza|sustituye|substitua|sostituisci"
        r"|gewähre\w*"
        r"|vergib|vergeben|entziehe\w*|widerrufe\w*|rotiere\w*|ändere|setze|setzen|concedi|dai"
        r"|assegna|ruota|dare|concedere|assegnare|togliere"
        r"|reimposta|togli|выдай|дай|предоставь|назначь|отзови\w*|смени|поменяй|сбрось|забери"
        r"|ротируй)\b|授予|给予|开通|撤销|吊销|轮换|重置|收回|付与|取り消|失効|ローテーション"
        r"|リセット|剥奪|与えて",
        r"\b(?:mfa|2fa|a2f|otp|totp|sso|yubikeys?|permisos?|administrador\w*|admin\w*|acceso|credenciales|claves?|contraseñas?"
        r"|tokens?|roles?|privilegios|root|permissões|permissão|acesso|credenciais|chaves?"
        r"|senhas?|privilégios|(?<!guillemets\s)droits|permissions|administrateur|accès|identifiants|clés?"
        r"|mots?\s+de\s+passe|jetons?|privilèges|\w*rechte|admin-rechte|berechtigung\w*"
        # "... un compte pour Léo ... avec le droit de faire des remboursements": an account
        # made with a money right
        r"|droit\s+(?:de|d['’])\s*(?:faire\s+des\s+)?(?:rembourse\w*|valider|payer|paiements?"
        r"|supprimer|annuler|administrer|virements?)"
        r"|permiso\s+para\s+(?:hacer\s+)?(?:reembols\w*|devoluciones|pagar|pagos|borrar|anular)"
        r"|zugriff\w*|zugang\w*|schlüssel|passw[öo]rt\w*|kennw[öo]rt\w*|rolle|permessi|diritti"
        r"|amministratore|credenziali|chiavi|chiave|password|privilegi|accesso|accessi|права|доступ\w*"
        r"|администратор\w*|админ\w*|ключ\w*|парол\w*|токен\w*|уч[её]тн\w*|привилеги\w*)\b|权限"
        r"|管理员|密钥|凭证|密码|令牌|権限|管理者|キー|鍵|認証情報|パスワード|トークン|アクセス",
        _CODE_ML + r"|\b(?:explique\w*|expliquer|explica\w*|spiega\w*|erkläre\w*|erklären)\b"
        r"|\bsans\s+changer\b|\bsin\s+cambiar\b|\bsem\s+alterar\b|書いて|実装|関数"
        r"|\b(?:cl[ée]|clave|chave|schlüssel|chiave)\s*:\s*(?:valeur|valor|wert|valore)\b",
    ),
    _ml_rule(
        "ml_migration", "migration",
        "execut ejecut rode roda rodar aplica apliq exécut lance esegui führ migra backfill "
        "uruchom wykonaj запусти выполни накати примени starte avvia lancia lanza inicia voer "
        "draai pode possiamo proced kör kjør kør ejecút eseguil",
        # "Pode migrar o catálogo ... no servidor de produção?", "Possiamo procedere con la
        # migrazione ... in produzione?": the migration asked for or decided on
        r"\b(?:pode[ms]?|podemos)\s+(?=migr)"
        r"|\b(?:possiamo\s+procedere|procediamo|podemos\s+proceder)\b(?=[^.\n]{0,60}\bmigra)"
        # "Aprobado, ejecútalo en producción este domingo": a pasted plan run, by a pronoun
        r"|\b(?:ejecút(?:alo|ala|elo|ela|alos|alas)|execut[ae]-(?:o|a|os|as)|eseguil[oa]"
        r"|exécute[sz]?-(?:le|la|les)|lance[sz]?-(?:le|la|les))\b"
        r"|\b(?:execut[ae]r?|ejecut[ae]r?|rod[ae]r?|aplic[ae]r?|aplique|exécute[rz]?|lance[rz]?"
        r"|esegui|führe?|uruchom|wykonaj|запусти|выполни|накати|starte\w*|avvia|lancia|lanza"
        # Swedish, Norwegian, Danish "kör/kjør/kør migreringen"
        r"|inicia|voer\w*|draai|примени\w*|накатить|köra?|kjøre?|køre?)\b[^.\n]{0,60}(?:migra\w+"
        r"|migrer\w+|\bbackfill\w*|миграци\w*|\bscript\b"
        r"|skript\b|скрипт\w*)",
        r"\b(?:producción|produccion|produção|producao|production|produktion\w*|produktiv\w*"
        r"|produzione|prod|de\s+verdade|pra\s+valer|para\s+valer|de\s+verdad|en\s+serio"
        r"|pour\s+de\s+vrai|en\s+vrai|per\s+davvero|wirklich|echt|produkcj\w*|produkcyjn\w*"
        r"|ao\s+vivo|en\s+vivo|al\s+vivo|en\s+direct|live|echte\s+kundendaten|real|reales"
        r"|прод|проде|продакшн\w*|продакшен\w*|боев\w+|em\s+uso|en\s+uso|in\s+uso|dos\s+clientes"
        r"|database\s+principale|base\s+(?:de\s+datos\s+)?principal|base\s+de\s+dados\s+principal"
        r"|hauptdatenbank|base\s+principale"
        # "på den riktiga kennelservern" (the real one), "den ekte databasen"
        r"|riktig\w*|rigtig\w*|ekte|skarp\w*"
        r"|de\s+los\s+clientes|des\s+clients|dei\s+clienti|der\s+kunden)\b",
        unless=r"\b(?:escrib\w*|escrev\w*|écri[st]\w*|schreib\w*|scriv\w*|napisz|напиши)\b"
        r"|\bno\s+lo\s+ejecutes\b|\bnão\s+(?:o\s+)?execute\b|\bne\s+l'exécute\s+pas\b"
        r"|\bnicht\s+ausführen\b|\bnon\s+eseguirl\w*\b",
    ),
    _ml_rule(  # a release to every user: "publica ya la versión 5.0 para todos los usuarios"
        "ml_full_rollout", "deploy",
        "publi lanz desplie ausroll live einspiel spiel déploi lanc pubblic rilasc lança implant "
        "wdroż opublik выкат разверн schalt frei gib activ habilit mets mettez metti attiv abilit "
        "ativ aktivier",
        r"\b(?:publica\w*|publique\w*|publie\w*|pubblica\w*|lanza\w*|lança\w*|lance\w*"
        r"|activa\w*|activar|habilita\w*|active[rz]?|activez|mets\s+en\s+(?:service|ligne|production)"
        r"|mettez\s+en\s+(?:service|ligne|production)|metti\s+in\s+(?:linea|produzione|servizio)"
        r"|attiva\w*|abilita\w*|ative\w*|ativar|habilite\w*|aktivier\w*"
        r"|despliega\w*|implanta\w*|déploie\w*|déployer|rilascia\w*|ausroll\w*|live\s+schalten"
        r"|einspielen|spiel\w*|schalte\w*|freigeben|freischalten|gib\w*|wdróż\w*|opublikuj\w*"
        r"|выкат\w*|разверн\w*)",
        r"\b(?:para\s+todos|para\s+todas|für\s+alle|an\s+alle|an\s+die\s+gesamte|pour\s+tous"
        r"|pour\s+toutes|à\s+tous|per\s+tutti|per\s+tutte|a\s+tutti|a\s+tutte|dla\s+wszystkich"
        r"|для\s+всех|всем)\b",
    ),
    _ml_rule(  # "今夜から全路線の販売に適用してください", "今天给所有用户全量上线"
        "ml_full_rollout", "deploy", "適用 有効 リリース 展開 反映 上线 发布 启用 推送",
        r"適用|有効に|有効化|リリース|展開|反映|上线|发布|启用|推送",
        r"全(?:路線|ユーザー|顧客|店舗|拠点|社|国)|すべての(?:ユーザー|顧客|路線|店舗)|所有(?:用户|客户|门店)"
        r"|全量|全部用户",
        r"要約|翻訳|まとめ|总结|翻译|摘要|書いて|写",
    ),
    # Arabic: a security audit, destructive or deploy action, access or money (no \b: marks)
    _ml_rule(
        "ml_security_audit", "security_audit", "تدقيق اختبار فحص مراجعة",
        # (with the accusative ending of "نفذ تدقيقا أمنيا كاملا", carry out a full security audit)
        r"تدقيق(?:اً|ًا|ا)?\s*(?:ال)?أمني|اختبار(?:اً|ًا|ا)?\s*(?:ال)?اختراق"
        r"|فحص(?:اً|ًا|ا)?\s*(?:ال)?أمني|مراجعة\s*(?:ال)?أمنية",
        r"\w",
    ),
    _ml_rule(
        "ml_destructive", "delete_data", "احذف امسح أفرغ احذفوا",
        r"احذف|امسح|أفرغ",
        r"قاعدة\s*البيانات|قواعد\s*البيانات|الجدول|الجداول|البيانات|السجلات|العملاء|المستخدمين"
        r"|الإنتاج|النسخ\s*الاحتياطي",
    ),
    _ml_rule(
        "ml_deploy", "deploy", "انشر اطرح نشر طرح",
        r"انشر|اطرح|نشر|طرح",
        r"الإنتاج|بيئة\s*الإنتاج|المباشر|الحي\b|للعملاء|لجميع\s*المستخدمين",
    ),
    _ml_rule(
        "ml_credentials", "credentials", "امنح أعط ألغ الغ اسحب غير غيّر منح",
        # "يرجى منح ... صلاحية الدخول" (please grant ... access): the verbal noun after "please"
        r"امنح|أعط|ألغ|الغ|اسحب|غي[ّ]?ر|(?:يرجى|الرجاء|رجاء)\s+(?:منح|إعطاء|اعطاء|سحب|إلغاء|الغاء|تغيير)",
        r"صلاحي|كلمة\s*المرور|كلمات\s*المرور|المفتاح|مفاتيح|الوصول|مسؤول|المشرف|الرمز\s*المميز",
    ),
    _ml_rule(
        "ml_money", "payment", "حو حول حوّل ادفع أرسل اصرف تحويل",
        r"حو[ّ]?ل|تحويل|ادفع|أرسل|اصرف",  # "يرجى تحويل مبلغ" (please transfer the amount)
        r"مبلغ|دولار|يورو|درهم|ريال|دينار|جنيه|راتب|رواتب|دفعة|[$€£]",
    ),
    # Turkish: a security audit, or a destructive or deploy action on production (üretim)
    _ml_rule(
        "ml_security_audit", "security_audit", "güvenlik sızma denetim",
        # "... from a security point of view, audit it" (an audit asked for)
        r"güvenlik\s+(?:denetim\w*|taraması\w*|açıkları\w*|testi\w*|açısından\s+(?:denetle|incele"
        r"|kontrol\s+et)\w*)|sızma\s+test\w*",
        r"\w",
    ),
    _ml_rule(
        "ml_destructive", "delete_data", "sil boşalt kaldır temizle",
        r"\b(?:sil|silin|silelim|boşalt|kaldır|temizle|temizleyin|kalıcı\s+olarak\s+\w+)\b",
        r"\b(?:veritaban\w*|tablo\w*|veri\w*|kayıt\w*|müşteri\w*|kullanıcı\w*|üretim\w*"
        r"|canlı\w*|prod\w*|yedek\w*)\b",
    ),
    _ml_rule(  # Turkish "run the migration on the live database now" (Turkish letters left out)
        "ml_migration", "migration", "migration migrasyon taşıma",
        r"\b(?:çalıştır|uygula|yürüt|koş)(?:ın|sın|alım|ır\s+mısın|abilir\s+misin)?\b",
        r"\b(?:migration\w*|migrasyon\w*|taşıma\w*)[^.\n]{0,60}?\b(?:çalıştır|uygula|yürüt|koş)"
        r"|\b(?:üretim\w*|canlı\w*|prod\w*)\b[^.\n]{0,160}?\b(?:migration\w*|migrasyon\w*)",
    ),
    _ml_rule(
        "ml_deploy", "deploy", "deploy yayınla dağıt geri yükle",
        # ("... canli sunucuya yukle ve servisi yeniden baslat" in Turkish letters: load it live)
        r"\b(?:deploy\s+et|yayınla|dağıt|geri\s+al)\w*|\byükle(?:yin|sin|yelim|r\s+mis[iı]n)?\b",
        r"\b(?:üretim\w*|canlı\w*|prod\w*)\b",
    ),
    # Turning off a security or alerting control, in other languages
    _ml_rule(
        "ml_disable_control", "credentials",
        "关掉 关闭 停用 禁用 無効 オフ 切って 止めて 끄 꺼 비활성 desactiv deshabilit deaktivier "
        "abschalt ausschalt schalte disattiv desativ desligu отключ выключ wyłącz wylacz kapat "
        "devre uitschakel",
        r"关掉|关闭|停用|禁用|無効|オフ|切って|止めて|끄|꺼|비활성|\b(?:desactiv\w*|deshabilit\w*"
        r"|deaktivier\w*|abschalt\w*|schalte\s+[^.\n]{0,40}\bab|ausschalt\w*|disattiv\w*|desativ\w*"
        r"|deslig\w*|отключ\w*|выключ\w*|wyłącz\w*|wylacz\w*|kapat\w*|devre\s+dışı|uitschakel\w*"
        r"|schakel\s+[^.\n]{0,40}\buit)",
        r"\b(?:mfa|2fa|waf|sso|vpn|ssh|firewall\w*|cloudtrail|guardduty|pagerduty|captcha)\b|防火墙|监控"
        r"|계정|アカウント|账号|帐号|账户|\b(?:cuentas?|comptes?|kont[oa]|konten|аккаунт\w*|учётн\w*"
        r"|учетн\w*)\b"
        r"|告警|审计|ファイアウォール|アラート|監視|監査|방화벽|알림|모니터링|감사\s*로그|\b(?:pare-feu"
        r"|cortafuegos|alertas?|alertes?|monitoreo|monitoramento|überwachung|alarm\w*|audit\w*"
        r"|мониторинг\w*|алерт\w*|оповещени\w*|двухфакторн\w*|zapor\w*|alarmy|uyarı\w*"
        # geofences and interlocks (Turkish: "turn off the geofence check of all the drones")
        r"|geo-?fenc\w*|geocerca\w*|géorepérage|geozaun\w*|geozon\w*|coğrafi\s+sınır\w*"
        r"|denetim\w*|interlock\w*|verriegelung\w*)\b|ジオフェンス|地理围栏|电子围栏|지오펜스|インターロック",
        _NOT_ACT_ML,
    ),
    # A security audit or penetration test, asked for in other languages
    _ml_rule(
        "ml_security_audit", "security_audit",
        "安全审计 安全審計 渗透测试 滲透測試 セキュリティ監査 ペネトレーション 脆弱性診断 "
        "보안 침투 auditoría auditoria audit sicherheitsaudit sicherheitsprüfung penetrationstest "
        "pentest аудит пентест тестирован säkerhets sikkerheds sikkerhets सुरक्षा granska "
        "beveiligings überprüfe prüfe revisa comprueba vérifie",
        r"安全审计|安全審計|渗透测试|滲透測試|セキュリティ監査|ペネトレーションテスト|脆弱性診断|보안\s*감사"
        r"|침투\s*테스트|\b(?:auditoría\s+de\s+seguridad|auditoria\s+de\s+segurança|audit\s+de"
        r"\s+sécurité|audit\s+di\s+sicurezza|sicherheitsaudit\w*|sicherheitsprüfung\w*"
        r"|audite[rz]?\s+les\s+(?:accès|droits|habilitations|permissions)|audita\s+los\s+(?:accesos"
        r"|permisos)|penetrationstest\w*|pentest\w*|аудит\w*\s+безопасности|пентест\w*|тестировани\w*\s+на"
        r"\s+проникновение|audyt\s+bezpieczeństwa|güvenlik\s+denetimi"
        # Swedish, Norwegian, Danish: "en säkerhetsgranskning", "en sikkerhetsrevisjon"
        r"|(?:säkerhets|sikkerhets|sikkerheds)(?:granskning|revision|revisjon|gjennomgang"
        r"|gennemgang|audit|test|kontroll)\w*"
        # Swedish "Granska säkerheten i betalflödet", Dutch "Voer een beveiligingsaudit uit"
        r"|granska\s+(?:säkerheten|brandväggs\w*)|beveiligings(?:audit|onderzoek|test|controle)\w*"
        # German "Überprüfe die Sicherheit unseres Buchungssystems", Spanish "Revisa la
        # seguridad de la API", French "Vérifie la sécurité de ..."
        r"|(?:über)?prüfe?\s+die\s+sicherheit|(?:revisa|comprueba)\s+la\s+seguridad"
        r"|vérifie[rz]?\s+la\s+sécurité"
        # Hindi "पूरा सुरक्षा ऑडिट करो" (do a full security audit)
        r"|सुरक्षा\s*(?:ऑडिट|जांच|जाँच|समीक्षा|परीक्षण))",
        r"进行|進行|执行|執行|做|実施|して|해\s*줘|해주세요|수행|\b(?:realiza|realice|haz|haga|faça"
        r"|realize|effectue[rz]?|fais|faites|führe|führen|durchführen|durch|mach|esegui|effettua|fai"
        r"|gör|gjør|gør|utför|utfør|udfør|kör|kjør|granska|voer|uitvoeren"
        r"|проведи|проведите|сделай|przeprowadź|przeprowadz|yap|perform|run|do"
        r"|audite[rz]?|audita|überprüfe|prüfe|revisa|comprueba|vérifie[rz]?)\b"  # "Audite les accès
        # au système de paie", "Überprüfe die Sicherheit ...": the review verb asks it itself
        r"|करो|करें|कीजिए|करिए",
    ),
    _ml_rule(
        "ml_money", "payment", "भुगतान पैसे पैसा रिफंड ट्रांसफर वेतन बोनस क्रेडिट",
        # ("खाते में £45 का क्रेडिट डाल दीजिए": a credit put on an account)
        r"भेज\s*द|कर\s*द|लौटा\s*द|ट्रांसफर\s*कर|रिफंड\s*कर|वापस\s*कर|डाल\s*(?:दीजिए|दीजिये|दें|दो)",
        r"भुगतान|पैसे|पैसा|रिफंड|ट्रांसफर|वेतन|बोनस|क्रेडिट|[€$₹£]|रुपये",
    ),
    # Hindi: run / delete / deploy / roll back on production
    _ml_rule(
        "ml_live_operation", "incident",
        "चला डिलीट हटा मिटा डिप्लॉय रोलबैक रीस्टार्ट बंद लागू डाल चढ़ा पुश रिलीज",
        # ("बॉट इसे अभी प्रोडक्शन पर डाल दो": put it on production now)
        r"चला\s*द|डिलीट|हटा\s*द|मिटा\s*द|डिप्लॉय|रोलबैक|रीस्टार्ट|बंद\s*कर|लागू\s*कर"
        r"|डाल\s*(?:दो|दें|दीजिए|दीजिये)|चढ़ा\s*(?:दो|दें|दीजिए)|पुश\s*कर|रिलीज़?\s*कर",
        r"प्रोडक्शन|प्रोड|लाइव|\b(?:production|prod|live)\b",
    ),
    # Turkish and Polish money movement (and a price change for all subscribers)
    _ml_rule(
        "ml_money", "payment",
        "iade öde ödemesini ödemeyi ödeme havale gönder transfer değiştir onayla başlat zwróć "
        "zwroc przelej wypłać wyplac zapłać zaplac "
        "oddaj zmień zmien zatwierdź zatwierdz wyślij wyslij",
        r"\b(?:iade\s+et\w*|öde(?:yin|sin)?|ödemesini\s+(?:bugün\s+|hemen\s+|şimdi\s+)?yap\w*"
        r"|ödeme(?:yi)?\s+(?:bugün\s+|hemen\s+)?yap\w*|havale\s+et\w*|gönder(?:in|sin)?|transfer\s+et\w*|değiştir(?:in)?"
        r"|onayla\w*|başlat\w*|zwróć|zwroc|przelej"
        r"|wypłać|wyplac|zapłać|zaplac|oddaj|zmień|zmien|zatwierdź|zatwierdz|wyślij|wyslij)\b",
        r"\b(?:para\w*|ücret\w*|fiyat\w*|ödeme\w*|iade\w*|abone\w*|tl|zł|zl|złotych|pieniądze|pieniadze"
        r"|przelew\w*|płatnoś\w*|wypłat\w*|cen[aęy]|subskryb\w*|klient\w*|zamówieni\w*|premi[ea]\w*"
        r"|wynagrodze\w*|pensj\w*|kont\w*\s+płacow\w*|maaş\w*|prim\w*|komisyon\w*|usd|eur)\b|[$€₺£]",
    ),
    # Running migrations on production, in Korean, Japanese and Chinese
    _ml_rule(
        "ml_migration", "migration", "실행 적용 돌려 実行 適用 执行 运行 跑",
        r"실행|적용|돌려|実行|適用|执行|运行|跑",
        r"(?:운영|프로덕션|本番|生产|线上|\bprod\w*)[^\n]{0,60}(?:migrat\w*|마이그레이션|マイグレーション|迁移"
        r"|flyway|alembic|liquibase|回填|脚本|スクリプト|스크립트)|(?:migrat\w*|마이그레이션|マイグレーション"
        r"|迁移|flyway|alembic|liquibase|回填|脚本|スクリプト|스크립트)[^\n]{0,60}(?:운영|프로덕션|本番|生产"
        r"|线上|\bprod)",
    ),
    # Going live in French, Spanish, Portuguese, Italian; switching over in Japanese and Chinese
    _ml_rule(
        "ml_go_live", "deploy", "mets mettre bascul pon sube coloca manda metti",
        r"\b(?:mets?\s+en\s+(?:ligne|production|prod)|mettre\s+en\s+(?:ligne|production|prod)"
        r"|fais\s+basculer|bascule[rz]?|pon\w*\s+en\s+producción|sube\w*\s+a\s+producción"
        r"|coloca\w*\s+em\s+produção|manda\w*\s+pra\s+produção|metti\w*\s+in\s+produzione)",
        r"\b(?:clients?|utilisateurs|production|prod|trafic|plateforme|producción|produção"
        r"|produzione|clientes|usuarios|usuários|utenti|todos|tous|tutti)\b",
    ),
    _ml_rule(
        "ml_go_live", "deploy", "切り替え 切替 切换 上线 リリース",
        r"切り替え|切替|切换|上线|リリース",
        r"本番|生产|线上|正式環境|正式环境|(?:全部|所有|全体)(?:用户|客户)|全(?:ユーザー|ユーザ|顧客)",
        r"总结|總結|翻译|翻譯|提取|分类|要約|翻訳|抽出|分類|まとめ",
    ),
    # Access to a live environment granted in Korean and Chinese ("add the intern to the admins")
    _ml_rule(
        "ml_credentials", "credentials", "만들어 생성 추가 加入 添加 加到 开通 開通",
        r"만들어|생성|추가|加入|添加|加到|开通|開通",
        r"(?:프로덕션|운영|正式環境|正式环境|生产|線上|线上|本番)[^\n]{0,40}(?:관리자|권한|管理員|管理员|權限"
        r"|权限|管理者|権限)",
    ),
    # Korean, Polish and Dutch (same intents as above, one rule per intent)
    _ml_rule(
        "ml_destructive", "delete_data",
        "삭제 지워 지우 비워 드롭 날려 usuń usun wyczyść wyczysc skasuj wykasuj verwijder wis leeg",
        r"삭제|지워|지우|비워|드롭|날려|\b(?:usuń(?:cie)?|usun(?:cie)?|wyczyść(?:cie)?|wyczysc(?:cie)?"
        r"|skasuj(?:cie)?|wykasuj(?:cie)?|verwijder\w*|wis|leeg)\b",
        r"데이터베이스|테이블|데이터|프로덕션|운영|백업|레코드|사용자|고객|\b(?:baz\w*|tabel\w*"
        r"|dane|danych|produkc\w*|rekord\w*|klient\w*|użytkownik\w*|database|gegevens|productie"
        r"|klanten|records|prod|komentarz\w*|kont[oa]|wpis\w*|wiadomoś\w*|trwale"
        # "Usuń stare kopie zapasowe konfiguracji DCS z NAS-a" (Polish only: Dutch "leeg" and
        # "verwijderde" are also an adjective and a past tense)
        r"|kopi[ea]\s+zapasow\w*|kopii\s+zapasowych"
        r"|mailinglijst\w*)\b",  # "de mailinglijst met oud-leden ... definitief verwijderen"
    ),
    # Swedish, Norwegian, Danish "Radera alla dubblettposter i den skarpa databasen"
    _ml_rule(
        "ml_destructive", "delete_data", "radera slett slet",
        r"\b(?:radera|slett|slet)\b",
        r"\b(?:\w*databas\w*|skarp\w*|alla|alle|poster|posterne|produktion\w*)\b",
        # "Radera alla tomma rader i den här listan: ...": lines taken out of a pasted list
        r"\b(?:den\s+här\s+listan|denna\s+lista|listan\s+nedan|følgende|följande|tomma\s+rader"
        r"|tomme\s+linjer|test\w*|lokal\w*)\b",
    ),
    _ml_rule(
        "ml_deploy", "deploy",
        "배포 릴리스 출시 반영 wdróż wdroz wypchnij uitrollen rol zet deploy",
        r"배포|릴리스|출시|반영|\b(?:wdróż\w*|wdroz\w*|wypchnij|uitrollen|rol\w*\s+[^.\n]{0,40}"
        r"\buit|zet\w*\s+[^.\n]{0,40}\blive)\b",
        r"프로덕션|운영|라이브|실서버|상용|앱\s*스토어|플레이\s*스토어|(?:전체|모든)\s*(?:사용자|유저|고객)"
        r"|\b(?:produkc\w*|productie|prod"
        r"|app\s+store|play\s+store|testflight)\b",
        # "운영 배포 체크리스트를 영어로 번역해 줘": a text about the release, translated
        r"요약|번역|추출|분류|설명해|검토해|리뷰|\b(?:podsumuj|przetłumacz|vat\s+samen|vertaal)",
    ),
    _ml_rule(
        "ml_live_operation", "incident",
        "재시작 재부팅 롤백 중지 중단 종료 되돌려 zrestartuj wycofaj zatrzymaj wyłącz wylacz "
        "herstart terug stop",
        r"재시작|재부팅|롤백|중지|중단|종료|되돌려|\b(?:zrestartuj|wycofaj|zatrzymaj|wyłącz|wylacz"
        r"|herstart\w*|rol\w*\s+[^.\n]{0,40}\bterug|stop)\b",
        r"프로덕션|운영|라이브|실서버|상용|\b(?:produkc\w*|productie|prod)\b",
    ),
    _ml_rule(
        "ml_credentials", "credentials",
        "변경 재설정 바꿔 부여 회수 취소 폐기 끊어 nadaj przyznaj odbierz zmień zmien zresetuj "
        "unieważnij geef verleen trek wijzig reset dodaj",
        r"변경|재설정|바꿔|부여|회수|폐기|\b(?:nadaj|przyznaj|odbierz|zmień|zmien|zresetuj|dodaj"
        r"|unieważnij|geef|verleen|trek\w*\s+[^.\n]{0,40}\bin|wijzig)\b",
        r"비밀번호|관리자|권한|토큰|자격\s*증명|\b(?:uprawnie\w*|administrator\w*|hasł\w*"
        r"|dostęp\w*|klucz\w*|token\w*|\w*rechten|beheerder\w*|toegang|wachtwoord\w*|sleutel\w*"
        r"|rol\w*\s+\S*(?:owner|admin)\w*)\b",
        # "이 권한 부여 API 코드 리뷰해 주세요": code about granting, reviewed
        r"리뷰|코드|검토해|설명해|요약|번역",
    ),
    *ML_RELEASE_RULES,
    *ROMANIAN_RULES,
    *VIETNAMESE_ARABIC_RULES,
)  # fmt: skip
