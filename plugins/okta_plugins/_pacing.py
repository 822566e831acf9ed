"""Proactive pacing: when a rate-limit bucket runs low, later calls to it wait for its reset instead of a 429.

Off unless ``okta.client.rateLimit.pacing`` is true. Buckets are keyed by method and path template
(Okta's limits are per endpoint); the reset is taken as the server sees it (``X-Rate-Limit-Reset``
minus ``Date``) and turned into a point on the monotonic clock, so local clock skew does not matter.
"""

from __future__ import annotations

import threading

import httpx

from ._clock import Clock
from ._operation import operation_of
from ._rate_limit_headers import RateLimitHeaders


def bucket_key(request: httpx.Request) -> str:
    """The rate-limit bucket a request counts against: method and path template (or path)."""
    operation = operation_of(request)
    return f"{request.method} {operation.path if operation is not None else request.url.path}"


class Pacer:
    """Remembers low buckets and says how long a call to one should wait."""

    def __init__(self, clock: Clock, threshold: int) -> None:
        self._clock = clock
        self._threshold = threshold
        self._resume_at: dict[str, float] = {}
        self._lock = threading.Lock()

    def observe(self, request: httpx.Request, response: httpx.Response) -> None:
        """Note the bucket state ``response`` reports."""
        headers = RateLimitHeaders.of(response.headers)
        if headers.remaining is None or headers.reset is None:
            return
        key = bucket_key(request)
        with self._lock:
            if headers.remaining > self._threshold:
                self._resume_at.pop(key, None)
                return
            wait = headers.seconds_to_reset()
            if wait is None:  # no Date: fall back to the local wall clock
                wait = max(0.0, headers.reset - self._clock.time())
            self._resume_at[key] = self._clock.monotonic() + wait

    def delay(self, request: httpx.Request) -> float:
        """Seconds to wait before sending ``request``; 0 when its bucket is not low."""
        key = bucket_key(request)
        with self._lock:
            resume_at = self._resume_at.get(key)
            if resume_at is None:
                return 0.0
            wait = resume_at - self._clock.monotonic()
            if wait <= 0:
                del self._resume_at[key]
                return 0.0
            return wait

    def __repr__(self) -> str:
        return f"Pacer(threshold={self._threshold})"
