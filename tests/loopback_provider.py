"""A loopback HTTP server that speaks the LLM provider wire formats, for end-to-end and fault tests.

:class:`LoopbackProvider` runs a real HTTP/1.1 server on ``127.0.0.1`` (OS-assigned port, one
daemon thread per connection) so the real clients (LiteLLM, the OpenAI/Anthropic SDKs, httpx) go
through their whole HTTP stack. It is test infrastructure, not a mock of our code. Endpoints:

* ``POST /v1/chat/completions`` and ``/chat/completions`` - OpenAI Chat Completions (JSON or SSE,
  final ``choices: []`` usage chunk when ``stream_options.include_usage``; ``data: [DONE]``);
* ``POST /v1/messages`` - Anthropic Messages (JSON or SSE ``message_start`` ... ``message_stop``);
* ``POST /api/chat`` - Ollama chat (JSON or NDJSON); ``POST /api/show``, ``GET /api/tags`` and
  ``GET /`` answer minimal Ollama metadata.

Replies default to ``"<model> says: <last user text>"`` (model as sent in the request); override
with :meth:`LoopbackProvider.set_reply`. Tool calls, structured output, ``stop`` /
``stop_sequences``, ``max_tokens`` and the deterministic token counts are described in
``tests/loopback_wire.py`` (input tokens = words in all messages + 3, output tokens = words in the
reply, >= 1). Every request is appended to ``provider.requests`` as a :class:`RecordedRequest`.

Model keys (``set_reply``, ``add_fault``, ``set_down``...) match the ``model`` field of the request
exactly, or after dropping a LiteLLM provider prefix: ``"anthropic/claude-haiku-4-5"`` matches a
request for ``claude-haiku-4-5``, ``"ollama_chat/qwen2.5:7b"`` one for ``qwen2.5:7b``.

Fault kinds (:class:`Fault`, queued with ``add_fault(model, fault, times)``, consumed in order):

* ``Fault.http(status, message=None, error_type=None, retry_after=None, retry_after_ms=None)`` -
  that HTTP status with a provider-shaped error body (OpenAI ``{"error": {...}}``, Anthropic
  ``{"type": "error", "error": {...}}``, Ollama ``{"error": "..."}``) and optional ``Retry-After``
  (seconds) / ``retry-after-ms`` headers. Anthropic 529 is ``overloaded_error``, 429
  ``rate_limit_error``, other 5xx ``api_error``;
* ``Fault.context_overflow()`` - HTTP 400 whose message LiteLLM maps to
  ``ContextWindowExceededError`` ("maximum context length" + code ``context_length_exceeded`` for
  OpenAI, "prompt is too long" for Anthropic; Ollama gets the same text, but LiteLLM has no
  context-window mapping for ``ollama_chat`` and raises a plain ``BadRequestError``);
* ``Fault.delay(seconds)`` - wait, then answer normally (client timeouts);
* ``Fault.drop()`` - read the request, close the connection without any response;
* ``Fault.malformed_json()`` - HTTP 200 whose body (or first stream event) is truncated JSON;
* ``Fault.stream_cut(chunks)`` - send ``chunks`` stream events, then close the connection without
  finishing the chunked body (a non-streaming request gets half of its JSON body, then the close).

``set_down(model, True)`` fails every request for that model with 503 (or, with ``drop=True``,
drops the connection) until ``set_down(model, False)`` or ``reset()``; it takes precedence over
queued faults and does not consume them.
"""

from __future__ import annotations

import contextlib
import enum
import http
import json
import socket
import socketserver
import sys
import threading
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.loopback_wire import (
    OLLAMA_SHOW,
    REQUEST_ID_HEADERS,
    STREAM_CONTENT_TYPES,
    Provider,
    Reply,
    RequestView,
    count_words,
    encode_body,
    encode_stream,
    error_body,
    error_headers,
    malformed_json,
    output_tokens_for,
    parse_request,
    plan_reply,
)

__all__ = [
    "Fault",
    "FaultKind",
    "LoopbackProvider",
    "RecordedRequest",
    "count_words",
    "loopback_provider",
    "output_tokens_for",
]

_ROUTES: dict[str, Provider] = {
    "/v1/chat/completions": "openai",
    "/chat/completions": "openai",
    "/v1/messages": "anthropic",
    "/api/chat": "ollama",
}


