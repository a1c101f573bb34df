"""Release stakes rules in other languages: a batch released, a feature flag switched.

They come just before the Vietnamese and Arabic rules at the end of
:data:`._classifier_stakes_ml.ML_RULES`, which ends with ``*ML_RELEASE_RULES,
*VIETNAMESE_ARABIC_RULES`` (moved here from :mod:`._classifier_stakes_ml` to keep that module
small; the order in which rules are tried is unchanged). A batch or lot released for shipment
("Libera el lote 2405-088 ... para que salga hoy") and a feature flag switched on or off for
everyone or on the live system in Korean, Chinese or Japanese are releases (tier 3).
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_stake_rule import StakesRule, _ml_rule

#: Release rules in other languages, in priority order.
ML_RELEASE_RULES: Final[tuple[StakesRule, ...]] = (
    # A batch or lot released for shipment ("Libera el lote 2405-088 ... para que salga hoy")
    _ml_rule(
        "ml_batch_release", "deploy",
        "libera liberar libère libérer freigeben frei rilascia liberta",
        r"\b(?:libera\w*|libère\w*|libérer|freigeben|gib\s+(?:die\s+)?charge\s+\S+\s+frei"
        r"|rilascia\w*|liberta)\b",
        r"\b(?:lote|lot|charge|lotto|partida)\s+(?:n[º°o]\.?\s*|#\s*)?[\w-]*\d",
    ),
    # A feature flag switched on or off for everyone or on the live system (Korean, Chinese,
    # Japanese): "지금 라이브 환경에서 플래그를 전체 사용자에게 켜줘"
    _ml_rule(
        "ml_flag_toggle", "deploy", "켜 활성화 꺼 开启 启用 关闭 有効 オン オフ 無効",
        r"(?<![지으])켜(?:줘|주세요|요)|꺼(?:줘|주세요)|활성화|开启|启用|关闭|有効に|有効化|オンに|オフに"
        r"|無効に|無効化",
        r"라이브|운영|프로덕션|실서버|상용|(?:전체|모든)\s*(?:사용자|유저|고객)|生产|线上|(?:全部|所有)"
        r"(?:用户|客户)|本番|全(?:ユーザー|ユーザ|顧客)",
        r"요약|번역|추출|분류|코드|总结|翻译|提取|分类|代码|要約|翻訳|抽出|分類|コード",
    ),
)  # fmt: skip
