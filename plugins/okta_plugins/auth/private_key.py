"""Built-in plugin ``okta.private_key``: OAuth 2.0 client credentials with private_key_jwt.

The access token is cached, renewed shortly before it expires, and renewed once
more when Okta answers 401 ``invalid_token``. With ``dpop`` enabled every
request carries a DPoP proof (RFC 9449).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection, Generator
from typing import TYPE_CHECKING

import attrs
import httpx

from .._config import OktaConfig
from .._errors import MissingClientIdError, MissingCredentialError
from .._operation import TOKEN_REQUEST_EXTENSION
from ..hookspecs import hookimpl
from ._locked_flow import ACQUIRE, RELEASE, CredentialFlow, LockedFlowAuth, Step, send
from ._oauth import expires_in, granted_scopes, oauth_error, token_response_body

if TYPE_CHECKING:
    from ._keys import SigningKey
    from .dpop import DPoPProver

# One hierarchy for everything the client logs (issue 6), whatever module writes it.
logger = logging.getLogger("okta_api.auth.private_key")

CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
ASSERTION_LIFETIME = 300
"""Seconds a client assertion is valid; Okta accepts at most one hour."""


@attrs.frozen
class AccessToken:
    """A token from the token endpoint. The token itself is not in the repr."""

    value: str = attrs.field(repr=False)
    token_type: str
    scopes: frozenset[str]
    renew_at: float
    """Clock reading after which the token is renewed before use."""


def _unique_id() -> str:
    # uuid loads on first use: every client registers this plugin, few sign assertions.
    import uuid

    return str(uuid.uuid4())


def _challenge_error(response: httpx.Response) -> str:
    return str(response.headers.get("www-authenticate", ""))


class PrivateKeyAuth(LockedFlowAuth):
    """Client credentials with a signed client assertion; optional DPoP."""

    def __init__(
        self,
        *,
        token_endpoint: str,
        client_id: str,
        scopes: Collection[str],
        key: SigningKey,
        dpop: bool = False,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        if not client_id:
            raise MissingClientIdError("PrivateKey")
        if not scopes:
            raise MissingCredentialError(
                "authorization mode 'PrivateKey' needs scopes (okta.client.scopes or OKTA_CLIENT_SCOPES)"
            )
        self.token_endpoint = httpx.URL(token_endpoint)
        self.client_id = client_id
        self.scopes = tuple(scopes)
        self._key = key
        self._dpop: DPoPProver | None = None
        if dpop:
            from .dpop import DPoPProver

            self._dpop = DPoPProver()
        self._refresh_margin = refresh_margin
        self._clock = clock
        self._token: AccessToken | None = None

    @classmethod
    def from_config(cls, config: OktaConfig) -> PrivateKeyAuth:
        """Build from ``config``; raises a typed error for each missing or bad setting."""
        if not config.client_id:
            raise MissingClientIdError(config.authorization_mode)
        if not config.private_key:
            raise MissingCredentialError(
                "authorization mode 'PrivateKey' needs a private key (okta.client.privateKey or OKTA_CLIENT_PRIVATEKEY)"
            )
        # Imported here: every client registers this plugin, and only this mode loads keys (cryptography).
        from ._keys import load_signing_key

        return cls(
            token_endpoint=config.token_endpoint,
            client_id=config.client_id,
            scopes=config.scopes,
            key=load_signing_key(config.private_key, config.kid),
            dpop=config.dpop,
        )

    def __repr__(self) -> str:
        return (
            f"PrivateKeyAuth(client_id={self.client_id!r}, scopes={self.scopes!r}, "
            f"algorithm={self._key.algorithm!r}, dpop={self._dpop is not None})"
        )

    def granted_scopes(self) -> frozenset[str]:
        """The cached token's scopes, or the requested ones (an upper bound) before a token exists."""
        token = self._token
        return token.scopes if token is not None else frozenset(self.scopes)

    def client_assertion(self) -> str:
        """A fresh signed client assertion for the token endpoint."""
        now = int(time.time())
        claims = {
            "iss": self.client_id,
            "sub": self.client_id,
            "aud": str(self.token_endpoint),
            "iat": now,
            "exp": now + ASSERTION_LIFETIME,
            "jti": _unique_id(),
        }
        headers = {"kid": self._key.kid} if self._key.kid else None
        # Imported here, not at module top: every client registers this plugin, few use this mode.
        import jwt

        return jwt.encode(claims, self._key.key, algorithm=self._key.algorithm, headers=headers)

    def _token_request(self) -> httpx.Request:
        form = {
            "grant_type": "client_credentials",
            "scope": " ".join(self.scopes),
            "client_assertion_type": CLIENT_ASSERTION_TYPE,
            "client_assertion": self.client_assertion(),
        }
        headers = {"Accept": "application/json"}
        if self._dpop is not None:
            headers["DPoP"] = self._dpop.proof("POST", self.token_endpoint, nonce=self._dpop.token_nonce)
        return httpx.Request(
            "POST",
            self.token_endpoint,
            data=form,
            headers=headers,
            extensions={TOKEN_REQUEST_EXTENSION: True},
        )

    def _parse_token(self, response: httpx.Response) -> AccessToken:
        body = token_response_body(str(self.token_endpoint), response)
        lifetime = expires_in(body)
        granted = granted_scopes(body, self.scopes)
        token = AccessToken(
            value=body["access_token"],
            token_type=str(body.get("token_type", "Bearer")),
            scopes=granted,
            renew_at=self._clock() + lifetime - min(self._refresh_margin, lifetime / 2),
        )
        logger.debug(
            "obtained a %s access token for %s, valid %ss, scopes %s",
            token.token_type,
            self.client_id,
            lifetime,
            " ".join(sorted(granted)),
        )
        return token

    def _exchange(self) -> Generator[Step, httpx.Response | None, AccessToken]:
        logger.debug("requesting an access token from %s", self.token_endpoint)
        response = yield from send(self._token_request())
        if self._dpop is not None:
            nonce = response.headers.get("dpop-nonce")
            if nonce:
                self._dpop.token_nonce = nonce
            if response.status_code == 400 and nonce and oauth_error(response)[0] == "use_dpop_nonce":
                logger.debug("token endpoint asked for a DPoP nonce; retrying once")
                response = yield from send(self._token_request())
        return self._parse_token(response)

    def _current_token(self, stale: AccessToken | None) -> Generator[Step, httpx.Response | None, AccessToken]:
        token = self._token
        if token is not None and token is not stale and self._clock() < token.renew_at:
            return token
        yield ACQUIRE
        # Another caller may have renewed the token while this one waited for the lock.
        token = self._token
        if token is None or token is stale or self._clock() >= token.renew_at:
            self._token = None
            token = yield from self._exchange()
            self._token = token
        yield RELEASE
        return token

    def _authorize(self, request: httpx.Request, token: AccessToken) -> None:
        # The token endpoint decides the binding: a Bearer answer to a DPoP request is sent as Bearer.
        if self._dpop is not None and token.token_type.lower() == "dpop":
            request.headers["Authorization"] = f"DPoP {token.value}"
            request.headers["DPoP"] = self._dpop.proof(
                request.method,
                request.url,
                access_token=token.value,
                nonce=self._dpop.resource_nonce,
            )
        else:
            request.headers["Authorization"] = f"Bearer {token.value}"

    def flow(self, request: httpx.Request) -> CredentialFlow:
        token = yield from self._current_token(stale=None)
        self._authorize(request, token)
        response = yield from send(request)
        if self._dpop is not None and response.headers.get("dpop-nonce"):
            # RFC 9449 section 8.2: a server may hand out the next nonce on any response.
            self._dpop.resource_nonce = response.headers["dpop-nonce"]
        if response.status_code != 401:
            return
        nonce_requested = "use_dpop_nonce" in _challenge_error(response)
        if self._dpop is not None and nonce_requested and response.headers.get("dpop-nonce"):
            logger.debug("resource server asked for a DPoP nonce; retrying once")
            self._authorize(request, token)
            response = yield from send(request)
            if response.status_code != 401:
                return
        if "invalid_token" in _challenge_error(response):
            logger.debug("access token rejected as invalid_token; renewing once")
            token = yield from self._current_token(stale=token)
            self._authorize(request, token)
            yield from send(request)


@hookimpl(trylast=True)
def okta_auth(config: OktaConfig, mode: str) -> httpx.Auth | None:
    """Serve mode ``PrivateKey`` from client id, scopes, private key, kid and dpop."""
    if mode != "PrivateKey":
        return None
    return PrivateKeyAuth.from_config(config)
