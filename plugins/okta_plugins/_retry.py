"""Built-in plugin ``okta.retry``: which failed attempts are worth another, and how long to wait first.

This is the one place that decides retries; the client's send loop (``_retrying_client``) asks
``okta_retry`` after each failed attempt, waits, resends and enforces the deadline. Block
``okta.retry`` to never retry, or answer ``okta_retry`` in your own plugin to decide first.

- 429, any method (Okta refused it unprocessed): wait until the reset as the server sees it
  (``X-Rate-Limit-Reset`` minus ``Date``) plus up to ``JITTER`` seconds; without those headers,
  ``Retry-After``; without that, exponential backoff.
- 503 and 504: backoff (or ``Retry-After``), for idempotent methods only.
- Transport errors: for idempotent methods any connect, read, write or protocol failure; for
  other methods only those raised before the request was sent (connect and pool errors).
"""

from __future__ import annotations

import random

import httpx

from ._config import OktaConfig
from ._rate_limit_headers import RateLimitHeaders, retry_after_seconds
from .hookspecs import hookimpl
from .types import Operation, RetryDecision

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRYABLE_STATUSES = frozenset({503, 504})
"""Statuses (besides 429) retried for idempotent methods."""
BACKOFF_BASE = 1.0
BACKOFF_CAP = 30.0
JITTER = 1.0

NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Failures before any byte of the request left: safe to resend even a POST."""
MAYBE_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
)
"""Failures after the request may have reached Okta: resent only for idempotent methods."""


def backoff(attempt: int) -> float:
    """Exponential backoff with jitter: between half and all of ``BACKOFF_BASE * 2**(attempt-1)``, capped."""
    ceiling = min(BACKOFF_CAP, BACKOFF_BASE * 2.0 ** (attempt - 1))
    return ceiling / 2 + random.uniform(0, ceiling / 2)


def rate_limit_delay(response: httpx.Response, attempt: int) -> float:
    """How long to wait after a 429: until the server-side reset plus jitter, else ``Retry-After``, else backoff."""
    wait = RateLimitHeaders.of(response.headers).seconds_to_reset()
    if wait is None:
        wait = retry_after_seconds(response.headers)
    if wait is None:
        return backoff(attempt)
    return float(wait) + random.uniform(0, JITTER)


def decide(
    method: str, response: httpx.Response | None, error: Exception | None, attempt: int, max_retries: int
) -> RetryDecision | None:
    """The built-in decision; ``None`` means do not retry."""
    if attempt > max_retries:
        return None
    idempotent = method.upper() in IDEMPOTENT_METHODS
    if response is not None:
        if response.status_code == 429:
            return RetryDecision(retry=True, delay=rate_limit_delay(response, attempt))
        if response.status_code in RETRYABLE_STATUSES and idempotent:
            after = retry_after_seconds(response.headers)
            return RetryDecision(retry=True, delay=backoff(attempt) if after is None else after)
        return None
    retryable = NOT_SENT_ERRORS + (MAYBE_SENT_ERRORS if idempotent else ())
    if isinstance(error, retryable):
        return RetryDecision(retry=True, delay=backoff(attempt))
    return None


@hookimpl(trylast=True)
def okta_retry(
    request: httpx.Request,
    response: httpx.Response | None,
    error: Exception | None,
    attempt: int,
    operation: Operation | None,
    config: OktaConfig,
) -> RetryDecision | None:
    """Retry 429s, idempotent 503/504s and safe transport errors, up to ``config.max_retries`` times."""
    return decide(request.method, response, error, attempt, config.max_retries)
