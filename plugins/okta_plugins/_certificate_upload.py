"""Built-in plugin ``okta.certificates``: answers ``okta_certificate_upload`` with ``certificates``.

Every client registers it; ``certificates``, and ``cryptography`` with it (the larger part of a cold
start), are imported when a certificate is published, not when a client is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .hookspecs import hookimpl

if TYPE_CHECKING:
    from .types import CertificateUpload


@hookimpl(trylast=True)
def okta_certificate_upload(certificate: object, resource: str, alternative: str | None) -> CertificateUpload | None:
    """``certificates.okta_certificate_upload``: send the certificate the way it came, or as asked."""
    from . import certificates

    return certificates.okta_certificate_upload(certificate, resource, alternative)
