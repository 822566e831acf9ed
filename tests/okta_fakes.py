"""The one set of Okta fakes the tests share, each an ``httpx.MockTransport`` handler or a helper for one.

- ``Script``: answers from a list of replies (responses, exceptions or handlers; the last repeats) and
  records each request as it was sent. ``Script()`` answers 200 ``{}``; ``respond()`` sets one reply.
- ``MockOrg``: an org that checks what the client authenticates with (client assertions and DPoP
  proofs, verified with joserfc, independent of the PyJWT the code under test signs with), issues
  tokens, and hands API calls to ``api_handler`` (a ``Script``, say).
- ``FakeClock``, ``rate_limited``, ``ok``, ``build_client``: time that passes only when slept, Okta's
  429 and 200, and an ``OktaClient`` wired to a handler and a clock.

Domain fakes with state of their own stay with their tests (``GovernanceOrg``, ``CertOrg``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any
from urllib.parse import parse_qs

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from joserfc import jwt as jose_jwt
from joserfc.jwk import ECKey, RSAKey

ORG = "https://dev-123.okta.com"
TOKEN_URL = f"{ORG}/oauth2/v1/token"
CLIENT_ID = "0oa-test-client"
TOKEN = "00-ssws-token-that-must-never-be-logged"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
START = 1_700_000_000.0

Handler = Callable[[httpx.Request], httpx.Response]
Reply = httpx.Response | Exception | Handler


class Script:
    """Answers from a script of replies, the last repeating; records a copy of each request as sent."""

    def __init__(self, replies: Iterable[Reply] = ()) -> None:
        self.replies: list[Reply] = list(replies) or [httpx.Response(200, json={})]
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        # A retry resends the same Request object: keep a copy of each attempt as it was sent.
        snapshot = httpx.Request(
            request.method,
            request.url,
            headers=request.headers.copy(),
            content=request.read(),
            extensions=dict(request.extensions),
        )
        with self._lock:
            self.requests.append(snapshot)
            reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        return reply(request)

    def respond(self, status: int, body: Any = None, **kwargs: Any) -> None:
        """Answer every request from now on with ``status`` and ``body`` (JSON unless bytes or str)."""
        content = body if isinstance(body, (bytes, str)) else json.dumps(body).encode()
        self.replies = [httpx.Response(status, content=content, **kwargs)]

    @property
    def last(self) -> httpx.Request:
        """The last request received."""
        return self.requests[-1]


def pem_of(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


def b64url_sha256(value: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(value.encode()).digest()).rstrip(b"=").decode()


def _unverified_claims(request: httpx.Request) -> dict[str, Any]:
    proof = request.headers.get("dpop", "")
    if not proof:
        return {}
    claims: dict[str, Any] = json.loads(base64.urlsafe_b64decode(proof.split(".")[1] + "=="))
    return claims


@dataclass
class MockOrg:
    """An Okta org as an httpx.MockTransport handler: token endpoint plus API."""

    public_key: RSAKey | ECKey
    algorithm: str = "RS256"
    kid: str | None = None
    granted_scopes: str | None = None  # None: grant what was asked
    expires_in: int = 3600
    require_dpop: bool = False
    dpop_nonce: str | None = None  # when set, proofs must carry it
    resource_nonce: str | None = None
    token_error: tuple[int, dict[str, Any]] | None = None
    api_handler: Callable[[httpx.Request], httpx.Response] | None = None
    token_delay: float = 0.0
    token_requests: list[httpx.Request] = field(default_factory=list)
    api_requests: list[httpx.Request] = field(default_factory=list)
    foreign_requests: list[httpx.Request] = field(default_factory=list)
    assertions: list[str] = field(default_factory=list)
    issued: list[str] = field(default_factory=list)
    proofs: list[str] = field(default_factory=list)
    seen_jti: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    org: str = ORG

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if str(request.url.copy_with(path="/", query=None)).rstrip("/") != self.org:
            with self.lock:
                self.foreign_requests.append(request)
            return httpx.Response(200, json={"foreign": True})
        try:
            if request.url.path == "/oauth2/v1/token":
                return self._token(request)
            return self._api(request)
        except AssertionError as exc:  # surfaced by tests through .errors
            self.errors.append(str(exc))
            return httpx.Response(418, json={"test_failure": str(exc)})

    def _verify_proof(self, request: httpx.Request, access_token: str | None, nonce: str | None) -> None:
        proof = request.headers.get("dpop")
        assert proof, "DPoP header missing"
        self.proofs.append(proof)
        header = json.loads(base64.urlsafe_b64decode(proof.split(".")[0] + "=="))
        assert header["typ"] == "dpop+jwt" and header["alg"] == "ES256"
        assert "d" not in header["jwk"], "private key material in the proof header"
        token = jose_jwt.decode(proof, ECKey.import_key(header["jwk"]), algorithms=["ES256"])
        claims = token.claims
        assert claims["htm"] == request.method
        assert claims["htu"] == str(request.url.copy_with(query=None, fragment=None))
        assert abs(claims["iat"] - time.time()) < 60
        assert claims["jti"] not in self.seen_jti, "DPoP jti reused"
        self.seen_jti.add(claims["jti"])
        if access_token is None:
            assert "ath" not in claims
        else:
            assert claims["ath"] == b64url_sha256(access_token)
        if nonce is not None:
            assert claims.get("nonce") == nonce, "DPoP nonce missing or stale"

    def _token(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.token_requests.append(request)
        if self.token_delay:
            time.sleep(self.token_delay)
        assert request.method == "POST"
        assert request.headers["content-type"] == "application/x-www-form-urlencoded"
        assert "authorization" not in request.headers
        form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
        assert form["grant_type"] == "client_credentials"
        assert form["client_assertion_type"] == ASSERTION_TYPE
        assertion = form["client_assertion"]
        self.assertions.append(assertion)
        token = jose_jwt.decode(assertion, self.public_key, algorithms=[self.algorithm])
        assert token.header["alg"] == self.algorithm
        assert token.header.get("kid") == self.kid
        claims = token.claims
        assert claims["iss"] == claims["sub"] == CLIENT_ID
        assert claims["aud"] == f"{self.org}/oauth2/v1/token"
        now = time.time()
        assert abs(claims["iat"] - now) < 60
        assert claims["iat"] < claims["exp"] <= claims["iat"] + 3600
        jose_jwt.JWTClaimsRegistry(leeway=5).validate(claims)
        with self.lock:
            assert claims["jti"] not in self.seen_jti, "assertion jti reused"
            self.seen_jti.add(claims["jti"])
        if self.token_error is not None:
            status, body = self.token_error
            return httpx.Response(status, json=body)
        if self.require_dpop:
            if self.dpop_nonce is not None and _unverified_claims(request).get("nonce") != self.dpop_nonce:
                return httpx.Response(
                    400,
                    headers={"DPoP-Nonce": self.dpop_nonce},
                    json={
                        "error": "use_dpop_nonce",
                        "error_description": "Authorization server requires nonce in DPoP proof.",
                    },
                )
            self._verify_proof(request, None, self.dpop_nonce)
        access = f"at-{uuid.uuid4().hex}"
        with self.lock:
            self.issued.append(access)
        scope = form["scope"] if self.granted_scopes is None else self.granted_scopes
        return httpx.Response(
            200,
            json={
                "token_type": "DPoP" if self.require_dpop else "Bearer",
                "expires_in": self.expires_in,
                "access_token": access,
                "scope": scope,
            },
        )

    def _api(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.api_requests.append(request)
        auth = request.headers.get("authorization", "")
        scheme, _, access = auth.partition(" ")
        if self.require_dpop:
            assert scheme == "DPoP", f"expected a DPoP token, got {scheme!r}"
            if self.resource_nonce is not None and _unverified_claims(request).get("nonce") != self.resource_nonce:
                return httpx.Response(
                    401,
                    headers={
                        "WWW-Authenticate": 'DPoP error="use_dpop_nonce", '
                        'error_description="Resource server requires nonce in DPoP proof"',
                        "DPoP-Nonce": self.resource_nonce,
                    },
                )
            self._verify_proof(request, access, self.resource_nonce)
        if self.api_handler is not None:
            return self.api_handler(request)
        if scheme in ("Bearer", "DPoP") and access not in self.issued:
            return httpx.Response(401, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        return httpx.Response(200, json=[{"id": "00u1"}])


class FakeClock:
    """Wall and monotonic time that advance only when someone sleeps; records every sleep."""

    def __init__(self, start: float = START) -> None:
        self.now = start
        self.mono = 0.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.mono

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0, "negative sleep"
        self.sleeps.append(seconds)
        self.now += seconds
        self.mono += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def http_date(epoch: float) -> str:
    return formatdate(epoch, usegmt=True)


def rate_limited(clock: FakeClock, reset_in: int, request_id: str = "rid-429", **headers: str) -> httpx.Response:
    """A 429 as Okta sends it: reset ``reset_in`` seconds after the server's ``Date``."""
    return httpx.Response(
        429,
        headers={
            "X-Rate-Limit-Limit": "600",
            "X-Rate-Limit-Remaining": "0",
            "X-Rate-Limit-Reset": str(int(clock.now) + reset_in),
            "Date": http_date(clock.now),
            "X-Okta-Request-Id": request_id,
            **headers,
        },
        json={"errorCode": "E0000047", "errorSummary": "API call exceeded rate limit due to too many requests."},
    )


def ok(body: Any = None, **headers: str) -> httpx.Response:
    return httpx.Response(200, json=[] if body is None else body, headers={"X-Okta-Request-Id": "rid-ok", **headers})


def build_client(script: Callable[[httpx.Request], httpx.Response], clock: FakeClock, **overrides: Any) -> Any:
    from okta_client import OktaClient

    settings: dict[str, Any] = {"org_url": ORG, "token": TOKEN}
    settings.update(overrides)
    transport = httpx.MockTransport(script)
    return OktaClient.from_config(httpx_args={"transport": transport}, clock=clock, **settings)
