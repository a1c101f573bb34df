"""Integration-test setup: pytest-recording for cassettes recorded with real provider keys.

Tests marked ``@pytest.mark.vcr`` replay ``cassettes/<test module>/<test name>.yaml``. The
default record mode is ``"none"``: nothing is ever sent to a provider, and a test whose
cassette is missing fails at setup with instructions instead of trying the network.

Recording (see the README, "Re-recording cassettes")::

    TIERED_RECORD=1 ANTHROPIC_API_KEY=... OPENAI_API_KEY=... \\
        pytest tests/integration_tests --record-mode=once --force-enable-socket

Everything written is scrubbed by :func:`tests.recordings.recording_vcr_config` and checked by
``tests/unit_tests/test_cassette_secrets.py``. The genuine provider recordings in
``cassettes/provider_recordings/`` are replayed read-only by ``tests.recordings.use_recording``
and are not touched by this configuration.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_recording.utils import merge_kwargs

from tests.recordings import recording_vcr_config

REPO_ROOT = Path(__file__).resolve().parents[2]
"""The repository root (this file is ``<repo>/tests/integration_tests/conftest.py``)."""
CASSETTES_DIR = REPO_ROOT / "cassettes"

PROVIDER_KEY_VARIABLES = ("ANTHROPIC_API_KEY", "OPENAI_API_KEY")
"""Keys a recordable test reads through ``os.environ/NAME`` in its config."""
REPLAY_KEY_PLACEHOLDER = "replay-placeholder-key"
"""What those variables hold while replaying: never sent anywhere but to vcrpy."""


@pytest.fixture(autouse=True)
def _litellm_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep LiteLLM from fetching its own catalogs from GitHub during a call.

    Without this, an Anthropic request with ``response_format`` makes LiteLLM GET
    ``anthropic_beta_headers_config.json`` from raw.githubusercontent.com: blocked offline,
    and written into the cassette when recording.
    """
    monkeypatch.setenv("LITELLM_OFFLINE_MODE", "true")
    monkeypatch.setenv("LITELLM_LOCAL_ANTHROPIC_BETA_HEADERS", "True")


@pytest.fixture
def vcr_config(record_mode: str) -> dict[str, Any]:
    """pytest-recording's settings: scrub everything recorded; replay only by default.

    ``record_mode`` is pytest-recording's fixture (``--record-mode``, default ``"none"``). It
    is passed through here because a ``record_mode`` key in this dict overrides the CLI.
    """
    return recording_vcr_config(record_mode)


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """``<repo>/cassettes/<test module name>``: one folder per test module."""
    return str(CASSETTES_DIR / request.path.stem)


def _effective_record_mode(request: pytest.FixtureRequest, markers: list[pytest.Mark]) -> str:
    merged = merge_kwargs(request.getfixturevalue("vcr_config"), markers)
    mode: str = merged.get("record_mode") or request.getfixturevalue("record_mode")
    return mode


def _cassette_paths(request: pytest.FixtureRequest, markers: list[pytest.Mark]) -> list[Path]:
    directory = Path(request.getfixturevalue("vcr_cassette_dir"))
    name: str = request.getfixturevalue("default_cassette_name")
    serializer = merge_kwargs(request.getfixturevalue("vcr_config"), markers).get(
        "serializer", "yaml"
    )
    suffix = f".{serializer}"
    main = directory / (name if name.endswith(suffix) else name + suffix)
    extras = [directory / extra for marker in markers for extra in marker.args]
    return [main, *extras]


def _shown(path: Path) -> str:
    """``path`` relative to the repository when it is inside it."""
    return str(path.relative_to(REPO_ROOT)) if path.is_relative_to(REPO_ROOT) else str(path)


@pytest.fixture(autouse=True)
def _cassette_or_clear_failure(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """For ``vcr``-marked tests in replay mode: fail clearly when the cassette is missing.

    Also gives ``os.environ/ANTHROPIC_API_KEY``-style configs a placeholder key while
    replaying, since ``tests/conftest.py`` removes real keys unless ``TIERED_RECORD=1``.
    """
    markers = list(request.node.iter_markers(name="vcr"))
    if not markers or _effective_record_mode(request, markers) != "none":
        yield
        return
    paths = _cassette_paths(request, markers)
    if not any(path.is_file() for path in paths):
        rel = ", ".join(_shown(path) for path in paths)
        pytest.fail(
            f"cassette missing: {rel}. This test replays recorded HTTP and never calls a "
            "provider in the default record mode 'none'. Record it with real keys: "
            "TIERED_RECORD=1 ANTHROPIC_API_KEY=... OPENAI_API_KEY=... pytest "
            f"{request.node.nodeid} --record-mode=once --force-enable-socket",
            pytrace=False,
        )
    for name in PROVIDER_KEY_VARIABLES:
        monkeypatch.setenv(name, REPLAY_KEY_PLACEHOLDER)
    yield
