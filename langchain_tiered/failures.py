"""What a provider failure means for the next step: retry, move on, or stop. Pure functions.

LiteLLM maps every provider's errors onto its own exception classes (OpenAI-SDK style, each
with a ``status_code``); this module reads those, plus the ``Retry-After`` headers, without
calling anything.

======================  =========================================  ======================
kind                    examples                                   what happens
======================  =========================================  ======================
``TRANSIENT``           429, 408, 500, 502, 503, 504, 529          retry with backoff,
                                                                   then the next rung
``CONNECTION``          refused, reset, dropped, DNS               retry (not for the local
                                                                   tier: spill at once)
``TIMEOUT``             request took longer than ``timeout``       retry, then next rung
``CONTEXT_WINDOW``      prompt longer than the model's window      next rung with a larger
                                                                   window, no retry
``AUTH``                401, 403                                   stop: clear error
``BAD_REQUEST``         400, 422, unsupported params               stop
``NOT_FOUND``           404 unknown model                          stop
``OTHER``               anything else (a bug, a malformed reply)   next rung, no retry
======================  =========================================  ======================
"""

from __future__ import annotations

import email.utils
import enum
import re
import time
from collections.abc import Mapping
from typing import Any

__all__ = ["FailureKind", "describe", "failure_kind", "retry_after_seconds"]

_KEYISH = re.compile(r"(sk-(?:ant-)?|AIza|Bearer\s+)[A-Za-z0-9._-]{6,}")
_CONTEXT_PHRASES = re.compile(
    r"context length|context window|prompt is too long|too many tokens|maximum context|"
    r"exceeds the (?:model'?s )?(?:context|maximum)|input is too long",
    re.IGNORECASE,
)
TRANSIENT_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 529})


class FailureKind(enum.Enum):
    """How a failed attempt is treated."""

    TRANSIENT = "transient"
    CONNECTION = "connection"
    TIMEOUT = "timeout"
    CONTEXT_WINDOW = "context_window"
    AUTH = "auth"
    BAD_REQUEST = "bad_request"
    NOT_FOUND = "not_found"
    OTHER = "other"

    @property
    def retryable(self) -> bool:
        """Whether the same deployment is tried again."""
        return self in (FailureKind.TRANSIENT, FailureKind.CONNECTION, FailureKind.TIMEOUT)

    @property
    def final(self) -> bool:
        """Whether the call stops here instead of moving to the next rung."""
        return self in (FailureKind.AUTH, FailureKind.BAD_REQUEST, FailureKind.NOT_FOUND)


def _names(exc: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(exc).__mro__}


def _status(exc: BaseException) -> int | None:
    status = getattr(exc, "status_code", None)
    if isinstance(status, int):
        return status
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    return status if isinstance(status, int) else None


def failure_kind(exc: BaseException) -> FailureKind:
    """Classify an exception raised by a LiteLLM call."""
    names = _names(exc)
    if "ContextWindowExceededError" in names:
        return FailureKind.CONTEXT_WINDOW
    if names & {"Timeout", "APITimeoutError", "TimeoutException", "TimeoutError"}:
        return FailureKind.TIMEOUT
    if names & {
        "APIConnectionError",
        "ConnectError",
        "ConnectionError",
        "RemoteProtocolError",
        "ReadError",
        "NetworkError",
    }:
        return FailureKind.CONNECTION
    status = _status(exc)
    if names & {"AuthenticationError", "PermissionDeniedError"} or status in (401, 403):
        return FailureKind.AUTH
    if "NotFoundError" in names or status == 404:
        return FailureKind.NOT_FOUND
    if status in TRANSIENT_STATUS or names & {
        "RateLimitError",
        "ServiceUnavailableError",
        "InternalServerError",
        "BadGatewayError",
    }:
        return FailureKind.TRANSIENT
    if names & {"BadRequestError", "UnprocessableEntityError", "UnsupportedParamsError"} or (
        status is not None and 400 <= status < 500
    ):
        # LiteLLM maps some providers' overflow (Ollama's) to a plain BadRequestError.
        if _CONTEXT_PHRASES.search(str(exc)):
            return FailureKind.CONTEXT_WINDOW
        return FailureKind.BAD_REQUEST
    return FailureKind.OTHER


def _headers(exc: BaseException) -> Mapping[str, Any]:
    for source in (
        getattr(exc, "litellm_response_headers", None),
        getattr(getattr(exc, "response", None), "headers", None),
        getattr(exc, "headers", None),
    ):
        if source:
            try:
                return {str(k).lower(): v for k, v in dict(source).items()}
            except (TypeError, ValueError):
                continue
    return {}


def retry_after_seconds(exc: BaseException, now: float | None = None) -> float | None:
    """The wait a provider asked for (``retry-after-ms`` or ``Retry-After``), if any."""
    headers = _headers(exc)
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(0.0, float(millis) / 1000.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def describe(exc: BaseException, limit: int = 200) -> str:
    """``ClassName: first line of the message``, short, with anything key-like masked."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = _KEYISH.sub(lambda m: m.group(1) + "***", text)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
