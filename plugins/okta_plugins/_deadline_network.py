"""The call's deadline inside httpcore's sync network I/O: connect, TLS, every read and write.

httpcore reads a status line and headers in its own loop, one socket read after another, each bounded
only by ``readTimeout``: a server sending a byte a second keeps a sync call going for as long as it likes.
``DeadlineBackend`` wraps the pool's network backend so that every stream operation is refused once
the deadline in force has passed, and otherwise gets a timeout cut to what is left of it. The deadline
in force is the one ``_deadline.deadline_scope`` set in this thread (a context variable, so that connections
reused by other calls carry no stale deadline); without one the backend changes nothing.
"""

from __future__ import annotations

import contextlib
import ssl
import typing
from collections.abc import Iterable, Iterator
from typing import NoReturn

import httpcore
import httpx

from ._deadline import Deadline, current_deadline

_WRITE_SLICE = 16 * 1024
"""Bytes written per socket write, so that a slow reader at the other end meets the deadline between slices."""

_TimeoutError = type[httpcore.TimeoutException]


def _message(deadline: Deadline, doing: str) -> str:
    return f"the {deadline.seconds:g} s deadline (okta.client.requestTimeout) passed while {doing}"


def _cut(timeout: float | None, error: _TimeoutError, doing: str) -> tuple[float | None, Deadline | None]:
    """``timeout`` cut to the deadline in force, and that deadline if the cut binds; raises once it has passed."""
    deadline = current_deadline()
    if deadline is None:
        return timeout, None
    remaining = deadline.remaining()
    if remaining <= 0:
        raise error(_message(deadline, doing))
    if timeout is not None and timeout <= remaining:
        return timeout, None
    return remaining, deadline


def _reraise(exc: httpcore.TimeoutException, deadline: Deadline | None, error: _TimeoutError, doing: str) -> NoReturn:
    """Raise the timeout ``exc`` again, or, when the deadline set it, one that says it was the deadline's."""
    if deadline is None:
        raise exc
    raise error(_message(deadline, doing)) from exc


@contextlib.contextmanager
def _named(deadline: Deadline | None, error: _TimeoutError, doing: str) -> Iterator[None]:
    """Say that a timeout was the deadline's when the deadline set it (for the rarer operations: connect, TLS)."""
    try:
        yield
    except httpcore.TimeoutException as exc:
        _reraise(exc, deadline, error, doing)


class DeadlineNetworkStream(httpcore.NetworkStream):
    """A network stream whose operations stop at the deadline in force."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        doing = "the response was being received"
        timeout, deadline = _cut(timeout, httpcore.ReadTimeout, doing)
        # try/except rather than a context manager: reads and writes are on every call's path.
        try:
            return self._inner.read(max_bytes, timeout)
        except httpcore.TimeoutException as exc:
            _reraise(exc, deadline, httpcore.ReadTimeout, doing)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        doing = "the request was being sent"
        for start in range(0, len(buffer), _WRITE_SLICE):
            cut, deadline = _cut(timeout, httpcore.WriteTimeout, doing)
            try:
                self._inner.write(buffer[start : start + _WRITE_SLICE] if len(buffer) > _WRITE_SLICE else buffer, cut)
            except httpcore.TimeoutException as exc:
                _reraise(exc, deadline, httpcore.WriteTimeout, doing)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        doing = "the TLS handshake was under way"
        timeout, deadline = _cut(timeout, httpcore.ConnectTimeout, doing)
        with _named(deadline, httpcore.ConnectTimeout, doing):
            return DeadlineNetworkStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """A network backend whose streams stop at the deadline in force (see ``_deadline.deadline_scope``)."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        doing = "connecting"
        timeout, deadline = _cut(timeout, httpcore.ConnectTimeout, doing)
        with _named(deadline, httpcore.ConnectTimeout, doing):
            return DeadlineNetworkStream(self.inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.NetworkStream:
        doing = "connecting"
        timeout, deadline = _cut(timeout, httpcore.ConnectTimeout, doing)
        with _named(deadline, httpcore.ConnectTimeout, doing):
            return DeadlineNetworkStream(self.inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        # httpcore sleeps between connect retries; no point sleeping past the deadline.
        deadline = current_deadline()
        if deadline is not None:
            seconds = max(0.0, min(seconds, deadline.remaining()))
        self.inner.sleep(seconds)


def bound_network_by_deadline(transport: httpx.BaseTransport) -> None:
    """Put ``DeadlineBackend`` under ``transport``'s connection pool if it is an ``httpx.HTTPTransport``.

    httpx builds the pool (and its backend) inside ``HTTPTransport``, from every option it was given
    (SSL context, limits, HTTP/2, proxy); wrapping the backend keeps all of them. That takes two private
    attributes, ``HTTPTransport._pool`` and the pool's ``_network_backend``, which
    ``tests/plugins/test_resilience_deadline.py`` checks so that an upgrade removing them fails loudly.
    Other transports (test doubles, custom ones) are left alone.
    """
    if not isinstance(transport, httpx.HTTPTransport):
        return
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