class FaultKind(enum.Enum):
    """What a :class:`Fault` does to the request it is applied to."""

    HTTP_ERROR = "http_error"
    DELAY = "delay"
    DROP = "drop"
    MALFORMED_JSON = "malformed_json"
    STREAM_CUT = "stream_cut"


@dataclass(frozen=True)
class Fault:
    """One injected failure; build it with the class methods (see the module docstring)."""

    kind: FaultKind
    status: int = 200
    message: str | None = None
    error_type: str | None = None
    retry_after: float | None = None
    retry_after_ms: int | None = None
    overflow: bool = False
    seconds: float = 0.0
    chunks: int = 0

    @classmethod
    def http(
        cls,
        status: int,
        *,
        message: str | None = None,
        error_type: str | None = None,
        retry_after: float | None = None,
        retry_after_ms: int | None = None,
    ) -> Fault:
        """HTTP ``status`` with a provider-shaped error body and optional retry headers."""
        return cls(FaultKind.HTTP_ERROR, status, message, error_type, retry_after, retry_after_ms)

    @classmethod
    def context_overflow(cls, message: str | None = None) -> Fault:
        """HTTP 400 that LiteLLM maps to ``ContextWindowExceededError``."""
        return cls(FaultKind.HTTP_ERROR, 400, message=message, overflow=True)

    @classmethod
    def delay(cls, seconds: float) -> Fault:
        """Wait ``seconds`` before answering normally."""
        return cls(FaultKind.DELAY, seconds=seconds)

    @classmethod
    def drop(cls) -> Fault:
        """Close the connection without sending a response."""
        return cls(FaultKind.DROP)

    @classmethod
    def malformed_json(cls) -> Fault:
        """Answer 200 with a truncated JSON body (or a truncated first stream event)."""
        return cls(FaultKind.MALFORMED_JSON)

    @classmethod
    def stream_cut(cls, chunks: int) -> Fault:
        """Send ``chunks`` stream events, then close the connection mid-body."""
        return cls(FaultKind.STREAM_CUT, chunks=chunks)


@dataclass(frozen=True)
class RecordedRequest:
    """One request the server received (``headers`` have lower-case names)."""

    path: str
    model: str
    body: dict[str, Any]
    headers: dict[str, str]
    stream: bool
    input_tokens: int = 0
    output_tokens: int = 0  # of the planned reply; 0 when an error/drop fault answered instead
    fault: Fault | None = None


def _key_matches(key: str, model: str) -> bool:
    return key == model or ("/" in key and key.split("/", 1)[1] == model)


@dataclass
class _QueuedFault:
    model: str | None
    fault: Fault
    remaining: int


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    timeout = 120  # idle keep-alive connections go away eventually
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""

    def do_POST(self) -> None:
        """Answer a provider API call."""
        length = int(self.headers.get("Content-Length") or 0)
        self.server.provider._handle(self, self.rfile.read(length) if length else b"")

    def do_GET(self) -> None:
        """Answer the Ollama metadata endpoints (and 404 for anything else)."""
        self.server.provider._handle(self, b"")

    def send_json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        """Send a complete JSON response with Content-Length."""
        data = json.dumps(obj).encode() if not isinstance(obj, bytes) else obj
        self.send_head(
            status, "application/json", {"Content-Length": str(len(data)), **(headers or {})}
        )
        self.wfile.write(data)

    def send_head(self, status: int, content_type: str, headers: dict[str, str]) -> None:
        """Status line and headers."""
        reason = "Overloaded" if status == 529 else http.HTTPStatus(status).phrase
        self.send_response(status, reason)
        self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def send_stream(
        self,
        provider: Provider,
        events: Iterable[bytes],
        cut_after: int | None,
        headers: dict[str, str],
    ) -> None:
        """Send ``events`` as HTTP/1.1 chunks; after ``cut_after`` events close mid-body."""
        self.send_head(
            200,
            STREAM_CONTENT_TYPES[provider],
            {"Transfer-Encoding": "chunked", "Cache-Control": "no-cache", **headers},
        )
        for sent, event in enumerate(events):
            if cut_after is not None and sent >= cut_after:
                self.close_connection = True
                return
            self.wfile.write(b"%x\r\n%s\r\n" % (len(event), event))
        if cut_after is not None:
            self.close_connection = True
            return
        self.wfile.write(b"0\r\n\r\n")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024
    allow_reuse_address = True

    def __init__(self, provider: LoopbackProvider) -> None:
        self.provider = provider
        self.connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls getfqdn(), a DNS lookup that can hang without network.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]

    def process_request(self, request: Any, client_address: Any) -> None:
        with self.connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self.connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], OSError):  # client went away: expected in fault tests
            super().handle_error(request, client_address)


