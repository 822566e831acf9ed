"""Built-in plugin ``okta.serializers.certificates``: the bodies of the certificate publishing operations.

Whoever calls the generated ``publish_*_cert`` functions (``publish_certificate`` or a caller
directly), the body must be the certificate in the form its Content-Type names; anything
else, and any PEM that also holds a private key, is refused before it is sent. ``cryptography``
is imported only when a certificate body is checked: every client registers this plugin.
"""

from __future__ import annotations

import base64
import binascii
from typing import TYPE_CHECKING

from ..hookspecs import hookimpl
from . import media_type
from .errors import NotACertificateError

if TYPE_CHECKING:
    from ..types import Operation

PEM = "application/x-pem-file"
CERTIFICATE_TYPES = frozenset({"application/x-x509-ca-cert", "application/pkix-cert", PEM})
"""The Content-Types of the five publishing alternatives."""


def check_certificate_body(content: bytes, content_type: str, operation_id: str) -> None:
    """Raise ``NotACertificateError`` unless ``content`` is one certificate as ``content_type`` says.

    ``application/x-pem-file``: PEM with a CERTIFICATE block and no private key;
    ``application/x-x509-ca-cert`` and ``application/pkix-cert``: DER, or base64 text of the DER.
    """
    from cryptography import x509

    media = media_type(content_type)
    if media == PEM:
        if b"PRIVATE KEY-----" in content:
            raise NotACertificateError(f"{operation_id}: the PEM body holds a private key; send the certificate only")
        try:
            x509.load_pem_x509_certificates(content)
        except ValueError:
            raise NotACertificateError(f"{operation_id}: the body is no PEM certificate ({media})") from None
        return
    try:
        x509.load_der_x509_certificate(content)
        return
    except ValueError:
        pass
    try:
        x509.load_der_x509_certificate(base64.b64decode(b"".join(content.split()), validate=True))
    except (binascii.Error, ValueError):
        raise NotACertificateError(
            f"{operation_id}: the body is neither a DER certificate nor base64 of one ({media})"
        ) from None


@hookimpl(trylast=True)
def okta_serialize_body(body: object, content_type: str, operation: Operation | None) -> bytes | None:
    """Check certificate bodies; an ``x509.Certificate`` body is encoded as the Content-Type says."""
    media = media_type(content_type)
    if media not in CERTIFICATE_TYPES:
        return None
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    operation_id = operation.operation_id if operation is not None else "the request"
    if isinstance(body, x509.Certificate):
        encoding = serialization.Encoding.PEM if media == PEM else serialization.Encoding.DER
        return body.public_bytes(encoding)
    if isinstance(body, str):
        content = body.encode("ascii", errors="replace")
    elif isinstance(body, bytes | bytearray | memoryview):
        content = bytes(body)
    else:
        raise NotACertificateError(f"{operation_id}: a {type(body).__name__} body is no certificate ({media})")
    check_certificate_body(content, media, operation_id)
    return content
