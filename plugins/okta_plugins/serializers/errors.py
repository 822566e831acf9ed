"""Errors for bodies refused before they are sent, and for certificate publishing.

Messages name the operation, the file or the check that failed; never the
body itself, which may hold a key or a password.
"""

from __future__ import annotations

from .._errors import OktaPluginsError

__all__ = [
    "BodyError",
    "CertificateError",
    "CertificateExpiredError",
    "CertificateKeyMismatchError",
    "CertificatePublishError",
    "CsrUnavailableError",
    "ImageTooLargeError",
    "ImageTypeError",
    "ImageUploadError",
    "NotACertificateError",
]


class BodyError(OktaPluginsError, ValueError):
    """A request body cannot be sent as it is. Raised locally: nothing was sent."""


class ImageUploadError(BodyError):
    """An image upload is not an image Okta accepts."""


class ImageTypeError(ImageUploadError):
    """The file is not a PNG, JPG or GIF image."""


class ImageTooLargeError(ImageUploadError):
    """The file is too large for Okta's image uploads."""


class CertificateError(OktaPluginsError):
    """A certificate cannot be published."""


class NotACertificateError(CertificateError, BodyError):
    """The data is no X.509 certificate in a format the alternative needs. Nothing was sent."""


class CertificateExpiredError(CertificateError, ValueError):
    """The certificate's validity has ended. Nothing was sent."""


class CertificateKeyMismatchError(CertificateError, ValueError):
    """The certificate's public key is not the CSR's. Nothing was sent."""


class CsrUnavailableError(CertificateError):
    """The CSR to publish for could not be fetched or read. Nothing was published."""


class CertificatePublishError(CertificateError):
    """Okta did not accept the published certificate."""

    def __init__(self, message: str, status_code: int) -> None:
        self.status_code = status_code
        super().__init__(message)
