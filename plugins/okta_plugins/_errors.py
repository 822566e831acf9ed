"""Typed errors the runtime raises; users import them from ``okta_client``.

Messages name what went wrong and what to change; they never contain a token,
key, client assertion, or header value.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import httpx
from okta_api.errors import OktaError  # type: ignore[import-not-found, unused-ignore]

from ._rate_limit_headers import RateLimitHeaders, retry_after_seconds
from ._redact import redact_text, redact_url

__all__ = [
    "AuthError",
    "BadRequestError",
    "ConfigError",
    "ConflictError",
    "ForbiddenError",
    "ForeignNextLinkError",
    "InsufficientScopeError",
    "InvalidPrivateKeyError",
    "MissingClientIdError",
    "MissingCredentialError",
    "MissingScopeError",
    "NoAuthPluginError",
    "NotFoundError",
    "OktaApiError",
    "OktaConnectionError",
    "OktaPluginsError",
    "OktaTimeoutError",
    "OktaTransportError",
    "OperationPathError",
    "PaginationError",
    "PkceError",
    "PkceStateMismatchError",
    "PluginError",
    "PluginHookError",
    "PluginLoadError",
    "PluginSettingsError",
    "RateLimitError",
    "ResponseDecodeError",
    "ServerError",
    "TokenEndpointError",
    "TokenEndpointUnreachableError",
    "UnauthorizedError",
    "UnsupportedKeyAlgorithmError",
    "error_for_response",
]


def _scope_list(scopes: Iterable[str]) -> str:
    items = sorted(scopes)
    return ", ".join(items) if items else "(none)"


class OktaPluginsError(OktaError):  # type: ignore[misc, unused-ignore]
    """Base class of every error the runtime raises; an ``OktaError`` like the generated package's errors."""


class ConfigError(OktaPluginsError, ValueError):
    """The configuration is incomplete or invalid."""


class NoAuthPluginError(ConfigError):
    """No plugin provides authentication for the configured mode."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        super().__init__(
            f"no plugin provides authorization mode {mode!r}; "
            "use SSWS, Bearer or PrivateKey, or install a plugin for it"
        )


class AuthError(OktaPluginsError):
    """Authentication could not be set up or a token could not be obtained."""


class MissingCredentialError(AuthError, ConfigError):
    """The authorization mode needs a credential that is not configured."""


class MissingClientIdError(MissingCredentialError):
    """An OAuth 2.0 mode was chosen without a client id."""

    def __init__(self, mode: str) -> None:
        super().__init__(
            f"authorization mode {mode!r} needs a client id (okta.client.clientId or OKTA_CLIENT_CLIENTID)"
        )


class InvalidPrivateKeyError(AuthError, ConfigError):
    """The private key cannot be read as a PEM or JWK private key."""


class UnsupportedKeyAlgorithmError(AuthError, ConfigError):
    """The key or requested algorithm is not RS256 or ES256."""


class TokenEndpointUnreachableError(AuthError):
    """The token endpoint could not be reached."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = redact_url(url)
        super().__init__(f"token endpoint {self.url} is unreachable: {redact_text(reason)}")


class TokenEndpointError(AuthError):
    """The token endpoint answered with an error."""

    def __init__(self, url: str, status_code: int, error: str | None, description: str | None) -> None:
        self.url = redact_url(url)
        self.status_code = status_code
        self.error = error
        self.description = description
        detail = error or "no error code"
        if description:
            detail = f"{detail}: {description}"
        super().__init__(f"token endpoint {self.url} answered {status_code} ({detail})")


class MissingScopeError(OktaPluginsError):
    """An operation needs a scope that the access token was not granted.

    Raised before the request is sent.
    """

    def __init__(self, operation_id: str, required: Iterable[str], granted: Iterable[str]) -> None:
        self.operation_id = operation_id
        self.required = tuple(required)
        self.granted = frozenset(granted)
        super().__init__(
            f"{operation_id} needs scope {_scope_list(self.required)}, "
            f"but the access token has {_scope_list(self.granted)}; "
            "add the scope to okta.client.scopes and grant it to the app"
        )


class OperationPathError(OktaPluginsError, ValueError):
    """A request's path no longer matches its operation's path template (a dot segment or a hook
    moved it to another endpoint). Raised before credentials are added; nothing is sent."""

    def __init__(self, operation_id: str, template: str, reason: str) -> None:
        self.operation_id = operation_id
        self.template = template
        super().__init__(f"{operation_id}: the request path does not match {template} ({reason}); nothing was sent")


class PluginError(OktaPluginsError):
    """A plugin other than the built-ins failed. ``plugin`` is its registered name (an entry point's
    name), ``distribution`` the distribution and version it came from (``None`` for a plugin passed
    in code), ``hook`` the hook it failed in and ``operation_id`` the operation concerned, when known.
    The original exception is chained as ``__cause__``."""

    def __init__(
        self,
        message: str,
        *,
        plugin: str,
        distribution: str | None = None,
        hook: str | None = None,
        operation_id: str | None = None,
    ) -> None:
        self.plugin = plugin
        self.distribution = distribution
        self.hook = hook
        self.operation_id = operation_id
        super().__init__(message)


