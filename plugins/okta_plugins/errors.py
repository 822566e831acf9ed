"""Typed errors raised by ``okta_plugins``.

Messages name what went wrong and what to change; they never contain a token,
key, client assertion, or header value.
"""

from __future__ import annotations

from collections.abc import Iterable

import httpx

__all__ = [
    "AuthError",
    "ConfigError",
    "InsufficientScopeError",
    "InvalidPrivateKeyError",
    "MissingClientIdError",
    "MissingCredentialError",
    "MissingScopeError",
    "NoAuthPluginError",
    "OktaPluginsError",
    "PkceError",
    "PkceStateMismatchError",
    "TokenEndpointError",
    "TokenEndpointUnreachableError",
    "UnsupportedKeyAlgorithmError",
]


def _scope_list(scopes: Iterable[str]) -> str:
    items = sorted(scopes)
    return ", ".join(items) if items else "(none)"


class OktaPluginsError(Exception):
    """Base class of every error raised by ``okta_plugins``."""


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
        self.url = url
        super().__init__(f"token endpoint {url} is unreachable: {reason}")


class TokenEndpointError(AuthError):
    """The token endpoint answered with an error."""

    def __init__(self, url: str, status_code: int, error: str | None, description: str | None) -> None:
        self.url = url
        self.status_code = status_code
        self.error = error
        self.description = description
        detail = error or "no error code"
        if description:
            detail = f"{detail}: {description}"
        super().__init__(f"token endpoint {url} answered {status_code} ({detail})")


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


class InsufficientScopeError(OktaPluginsError):
    """Okta refused an operation with 403; names the scope the operation needs."""

    def __init__(
        self,
        operation_id: str,
        required: Iterable[str],
        response: httpx.Response,
        granted: Iterable[str] | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.required = tuple(required)
        self.granted = None if granted is None else frozenset(granted)
        self.response = response
        has = "" if self.granted is None else f"; the token has {_scope_list(self.granted)}"
        super().__init__(
            f"{operation_id} was refused with 403: it needs scope "
            f"{_scope_list(self.required)}{has}; check that the scope is granted to "
            "the app and that the admin role allows the operation"
        )


class PkceError(AuthError):
    """The Authorization Code flow with PKCE failed."""


class PkceStateMismatchError(PkceError):
    """The redirect carried a ``state`` that this flow did not send."""
