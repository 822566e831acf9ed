"""Credentials that only set a header: no token requests, nothing to do with the response."""

from __future__ import annotations

from collections.abc import Generator

import httpx


class HeaderAuth(httpx.Auth):
    """An ``httpx.Auth`` whose whole flow is ``authorize(request)`` and one send.

    ``OperationAuth`` calls ``authorize`` directly instead of driving the auth-flow generator
    (about 3 us a call), unless a subclass overrides ``auth_flow`` or ``sync_auth_flow``.
    """

    def authorize(self, request: httpx.Request) -> None:
        """Set this credential's header on ``request``."""
        raise NotImplementedError

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.authorize(request)
        yield request


def plain_header_auth(credential: httpx.Auth) -> HeaderAuth | None:
    """``credential`` if its flows are exactly ``HeaderAuth``'s, else ``None``."""
    if not isinstance(credential, HeaderAuth):
        return None
    kind = type(credential)
    unchanged = (
        kind.auth_flow is HeaderAuth.auth_flow
        and kind.sync_auth_flow is httpx.Auth.sync_auth_flow
        and kind.async_auth_flow is httpx.Auth.async_auth_flow
        and not kind.requires_request_body
        and not kind.requires_response_body
    )
    return credential if unchanged else None
