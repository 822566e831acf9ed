"""Loading the client-assertion signing key (PEM, JWK, or a file holding either).

``cryptography`` and ``jwt`` are imported by the functions that load a key, so that a client in
another authorization mode never pays for them (about 25 ms and 9 MiB).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import attrs

from .._errors import InvalidPrivateKeyError, UnsupportedKeyAlgorithmError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

Algorithm = Literal["RS256", "ES256"]
SigningPrivateKey: TypeAlias = "rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey"


@attrs.frozen
class SigningKey:
    """A private key with the JWS algorithm it signs with. The key is not in the repr."""

    key: SigningPrivateKey = attrs.field(repr=False)
    algorithm: Algorithm
    kid: str | None = None


def _algorithm_for(key: object) -> Algorithm:
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < 2048:
            raise InvalidPrivateKeyError(f"the RSA key has {key.key_size} bits; Okta needs 2048 or more")
        return "RS256"
    if isinstance(key, ec.EllipticCurvePrivateKey):
        if not isinstance(key.curve, ec.SECP256R1):
            raise UnsupportedKeyAlgorithmError(f"the EC key uses curve {key.curve.name}; ES256 needs P-256")
        return "ES256"
    raise UnsupportedKeyAlgorithmError(
        f"a {type(key).__name__} cannot sign client assertions; use an RSA (RS256) or P-256 (ES256) key"
    )


def _from_pem(text: str) -> object:
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization

    try:
        return serialization.load_pem_private_key(text.encode(), password=None)
    except TypeError:
        raise InvalidPrivateKeyError("the private key is encrypted; give an unencrypted PEM or a JWK") from None
    except (ValueError, UnsupportedAlgorithm):
        # cryptography's message is dropped: it is not needed and could quote input.
        raise InvalidPrivateKeyError("the private key is not a valid PEM private key") from None


def _from_jwk(text: str) -> tuple[object, str | None, str | None]:
    from jwt.algorithms import ECAlgorithm, RSAAlgorithm
    from jwt.exceptions import InvalidKeyError

    try:
        jwk = json.loads(text)
    except ValueError:
        raise InvalidPrivateKeyError("the private key is not valid JWK JSON") from None
    if not isinstance(jwk, dict):
        raise InvalidPrivateKeyError("the private key JWK must be a JSON object")
    kty = jwk.get("kty")
    if "d" not in jwk:
        raise InvalidPrivateKeyError("the JWK is a public key; a private key (with 'd') is needed")
    loader: Any
    if kty == "RSA":
        loader = RSAAlgorithm
    elif kty == "EC":
        loader = ECAlgorithm
    else:
        raise UnsupportedKeyAlgorithmError(f"JWK key type {kty!r} cannot sign client assertions; use RSA or EC P-256")
    try:
        key = loader.from_jwk(jwk)
    except (InvalidKeyError, ValueError, KeyError, TypeError):
        raise InvalidPrivateKeyError(f"the {kty} JWK is not a valid private key") from None
    alg = jwk.get("alg")
    kid = jwk.get("kid")
    return (
        key,
        alg if isinstance(alg, str) else None,
        kid if isinstance(kid, str) else None,
    )


def load_signing_key(source: str, kid: str | None = None) -> SigningKey:
    """Load a signing key from PEM text, JWK JSON, or the path of a file holding either.

    ``kid`` overrides the JWK's own ``kid``. Raises ``InvalidPrivateKeyError`` or
    ``UnsupportedKeyAlgorithmError``; messages never quote the key.
    """
    text = source.strip()
    if text.startswith("-----BEGIN") and "\\n" in text:
        # A PEM squeezed into one environment-variable line with literal \n escapes.
        text = text.replace("\\n", "\n")
    if not text.startswith(("-----BEGIN", "{")):
        path = Path(text).expanduser()
        try:
            text = path.read_text(encoding="utf-8").strip() if path.is_file() else ""
        except (OSError, ValueError):
            text = ""
        if not text:
            raise InvalidPrivateKeyError("the private key is neither PEM text, JWK JSON, nor a readable key file")
    declared: str | None = None
    if text.startswith("{"):
        key, declared, jwk_kid = _from_jwk(text)
        kid = kid or jwk_kid
    else:
        key = _from_pem(text)
    algorithm = _algorithm_for(key)
    if declared is not None and declared != algorithm:
        raise UnsupportedKeyAlgorithmError(
            f"the JWK declares alg {declared!r}, but its key signs {algorithm}; "
            "Okta client assertions here use RS256 or ES256"
        )
    from cryptography.hazmat.primitives.asymmetric import ec, rsa

    assert isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey)
    return SigningKey(key=key, algorithm=algorithm, kid=kid)
