"""No secret in any cassette, and proof that the scanner and the recording scrubbers work.

``test_no_secret_in_cassette`` scans every cassette under ``<repo>/cassettes/`` (``.yaml``,
``.yml``, ``.json``, ``.yaml.gz``) and fails with the findings. The other tests show the scanner
catches planted secrets, that :func:`scrub_request` / :func:`scrub_response` remove them, and
that a real recording made with the project's pytest-recording settings (against a loopback
HTTP server started here) comes out clean.
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr
import yaml
from vcr.filters import replace_headers, replace_query_parameters
from vcr.request import Request
from vcr.serialize import serialize
from vcr.serializers import jsonserializer, yamlserializer

from tests.recordings import (
    CASSETTES_DIR,
    PLACEHOLDER,
    PROVIDER_RECORDINGS,
    cassette_files,
    recording_vcr_config,
    scrub_request,
    scrub_response,
    secret_findings,
)

# Fake secrets shaped like real ones (built at runtime so no file here holds a key literal).
ANTHROPIC_KEY = "sk-ant-api03-" + "A1b2C3d4E5" * 4
OPENAI_KEY = "sk-proj-" + "Z9y8X7w6V5" * 4
GOOGLE_KEY = "AIza" + "Sy" + "0123456789abcdefghijABCDEFGHIJ"
AWS_KEY_ID = "AKIA" + "IOSFODNN7EXAMPLE"
SECRETS = (ANTHROPIC_KEY, OPENAI_KEY, GOOGLE_KEY, AWS_KEY_ID)


# ----------------------------------------------------------------- the repository scan
CASSETTES = cassette_files(CASSETTES_DIR)


def test_the_provider_recordings_are_scanned() -> None:
    """The scan sees all 13 provider recordings (an empty scan would prove nothing)."""
    recordings = [p for p in CASSETTES if p.is_relative_to(PROVIDER_RECORDINGS)]
    assert len(recordings) == 13
    assert all(p.name.endswith(".yaml.gz") for p in recordings)


@pytest.mark.parametrize(
    "path", CASSETTES, ids=[str(p.relative_to(CASSETTES_DIR)) for p in CASSETTES]
)
def test_no_secret_in_cassette(path: Path) -> None:
    """No credential header value, secret query parameter or key-shaped string."""
    findings = secret_findings(path)
    assert not findings, "secrets in cassette:\n" + "\n".join(findings)


# ----------------------------------------------------------------- planted secrets
def _secret_request() -> Request:
    body = json.dumps({"messages": [{"role": "user", "content": f"my key is {OPENAI_KEY}"}]})
    return Request(
        "POST",
        f"https://generativelanguage.googleapis.com/v1/models:generate?key={GOOGLE_KEY}&alt=sse",
        body,
        {
            "Authorization": f"Bearer {OPENAI_KEY}",
            "x-api-key": ANTHROPIC_KEY,
            "api-key": "azure-0123456789abcdef",
            "OpenAI-Organization": "org-abc123",
            "content-type": "application/json",
        },
    )


def _secret_response() -> dict[str, Any]:
    return {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "Set-Cookie": ["__cf_bm=abc123; path=/; HttpOnly"],
            "anthropic-organization-id": ["0b1c2d3e-org"],
            "x-debug": [f"aws {AWS_KEY_ID}"],
            "content-type": ["application/json"],
        },
        "body": {"string": b'{"id": "msg_1", "text": "hello"}'},
    }


def _write_vcrpy_cassette(
    path: Path, request: Request, response: dict[str, Any], serializer: Any
) -> Path:
    path.write_text(serialize({"requests": [request], "responses": [response]}, serializer))
    return path


def _assert_no_secret_text(findings: list[str]) -> None:
    text = "\n".join(findings)
    for secret in SECRETS:
        assert secret not in text, "a finding printed a secret in full"


@pytest.mark.parametrize("serializer", [yamlserializer, jsonserializer], ids=["yaml", "json"])
def test_scanner_flags_planted_secrets(tmp_path: Path, serializer: Any) -> None:
    """Every planted secret is reported with its interaction and location, masked."""
    suffix = "json" if serializer is jsonserializer else "yaml"
    path = _write_vcrpy_cassette(
        tmp_path / f"leaky.{suffix}", _secret_request(), _secret_response(), serializer
    )
    findings = secret_findings(path)
    text = "\n".join(findings)

    assert all(f.startswith(f"{path}: interaction 0: ") for f in findings)
    for where in (
        "request.headers.Authorization",
        "request.headers.x-api-key",
        "request.headers.api-key",
        "request.headers.OpenAI-Organization",
        "request.uri: secret query parameter 'key'",
        "response.headers.Set-Cookie",
        "response.headers.anthropic-organization-id",
    ):
        assert where in text, f"missing finding for {where}:\n{text}"
    assert "request.body: OpenAI-style API key (sk-...) pattern" in text
    assert "response.headers.x-debug[0]: AWS access key id (AKIA...) pattern" in text
    # A credential header is reported once, not again by the key patterns.
    assert sum("x-api-key" in f for f in findings) == 1
    assert len(findings) == 10
    _assert_no_secret_text(findings)


def test_scanner_reads_gzip_recordings(tmp_path: Path) -> None:
    """The gzip ``requests``/``responses`` format is scanned too, by interaction index."""
    data = {
        "requests": [
            {"method": "GET", "uri": "https://a.example/x", "body": None, "headers": {}},
            {
                "method": "POST",
                "uri": "https://a.example/v1?api_key=live-value",
                "body": f"token {ANTHROPIC_KEY}".encode(),
                "headers": {"x-api-key": [PLACEHOLDER]},
            },
        ],
        "responses": [
            {"status": {"code": 200}, "headers": {}, "body": {"string": b"ok"}},
            {"status": {"code": 200}, "headers": {"set-cookie": "a=b"}, "body": {"string": b""}},
        ],
    }
    path = tmp_path / "rec.yaml.gz"
    path.write_bytes(gzip.compress(yaml.safe_dump(data).encode()))

    findings = secret_findings(path)

    assert len(findings) == 3, findings
    assert all(": interaction 1: " in f for f in findings)
    assert any("secret query parameter 'api_key'" in f for f in findings)
    assert any("Anthropic API key (sk-ant-...) pattern" in f for f in findings)
    assert any("response.headers.set-cookie" in f for f in findings)
    _assert_no_secret_text(findings)


def test_scanner_reports_unreadable_files(tmp_path: Path) -> None:
    """A cassette the scanner cannot parse is a finding, never a silent pass."""
    path = tmp_path / "broken.yaml.gz"
    path.write_bytes(b"\x1f\x8b not gzip")
    (finding,) = secret_findings(path)
    assert "cannot be read for a secret scan" in finding


def test_placeholders_are_not_findings(tmp_path: Path) -> None:
    """Scrubbed values (``**REDACTED**``) and fake test keys too short for a pattern pass."""
    request = Request(
        "POST",
        "https://api.anthropic.com/v1/messages?beta=true",
        b'{"model": "claude"}',
        {"x-api-key": PLACEHOLDER, "authorization": PLACEHOLDER},
    )
    response = {
        "status": {"code": 200, "message": "OK"},
        "headers": {"set-cookie": [PLACEHOLDER]},
        "body": {"string": b"sk-short"},
    }
    path = _write_vcrpy_cassette(tmp_path / "clean.yaml", request, response, yamlserializer)
    assert secret_findings(path) == []


# ----------------------------------------------------------------------- the scrubbers
def test_scrubbers_remove_every_planted_secret(tmp_path: Path) -> None:
    """The same leaky interaction, after scrub_request/scrub_response, scans clean."""
    original = _secret_request()
    request = scrub_request(original)
    response = scrub_response(_secret_response())
    path = _write_vcrpy_cassette(tmp_path / "scrubbed.yaml", request, response, yamlserializer)

    assert secret_findings(path) == []
    assert request.headers["x-api-key"] == PLACEHOLDER
    assert request.headers["authorization"] == PLACEHOLDER
    assert request.headers["content-type"] == "application/json"
    assert request.uri.endswith("models:generate?alt=sse")
    assert json.loads(request.body)["messages"][0]["content"] == f"my key is {PLACEHOLDER}"
    assert response["headers"]["Set-Cookie"] == [PLACEHOLDER]
    assert response["headers"]["content-type"] == ["application/json"]
    # The hooks work on copies: the caller's objects keep their values.
    assert original.headers["x-api-key"] == ANTHROPIC_KEY


def test_vcr_filters_alone_scrub_request_credentials() -> None:
    """vcrpy's own header/query filters, fed the config's lists, remove request credentials."""
    config = recording_vcr_config()
    request = replace_headers(_secret_request(), config["filter_headers"])
    request = replace_query_parameters(
        request, [(name, None) for name in config["filter_query_parameters"]]
    )
    assert request.headers["x-api-key"] == PLACEHOLDER
    assert request.headers["Authorization"] == PLACEHOLDER
    assert request.headers["api-key"] == PLACEHOLDER
    assert request.uri.endswith("models:generate?alt=sse")


# ------------------------------------------------------------- a real recording, scrubbed
class _EchoHandler(BaseHTTPRequestHandler):
    """Answers every POST with JSON and credential-looking response headers."""

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        body = json.dumps({"ok": True, "method": self.command}).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.send_header("set-cookie", "session=s3cr3t-cookie; HttpOnly")
        self.send_header("anthropic-organization-id", "org-live-123")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


@pytest.fixture
def loopback_url() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 (OS-assigned port) for the duration of a test."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EchoHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_recording_workflow_writes_no_secret(tmp_path: Path, loopback_url: str) -> None:
    """Record a real exchange with the project's settings; the cassette holds no secret."""
    config = recording_vcr_config("all")
    cassette_path = tmp_path / "recorded.yaml"
    with (
        vcr.VCR().use_cassette(str(cassette_path), **config),
        httpx.Client(trust_env=False) as client,
    ):
        response = client.post(
            f"{loopback_url}/v1/messages?api_key=live-query-key&beta=true",
            headers={"x-api-key": ANTHROPIC_KEY, "authorization": f"Bearer {OPENAI_KEY}"},
            json={"model": "claude-haiku-4-5", "note": f"leaked {GOOGLE_KEY}"},
        )
    assert response.json() == {"ok": True, "method": "POST"}

    assert cassette_path.is_file()
    assert secret_findings(cassette_path) == []
    text = cassette_path.read_text()
    for secret in (*SECRETS, "live-query-key", "s3cr3t-cookie", "org-live-123"):
        assert secret not in text
    (interaction,) = yaml.safe_load(text)["interactions"]
    assert interaction["request"]["uri"] == f"{loopback_url}/v1/messages?beta=true"
    assert interaction["request"]["headers"]["x-api-key"] == [PLACEHOLDER]
    assert interaction["response"]["headers"]["set-cookie"] == [PLACEHOLDER]
    assert json.loads(interaction["response"]["body"]["string"])["ok"] is True
