"""Built-in plugin ``okta.ssws``: Okta API tokens, sent as ``Authorization: SSWS <token>``."""

from __future__ import annotations

import httpx

from .._config import OktaConfig
from .._errors import MissingCredentialError
from ..hookspecs import hookimpl
from ._header import HeaderAuth


class SSWSAuth(HeaderAuth):
    """Sends an Okta API token. The token never appears in the repr."""

    def __init__(self, token: str) -> None:
        if not token:
            raise MissingCredentialError("SSWS needs an API token (okta.client.token)")
        self._header = f"SSWS {token}"

    def __repr__(self) -> str:
        return "SSWSAuth(token='<redacted>')"

    def authorize(self, request: httpx.Request) -> None:
        request.headers["Authorization"] = self._header


@hookimpl(trylast=True)
def okta_auth(config: OktaConfig, mode: str) -> httpx.Auth | None:
    """Serve mode ``SSWS`` from ``config.token``."""
    if mode != "SSWS":
        return None
    if config.token is None:
        raise MissingCredentialError(
            "authorization mode 'SSWS' needs an API token (okta.client.token or OKTA_CLIENT_TOKEN)"
        )
    return SSWSAuth(config.token)
