"""Transport wrappers: the last line of the credential guard, one log record per exchange,
typed token-endpoint failures, and the call's deadline over the response body."""

from __future__ import annotations

import time

import httpx

from ._deadline import async_bound_by_deadline, bound_by_deadline
from ._errors import TokenEndpointUnreachableError
from ._logging import log_exchange, log_failure
from ._operation import is_token_request
from ._origin import CredentialOrigin
from ._redact import redact_url


def _unreachable(request: httpx.Request, exc: httpx.TransportError) -> TokenEndpointUnreachableError:
    # The exception's text comes from the network stack and carries no request headers.
    return TokenEndpointUnreachableError(redact_url(request.url.copy_with(query=None)), f"{type(exc).__name__}: {exc}")


class OktaTransport(httpx.BaseTransport):
    """Wraps a sync transport so credentials reach only the org origin."""

    def __init__(self, inner: httpx.BaseTransport, origin: CredentialOrigin) -> None:
        self._inner = inner
        self._origin = origin

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._origin.strip_if_foreign(request)
        started = time.perf_counter()
        try:
            response = self._inner.handle_request(request)
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
