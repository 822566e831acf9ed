"""Built-in plugin ``okta.bearer``: a given OAuth 2.0 access token."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Collection

import httpx

from .._config import OktaConfig
from .._errors import MissingCredentialError
from ..hookspecs import hookimpl
from ._header import HeaderAuth


def scopes_in_jwt(token: str) -> frozenset[str] | None:
    """Read the ``scp`` claim of a JWT access token without verifying it.

    Used only to fail early on a missing scope; Okta still verifies the token.
    Returns ``None`` for opaque tokens.
    """
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (binascii.Error, ValueError):
        return None
    scp = payload.get("scp") if isinstance(payload, dict) else None
    if isinstance(scp, str):
        return frozenset(scp.split())
    if isinstance(scp, list) and all(isinstance(item, str) for item in scp):
        return frozenset(scp)
    return None


class BearerAuth(HeaderAuth):
    """Sends ``Authorization: Bearer <access token>``. The token never appears in the repr."""

    def __init__(self, access_token: str, scopes: Collection[str] | None = None) -> None:
        if not access_token:
            raise MissingCredentialError("Bearer needs an access token")
        self._header = f"Bearer {access_token}"
        self._scopes = frozenset(scopes) if scopes else scopes_in_jwt(access_token)

    def __repr__(self) -> str:
        return "BearerAuth(access_token='<redacted>')"

    def granted_scopes(self) -> frozenset[str] | None:
        """The configured scopes, else the token's ``scp`` claim, else ``None``."""
        return self._scopes

    def authorize(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = self._header


@hookimpl(trylast=True)
def okta_auth(config: OktaConfig, mode: str) -> httpx.Auth | None:
    """Serve mode ``Bearer`` from ``config.token`` (an access token)."""
    if mode != "Bearer":
        return None
    if config.token is None:
        raise MissingCredentialError(
            "authorization mode 'Bearer' needs an access token (okta.client.token or OKTA_CLIENT_TOKEN)"
        )
    return BearerAuth(config.token, config.scopes or None)
