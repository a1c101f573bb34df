"""Recorded provider HTTP for tests: replay the shared gzip recordings, scrub and scan cassettes.

Three jobs, all used by the test suite only:

* **Replay** the genuine provider recordings in ``cassettes/provider_recordings/``. They are
  gzip-compressed YAML with two parallel lists, ``requests`` and ``responses`` (not vcrpy's stock
  ``interactions`` layout), so :class:`GzipRecordingPersister` loads them read-only and
  :func:`use_recording` replays one file with ``record_mode="none"``, matching only method,
  scheme, host and path (our request bodies, models and headers differ from the recorded ones).
* **Scrub** cassettes recorded by developers with real keys: :func:`scrub_request` and
  :func:`scrub_response` are vcrpy ``before_record_request`` / ``before_record_response`` hooks
  that replace credential headers, drop secret query parameters and mask key-shaped strings.
* **Scan** any cassette for secrets: :func:`secret_findings` reports credential headers with a
  real value, secret query parameters and key-shaped strings anywhere, never printing a secret.
"""

from __future__ import annotations

import contextlib
import copy
import gzip
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import vcr
import yaml
from vcr.cassette import Cassette
from vcr.request import Request

__all__ = [
    "CASSETTES_DIR",
    "KEY_PATTERNS",
    "PLACEHOLDER",
    "PROVIDER_RECORDINGS",
    "REPLAY_MATCH_ON",
    "SECRET_HEADERS",
    "SECRET_QUERY_PARAMS",
    "GzipRecordingPersister",
    "ReadOnlyCassetteError",
    "Replay",
    "cassette_files",
    "load_recording",
    "recording_vcr_config",
    "replay_vcr",
    "scrub_request",
    "scrub_response",
    "secret_findings",
    "use_recording",
]

REPO_ROOT = Path(__file__).resolve().parents[1]
CASSETTES_DIR = REPO_ROOT / "cassettes"
"""Every cassette of the project lives under this folder."""
PROVIDER_RECORDINGS = CASSETTES_DIR / "provider_recordings"
"""The genuine Anthropic / OpenAI recordings (gzip YAML, see the README there)."""

PLACEHOLDER = "**REDACTED**"
"""What a scrubbed header value or masked secret is replaced with."""

SECRET_HEADERS: tuple[str, ...] = (
    "authorization",
    "x-api-key",
    "api-key",
    "openai-organization",
    "openai-project",
    "anthropic-organization-id",
    "cookie",
    "set-cookie",
)
"""Headers that carry credentials or account identifiers (compared case-insensitively)."""

SECRET_QUERY_PARAMS: tuple[str, ...] = ("key", "api_key", "api-key", "access_token", "token", "sig")
"""URL query parameters that carry credentials (compared case-insensitively)."""

KEY_PATTERNS: dict[str, str] = {
    "Anthropic API key (sk-ant-...)": r"sk-ant-[A-Za-z0-9_-]{20,}",
    "OpenAI-style API key (sk-...)": r"sk-[A-Za-z0-9_-]{20,}",
    "bearer token": r"Bearer [A-Za-z0-9._-]{20,}",
    "Google API key (AIza...)": r"AIza[0-9A-Za-z_-]{30,}",
    "AWS access key id (AKIA...)": r"AKIA[0-9A-Z]{16}",
}
"""Key-shaped strings, most specific first: an overlapping later match is not reported again."""

REPLAY_MATCH_ON: tuple[str, ...] = ("method", "scheme", "host", "path")
"""Replay matching: our bodies, models and headers differ from the recorded ones on purpose."""

_STR_PATTERNS = {name: re.compile(rx) for name, rx in KEY_PATTERNS.items()}
_BYTES_PATTERNS = {name: re.compile(rx.encode()) for name, rx in KEY_PATTERNS.items()}
_PLACEHOLDER_WORDS = frozenset({"", "redacted", "filtered", "removed", "placeholder", "dummy"})
_SECRET_HEADER_SET = frozenset(SECRET_HEADERS)
_SECRET_PARAM_SET = frozenset(SECRET_QUERY_PARAMS)