class LoopbackProvider:
    """Real HTTP server on 127.0.0.1 answering OpenAI, Anthropic and Ollama chat calls.

    Use as a context manager or call :meth:`start` / :meth:`stop`. All methods are thread-safe.
    """

    def __init__(self) -> None:
        """Create a stopped provider; :meth:`start` binds the port."""
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._faults: list[_QueuedFault] = []
        self._down: dict[str, bool] = {}  # model key -> drop connection instead of 503
        self._replies: dict[str, str] = {}
        self._tool_calls: dict[str, tuple[str, dict[str, Any]]] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    # ------------------------------------------------------------------------ lifecycle

    def start(self) -> LoopbackProvider:
        """Bind an OS-assigned port and serve in a daemon thread (no-op if already running)."""
        if self._server is None:
            self._stopping.clear()
            self._server = _Server(self)
            self._thread = threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="loopback-provider",
                daemon=True,
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut open connections and wake delayed requests."""
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()
        server.shutdown()
        server.server_close()
        with server.connections_lock:
            connections = list(server.connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> LoopbackProvider:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` (use as LiteLLM ``api_base`` for every provider)."""
        if self._server is None:
            raise RuntimeError("LoopbackProvider is not running; call start() first")
        return f"http://127.0.0.1:{self._server.server_port}"

    @property
    def openai_base_url(self) -> str:
        """``base_url + "/v1"``, the form the OpenAI SDK expects as ``base_url``."""
        return self.base_url + "/v1"

    # -------------------------------------------------------------------- configuration

    def set_reply(self, model: str, text: str | None) -> None:
        """Answer ``text`` for ``model`` (``None`` restores the default echo reply)."""
        with self._lock:
            if text is None:
                self._replies.pop(model, None)
            else:
                self._replies[model] = text

    def set_tool_call(
        self, model: str, name: str | None, args: dict[str, Any] | None = None
    ) -> None:
        """Answer a call of tool ``name`` with ``args`` when the request carries tools.

        Not applied when the last message is a tool result (the model then answers text), nor
        when ``tool_choice`` is "none"; ``name=None`` removes the configuration.
        """
        with self._lock:
            if name is None:
                self._tool_calls.pop(model, None)
            else:
                self._tool_calls[model] = (name, dict(args or {}))

    def add_fault(self, model: str | None, fault: Fault, times: int = 1) -> None:
        """Queue ``fault`` for the next ``times`` requests whose model matches (None = any)."""
        if times > 0:
            with self._lock:
                self._faults.append(_QueuedFault(model, fault, times))

    def set_down(self, model: str, down: bool = True, *, drop: bool = False) -> None:
        """Fail every request for ``model`` with 503 (or a dropped connection) until cleared."""
        with self._lock:
            if down:
                self._down[model] = drop
            else:
                self._down.pop(model, None)

    def pending_faults(self) -> int:
        """How many queued fault applications are still unused."""
        with self._lock:
            return sum(q.remaining for q in self._faults)

    def reset(self) -> None:
        """Clear the request log, queued faults and down models (configured replies stay)."""
        with self._lock:
            self.requests.clear()
            self._faults.clear()
            self._down.clear()

    def requests_for(self, model: str) -> list[RecordedRequest]:
        """Recorded requests whose model matches ``model`` (same matching as the setters)."""
        with self._lock:
            return [r for r in self.requests if _key_matches(model, r.model)]

    # ------------------------------------------------------------------------ internals

    def _lookup(self, table: dict[str, Any], model: str) -> Any:
        if model in table:
            return table[model]
        return next((v for k, v in table.items() if _key_matches(k, model)), None)

    def _take_fault(self, model: str) -> Fault | None:
        with self._lock:
            down = self._lookup(self._down, model)
            if down is not None:
                return Fault.drop() if down else Fault.http(503)
            for queued in self._faults:
                if queued.model is None or _key_matches(queued.model, model):
                    queued.remaining -= 1
                    if queued.remaining <= 0:
                        self._faults.remove(queued)
                    return queued.fault
            return None

    def _record(self, record: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(record)

    def _handle(self, h: _Handler, raw: bytes) -> None:
        path = urlsplit(h.path).path
        headers = {k.lower(): v for k, v in h.headers.items()}
        provider = _ROUTES.get(path.rstrip("/"))
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            body = None
        if provider is None or h.command != "POST" or not isinstance(body, dict):
            body = body if isinstance(body, dict) else {}
            model = str(body.get("model") or body.get("name") or "")
            self._record(RecordedRequest(path, model, body, headers, False))
            self._misc(h, path, provider, body)
            return
        req = parse_request(provider, body)
        fault = self._take_fault(req.model)
        with self._lock:
            text = self._lookup(self._replies, req.model)
            tool_call = self._lookup(self._tool_calls, req.model)
        reply = plan_reply(req, text, tool_call)
        answers = fault is None or fault.kind in (FaultKind.DELAY, FaultKind.STREAM_CUT)
        output_tokens = reply.output_tokens if answers else 0
        self._record(
            RecordedRequest(
                path, req.model, body, headers, req.stream, req.input_tokens, output_tokens, fault
            )
        )
        extra = {REQUEST_ID_HEADERS[provider]: "req_" + uuid.uuid4().hex[:24]}
        if fault is None or fault.kind is FaultKind.STREAM_CUT:
            self._answer(h, provider, req, reply, extra, fault.chunks if fault else None)
        elif fault.kind is FaultKind.DELAY:
            if self._stopping.wait(fault.seconds):  # woken early by stop()
                h.close_connection = True
                return
            self._answer(h, provider, req, reply, extra)
        elif fault.kind is FaultKind.DROP:
            h.close_connection = True
        elif fault.kind is FaultKind.MALFORMED_JSON:
            broken = malformed_json(provider, req.model, req.stream)
            if req.stream:
                h.send_stream(provider, [broken], None, extra)
            else:
                h.send_json(200, broken, extra)
        else:
            extra.update(
                error_headers(provider, fault.status, fault.retry_after, fault.retry_after_ms)
            )
            body = error_body(
                provider, fault.status, fault.message, fault.error_type, fault.overflow
            )
            h.send_json(fault.status, body, extra)

    def _answer(
        self,
        h: _Handler,
        provider: Provider,
        req: RequestView,
        reply: Reply,
        headers: dict[str, str],
        cut_after: int | None = None,
    ) -> None:
        if req.stream:
            events = encode_stream(provider, reply, req.include_usage)
            h.send_stream(provider, events, cut_after, headers)
            return
        data = encode_body(provider, reply)
        if cut_after is None:
            h.send_json(200, data, headers)
            return
        h.send_head(200, "application/json", {"Content-Length": str(len(data)), **headers})
        h.wfile.write(data[: len(data) // 2])
        h.close_connection = True

    @staticmethod
    def _misc(h: _Handler, path: str, provider: Provider | None, body: dict[str, Any]) -> None:
        if provider is not None and h.command == "POST":  # known route, unparseable body
            h.send_json(400, error_body(provider, 400, "Could not parse the JSON body."))
        elif path == "/api/show" and h.command == "POST":
            h.send_json(200, {**OLLAMA_SHOW, "model": body.get("model", body.get("name", ""))})
        elif path == "/api/tags" and h.command == "GET":
            h.send_json(200, {"models": []})
        elif path == "/" and h.command == "GET":
            data = b"Ollama is running"
            h.send_head(200, "text/plain; charset=utf-8", {"Content-Length": str(len(data))})
            h.wfile.write(data)
        else:
            h.send_json(404, error_body("openai", 404, f"Unknown path {h.command} {path}"))


@pytest.fixture
def loopback_provider() -> Iterator[LoopbackProvider]:
    """A started :class:`LoopbackProvider`, stopped after the test."""
    with LoopbackProvider() as provider:
        yield provider
