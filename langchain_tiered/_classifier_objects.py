"""Object vocabularies of the stakes rules: credentials, privileges, money, security findings.

Also the contexts that cancel a rule in other languages (reading or code tasks) and the
strong destructive verbs. :mod:`._classifier_stakes` and its sibling rule modules build their
:class:`~._classifier_stakes.StakesRule` objects from these patterns (plain strings, compiled
by the rules that use them).
"""

from __future__ import annotations

from typing import Final

#: A code that opens a physical door, gate or lockbox ("a fresh door code", "the gate PIN",
#: "change the padlock code").
ACCESS_CODE: Final = (
    r"(?:door|entry|gate|lock|padlock|keypad|alarm|garage|lockbox|barrier)\s+(?:access\s+)?"
    r"(?:codes?|pins?|combinations?)|(?:key\s*)?safe\s+combinations?"
    # "issue a manual release PIN so he can load up" (a gatehouse releasing vehicles)
    r"|(?:manual\s+)?release\s+pins?|manual\s+release\s+codes?"
    # a physical token that opens doors: "kill that fob", "a Net2 fob for the west gate"
    r"|fobs?|(?:key|access|swipe|door|proximity|prox|rfid)\s*cards?"
    r"|(?:access|security|door|building|site|staff|id)\s+badges?"
    # "issue him a one-night master PIN on the Block C keypad": a code that opens every door
    r"|master\s+(?:access\s+)?(?:pins?|codes?|keys?|passwords?|fobs?|(?:key\s*)?cards?)"
)
#: A network key: a wifi pre-shared key or password ("the staff wifi PSK", "the SSID key").
NETWORK_KEY: Final = (
    r"psk|pre-shared\s+key|(?:wi-?fi|wpa2?|wpa3|network|ssid)\s+(?:password|passphrase|key)"
)
#: Where an ask to act starts: a text, line or clause start, or a request word before the
#: verb ("... tiktok. change it everywhere", "can you reset the guest wifi password").
ASKED_AT: Final = (
    r"(?:^|\n|[.!?;:,—–-]\s*|\b(?:please|pls|just|then|and|so|can\s+you|could\s+you"
    r"|should\s+we)\s+)"
)
#: A secret that can be handed over ("the prod DB creds", "the API keys").
HANDOVER_NOUNS: Final = r"creds|credentials|passwords?|api\s+keys?|secrets?|tokens?|keys|logins?"
_CRED_OBJECT: Final = (
    r"\b(?:admin\w*|administrators?|root(?![- ]caus)|sudo\w*|superuser|owners?|ownership|iam"
    # ("grant Ines read-write on the packtrack-prod grading schema": a right on live data)
    r"|permissions?|privileges?|roles?|acls?|access|read-?write|mfa|2fa|two-factor"
    r"|branch\s+protection|(?:ssh|api|access"
    r"|secret|signing|deploy|encryption|gpg|pgp)\s+keys?|keys|secrets?|credentials?|creds"
    r"|passwords?|passphrases?|tokens?|certs?|certificates?|service\s+accounts?|policies|sessions"
    r"|oauth\s+grants?|grants|integrations?|\b(?:account|sys|org|super|security|user)admin\b"
    r"|kms|vault|sso|okta|ldap|" + ACCESS_CODE + r")\b"
)
_PRIV_OBJECT: Final = (
    r"\b(?:racf\s+groups?|(?:alter|update|control)\s+(?:access\s+)?on\s+[\w.*]+"
    r"|firefighter\s+(?:ids?|access|accounts?|roles?)|admin\w*|administrators?|root(?![- ]caus)"
    r"|sudo\w*|superuser|owners?(?!\s+(?:statements?|reports?|portal|letters?|updates?|payouts?|emails?|meetings?|names?))|ownership|iam|permissions?|privileges?|roles?|acls?"
    r"|access\s+(?:to|on|for)|(?:write|read|push|merge)\s+access|mfa|2fa"
    # "give jcole@... write on edi-gw-01:/inbound/850": a right on a host or path
    r"|(?:write|read-?write|rw|push|delete|full\s+control)\s+on\s+(?:the\s+)?(?:[\w.-]+(?::/|/|\b)|/\w+)"
    r"|(?:2|two)-step\s+verification|multi-factor|2sv"
    r"|read[/-](?:write|only)(?:\s+access)?\s+(?:on|to|in)|(?:[\w-]+\s+)?(?:write|edit|delete"
    r"|sign-?off|approval|approver|signing|admin|export)\s+rights|[\w-]*(?:admin|approver|owner"
    r"|maintainer|signer|superuser)s?[\w-]*\s+(?:group|role)|read-?write\s+users?|break-glass"
    r"|(?:release|approval|signing)\s+rights|oauth\s+grants?|(?:the\s+)?role\s+that\s+can"
    r"|access\s+requests?|\b(?:account|sys|org|super|security|user)admin\b|groups?\s+in\s+(?:okta"
    r"|azure\s+ad|entra(?:\s+id)?|active\s+directory|google\s+workspace|ldap|sso|jumpcloud)"
    # "add him to the Keyholders access level in Net2": a door system's named access level
    r"|\b(?!(?:the|an?|user|which|what|their|his|her|its)\b)[\w-]+\s+access\s+levels?\b"
    r"(?!\s+(?:field|column|attribute|property))"
    r"|access\s+levels?\s+(?:in|on)\s+(?!(?:the\s+)?(?:code|schema|model|csv|report)\b)"
    r"|(?:her|his|their|[\w-]+'s)\s+(?:[\w-]+\s+)?(?:access|logins?|badges?)|(?:okta|sso|vpn|github|gitlab|aws|gcp"
    r"|azure|slack|jira|salesforce|workspace|ldap|bastion|prod\w*|console)\s+access"
    r"|two-factor|branch\s+protection|(?:ssh|api|access|secret|signing|deploy)\s+keys?"
    # "generate a new API token with write scope for the bot"
    r"|(?:api|access|bearer|bot|service|oauth|refresh|personal\s+access)\s+tokens?"
    r"|(?:write|admin|full|read-write)\s+scopes?"
    r"|[\w-]+_(?:reader|writer|admin|owner|editor|rw|ro)\b"
    r"|credentials|service\s+accounts?|org(?:anization)?\s+(?:owner|admin)"
    # "add jmarsh to the EHR Super User security class"
    r"|security\s+(?:class(?:es)?|groups?|roles?|profiles?)"
    # "reset my Tessitura pw to ...", "give the night team a shared CaseBook login"
    r"|(?:my|his|her|their|[\w-]+'s)\s+(?:[\w-]+\s+)?(?:pw|pwd|passwd)|shared\s+(?:[\w-]+\s+)?logins?"
    # physical access: "give the guest a fresh door code", "issue a gate PIN"
    # "add it to authorized_keys on sm-jump", "attach it to the bucket policy", "the access list"
    r"|authorized_keys|sudoers|(?:bucket|iam|key|resource)\s+polic(?:y|ies)|access\s+lists?"
    r"|" + ACCESS_CODE + r"|public(?:ly)?"
    r"(?:\s+(?:readable|accessible|writable))?)\b"
)
#: Money held and returned: "Return the \u20ac2,500 stand-builder deposit", "return it to them?".
_DEPOSIT_WORDS: Final = r"(?:deposits?|bonds?|retainers?)"
_MONEY: Final = (
    r"\b(?:wire(?:\s+transfers?)?|transfers?|payments?|payouts?|refunds?|funds|money|cash"
    r"|invoices?|sepa|ach|swift|iban|bank|payroll|salar(?:y|ies)|bonus(?:es)?|reimbursements?"
    r"|chargebacks?|vendors?|suppliers?|contractors?|creditors?|balances?|usd|eur|gbp|euros?|dollars?"
    r"|bitcoin|btc|eth|usdc|withdrawals?|deposits?|proceeds|remittances?|redemptions?"
    r"|disbursements?|sweeps?|purchase\s+orders?|inv-\d{3,}|write-offs?|card\s+holds?"
    # ("the RM 18,200 fertiliser advance", not "in advance")
    r"|(?<!\bin\s)(?<!-in-)advances?(?!\s+(?:notice|booking|warning|planning|copy|copies))"
    # "approve the amendment to the letter of credit": a bank's undertaking to pay
    r"|letters?\s+of\s+credit|lc\s+amendments?"
    r"|pre-?auth(?:ori[sz]ation)?s?|authori[sz]ation\s+holds?"
    # "write off every unpaid ... membership fee": money owed
    r"|(?:unpaid|outstanding|overdue)\s+(?:[\w-]+\s+){0,5}?(?:fees?|dues|subscriptions?|bills?)"
    r"(?!\s+(?:reminders?|notices?|e-?mails?|letters?|templates?|texts?|messages?|reports?"
    r"|lists?|summar\w+|polic(?:y|ies)))"
    r")\b|\bpo\s*#\s*\d+|[$€£¥]\s?\d[\d,.]*(?:[kmb]\b)?"
    # an amount in a currency by its code or sign ("RM 18,200", "Rp 5.000.000", "SGD 400")
    r"|\b(?:rm|myr|rp|idr|inr|rs\.?|sgd|aud|cad|nzd|chf|sek|nok|dkk|pln|zar|hkd|php|thb)\s?\d[\d,.]*"
    r"|\d[\d,.]*\s?[$€£¥]|\border\s+#?\d+|\bcustomer\s+#?\d+"
)
_SEC_OBJECT: Final = (
    r"\b(?:security\s+(?:holes?|issues?|flaws?|vulnerabilit\w+|problems?|risks?|bugs?|weakness\w*)"
    r"|vulnerabilit\w+|exploit\w*|privilege\s+escalation|escalation\s+paths?|injection|xss|csrf"
    r"|(?:iam|bucket)\s+polic(?:y|ies)(?!\s+(?:attachments?|arns?|documents?|json|names?))"
    r"|escalate\s+(?:(?:their|its|his|her|my)\s+)?(?:to\s+|into\s+)?(?:[\w-]+\s+){0,2}?(?:admin\w*|root|superuser"
    r"|owner|privileges?|permissions?)|(?:gain|get|obtain)\s+(?:admin|root|superuser)\s+(?:access"
    r"|rights|privileges)"
    r"|ssrf|rce|idor|auth\w*\s+bypass|secrets?\s+(?:leak\w*|exposure)|attack\s+surface"
    # "whether our public donor profiles let people re-identify donors": a privacy exposure
    # (the act, not "how to handle re-identification complaints" in a policy draft)
    r"|re-?identif(?:y|ied|ying)\b|de-?anonymi[sz](?:e|ed|ing)\b"
    r"|plaintext\s+(?:secrets?|passwords?|credentials|keys|tokens)|publicly\s+exposed|exposed"
    r"\s+(?:endpoints|ports|services|secrets|buckets)|overly\s+broad|too\s+broad|wildcard\s+"
    # "check the firewall rules ... and tell me if anything is exposed", "review ... for exposure"
    r"(?:permissions|policies|iam)|(?:anything|something|what)\s+(?:is\s+|'s\s+)?exposed\b"
    r"|for\s+exposure\b|(?:every|all|any)\s+exposures?\b"
    # "tell me whether the SCADA and PLCs are exposed" (not photos "exposed correctly", a
    # pipe "exposed to frost")
    # (nor the new fields "exposed in the API response": a code element made visible)
    r"|(?:whether|if)\s+(?:the|our|these|those|any\s+of\s+(?:the|our))\s+(?!(?:[\w/.-]+\s+){0,3}?"
    r"(?:fields?|columns?|propert(?:y|ies)|attributes?|methods?|functions?|variables?|params?"
    r"|parameters?|props?)\b)(?:[\w/.-]+\s+){0,6}?(?:is|are)\s+(?:still\s+|publicly\s+|actually\s+"
    r"|really\s+)?exposed\b(?!\s+(?:correctly|properly|right|well|enough|to\s+(?:the\s+)?(?:sun"
    r"|sunlight|light|rain|weather|air|moisture|frost|heat|elements|wind)"
    r"|(?:in|on|via|through|by)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:api|schema|response"
    r"|payload|graphql|ui|docs?|dto|serializer|model|view|form|json|sdk|interface)\b))"
    # "check who can actually open the client-confidential valuation folders"
    r"|who\s+(?:can|could|has|have)\s+(?:actually\s+|really\s+)?(?:access|open|read|see|view|edit"
    r"|download)\b(?=[^.?!\n]{0,80}\b(?:confidential|sensitive|restricted|private|pii|payroll"
    r"|medical|salar\w+|secret)\b)"
    r"|wildcard\s+(?:permissions|policies|iam)"
    r"|owasp(?:\s+(?:top\s*(?:10|ten)|asvs))?|asvs|timing\s+attacks?|insecure|misconfigur\w+|overly\s+permissive|public\s+(?:read|write"
    r"|access)"
    # "find every way an insider could get a wire out without verification": an insider threat
    # review of live controls
    r"|(?:every|all\s+(?:the\s+)?|any)\s+ways?\s+(?:that\s+)?(?:an?\s+|one\s+)?(?:insider|attacker"
    r"|employee|adversary|rogue\s+\w+|malicious\s+\w+)|segregation\s+of\s+duties\s+(?:gaps?"
    r"|conflicts?|violations?|issues?)|(?:bypass|circumvent)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:controls?"
    r"|approvals?|verification|four-eyes|dual\s+control)"
    # "Review our Stripe integration for PCI DSS scope problems", "assess the security of ..."
    r"|(?:pci(?:[- ]dss)?|soc\s*2|hipaa|gdpr)\s+(?:scope\s+|compliance\s+)?(?:problems?|issues?"
    r"|gaps?|violations?|exposure|risks?)|(?:the|its|their|our)\s+security\s+of"
    # "Review every supplier bank detail change we accepted this year": the way mandate fraud
    # gets in, reviewed (not the change form or its policy)
    r"|(?:supplier|vendor|payee|creditor|employee)\s+bank(?:ing)?\s+(?:details?|account)\s+changes?"
    r"(?!\s+(?:forms?|templates?|polic(?:y|ies)|process|procedures?|e-?mails?|letters?|requests?\s+form))"
    # "Check the online shop against PCI DSS ...; what would fail an assessment": a compliance
    # assessment of a live system
    r"|against\s+(?:the\s+)?(?:pci(?:[- ]dss)?|soc\s*2|iso\s*27001|hipaa|cis\s+(?:benchmarks?"
    r"|controls?)|nist\s+(?:csf|800-\d+\w*))\b"
    # "whether the lift control network is reachable from the guest Wi-Fi or the internet"
    r"|reachable\s+from\s+(?:the\s+)?(?:guest|public|internet|outside|untrusted)"
    r"|(?:exposed|reachable)\s+(?:to|from)\s+the\s+internet"
    # "Look at the signup endpoint the way an attacker would", "Check our PCI scope: ..."
    r"|(?:the\s+)?way\s+an?\s+(?:attacker|adversary|hacker|pentester|pen\s+tester)\s+would"
    # "Check the gate-access setup: default admin credentials, audit logging, ..."
    r"|default\s+(?:admin\s+)?(?:credentials|passwords?|logins?)"
    # "tell me where someone could fake a destruction record without us noticing": an insider
    # threat review of live controls (not "where it could lose rows": a defect hunted)
    r"|(?:where|how)\s+(?:someone|somebody|anyone|anybody|an?\s+(?:[\w-]+\s+){1,2}?)(?:could|can"
    r"|might|would)\s+(?:(?:still|easily|quietly)\s+)?(?:fake|forge|falsify|fabricate|backdate"
    r"|spoof|tamper\s+with|doctor)\b"
    r"|(?:where|how)\s+(?:someone|somebody|anyone|anybody|an?\s+(?:[\w-]+\s+)?(?:insider|attacker"
    r"|adversary|fraudster|employee|staff\s+member|contractor|driver|cashier|clerk|operator"
    r"|technician|teller|user)|one\s+of\s+(?:us|our\s+[\w-]+))\s+(?:could|can|might|would)\s+"
    r"[\w-]+\b[^.?\n]{0,80}?\bwithout\s+(?:(?:us|anyone|anybody)\s+(?:noticing|knowing|spotting"
    r"|catching)|(?:being|getting)\s+(?:noticed|detected|caught|flagged))"
    # "determine whether anyone opened the anchor's treatment records without a care
    # relationship": a snooping investigation of live records
    r"|(?:whether|if|who)\s+(?:anyone|anybody|someone|any\s+(?:[\w-]+\s+)?(?:staff|employees?"
    r"|users?|clinicians?|nurses?|agents?|members?)|(?:staff|employees|users|clinicians)\s+)?\s*"
    r"(?:has\s+|have\s+)?(?:opened|accessed|viewed|looked\s+(?:at|up)|read|pulled|downloaded"
    r"|browsed|snooped\s+(?:on|in|at))\b[^.?\n]{0,100}?\bwithout\s+(?:a\s+|any\s+|the\s+)?"
    r"(?:care\s+relationship|treating\s+relationship|legitimate|valid|business|clinical|authori[sz]\w*"
    r"|permission|consent|need|reason|right)"
    # "... and tell me if it would survive a breach"
    r"|(?:would|could|will)\s+(?:it\s+|they\s+|this\s+)?survive\s+an?\s+(?:breach|attack)"
    r"|(?:our|the|its|their)\s+pci(?:[- ]dss)?\s+scope(?!\s+(?:section|doc\w*|chapter|paragraph"
    r"|page|heading|table|diagram|template|slide)))\b"
)
#: Reading, extracting, translating or classifying, in other languages: a money word in such a
#: sentence is material ("从这段对话中提取退款金额" extracts a refund amount, it moves no money).
_READ_ML: Final = (
    r"提取|抽出|抜き出|取り出|摘要|总结|概括|翻译|翻訳|要約|分类|分類|归类|判断.{0,6}是否|吗[?？]|ですか"
    r"|属于哪|哪一类|只输出|类别|類別|标签|標籤|ラベル|どれに該当"
    r"|추출|요약|번역|분류|\b(?:json|extrae|extraiga|extraia|extrais|extrayez|extrahiere|estrai"
    r"|извлеки|resum\w*|zusammenfass\w*|traduc\w*|tradu[zsi]\w*|übersetz\w*|classif\w*"
    r"|clasific\w*|klassifizier\w*|wyodrębnij|podsumuj|przetłumacz"
    # Nordic and Dutch: "Lag en kort oppsummering av denne e-posttråden", "Översätt ..."
    r"|oppsummer\w*|sammanfatt\w*|sammenfat\w*|oversett\w*|översätt\w*|oversæt\w*|samenvat\w*"
    r"|vertaal\w*|klassifiser\w*|klassificer\w*|extrahera)\b"
)
#: A sentence that opens by asking for an explanation ("Explique les risques d'une purge des
#: données ..."): the act is named, not asked for. Anchored: "borra ... y explica" still acts.
_EXPLAIN_ML_LEAD: Final = (
    r"^\s*(?:expli(?:que[rz]?|quez|ca|car|que-me|came)|erklär\w*|spiega\w*|objaśnij|wyjaśnij"
    r"|объясни\w*|εξήγησε|εξηγήστε)\b|^\s*(?:请)?解释|^\s*説明して"
)
#: Asking what a term means or how a thing is done, in other languages ("¿qué significa hacer
#: deploy a producción?", "Hoe kan een klant een betaling laten terugboeken?").
_MEANING_ML: Final = (
    r"\b(?:qué\s+significa|que\s+significa|was\s+bedeutet|que\s+signifie|cosa\s+significa"
    r"|co\s+znaczy|что\s+значит|τι\s+σημαίνει|ne\s+demek|hoe\s+(?:kan|kunnen|moet|werkt))\b"
)
#: Summarising, translating or extracting from a text about the act (not a yes/no question,
#: which may be a polite request: "能帮我把生产服务器的防火墙关掉吗?").
_SUMMARY_ML: Final = (
    r"摘要|总结|概括|翻译|翻訳|要約|提取|抽出|抜き出|取り出|分类|分類|추출|요약|번역|분류|\b(?:resum\w*"
    r"|zusammenfass\w*|traduc\w*|tradu[zsi]\w*|übersetz\w*|podsumuj|przetłumacz|özetle\w*|çevir\w*"
    r"|json|extrae\w*|extraia|extrais|extrayez|extrahiere|estrai|извлеки|classif\w*|clasific\w*"
    r"|klassifizier\w*|wyodrębnij)\b"
)
#: A test copy or a what-if, in other languages ("in der Testumgebung", "¿qué pasaría si ...?",
#: "kapatilirsa ne olur?", Turkish letters left out): the act is not done on anything live.
_NONLIVE_ML: Final = (
    r"\b(?:testumgebung|testsystem|entorno\s+de\s+pruebas|simulador|simulat\w*|sandbox|staging"
    r"|ambiente\s+de\s+test\w*|environnement\s+de\s+test|ambiente\s+di\s+test|test\s?ortam\w*"
    r"|ne\s+olur|qué\s+pasa(?:ría)?\s+si|que\s+se\s+passe|was\s+passiert|cosa\s+succede"
    r"|o\s+que\s+acontece)\b|テスト環境|测试环境|테스트\s*환경|模拟"
)
#: Code being changed, in other languages: "remover os ifs ... usando uma tabela" refactors.
_CODE_ML: Final = (
    r"\b(?:query|requête|abfrage|sql|dashboard|rapport|bericht"
    r"|refator\w*|refactor\w*|refaktor\w*|рефактор\w*|código|codigo|code|codice|funci[oó]n"
    r"|fonction|funktion|funzione|função|método|methode|méthode|classe|clase|klasse|ifs?|loops?"
    r"|bucles?|laços?|schleifen?)\b|リファクタ|重构|리팩터|コード|代码|코드|スクリプト|脚本|스크립트"
)
#: What makes a sentence in another language about turning a control off not the act itself.
_NOT_ACT_ML: Final = "|".join((_SUMMARY_ML, _CODE_ML, _EXPLAIN_ML_LEAD, _NONLIVE_ML))
#: "Create a Python CLI that lists IAM users", "Generate a Rego policy that denies root": the
#: verb makes an artifact; the privileged words describe what it does.
_ARTIFACT: Final = (
    r"|^\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:cli|script|tool|lambda|bot|program|report|dashboard"
    r"|query|policy|rego|rule|template|module|playbook|job|check|linter|workflow|alert|test)\b"
)
_STRONG_DESTROY: Final = (
    "drop truncate purge wipe nuke obliterate shred destroy expunge hard hard-delete tear "
    "teardown decommission deprovision rm factory factory-reset remote-wipe"
)

