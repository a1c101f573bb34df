"""langchain-tests' standard unit suite for TieredChatModel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from langchain_tests.unit_tests import ChatModelUnitTests

from langchain_tiered import TieredChatModel

TIERS_YAML = Path(__file__).resolve().parents[2] / "litellm_config" / "tiers.yaml"


class TestTieredChatModelStandard(ChatModelUnitTests):
    @property
    def chat_model_class(self) -> type[TieredChatModel]:
        return TieredChatModel

    @property
    def chat_model_params(self) -> dict[str, Any]:
        return {"config": str(TIERS_YAML)}

    @property
    def has_tool_choice(self) -> bool:
        return True

    @property
    def has_structured_output(self) -> bool:
        return True

    @property
    def supports_json_mode(self) -> bool:
        return True

    @property
    def returns_usage_metadata(self) -> bool:
        return True
