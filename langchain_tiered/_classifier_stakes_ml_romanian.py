"""Stakes rules in Romanian: verb and object anywhere in the same sentence.

They come just before the Vietnamese and Arabic rules at the end of
:data:`._classifier_stakes_ml.ML_RULES`. Money paid, sent or returned ("Te rog plătește-i lui
Andrei Popescu un avans de 500 de lire din contul fermei, azi", pay Andrei an advance of 500
pounds from the farm's account today), records deleted ("Șterge toate comenzile clientului din
baza de date") and access granted, revoked or reset ("Revocă accesul de administrator al lui
Mihai") are tier 3, as their English meaning is. Romanian is written with comma-below letters
(ș, ț) and with the older cedilla letters (ş, ţ), and often without any diacritics: each
pattern takes all three. A sentence that asks to translate, summarise, explain, extract or
write code about the act is not the act (``unless``).
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_objects import _CODE_ML, _READ_ML
from langchain_tiered._classifier_stake_rule import StakesRule, _ml_rule

#: ș, ş or s; ț, ţ or t; ă or a; î, â or i (as typed with or without diacritics).
_S, _T, _A, _I = "[șşs]", "[țţt]", "[ăa]", "[îâi]"

#: Reading, explaining, drafting or coding words: the sentence is about the act.
_ABOUT: Final = (
    _READ_ML
    + r"|"
    + _CODE_ML
    + r"|\b(?:tradu\w*|rezum\w*|explic\w*|scrie\w*|extrage\w*|clasific\w*|ciorn\w*"
    + rf"|{_S}ablon\w*|script\w*|test\w*|cum\s+(?:s{_A}|se|pot|putem|fac))\b"
)

#: Romanian rules, in priority order.
ROMANIAN_RULES: Final[tuple[StakesRule, ...]] = (
    # Money paid, sent or returned: "plătește-i lui Andrei ... 500 de lire", "transferă suma"
    _ml_rule(
        "ml_money", "payment",
        "plăt plat achit transfer vire vira rambur return trimit aprob efectu",
        rf"\b(?:pl{_A}te{_S}te|pl{_A}ti{_T}i|achit{_A}|achita{_T}i|transfer{_A}|transfera{_T}i"
        rf"|vireaz{_A}|vira{_T}i|rambursea?z{_A}|rambursa{_T}i|returneaz{_A}|returna{_T}i"
        rf"|(?:aprob{_A}|aproba{_T}i|efectueaz{_A}|efectua{_T}i)\s+(?:plata|pl{_A}{_T}ile"
        rf"|transferul|rambursarea|viramentul)"
        # "trimite-i 300 de lei": sent only when what is sent is money, not an invoice
        rf"|trimite(?:{_T}i)?(?:-i|-le)?\s+(?:[\w-]+\s+){{0,4}}?(?:banii|bani|suma|avansul"
        rf"|\d[\d.,]*\s*(?:de\s+)?(?:lei|ron|euro|lire|eur|gbp)))\b",
        # (what is paid, not the verb itself: "plata", "plățile", not "plătește")
        rf"\b(?:lei|ron|lire|euro|eur|dolari|bani|banii|avans\w*|salari\w*|pl{_A}{_T}(?:{_A}|ile|i)"
        rf"|factur\w*|transferul|sum{_A}|suma|rambursar\w*|cont(?:ul)?\s+(?:fermei|firmei"
        rf"|companiei|bancar|clientului))\b|[$€£]",
        _ABOUT,
    ),
    # Records deleted: "Șterge toate comenzile clientului din baza de date"
    _ml_rule(
        "ml_destructive", "delete_data", "șterg şterg sterg",
        rf"\b{_S}terge(?:{_T}i)?\b",
        rf"\b(?:baza\s+de\s+date|bazei\s+de\s+date|tabel\w*|{_I}nregistr{_A}\w*|datele|clien{_T}\w*"
        rf"|conturile|contul|toate|istoric\w*|comenzi\w*|comanda|utilizator\w*|backup\w*)\b",
        _ABOUT,
    ),
    # Access granted, revoked or reset: "Revocă accesul de administrator al lui Mihai"
    _ml_rule(
        "ml_credentials", "credentials", "acord revoc reseteaz reseta dezactiv dă-i da-i",
        rf"\b(?:acord{_A}|acorda{_T}i|revoc{_A}|revoca{_T}i|reseteaz{_A}|reseta{_T}i"
        rf"|dezactiveaz{_A}|dezactiva{_T}i|d{_A}-i)\b",
        r"\b(?:acces\w*|administrator\w*|admin|parol\w*|drepturi\w*|2fa|mfa|autentific\w*"
        r"|cheia?\s+api|token\w*)\b",
        _ABOUT,
    ),
)  # fmt: skip
