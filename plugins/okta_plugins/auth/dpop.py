"""DPoP (RFC 9449) proofs: a fresh ES256 key per client, one proof per request.

``jwt`` and ``cryptography`` are imported when a prover is made, so that importing this module
(as ``okta.private_key`` does for every client) costs nothing without DPoP.
"""

from __future__ import annotations

import base64
import hashlib
import time
import uuid
from typing import Any

import httpx


def access_token_hash(access_token: str) -> str:
    """The ``ath`` claim: base64url(SHA-256(access token)) without padding."""
    digest = hashlib.sha256(access_token.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def htu(url: httpx.URL) -> str:
    """The ``htu`` claim: the request URL without query and fragment."""
    return str(url.copy_with(query=None, fragment=None))


class DPoPProver:
    """Signs DPoP proofs and remembers the nonces the servers hand out.

    The key is generated per instance and is distinct from the client-assertion key.
    """

    def __init__(self) -> None:
        from cryptography.hazmat.primitives.asymmetric import ec
        from jwt.algorithms import ECAlgorithm

        self._key = ec.generate_private_key(ec.SECP256R1())
        self.public_jwk: dict[str, Any] = dict(ECAlgorithm.to_jwk(self._key.public_key(), as_dict=True))
        self.token_nonce: str | None = None
        self.resource_nonce: str | None = None

    def __repr__(self) -> str:
        return "DPoPProver()"

    def proof(
        self,
        method: str,
        url: httpx.URL,
        *,
        access_token: str | None = None,
        nonce: str | None = None,
    ) -> str:
        """A proof bound to ``method`` and ``url``, with ``ath`` when ``access_token`` is given."""
        claims: dict[str, Any] = {
            "jti": str(uuid.uuid4()),
            "htm": method.upper(),
            "htu": htu(url),
            "iat": int(time.time()),
        }
        if nonce is not None:
            claims["nonce"] = nonce
        if access_token is not None:
            claims["ath"] = access_token_hash(access_token)
        import jwt

        return jwt.encode(
            claims,
            self._key,
            algorithm="ES256",
            headers={"typ": "dpop+jwt", "jwk": self.public_jwk},
        )
