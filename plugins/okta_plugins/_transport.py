"""Transport wrappers: the last line of the credential guard, and typed token-endpoint failures."""

from __future__ import annotations

import httpx

from ._operation import is_token_request
from ._origin import CredentialOrigin
from .errors import TokenEndpointUnreachableError


def _unreachable(request: httpx.Request, exc: httpx.TransportError) -> TokenEndpointUnreachableError:
    # The exception's text comes from the network stack and carries no request headers.
    return TokenEndpointUnreachableError(str(request.url.copy_with(query=None)), f"{type(exc).__name__}: {exc}")


class OktaTransport(httpx.BaseTransport):
    """Wraps a sync transport so credentials reach only the org origin."""

    def __init__(self, inner: httpx.BaseTransport, origin: CredentialOrigin) -> None:
        self._inner = inner
        self._origin = origin

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._origin.strip_if_foreign(request)
        try:
            return self._inner.handle_request(request)
        except httpx.TransportError as exc:
            if is_token_request(request):
                raise _unreachable(request, exc) from exc
            raise

    def close(self) -> None:
        self._inner.close()


class AsyncOktaTransport(httpx.AsyncBaseTransport):
    """Async twin of ``OktaTransport``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, origin: CredentialOrigin) -> None:
        self._inner = inner
        self._origin = origin

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._origin.strip_if_foreign(request)
        try:
            return await self._inner.handle_async_request(request)
        except httpx.TransportError as exc:
            if is_token_request(request):
                raise _unreachable(request, exc) from exc
            raise

    async def aclose(self) -> None:
        await self._inner.aclose()
