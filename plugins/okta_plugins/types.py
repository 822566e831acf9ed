"""The data types hooks receive and answer, importable without pluggy, httpx or cryptography.

``hookspecs`` documents the hooks; a plugin annotates its hookimpls with these.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

import attrs

if TYPE_CHECKING:
    from cryptography import x509

__all__ = ["CertificateAlternative", "CertificateUpload", "Operation", "RetryDecision"]


@runtime_checkable
class Operation(Protocol):
    """What a generated endpoint says about itself (its module's ``OPERATION``), as hooks receive it.

    ``okta_api.types.Operation`` has this shape; hooks get ``None`` for a request no generated
    function built (a token request, a request sent on the client directly).
    """

    @property
    def operation_id(self) -> str:
        """The spec's operationId, e.g. listUsers."""
        ...

    @property
    def method(self) -> str:
        """The HTTP method, upper-case."""
        ...

    @property
    def path(self) -> str:
        """The path template, e.g. /api/v1/users/{id}."""
        ...

    @property
    def tag(self) -> str:
        """The spec's first tag, e.g. User."""
        ...

    @property
    def scopes(self) -> tuple[str, ...]:
        """The OAuth 2.0 scopes a token needs for it; empty when none is documented."""
        ...


@attrs.frozen
class RetryDecision:
    """Answer of ``okta_retry``: whether to send the request again, and after how long."""

    retry: bool
    delay: float = 0.0


@attrs.frozen
class CertificateAlternative:
    """One of the five ways Okta takes a certificate: Okta's name for it, a Content-Type, a body encoding."""

    operation_id: str
    content_type: str
    encoding: Literal["base64", "der", "pem"]

    def body(self, certificate: x509.Certificate) -> str | bytes:
        """The body the generated function for this alternative takes."""
        # Imported here: the certificate is a cryptography object, so cryptography is loaded already.
        from cryptography.hazmat.primitives import serialization

        if self.encoding == "pem":
            return certificate.public_bytes(serialization.Encoding.PEM)
        der = certificate.public_bytes(serialization.Encoding.DER)
        return base64.b64encode(der).decode("ascii") if self.encoding == "base64" else der


@attrs.frozen
class CertificateUpload:
    """Answer of ``okta_certificate_upload``: the certificate to publish and how to send it."""

    certificate: x509.Certificate
    alternative: CertificateAlternative

    @property
    def body(self) -> str | bytes:
        """The request body."""
        return self.alternative.body(self.certificate)
