"""Transport wrappers: the last line of the credential guard, one log record per exchange,
typed token-endpoint failures, and the call's deadline over network I/O and the response body."""

from __future__ import annotations

import time
from typing import Any

import httpx

from ._deadline import async_bound_by_deadline, bound_by_deadline, deadline_of, enter_deadline, leave_deadline
from ._errors import TokenEndpointUnreachableError
from ._logging import log_exchange, log_failure
from ._operation import is_token_request
from ._origin import CredentialOrigin
from ._redact import redact_url

POOL_OPTIONS = ("verify", "cert", "trust_env", "http1", "http2", "limits", "proxy")
"""``httpx.Client`` arguments httpx applies only to transports it builds; ``OktaClient`` builds its own."""


def pool_options(httpx_args: dict[str, Any], verify: Any) -> dict[str, Any]:
    """Arguments for the inner ``httpx.HTTPTransport`` / ``AsyncHTTPTransport``: ``verify`` unless
    ``httpx_args`` sets it, and whichever of ``POOL_OPTIONS`` ``httpx_args`` gives."""
    return {"verify": verify} | {name: httpx_args[name] for name in POOL_OPTIONS if name in httpx_args}


def _unreachable(request: httpx.Request, exc: httpx.TransportError) -> TokenEndpointUnreachableError:
    # The exception's text comes from the network stack and carries no request headers.
    return TokenEndpointUnreachableError(redact_url(request.url.copy_with(query=None)), f"{type(exc).__name__}: {exc}")


class OktaTransport(httpx.BaseTransport):
    """Wraps a sync transport so credentials reach only the org origin."""

    def __init__(self, inner: httpx.BaseTransport, origin: CredentialOrigin) -> None:
        # httpcore loads with the first transport, as in httpx itself, not with this module.
        from ._deadline_network import bound_network_by_deadline

        bound_network_by_deadline(inner)
        self._inner = inner
        self._origin = origin

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._origin.strip_if_foreign(request)
        started = time.perf_counter()
        try:
            # Connecting, sending, the status line and headers: each socket operation meets the deadline
            # (usually in force already: the retry loop entered it).
            token = enter_deadline(deadline_of(request))
            try:
                response = self._inner.handle_request(request)
            finally:
                leave_deadline(token)
        except httpx.TransportError as exc:
            log_failure(request, exc, time.perf_counter() - started)
            if is_token_request(request):
                raise _unreachable(request, exc) from exc
            raise
        log_exchange(request, response, time.perf_counter() - started)
        return bound_by_deadline(request, response)

    def close(self) -> None:
        self._inner.close()


class AsyncOktaTransport(httpx.AsyncBaseTransport):
    """Async twin of ``OktaTransport``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, origin: CredentialOrigin) -> None:
        self._inner = inner
        self._origin = origin

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._origin.strip_if_foreign(request)
        started = time.perf_counter()
        try:
            response = await self._inner.handle_async_request(request)
        except httpx.TransportError as exc:
            log_failure(request, exc, time.perf_counter() - started)
            if is_token_request(request):
                raise _unreachable(request, exc) from exc
            raise
        log_exchange(request, response, time.perf_counter() - started)
        return async_bound_by_deadline(request, response)

    async def aclose(self) -> None:
        await self._inner.aclose()
