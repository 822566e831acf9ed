"""Okta's rate-limit headers, read once: ``X-Rate-Limit-Limit``, ``-Remaining``, ``-Reset`` and ``Date``."""

from __future__ import annotations

import datetime
from email.utils import parsedate_to_datetime

import attrs
import httpx

LARGEST = 10**15
"""Bound on a header's integer (30 million years of seconds), so that arithmetic in floats cannot overflow."""


def _integer(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        number = int(value.strip())
    except ValueError:  # also for more digits than int() converts
        return None
    return max(-LARGEST, min(LARGEST, number))


def _http_date(value: str | None) -> float | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:  # RFC 9110 dates are GMT
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed.timestamp()


@attrs.frozen
class RateLimitHeaders:
    """What a response says about its rate-limit bucket; each value ``None`` when absent or unreadable."""

    limit: int | None
    remaining: int | None
    reset: int | None
    """Epoch seconds at which the bucket refills."""
    date: float | None
    """The response's ``Date`` as epoch seconds: the server's clock."""

    @classmethod
    def of(cls, headers: httpx.Headers) -> RateLimitHeaders:
        """Read the headers of one response."""
        return cls(
            limit=_integer(headers.get("X-Rate-Limit-Limit")),
            remaining=_integer(headers.get("X-Rate-Limit-Remaining")),
            reset=_integer(headers.get("X-Rate-Limit-Reset")),
            date=_http_date(headers.get("Date")),
        )

    def seconds_to_reset(self) -> float | None:
        """Seconds until the reset as the server sees it (reset minus ``Date``, never negative)."""
        if self.reset is None or self.date is None:
            return None
        return max(0.0, self.reset - self.date)

    def reset_at(self) -> datetime.datetime | None:
        """The reset as an aware UTC datetime."""
        if self.reset is None:
            return None
        try:
            return datetime.datetime.fromtimestamp(self.reset, datetime.UTC)
        except (OverflowError, OSError, ValueError):
            return None


def retry_after_seconds(headers: httpx.Headers) -> float | None:
    """``Retry-After`` as seconds: delta seconds, or an HTTP date taken against the response's ``Date``."""
    value = headers.get("Retry-After")
    if value is None:
        return None
    seconds = _integer(value)
    if seconds is not None:
        return float(max(0, seconds))
    when, now = _http_date(value), _http_date(headers.get("Date"))
    return None if when is None or now is None else max(0.0, when - now)
