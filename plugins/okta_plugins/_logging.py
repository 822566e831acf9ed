"""The ``okta_api`` logger hierarchy and the redaction every record goes through.

- ``okta_api.http``: one DEBUG record per exchange (method, path, redacted query, status,
  request id, attempt, elapsed seconds), including token-endpoint requests.
- ``okta_api.http.headers``: the request and response headers of each exchange, at DEBUG.
- ``okta_api.retry``: an INFO record per retry (what failed, which attempt, the wait).
- ``okta_api.pagination``: a DEBUG record per page followed.

Header values and query values not on the allowlists below are written as ``<redacted>``; bodies
are never logged. httpx's own ``httpx`` logger writes each request's full URL at INFO; for
requests to an OktaClient's org the URL in those records is redacted the same way
(``redact_httpx_records``).
"""

from __future__ import annotations

import logging
import threading

import httpx

from ._operation import operation_of

LOGGER_ROOT = "okta_api"
http_logger = logging.getLogger(f"{LOGGER_ROOT}.http")
headers_logger = logging.getLogger(f"{LOGGER_ROOT}.http.headers")
retry_logger = logging.getLogger(f"{LOGGER_ROOT}.retry")
pagination_logger = logging.getLogger(f"{LOGGER_ROOT}.pagination")

REDACTED = "<redacted>"
ATTEMPT_EXTENSION = "okta_attempt"
"""Key of ``request.extensions`` holding the attempt number (1 for the first send) set by the retry loop."""

SHOWN_HEADERS = frozenset(
    {
        "accept",
        "accept-encoding",
        "cache-control",
        "connection",
        "content-encoding",
        "content-length",
        "content-type",
        "date",
        "host",
        "retry-after",
        "transfer-encoding",
        "user-agent",
        "x-okta-request-id",
        "x-okta-retry-count",
        "x-okta-retry-for",
        "x-rate-limit-limit",
        "x-rate-limit-remaining",
        "x-rate-limit-reset",
    }
)
"""Headers whose values are logged; every other value (``Authorization``, ``DPoP``, cookies, ``Link``) is not."""

SHOWN_QUERY_PARAMETERS = frozenset({"limit", "after", "expand", "sortBy", "sortOrder", "activate", "provider"})
"""Query parameters whose values are logged; ``q``, ``filter`` and ``search`` may hold personal data."""


def redacted_target(url: httpx.URL) -> str:
    """The path and query of ``url``, with query values off the allowlist redacted."""
    if not url.query:
        return url.path
    shown = "&".join(
        f"{name}={value if name in SHOWN_QUERY_PARAMETERS else REDACTED}" for name, value in url.params.multi_items()
    )
    return f"{url.path}?{shown}"


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


class _HttpxUrlFilter(logging.Filter):
    """Redacts the query of org URLs in records of the ``httpx`` logger ("HTTP Request: GET <url> ...")."""

    def __init__(self) -> None:
        super().__init__()
        self.origins: set[tuple[str, str, int | None]] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(arg, httpx.URL) for arg in record.args):
            record.args = tuple(self._redacted(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args)
        return True

    def _redacted(self, url: httpx.URL) -> object:
        if (url.scheme, url.host, url.port) not in self.origins or not url.query:
            return url
        return f"{url.scheme}://{url.netloc.decode('ascii')}{redacted_target(url)}"


_httpx_filter = _HttpxUrlFilter()
_httpx_filter_lock = threading.Lock()


def redact_httpx_records(org_url: str) -> None:
    """Make the ``httpx`` logger redact query values of URLs on ``org_url`` (installed once per process)."""
    url = httpx.URL(org_url)
    with _httpx_filter_lock:
        _httpx_filter.origins.add((url.scheme, url.host, url.port))
        httpx_logger = logging.getLogger("httpx")
        if _httpx_filter not in httpx_logger.filters:
            httpx_logger.addFilter(_httpx_filter)
