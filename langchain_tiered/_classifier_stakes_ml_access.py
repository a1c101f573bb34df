"""Access and credential stakes rules in more languages (tried after ``ML_RULES``).

"Filo telemetri sunucusunun root parolasini hemen degistirin" (change the fleet telemetry
server's root password now; Turkish letters left out here) changes a live credential. A
sentence that asks to explain, summarise, translate or write code about it is not the act
(``unless``).
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_objects import _CODE_ML, _READ_ML
from langchain_tiered._classifier_stake_rule import StakesRule, _ml_rule

#: Turkish reading and writing verbs that make a sentence about the act, not the act.
_ABOUT_TR: Final = (
    r"\b(?:açıkla\w*|özetle\w*|çevir\w*|yaz(?:ın|ar\s+mısın|\s+bana)?|anlat\w*|incele\w*"
    r"|sınıflandır\w*|kod\w*|betik\w*|fonksiyon\w*)\b"
)

ML_ACCESS_RULES: Final[tuple[StakesRule, ...]] = (
    _ml_rule(
        "ml_credentials_tr", "credentials",
        "değiştir sıfırla yenile iptal ver verin tanımla kaldır paylaş gönder",
        # imperative and "let's" forms only: "değiştirildi mi?" (was it changed?) asks
        r"\b(?:değiştir(?:in|sin|elim)?|sıfırla(?:yın|sın|yalım)?|yenile(?:yin|sin|yelim)?"
        r"|iptal\s+(?:et|edin|edelim)|ver(?:in|sin|elim)?|tanımla(?:yın|sın)?|kaldır(?:ın|sın|alım)?"
        r"|paylaş(?:ın|sın)?)\b",
        r"\b(?:parola\w*|şifre\w*|yetki\w*|erişim\w*|anahtar\w*|token\w*|root|admin\w*"
        r"|yönetici\w*|kimlik\s+bilgi\w*)\b",
        _READ_ML + r"|" + _CODE_ML + r"|" + _ABOUT_TR,
    ),
)  # fmt: skip
