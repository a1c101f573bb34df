"""Importing the package: cheap, no litellm import, no price-map fetch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CODE = (
    "import os, sys, langchain_tiered; "
    "print(os.environ['LITELLM_LOCAL_MODEL_COST_MAP'], 'litellm' in sys.modules)"
)


def run(env_value: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "LITELLM_LOCAL_MODEL_COST_MAP"}
    if env_value is not None:
        env["LITELLM_LOCAL_MODEL_COST_MAP"] = env_value
    done = subprocess.run(
        [sys.executable, "-c", CODE], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_import_uses_bundled_prices_and_no_litellm() -> None:
    assert run(None) == "True False"


def test_explicit_setting_wins() -> None:
    assert run("False") == "False False"


def test_importing_the_chat_model_does_not_import_litellm() -> None:
    """LiteLLM (seconds to import) loads on the first call, not with TieredChatModel."""
    code = (
        "import sys; from langchain_tiered import TieredChatModel; "
        "llm = TieredChatModel.from_yaml('litellm_config/tiers.yaml'); "
        "print(sorted(m for m in ('litellm', 'langchain_litellm') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip() == "[]"