#: Personal data in bulk ("the full claimant extract (names, SSNs, addresses, payment amounts)").
_PERSONAL_DATA: Final = (
    r"\b(?:ssns?|social\s+security\s+numbers?|pii|phi|personal\s+data|dates?\s+of\s+birth|dobs?"
    r"|medical\s+records|health\s+records|card\s+numbers|passport\s+numbers|national\s+ids?"
    r"|(?:claimant|patient|customer|member|student|employee|donor|voter)\s+(?:extract|list|data"
    r"|records|file|export|dump)|names?,?\s+(?:and\s+)?(?:home\s+)?addresses|identified\s+[\w-]+"
    r"(?:\s+[\w-]+){0,3}\s+(?:list|data|dataset|extract))\b"
)
#: Someone outside the organisation receiving it ("on their SFTP", "to the state tax
#: department", "to the vendor").
_EXTERNAL_RECIPIENT: Final = (
    r"\b(?:their\s+(?:sftp|server|portal|bucket|drive|inbox|system)|third[- ]part(?:y|ies)|external"
    r"|(?:the|a)\s+(?:state|federal|city|county)\s+[\w-]+|(?:the|a|our)\s+(?:vendor|partner"
    r"|agency|department|regulator|insurer|buyer|broker|journalist|reporter|press|lawyer|sponsor"
    r"|researcher|contractor|consultant|auditor)s?)\b"
)
#: A tool or API call that moves money, removes data or changes access ("bank.transfer(").
TOOL_CALL: Final = (
    r"`?[a-z_]+(?:\.[a-z_]+)*\.[a-z_]*(?:transfer|payout|pay|refund|wire|charge|delete|drop|purge"
    r"|wipe|destroy|revoke|grant|deploy|rollback|rotate|disable|suspend|terminate|send_funds)"
    r"[a-z_]*(?:\.(?:create|post|run|execute|send|submit|apply|do|new|make))?\s*\("
)  # "stripe.refunds.create(", "bank.transfer("
