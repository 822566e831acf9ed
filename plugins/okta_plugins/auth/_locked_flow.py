"""One auth flow for sync and async, with a lock around the shared token cache.

A credential writes its logic once as a generator that yields requests to send
and the markers ``ACQUIRE``/``RELEASE``; the sync driver maps the markers to a
``threading.Lock`` and the async driver to an ``asyncio.Lock``. A plain
``httpx.Auth.auth_flow`` cannot do this: holding a thread lock in an event loop
would block every other task. ``asyncio`` is imported on the async path only: a sync program
does not pay for it.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import AsyncGenerator, Generator
from typing import TYPE_CHECKING, Final

import httpx

from .._operation import is_token_request

if TYPE_CHECKING:
    import asyncio


class _Marker:
    def __init__(self, name: str) -> None:
        self._name = name

    def __repr__(self) -> str:
        return self._name


ACQUIRE: Final = _Marker("ACQUIRE")
RELEASE: Final = _Marker("RELEASE")

Step = httpx.Request | _Marker
CredentialFlow = Generator[Step, httpx.Response | None, None]


def send(
    request: httpx.Request,
) -> Generator[Step, httpx.Response | None, httpx.Response]:
    """Yield ``request`` and return its response (body read for token requests)."""
    response = yield request
    if response is None:  # pragma: no cover - the drivers always answer a request
        raise RuntimeError("auth flow driver sent no response")
    return response


class LockedFlowAuth(httpx.Auth):
    """Base class: subclasses implement ``flow``; this class drives it, sync or async."""

    def __init__(self) -> None:
        self._thread_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._async_locks_guard = threading.Lock()

    def flow(self, request: httpx.Request) -> CredentialFlow:
        """The credential's logic; see the module docstring."""
        raise NotImplementedError

    def _async_lock(self) -> asyncio.Lock:
        import asyncio

        # asyncio.Lock is bound to one event loop, so each loop gets its own.
        loop = asyncio.get_running_loop()
        with self._async_locks_guard:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.flow(request)
        held = False
        try:
            step = next(flow)
            while True:
                reply: httpx.Response | None = None
                if step is ACQUIRE:
                    self._thread_lock.acquire()
                    held = True
                elif step is RELEASE:
                    self._thread_lock.release()
                    held = False
                elif isinstance(step, httpx.Request):
                    reply = yield step
                    if is_token_request(step):
                        reply.read()
                try:
                    step = flow.send(reply)
                except StopIteration:
                    return
        finally:
            if held:
                self._thread_lock.release()
            flow.close()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.flow(request)
        lock = self._async_lock()
        held = False
        try:
            step = next(flow)
            while True:
                reply: httpx.Response | None = None
                if step is ACQUIRE:
                    await lock.acquire()
                    held = True
                elif step is RELEASE:
                    lock.release()
                    held = False
                elif isinstance(step, httpx.Request):
                    reply = yield step
                    if is_token_request(step):
                        await reply.aread()
                try:
                    step = flow.send(reply)
                except StopIteration:
                    return
        finally:
            if held:
                lock.release()
            flow.close()