def describe_plugin(plugin: str, distribution: str | None) -> str:
    """``plugin 'acme-audit' (distribution acme-audit 1.2.0)``: how errors and warnings name a plugin."""
    return f"plugin {plugin!r}" + (f" (distribution {distribution})" if distribution else "")


class PluginHookError(PluginError):
    """A plugin's hook raised an exception that is not an ``OktaPluginsError``."""

    def __init__(
        self, exc: BaseException, *, plugin: str, distribution: str | None, hook: str, operation_id: str | None
    ) -> None:
        where = f" for operation {operation_id}" if operation_id else ""
        detail = redact_text(str(exc))
        super().__init__(
            f"{describe_plugin(plugin, distribution)} failed in {hook}{where}: "
            f"{type(exc).__name__}{': ' + detail if detail else ''}",
            plugin=plugin,
            distribution=distribution,
            hook=hook,
            operation_id=operation_id,
        )


class PluginLoadError(PluginError):
    """An installed plugin could not be imported, or its hooks do not match the hookspecs."""


class PluginSettingsError(PluginError, ConfigError):
    """A plugin's own settings are missing, unknown or of the wrong type; names plugin, key and source."""


class PkceError(AuthError):
    """The Authorization Code flow with PKCE failed."""


class PkceStateMismatchError(PkceError):
    """The redirect carried a ``state`` that this flow did not send."""


# --- Okta answered with an error status -------------------------------------------------------------

EXCERPT_LENGTH = 200
"""Characters of a response body kept in an error (whitespace collapsed)."""


def body_excerpt(response: httpx.Response) -> str:
    """The start of ``response``'s body on one line, or ``""`` when the body is empty or not read."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return ""
    text = " ".join(content[: EXCERPT_LENGTH * 4].decode("utf-8", errors="replace").split())
    return text if len(text) <= EXCERPT_LENGTH else text[: EXCERPT_LENGTH - 3] + "..."


def _json_object(response: httpx.Response) -> Mapping[str, Any]:
    try:
        data = json.loads(response.content) if response.content else None
    except (httpx.ResponseNotRead, ValueError, RecursionError):
        return {}
    return data if isinstance(data, Mapping) else {}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _causes(value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    causes = (cause.get("errorSummary") if isinstance(cause, Mapping) else cause for cause in value)
    return tuple(cause for cause in causes if isinstance(cause, str) and cause)


def _request_line(response: httpx.Response) -> tuple[str | None, str | None]:
    try:
        request = response.request
    except RuntimeError:  # a response built by hand has no request
        return None, None
    return request.method, request.url.path


class OktaApiError(OktaPluginsError):
    """Okta answered a request with a status outside 2xx.

    One class per status family, chosen by ``error_for_response``: ``BadRequestError`` (400),
    ``UnauthorizedError`` (401), ``ForbiddenError`` (403), ``NotFoundError`` (404),
    ``ConflictError`` (409), ``RateLimitError`` (429), ``ServerError`` (5xx), this class otherwise.
    The body may be Okta's JSON error, empty, HTML or broken; what could be read is kept.
    """

    def __init__(self, response: httpx.Response, *, operation_id: str | None = None, detail: str | None = None) -> None:
        body = _json_object(response)
        self.response = response
        self.status_code: int = response.status_code
        self.operation_id = operation_id
        self.method, self.path = _request_line(response)
        self.error_code = _text(body.get("errorCode")) or _text(body.get("error"))
        """Okta's ``errorCode`` (``E0000007``), or an OAuth ``error``."""
        self.error_summary = _text(body.get("errorSummary")) or _text(body.get("error_description"))
        self.error_id = _text(body.get("errorId"))
        self.error_causes = _causes(body.get("errorCauses"))
        """The ``errorSummary`` of each of Okta's ``errorCauses``."""
        self.request_id = response.headers.get("X-Okta-Request-Id")
        self.retry_after: float | None = self._retry_after()
        """Seconds from the response until the server accepts a retry (``Retry-After``; for a 429 the
        rate-limit reset first), or ``None`` when it did not say."""
        self.excerpt = body_excerpt(response)
        """The start of the body, for bodies that are not Okta's JSON error."""
        self.detail = detail
        super().__init__(self._describe())

    def _subject(self) -> str:
        line = f"{self.method} {self.path}" if self.method else "a request"
        return f"{self.operation_id} ({line})" if self.operation_id else line

    def _describe(self) -> str:
        reason = self.response.reason_phrase
        text = f"{self._subject()} answered {self.status_code}{' ' + reason if reason else ''}"
        if self.error_code or self.error_summary:
            text += ": " + " ".join(part for part in (self.error_code, self.error_summary) if part)
            if self.error_causes:
                text += f" ({'; '.join(self.error_causes)})"
        elif self.excerpt:
            text += f"; body starts {self.excerpt!r}"
        else:
            text += "; empty body"
        text += self._specifics()
        if self.detail:
            text += f"; {self.detail}"
        if self.request_id:
            text += f" [request id {self.request_id}]"
        return text

    def _retry_after(self) -> float | None:
        return retry_after_seconds(self.response.headers)

    def _specifics(self) -> str:
        return "" if self.retry_after is None else f"; the server asks to retry after {self.retry_after:.0f} s"


