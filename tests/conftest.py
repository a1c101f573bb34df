"""Test-wide setup: offline LiteLLM, no sockets off this machine, vcrpy sees LiteLLM's traffic.

``pyproject.toml`` runs pytest with pytest-socket's ``--allow-hosts`` (loopback only), so any
connection to another address fails the test instead of leaving the machine.
"""

from __future__ import annotations

import os
import tempfile

# Before anything imports litellm: use the bundled price map instead of fetching it.
os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
# ... and its bundled Anthropic beta-header table (it would otherwise fetch one on first use).
os.environ["LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS"] = "True"
# Ledgers configured at the default path write under a throwaway data dir, never $HOME.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="langchain-tiered-tests-")
# Keep tokenizer downloads out of tests (huggingface tokenizers are never fetched).
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# Provider keys from the developer's shell must never reach a test or a cassette.
for _name in ("ANTHROPIC_API_KEY", "OPENAI_API_KEY", "TIERED_GATEWAY_KEY"):
    if os.environ.get("TIERED_RECORD") != "1":
        os.environ.pop(_name, None)

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

pytest_plugins = ["tests.loopback_provider"]  # the `loopback_provider` fixture


@pytest.fixture(autouse=True)
def _litellm_over_httpx(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Route LiteLLM's async calls through httpx (vcrpy and the loopback server see them).

    Set per test and restored afterwards: the library itself never changes LiteLLM globals.
    """
    import litellm

    monkeypatch.setattr(litellm, "disable_aiohttp_transport", True)
    return
