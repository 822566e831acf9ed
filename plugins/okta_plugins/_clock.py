"""Time as the retry loop and pacing see it; replace it to test waits without waiting."""

from __future__ import annotations

import time
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """Where the client reads the time and sleeps. ``OktaClient.from_config(clock=...)`` takes one."""

    def time(self) -> float:
        """Wall-clock epoch seconds (compared with Okta's ``X-Rate-Limit-Reset``)."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start, never going back (for deadlines)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Block the calling thread for ``seconds``."""
        ...

    async def async_sleep(self, seconds: float) -> None:
        """Suspend the calling task for ``seconds``."""
        ...


class SystemClock:
    """The real clock: ``time.time``, ``time.monotonic``, ``time.sleep`` and ``anyio.sleep``."""

    def time(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        # anyio (an httpx dependency) sleeps under asyncio and trio alike, as httpx.AsyncClient runs on both.
        import anyio

        await anyio.sleep(seconds)

    def __repr__(self) -> str:
        return "SystemClock()"
