"""The ``httpx.Auth`` every OktaClient request goes through.

Order per request: ``okta_prepare_request`` hooks; if the request is for the org
origin, the check that its path still matches its operation's template, the local
scope check and the plugin-provided auth (which may send token
requests and retry once); then ``okta_observe_response`` hooks on the final
response. Requests for other origins are sent without credentials.

A response an observer may raise on is read first: any status outside 2xx (``okta.errors`` raises
for all of them, 3xx included), and any response an observer did raise on. httpx closes the response
once an error leaves the auth flow, so an error carrying an unread body could never show it.
A 2xx nobody raises on stays unread, so ``client.stream(...)`` still streams.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, Generator

import httpx

from ._config import OktaConfig
from ._facade import OktaHooks
from ._operation import GRANTED_SCOPES_EXTENSION, is_token_request, operation_of
from ._origin import CredentialOrigin
from ._path_guard import check_operation_path
from ._scopes import ScopedCredential, check_operation_scopes
from .auth._header import plain_header_auth
from .types import Operation


def _raised_on(response: httpx.Response) -> bool:
    """Whether ``okta.errors`` raises for ``response``: any status outside 2xx."""
    return not 200 <= response.status_code < 300


class OperationAuth(httpx.Auth):
    """Runs the plugin hooks, the scope check and the origin guard around a credential."""

    def __init__(
        self,
        credential: httpx.Auth,
        hooks: OktaHooks,
        config: OktaConfig,
        origin: CredentialOrigin,
    ) -> None:
        self._credential = credential
        # Asked once: isinstance against a runtime-checkable Protocol costs about 6 us.
        self._scoped = credential if isinstance(credential, ScopedCredential) else None
        self._header_only = plain_header_auth(credential)
        self._hooks = hooks
        self._config = config
        self._origin = origin

    def __repr__(self) -> str:
        return f"OperationAuth(credential={self._credential!r}, origin={self._origin!r})"

    def _before(self, request: httpx.Request) -> tuple[Operation | None, bool]:
        operation = operation_of(request)
        self._hooks.prepare_request(request=request, operation=operation, config=self._config)
        trusted = self._origin.allows(request.url)
        if not trusted:
            self._origin.strip_if_foreign(request)
        else:
            # The scope check trusts the declared operation: first make sure the path still is that operation's.
            check_operation_path(operation, request.url, self._origin.url.path)
            self._check_scopes(request, operation, self._granted())
        return operation, trusted

    def _granted(self) -> frozenset[str] | None:
        return None if self._scoped is None else self._scoped.granted_scopes()

    def _check_scopes(
        self, request: httpx.Request, operation: Operation | None, granted: frozenset[str] | None
    ) -> None:
        if granted is not None:
            request.extensions = {
                **request.extensions,
                GRANTED_SCOPES_EXTENSION: granted,
            }
        if self._config.scope_check:
            check_operation_scopes(operation, granted)

    def _recheck_scopes(self, outgoing: httpx.Request, operation: Operation | None) -> None:
        """Check ``outgoing`` again with the scopes the credential reports now: a token may have
        arrived since ``_before``."""
        granted = self._granted()
        # Unknown scopes check nothing; scopes already stamped on this request were checked then.
        if granted is not None and outgoing.extensions.get(GRANTED_SCOPES_EXTENSION) != granted:
            self._check_scopes(outgoing, operation, granted)

    def _after(
        self,
        request: httpx.Request,
        response: httpx.Response,
        operation: Operation | None,
    ) -> None:
        self._hooks.observe_response(request=request, response=response, operation=operation, config=self._config)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        operation, trusted = self._before(request)
        if not trusted:
            response = yield request
        elif self._header_only is not None:
            self._header_only.authorize(request)
            response = yield request
        else:
            flow = self._credential.sync_auth_flow(request)
            try:
                outgoing = next(flow)
                while True:
                    if not is_token_request(outgoing):
                        self._recheck_scopes(outgoing, operation)
                    response = yield outgoing
                    try:
                        outgoing = flow.send(response)
                    except StopIteration:
                        break
            finally:
                flow.close()
        if _raised_on(response):
            response.read()
        try:
            self._after(request, response, operation)
        except Exception:
            with contextlib.suppress(httpx.HTTPError, httpx.StreamError):
                response.read()  # the observer's error is the one to report, not a failed read
            raise

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        operation, trusted = self._before(request)
        if not trusted:
            response = yield request
        elif self._header_only is not None:
            self._header_only.authorize(request)
            response = yield request
        else:
            flow = self._credential.async_auth_flow(request)
            try:
                outgoing = await flow.__anext__()
                while True:
                    if not is_token_request(outgoing):
                        self._recheck_scopes(outgoing, operation)
                    response = yield outgoing
                    try:
                        outgoing = await flow.asend(response)
                    except StopAsyncIteration:
                        break
            finally:
                await flow.aclose()
        if _raised_on(response):
            await response.aread()
        try:
            self._after(request, response, operation)
        except Exception:
            with contextlib.suppress(httpx.HTTPError, httpx.StreamError):
                await response.aread()  # the observer's error is the one to report, not a failed read
            raise
