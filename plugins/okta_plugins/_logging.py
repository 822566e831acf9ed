"""The ``okta_api`` logger hierarchy and the redaction every record goes through.

- ``okta_api.http``: one DEBUG record per exchange (method, path, redacted query, status,
  request id, attempt, elapsed seconds), including token-endpoint requests.
- ``okta_api.http.headers``: the request and response headers of each exchange, at DEBUG.
- ``okta_api.retry``: an INFO record per retry (what failed, which attempt, the wait).
- ``okta_api.pagination``: a DEBUG record per page followed.

Header values and query values not on the allowlists below are written as ``<redacted>``; bodies
are never logged. The HTTP stack's own loggers (``httpx`` writes each request's URL at INFO,
``httpcore.*`` and ``hpack`` write response headers at DEBUG) get the same redaction, in ``msg`` and
``args`` alike, once an ``OktaClient`` exists (``install_log_redaction``; see ``_redact``).
"""

from __future__ import annotations

import logging
import threading

import httpx

from ._operation import operation_of

# Re-exported: the allowlists and the target redaction are part of this module's documented behaviour.
from ._redact import REDACTED as REDACTED
from ._redact import SHOWN_HEADERS as SHOWN_HEADERS
from ._redact import SHOWN_QUERY_PARAMETERS as SHOWN_QUERY_PARAMETERS
from ._redact import redact_text, redact_url
from ._redact import redacted_target as redacted_target

LOGGER_ROOT = "okta_api"
http_logger = logging.getLogger(f"{LOGGER_ROOT}.http")
headers_logger = logging.getLogger(f"{LOGGER_ROOT}.http.headers")
retry_logger = logging.getLogger(f"{LOGGER_ROOT}.retry")
pagination_logger = logging.getLogger(f"{LOGGER_ROOT}.pagination")

ATTEMPT_EXTENSION = "okta_attempt"
"""Key of ``request.extensions`` holding the attempt number (1 for the first send) set by the retry loop."""


def redacted_headers(headers: httpx.Headers) -> str:
    """``name: value`` pairs, values off the allowlist redacted."""
    return ", ".join(
        f"{name}: {value if name.lower() in SHOWN_HEADERS else REDACTED}" for name, value in headers.multi_items()
    )


def attempt_of(request: httpx.Request) -> int:
    """The attempt number the retry loop gave ``request`` (1 when it was not sent through it)."""
    attempt = request.extensions.get(ATTEMPT_EXTENSION, 1)
    return attempt if isinstance(attempt, int) else 1


def describe_request(request: httpx.Request) -> str:
    """``listUsers GET /api/v1/users?limit=200`` with redaction, for log records and messages."""
    operation = operation_of(request)
    line = f"{request.method} {redacted_target(request.url)}"
    return f"{operation.operation_id} {line}" if operation is not None else line


def log_exchange(request: httpx.Request, response: httpx.Response, elapsed: float) -> None:
    """Record one request and its response at DEBUG."""
    if http_logger.isEnabledFor(logging.DEBUG):
        http_logger.debug(
            "%s -> %d (request id %s, attempt %d, %.3f s)",
            describe_request(request),
            response.status_code,
            response.headers.get("X-Okta-Request-Id", "-"),
            attempt_of(request),
            elapsed,
        )
    if headers_logger.isEnabledFor(logging.DEBUG):
        headers_logger.debug(
            "%s request headers: %s; response headers: %s",
            describe_request(request),
            redacted_headers(request.headers),
            redacted_headers(response.headers),
        )


def log_failure(request: httpx.Request, error: Exception, elapsed: float) -> None:
    """Record a request that got no response at DEBUG."""
    if http_logger.isEnabledFor(logging.DEBUG):
        http_logger.debug(
            "%s -> %s (attempt %d, %.3f s)",
            describe_request(request),
            type(error).__name__,
            attempt_of(request),
            elapsed,
        )


THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack",
    "hpack.hpack",
    "hpack.table",
    "h2",
    "h2.connection",
)
"""Loggers of the HTTP stack that write URLs or headers; a logger's filters do not see its children's
records, so each gets the filter (with any other logger under these names that exists when it is installed)."""


class _RedactingFilter(logging.Filter):
    """Rewrites a record of the HTTP stack as its redacted message: URLs, header values and credentials
    in ``msg`` and in ``args`` alike (httpcore prints response headers, ``Set-Cookie`` included)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            if isinstance(record.args, tuple):
                record.args = tuple(redact_url(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args)
            try:
                message = record.getMessage()
            except (TypeError, ValueError):  # a malformed record: show its parts, redacted
                message = f"{record.msg} {record.args}"
        else:
            message = str(record.msg)
        record.msg, record.args = redact_text(message), ()
        return True


_filter = _RedactingFilter()
_filter_lock = threading.Lock()


def install_log_redaction() -> None:
    """Put the redacting filter on the HTTP stack's loggers (idempotent; every OktaClient calls it)."""
    with _filter_lock:
        present = [name for name in logging.Logger.manager.loggerDict if name.split(".")[0] in ("httpx", "httpcore")]
        for name in (*THIRD_PARTY_LOGGERS, *present):
            logger = logging.getLogger(name)
            if _filter not in logger.filters:
                logger.addFilter(_filter)