class ReadOnlyCassetteError(RuntimeError):
    """Raised when vcrpy tries to write one of the read-only provider recordings."""


# --------------------------------------------------------------------------------- replay
def load_recording(path: str | PathLike[str]) -> dict[str, Any]:
    """The raw content of one gzip recording: ``{"requests": [...], "responses": [...]}``."""
    data = yaml.safe_load(gzip.decompress(Path(path).read_bytes()))
    if not isinstance(data, dict) or not {"requests", "responses"} <= data.keys():
        raise ValueError(f"{path}: not a provider recording (needs 'requests' and 'responses')")
    if len(data["requests"]) != len(data["responses"]):
        raise ValueError(f"{path}: 'requests' and 'responses' differ in length")
    return data


def _listify_headers(headers: Mapping[str, Any]) -> dict[str, list[Any]]:
    return {
        name: list(value) if isinstance(value, (list, tuple)) else [value]
        for name, value in headers.items()
    }


class GzipRecordingPersister:
    """A read-only vcrpy persister for the gzip ``requests``/``responses`` recording format."""

    @staticmethod
    def load_cassette(
        cassette_path: str | PathLike[str], serializer: Any
    ) -> tuple[list[Request], list[dict[str, Any]]]:
        """Gunzip and parse one recording into vcrpy requests and response dicts.

        A missing file raises ``FileNotFoundError`` (vcrpy would silently treat its own
        ``CassetteNotFoundError`` as an empty cassette).
        """
        path = Path(cassette_path)
        if not path.is_file():
            raise FileNotFoundError(f"provider recording not found: {path}")
        data = load_recording(path)
        requests = [
            Request(r["method"], r["uri"], r.get("body"), _listify_headers(r.get("headers") or {}))
            for r in data["requests"]
        ]
        responses = []
        for response in data["responses"]:
            response = dict(response)
            response["headers"] = _listify_headers(response.get("headers") or {})
            responses.append(response)
        return requests, responses

    @staticmethod
    def save_cassette(
        cassette_path: str | PathLike[str], cassette_dict: Any, serializer: Any
    ) -> NoReturn:
        """Refuse: the recordings are genuine provider traffic and are never rewritten."""
        raise ReadOnlyCassetteError(
            f"{cassette_path} is a read-only provider recording; vcrpy tried to save new "
            "interactions into it (a request did not match). Record new cassettes with "
            "pytest-recording (see the README), never into cassettes/provider_recordings/."
        )


def replay_vcr() -> vcr.VCR:
    """A ``vcr.VCR`` that replays provider recordings and never touches the network."""
    my_vcr = vcr.VCR(
        record_mode="none",
        match_on=REPLAY_MATCH_ON,
        decode_compressed_response=False,
    )
    my_vcr.register_persister(GzipRecordingPersister)
    return my_vcr


@dataclass
class Replay:
    """One recording being replayed: the vcrpy cassette and the requests our code sent."""

    cassette: Cassette
    """The vcrpy cassette (``.requests`` are the *recorded* requests)."""
    sent: list[Request] = field(default_factory=list)
    """The requests our code sent and that were answered, in order."""

    def sent_json(self, index: int) -> dict[str, Any]:
        """The JSON body of the ``index``-th request we sent."""
        body = self.sent[index].body
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        result: dict[str, Any] = json.loads(body)
        return result


@contextlib.contextmanager
def use_recording(path: str | PathLike[str]) -> Iterator[Replay]:
    """Replay one provider recording around the block.

    Requests are answered in recorded order. ``allow_playback_repeats`` is on only for
    1-interaction recordings (with it, vcrpy always answers with the *first* match). Every
    answered request is appended to :attr:`Replay.sent`, so tests can check what was sent.
    """
    path = Path(path)
    interactions = len(load_recording(path)["requests"])
    context = replay_vcr().use_cassette(str(path), allow_playback_repeats=interactions == 1)
    with context as cassette:
        replay = Replay(cassette=cassette)
        play_response = cassette.play_response

        def recording_play_response(request: Request) -> Any:
            response = play_response(request)
            replay.sent.append(request)
            return response

        cassette.play_response = recording_play_response
        yield replay


