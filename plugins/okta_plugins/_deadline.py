"""The call's deadline (``requestTimeout``) while a response body arrives.

Per-read timeouts cannot bound a body that trickles in (a byte a second never times out a read).
The retry loop puts a ``Deadline`` in each attempt's ``request.extensions``; the transport wraps
the response stream so that before every chunk the deadline is checked and the next read's
timeout is cut to what is left of it. httpcore reads ``extensions["timeout"]`` afresh for each
read, so the cut applies to the read in progress. Passing the deadline raises ``httpx.ReadTimeout``,
which the retry loop turns into ``OktaTimeoutError``. Inside each read, and while connecting,
sending and receiving a status line and headers (httpcore's own loop, which no stream wrapper
reaches), the sync network backend of ``_deadline_network`` enforces the deadline that
``deadline_scope`` puts in force; async attempts are cancelled at the deadline by the retry loop.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from contextvars import ContextVar, Token

import httpx

from ._clock import Clock

DEADLINE_EXTENSION = "okta_deadline"
"""Key of ``request.extensions`` holding the attempt's ``Deadline``."""


class Deadline:
    """A point on a clock's monotonic time by which a call must be done."""

    def __init__(self, clock: Clock, seconds: float) -> None:
        self.clock = clock
        self.seconds = seconds
        self.at = clock.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left; zero or less once passed."""
        return self.at - self.clock.monotonic()

    def __repr__(self) -> str:
        return f"Deadline({self.seconds:g} s)"


_in_force: ContextVar[Deadline | None] = ContextVar("okta_deadline", default=None)


def current_deadline() -> Deadline | None:
    """The deadline network I/O in this context must meet (see ``_deadline_network``), if any."""
    return _in_force.get()


def enter_deadline(deadline: Deadline | None) -> Token[Deadline | None] | None:
    """Put ``deadline`` in force; the token to give ``leave_deadline``, or ``None`` if nothing changed.

    The hot-path form of ``deadline_scope`` (a generator context manager costs about 1.5 us, and a call
    enters several scopes); ``None``, or the deadline already in force, changes nothing.
    """
    if deadline is None or _in_force.get() is deadline:
        return None
    return _in_force.set(deadline)


def leave_deadline(token: Token[Deadline | None] | None) -> None:
    """Undo ``enter_deadline``."""
    if token is not None:
        _in_force.reset(token)


@contextlib.contextmanager
def deadline_scope(deadline: Deadline | None) -> Iterator[None]:
    """Make ``deadline`` the one network I/O in this context must meet (``None``: change nothing)."""
    token = enter_deadline(deadline)
    try:
        yield
    finally:
        leave_deadline(token)


def _tighten(request: httpx.Request, deadline: Deadline) -> None:
    """Raise once the deadline has passed, else cut the read timeout to what is left of it."""
    remaining = deadline.remaining()
    if remaining <= 0:
        raise httpx.ReadTimeout(
            f"the {deadline.seconds:g} s deadline (okta.client.requestTimeout) passed while the response "
            "body was being received",
            request=request,
        )
    timeout = request.extensions.get("timeout")
    if isinstance(timeout, dict):
        read = timeout.get("read")
        timeout["read"] = remaining if read is None else min(read, remaining)


class DeadlineStream(httpx.SyncByteStream):
    """A response stream that stops at the request's deadline."""

    def __init__(self, inner: httpx.SyncByteStream, request: httpx.Request, deadline: Deadline) -> None:
        self._inner, self._request, self._deadline = inner, request, deadline

    def __iter__(self) -> Iterator[bytes]:
        chunks = iter(self._inner)
        while True:
            _tighten(self._request, self._deadline)
            token = enter_deadline(self._deadline)
            try:
                chunk = next(chunks, None)
            finally:
                leave_deadline(token)
            if chunk is None:
                return
            yield chunk

    def close(self) -> None:
        self._inner.close()


class AsyncDeadlineStream(httpx.AsyncByteStream):
    """Async twin of ``DeadlineStream``."""

    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request, deadline: Deadline) -> None:
        self._inner, self._request, self._deadline = inner, request, deadline

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = aiter(self._inner)
        while True:
            _tighten(self._request, self._deadline)
            chunk = await anext(chunks, None)
            if chunk is None:
                return
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def deadline_of(request: httpx.Request) -> Deadline | None:
    """The deadline the retry loop put on ``request``, if any."""
    deadline = request.extensions.get(DEADLINE_EXTENSION)
    return deadline if isinstance(deadline, Deadline) else None


def bound_by_deadline(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """Make ``response``'s body (from a sync transport) stop at ``request``'s deadline, if it has one."""
    deadline = deadline_of(request)
    if deadline is not None and isinstance(response.stream, httpx.SyncByteStream):
        response.stream = DeadlineStream(response.stream, request, deadline)
    return response


def async_bound_by_deadline(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """Async twin of ``bound_by_deadline``."""
    deadline = deadline_of(request)
    if deadline is not None and isinstance(response.stream, httpx.AsyncByteStream):
        response.stream = AsyncDeadlineStream(response.stream, request, deadline)
    return response