class BadRequestError(OktaApiError):
    """400: Okta rejected the request (validation: see ``error_causes``)."""


class UnauthorizedError(OktaApiError):
    """401: the credential is missing, invalid or expired."""


class ForbiddenError(OktaApiError):
    """403: the credential is valid but may not do this."""


class InsufficientScopeError(ForbiddenError):
    """Okta refused an operation with 403; names the scope the operation needs."""

    def __init__(
        self,
        operation_id: str,
        required: Iterable[str],
        response: httpx.Response,
        granted: Iterable[str] | None = None,
    ) -> None:
        self.required = tuple(required)
        self.granted = None if granted is None else frozenset(granted)
        super().__init__(response, operation_id=operation_id)

    def _describe(self) -> str:
        has = "" if self.granted is None else f"; the token has {_scope_list(self.granted)}"
        return (
            f"{self.operation_id} was refused with 403: it needs scope "
            f"{_scope_list(self.required)}{has}; check that the scope is granted to "
            "the app and that the admin role allows the operation"
        )


class NotFoundError(OktaApiError):
    """404: no such resource (or the caller may not know it exists)."""


class ConflictError(OktaApiError):
    """409: the request conflicts with the resource's current state."""


class RateLimitError(OktaApiError):
    """429: a rate limit was hit; ``reset_at`` says when it refills."""

    def __init__(self, response: httpx.Response, *, operation_id: str | None = None, detail: str | None = None) -> None:
        headers = RateLimitHeaders.of(response.headers)
        self.limit = headers.limit
        self.remaining = headers.remaining
        self.reset_at = headers.reset_at()
        """When the limit resets (``X-Rate-Limit-Reset``), as an aware UTC datetime, or ``None``."""
        self.seconds_to_reset = headers.seconds_to_reset()
        """Seconds from the response's ``Date`` to the reset, or ``None`` without both headers."""
        super().__init__(response, operation_id=operation_id, detail=detail)

    def _retry_after(self) -> float | None:
        return self.seconds_to_reset if self.seconds_to_reset is not None else super()._retry_after()

    def _specifics(self) -> str:
        if self.reset_at is None:
            return super()._specifics()
        text = f"; the limit resets at {self.reset_at:%Y-%m-%dT%H:%M:%SZ}"
        if self.seconds_to_reset is not None:
            text += f" (in {self.seconds_to_reset:.0f} s)"
        return text


class ServerError(OktaApiError):
    """5xx: Okta or a gateway failed."""


_STATUS_ERRORS: dict[int, type[OktaApiError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def error_for_response(
    response: httpx.Response, operation_id: str | None = None, detail: str | None = None
) -> OktaApiError:
    """The ``OktaApiError`` subclass for ``response``'s status, built from it (body read or not)."""
    status = response.status_code
    cls = _STATUS_ERRORS.get(status) or (ServerError if 500 <= status < 600 else OktaApiError)
    return cls(response, operation_id=operation_id, detail=detail)


class ResponseDecodeError(OktaPluginsError, json.JSONDecodeError):
    """A success response's body is not valid JSON (truncated, HTML, another encoding).

    Raised by ``response.json()`` on responses received through ``OktaClient``; still a
    ``json.JSONDecodeError``, so existing handlers keep working.
    """

    def __init__(self, response: httpx.Response, operation_id: str | None, cause: Exception) -> None:
        doc, pos = (cause.doc, cause.pos) if isinstance(cause, json.JSONDecodeError) else ("", 0)
        json.JSONDecodeError.__init__(self, str(cause), doc, pos)
        self.response = response
        self.status_code = response.status_code
        self.operation_id = operation_id
        self.excerpt = body_excerpt(response)
        method, path = _request_line(response)
        subject = operation_id or (f"{method} {path}" if method else "a response")
        self.args = (
            f"{subject}: the {self.status_code} response body is not valid JSON ({cause}); "
            f"body starts {self.excerpt!r}",
        )

    def __str__(self) -> str:
        return str(self.args[0])


# --- no response at all --------------------------------------------------------------------------


class OktaTransportError(OktaPluginsError, httpx.TransportError):
    """The request got no response (after any retries); still an ``httpx.TransportError``."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class OktaConnectionError(OktaTransportError):
    """The connection could not be made or broke before a response arrived."""


class OktaTimeoutError(OktaTransportError, httpx.TimeoutException):
    """A connect, read, write or pool timeout, or the call's deadline, expired."""


# --- pagination ----------------------------------------------------------------------------------


class PaginationError(OktaPluginsError):
    """A list could not be followed to its next page."""


class ForeignNextLinkError(PaginationError):
    """A ``next`` link points to another origin or to plain http; it is not followed."""

    def __init__(self, link_origin: str, expected_origin: str) -> None:
        self.link_origin = link_origin
        self.expected_origin = expected_origin
        super().__init__(
            f"refusing to follow a next link to {link_origin}: pages are only fetched from "
            f"{expected_origin}, so that credentials are never sent elsewhere"
        )