# -------------------------------------------------------------------------------- scrubbing
def _is_placeholder(value: Any) -> bool:
    """Whether a header value is empty or an obvious placeholder such as ``**REDACTED**``."""
    if value is None:
        return True
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return str(value).strip().strip("*<>[]()_ ").lower() in _PLACEHOLDER_WORDS


def _scrub_uri(uri: str) -> str:
    parts = urlsplit(uri)
    if not parts.query:
        return uri
    kept = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if name.lower() not in _SECRET_PARAM_SET
    ]
    return urlunsplit(parts._replace(query=urlencode(kept)))


def _mask_patterns(body: Any) -> Any:
    if isinstance(body, bytes):
        for pattern in _BYTES_PATTERNS.values():
            body = pattern.sub(PLACEHOLDER.encode(), body)
    elif isinstance(body, str):
        for str_pattern in _STR_PATTERNS.values():
            body = str_pattern.sub(PLACEHOLDER, body)
    return body


def _scrub_header_values(headers: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in headers.items():
        if name.lower() in _SECRET_HEADER_SET:
            out[name] = [PLACEHOLDER] if isinstance(value, (list, tuple)) else PLACEHOLDER
        elif isinstance(value, (list, tuple)):
            out[name] = [_mask_patterns(v) for v in value]
        else:
            out[name] = _mask_patterns(value)
    return out


def scrub_request(request: Request) -> Request:
    """vcrpy ``before_record_request``: a copy of ``request`` without credentials.

    Credential headers (:data:`SECRET_HEADERS`) get the value :data:`PLACEHOLDER`, secret query
    parameters (:data:`SECRET_QUERY_PARAMS`) are removed from the URI, and key-shaped strings
    (:data:`KEY_PATTERNS`) in other headers and the body are masked.
    """
    request = copy.deepcopy(request)
    request.uri = _scrub_uri(request.uri)
    # vcrpy's HeadersDict keeps one value per name; rebuild it from the scrubbed mapping.
    request.headers = _scrub_header_values(dict(request.headers))
    if not request._was_file and not request._was_iter:
        request.body = _mask_patterns(request.body)
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy ``before_record_response``: a copy of ``response`` without credentials.

    ``set-cookie`` and the other :data:`SECRET_HEADERS` get :data:`PLACEHOLDER`; key-shaped
    strings in other headers and in the body are masked.
    """
    response = copy.deepcopy(response)
    response["headers"] = _scrub_header_values(response.get("headers") or {})
    body = response.get("body")
    if isinstance(body, dict) and "string" in body:
        body["string"] = _mask_patterns(body["string"])
    return response


def recording_vcr_config(record_mode: str = "none") -> dict[str, Any]:
    """``vcr.use_cassette`` settings for cassettes recorded with real keys (pytest-recording).

    Credential headers are replaced twice over (vcrpy's ``filter_headers`` and
    :func:`scrub_request`), secret query parameters dropped, response cookies and key-shaped
    strings scrubbed by :func:`scrub_response`, and compressed bodies stored decoded so the
    scan can read them. ``record_mode`` ``"none"`` (the default) never touches the network.
    """
    return {
        "record_mode": record_mode,
        "filter_headers": [(name, PLACEHOLDER) for name in SECRET_HEADERS],
        "filter_query_parameters": list(SECRET_QUERY_PARAMS),
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
    }


# ---------------------------------------------------------------------------------- scanning
def cassette_files(root: str | PathLike[str] = CASSETTES_DIR) -> list[Path]:
    """Every cassette under ``root``: ``.yaml``, ``.yml``, ``.json`` and ``.yaml.gz`` files."""
    suffixes = (".yaml", ".yml", ".json", ".yaml.gz", ".yml.gz", ".json.gz")
    return sorted(
        p for p in Path(root).rglob("*") if p.is_file() and p.name.lower().endswith(suffixes)
    )


def _mask(secret: str) -> str:
    """Enough of a secret to find it, never the secret: a short prefix and the length."""
    shown = secret[: min(6, len(secret) // 4)]
    return f"{shown}***({len(secret)} chars)"


def _load_any(path: Path) -> Any:
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    name = path.name.lower().removesuffix(".gz")
    text = raw.decode("utf-8")
    if name.endswith(".json"):
        return json.loads(text)
    return yaml.safe_load(text)


def _interaction_index(where: tuple[Any, ...]) -> int | None:
    if len(where) >= 2 and where[0] in ("interactions", "requests", "responses"):
        index = where[1]
        return index if isinstance(index, int) else None
    return None


def _location(where: tuple[Any, ...]) -> str:
    parts = list(where)
    if _interaction_index(where) is not None:
        head = {"requests": "request", "responses": "response"}.get(parts[0])
        parts = ([head] if head else []) + parts[2:]
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "<top>"


@dataclass
class _Scanner:
    path: Path
    findings: list[str] = field(default_factory=list)

    def report(self, where: tuple[Any, ...], message: str) -> None:
        index = _interaction_index(where)
        at = f"interaction {index}" if index is not None else "file"
        self.findings.append(f"{self.path}: {at}: {_location(where)}: {message}")

    def text_of(self, value: Any) -> str | None:
        if isinstance(value, bytes):
            if value[:2] == b"\x1f\x8b":
                with contextlib.suppress(OSError, EOFError):
                    value = gzip.decompress(value)
            text: str = value.decode("utf-8", errors="replace")
            return text
        if isinstance(value, str):
            return value
        return None

    def patterns(self, where: tuple[Any, ...], text: str) -> None:
        taken: list[tuple[int, int]] = []
        for name, pattern in _STR_PATTERNS.items():
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(s <= start and end <= e for s, e in taken):
                    continue
                taken.append((start, end))
                self.report(where, f"{name} pattern: {_mask(match.group())}")

    def uri(self, where: tuple[Any, ...], uri: str) -> None:
        for name, value in parse_qsl(urlsplit(uri).query, keep_blank_values=True):
            if name.lower() in _SECRET_PARAM_SET and not _is_placeholder(value):
                self.report(where, f"secret query parameter {name!r}={_mask(value)}")

    def headers(self, where: tuple[Any, ...], headers: Mapping[Any, Any]) -> None:
        for name, value in headers.items():
            values = value if isinstance(value, (list, tuple)) else [value]
            if str(name).lower() in _SECRET_HEADER_SET:
                for i, item in enumerate(values):
                    if not _is_placeholder(item):
                        text = self.text_of(item) or str(item)
                        self.report((*where, name, i), f"secret header value {_mask(text)}")
                continue
            self.walk((*where, name), value)

    def walk(self, where: tuple[Any, ...], value: Any) -> None:
        if isinstance(value, Mapping):
            for key, item in value.items():
                if key == "headers" and isinstance(item, Mapping):
                    self.headers((*where, key), item)
                    continue
                if key in ("uri", "url") and isinstance(item, str):
                    self.uri((*where, key), item)
                self.walk((*where, key), item)
        elif isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                self.walk((*where, i), item)
        else:
            text = self.text_of(value)
            if text:
                self.patterns(where, text)


def secret_findings(path: str | PathLike[str]) -> list[str]:
    """Secrets in one cassette (gzip recording, or vcrpy YAML/JSON, optionally gzipped).

    Each finding names the file, the interaction, where (header, URI, body) and which rule
    matched; the secret itself is masked. An unreadable file is a finding too, so a cassette
    that cannot be checked never passes silently.
    """
    scanner = _Scanner(Path(path))
    try:
        data = _load_any(scanner.path)
    except (OSError, EOFError, UnicodeDecodeError, ValueError, yaml.YAMLError) as err:
        scanner.report((), f"cannot be read for a secret scan: {type(err).__name__}: {err}")
        return scanner.findings
    scanner.walk((), data)
    return scanner.findings
