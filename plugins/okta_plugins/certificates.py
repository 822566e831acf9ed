"""Publish a CA-signed certificate for an app's or identity provider's CSR, in one call.

Okta takes the certificate five ways (three media types; DER as binary or base64 text). Specs
describe them as five operations (2.x: ``x-okta-multi-operation``) or as one operation with three
request media types (a generated function with a ``content_type`` argument). ``publish_certificate``
reads what it is given, checks it locally against the CSR, asks the ``okta_certificate_upload`` hook
which way to send it, and finds the generated function that sends it that way by the operation's
method, path and media types (``OPERATION``), whatever the spec named it. Its
``okta_certificate_upload`` is the built-in answer, which the plugin ``okta.certificates``
(``_certificate_upload``) calls.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import functools
import inspect
import os
import pathlib
import re
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, cast

import attrs
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from .hookspecs import hookimpl
from .serializers.errors import (
    CertificateError,
    CertificateExpiredError,
    CertificateKeyMismatchError,
    CertificatePublishError,
    CsrUnavailableError,
    NotACertificateError,
)
from .types import CertificateAlternative, CertificateUpload

if TYPE_CHECKING:
    from okta_api.models.json_web_key import JsonWebKey  # type: ignore[import-not-found, unused-ignore]

    from ._facade import OktaHooks

__all__ = [
    "ALTERNATIVES",
    "PUBLISH_BINARY_CER_CERT",
    "PUBLISH_BINARY_DER_CERT",
    "PUBLISH_BINARY_PEM_CERT",
    "PUBLISH_CER_CERT",
    "PUBLISH_DER_CERT",
    "CertificateAlternative",
    "CertificateError",
    "CertificateExpiredError",
    "CertificateInput",
    "CertificateKeyMismatchError",
    "CertificatePublishError",
    "CertificateUpload",
    "CsrUnavailableError",
    "NotACertificateError",
    "ReadCertificate",
    "publish_certificate",
    "publish_certificate_async",
    "read_certificate",
]

CertificateInput: TypeAlias = "str | bytes | bytearray | memoryview | x509.Certificate | os.PathLike[str]"
"""What ``publish_certificate`` reads: PEM text or bytes, DER bytes, base64 text of the DER,
a ``cryptography`` certificate, or the path of a file holding PEM, DER or base64."""

Resource = Literal["application", "identity_provider"]
Format = Literal["pem", "der", "base64", "x509"]

_PEM_CERTIFICATE = re.compile(rb"-----BEGIN CERTIFICATE-----")
_BASE64 = re.compile(rb"[A-Za-z0-9+/=\s]+")


PUBLISH_CER_CERT = CertificateAlternative("publishCerCert", "application/x-x509-ca-cert", "base64")
PUBLISH_BINARY_CER_CERT = CertificateAlternative("publishBinaryCerCert", "application/x-x509-ca-cert", "der")
PUBLISH_DER_CERT = CertificateAlternative("publishDerCert", "application/pkix-cert", "base64")
PUBLISH_BINARY_DER_CERT = CertificateAlternative("publishBinaryDerCert", "application/pkix-cert", "der")
PUBLISH_BINARY_PEM_CERT = CertificateAlternative("publishBinaryPemCert", "application/x-pem-file", "pem")

ALTERNATIVES: dict[str, CertificateAlternative] = {
    alternative.operation_id: alternative
    for alternative in (
        PUBLISH_CER_CERT,
        PUBLISH_BINARY_CER_CERT,
        PUBLISH_DER_CERT,
        PUBLISH_BINARY_DER_CERT,
        PUBLISH_BINARY_PEM_CERT,
    )
}
"""The alternatives by the application operationId (the identity provider twins share it)."""

_DEFAULT_FOR_FORMAT: dict[Format, CertificateAlternative] = {
    "pem": PUBLISH_BINARY_PEM_CERT,
    "der": PUBLISH_BINARY_DER_CERT,
    "base64": PUBLISH_DER_CERT,
    "x509": PUBLISH_BINARY_DER_CERT,
}


@attrs.frozen
class ReadCertificate:
    """A certificate and the format it was given in."""

    certificate: x509.Certificate
    format: Format


def read_certificate(data: object) -> ReadCertificate:
    """Read a certificate given as PEM, DER, base64 text, a ``cryptography`` certificate or a path.

    A ``str`` is never taken as a path (pass a ``pathlib.Path``). Of a PEM bundle the first
    certificate (the leaf) is read; anything else in it, such as a private key, is ignored.

    :raises NotACertificateError: the data holds no X.509 certificate.
    """
    if isinstance(data, x509.Certificate):
        return ReadCertificate(data, "x509")
    if isinstance(data, os.PathLike):
        path = os.fspath(data)
        try:
            with open(path, "rb") as file:
                content = file.read()
        except OSError as exc:
            raise NotACertificateError(f"cannot read certificate file {path!r}: {exc.strerror}") from exc
        return _read_bytes(content, f"file {path!r}")
    if isinstance(data, str):
        try:
            content = data.encode("ascii")
        except UnicodeEncodeError:
            raise NotACertificateError("the certificate text is neither PEM nor base64 (it is not ASCII)") from None
        return _read_bytes(content, "the certificate text")
    if isinstance(data, bytes | bytearray | memoryview):
        return _read_bytes(bytes(data), "the certificate bytes")
    raise NotACertificateError(
        f"cannot read a certificate from {type(data).__name__}; "
        "pass PEM or DER bytes, PEM or base64 text, a pathlib.Path, or an x509.Certificate"
    )


def _read_bytes(content: bytes, what: str) -> ReadCertificate:
    # The messages name what was given, never its content: a PEM file may also hold a private key.
    if _PEM_CERTIFICATE.search(content):
        try:
            return ReadCertificate(x509.load_pem_x509_certificates(content)[0], "pem")
        except ValueError:
            raise NotACertificateError(f"{what} has a PEM CERTIFICATE block that cannot be read") from None
    if content[:1] == b"\x30":
        try:
            return ReadCertificate(x509.load_der_x509_certificate(content), "der")
        except ValueError:
            if not _BASE64.fullmatch(content):  # base64 text may start with "0" (0x30) too
                raise NotACertificateError(f"{what} is neither a DER certificate nor PEM") from None
    if content.strip() and _BASE64.fullmatch(content):
        try:
            der = base64.b64decode(b"".join(content.split()), validate=True)
            return ReadCertificate(x509.load_der_x509_certificate(der), "base64")
        except (binascii.Error, ValueError):
            raise NotACertificateError(f"{what} is base64 text but not of a DER certificate") from None
    if b"-----BEGIN" in content:
        raise NotACertificateError(f"{what} is PEM without a CERTIFICATE block")
    raise NotACertificateError(f"{what} is no certificate: not PEM, DER or base64 of a DER certificate")


@hookimpl(trylast=True)
def okta_certificate_upload(certificate: object, resource: str, alternative: str | None) -> CertificateUpload | None:
    """Read PEM, DER, base64, path or ``x509.Certificate``; send it the way it came, or as asked."""
    read = read_certificate(certificate)
    if alternative is not None:
        if alternative not in ALTERNATIVES:
            raise CertificateError(f"unknown alternative {alternative!r}; one of {', '.join(ALTERNATIVES)}")
        return CertificateUpload(read.certificate, ALTERNATIVES[alternative])
    return CertificateUpload(read.certificate, _DEFAULT_FOR_FORMAT[read.format])


def check_certificate(certificate: x509.Certificate, now: datetime.datetime | None = None) -> None:
    """Raise ``CertificateExpiredError`` if ``certificate`` is no longer valid at ``now`` (default: now)."""
    moment = now or datetime.datetime.now(datetime.UTC)
    ends = certificate.not_valid_after_utc
    if ends <= moment:
        raise CertificateExpiredError(
            f"the certificate for {certificate.subject.rfc4514_string()!r} expired on {ends.isoformat()}; "
            "have the CA sign the CSR again"
        )


def read_csr(text: str) -> x509.CertificateSigningRequest:
    """Read the ``csr`` of an Okta ``Csr``: base64 of the DER (as Okta sends it) or PEM."""
    content = text.strip().encode("ascii", errors="replace")
    try:
        if content.startswith(b"-----BEGIN"):
            return x509.load_pem_x509_csr(content)
        return x509.load_der_x509_csr(base64.b64decode(b"".join(content.split()), validate=True))
    except (binascii.Error, ValueError):
        raise CsrUnavailableError("the CSR Okta returned cannot be read as base64 DER or PEM") from None


def check_key_matches(certificate: x509.Certificate, csr: x509.CertificateSigningRequest, csr_id: str) -> None:
    """Raise ``CertificateKeyMismatchError`` unless ``certificate`` certifies the key of ``csr``."""
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    if certificate.public_key().public_bytes(*spki) != csr.public_key().public_bytes(*spki):
        raise CertificateKeyMismatchError(
            f"the certificate for {certificate.subject.rfc4514_string()!r} certifies another key than CSR "
            f"{csr_id!r}; publish the certificate the CA signed for this CSR"
        )


@attrs.frozen
class _Plan:
    resource: Resource
    resource_id: str
    upload: CertificateUpload
    sender: _Sender


def _plan(
    client: Any,
    app_id: str | None,
    idp_id: str | None,
    certificate: object,
    alternative: str | None,
) -> _Plan:
    if (app_id is None) == (idp_id is None):
        raise TypeError("publish_certificate needs exactly one of app_id= or idp_id=")
    resource: Resource = "application" if app_id is not None else "identity_provider"
    upload = _hooks_of(client).certificate_upload(certificate, resource, alternative)
    if upload is None:
        raise NotACertificateError(f"no plugin can publish a {type(certificate).__name__} certificate")
    check_certificate(upload.certificate)
    sender, way = _sender(resource, upload.alternative)
    return _Plan(resource, app_id if app_id is not None else str(idp_id), attrs.evolve(upload, alternative=way), sender)


def _hooks_of(client: Any) -> OktaHooks:
    hooks = getattr(client, "hooks", None)
    from ._facade import OktaHooks

    if isinstance(hooks, OktaHooks):
        return hooks
    # A plain generated Client: the built-in and installed plugins still choose the alternative.
    from ._manager import build_plugin_manager

    return OktaHooks(build_plugin_manager())


_COLLECTIONS: dict[Resource, str] = {"application": "apps", "identity_provider": "idps"}
_CSR_PATH = r"^/api/v1/{collection}/\{{[^/}}]+\}}/credentials/csrs/\{{[^/}}]+\}}"


def _csr_module(resource: Resource) -> ModuleType:
    pattern = _CSR_PATH.format(collection=_COLLECTIONS[resource]) + "$"
    found = _operation_modules("GET", pattern)
    if not found:
        raise CsrUnavailableError(
            f"the generated client has no operation GET /api/v1/{_COLLECTIONS[resource]}/{{id}}"
            f"/credentials/csrs/{{csrId}} to fetch the {resource}'s CSR"
        )
    return found[0]


@attrs.frozen
class _Sender:
    """A generated function that publishes a certificate, and how to call it for one alternative."""

    module: ModuleType
    content_type: str | None  # passed as `content_type=` when the function takes several
    text: bool  # whether the function's body is base64 text rather than bytes

    @property
    def operation_id(self) -> str:
        return str(self.module.OPERATION.operation_id)


def _publish_senders(resource: Resource) -> list[_Sender]:
    pattern = _CSR_PATH.format(collection=_COLLECTIONS[resource]) + "/lifecycle/publish$"
    senders = []
    for module in _operation_modules("POST", pattern):
        parameters = inspect.signature(module.sync_detailed).parameters
        body = parameters.get("body")
        text = body is not None and body.annotation in (str, "str")
        several = "content_type" in parameters
        for content_type in getattr(module.OPERATION, "content_types", ()):
            senders.append(_Sender(module, content_type if several else None, text))
    return senders


def _sender(resource: Resource, alternative: CertificateAlternative) -> tuple[_Sender, CertificateAlternative]:
    """The function that sends ``alternative``; a spec without base64 text bodies gets DER bytes instead
    (Okta reads both under the same media type)."""
    senders = [s for s in _publish_senders(resource) if s.content_type in (None, alternative.content_type)]
    senders = [s for s in senders if alternative.content_type in s.module.OPERATION.content_types]
    wanted_text = alternative.encoding == "base64"
    for sender in senders:
        if sender.text == wanted_text:
            return sender, alternative
    if wanted_text and senders:
        return senders[0], attrs.evolve(alternative, encoding="der")
    offered = sorted({t for s in _publish_senders(resource) for t in s.module.OPERATION.content_types})
    raise CertificateError(
        f"the generated client cannot send a {resource} certificate as {alternative.content_type}"
        f" ({alternative.operation_id}); it offers {', '.join(offered) or 'no publishing operation'}"
    )


@functools.cache
def _operation_modules(method: str, path_pattern: str, hint: bytes = b"/credentials/csrs/") -> list[ModuleType]:
    """The generated endpoint modules whose ``OPERATION`` has ``method`` and a path matching ``path_pattern``.

    Module and operation names differ between Okta's specs; method and path are the API itself. The
    source is searched for ``hint`` (a fixed part of the path) first, so only candidates are imported.
    """
    import importlib

    import okta_api.api  # type: ignore[import-not-found, unused-ignore]

    matcher = re.compile(path_pattern)
    found = []
    for folder in okta_api.api.__path__:
        for file in sorted(pathlib.Path(folder).glob("*/*.py")):
            if file.name == "__init__.py" or hint not in file.read_bytes():
                continue
            module = importlib.import_module(f"okta_api.api.{file.parent.name}.{file.stem}")
            operation = getattr(module, "OPERATION", None)
            if operation is not None and operation.method == method and matcher.match(operation.path):
                found.append(module)
    return found


def _csr_of(plan: _Plan, csr_id: str, response: Any) -> x509.CertificateSigningRequest:
    parsed = response.parsed
    text = getattr(parsed, "csr", None)
    if not isinstance(text, str):
        raise CsrUnavailableError(
            f"CSR {csr_id!r} of {plan.resource} {plan.resource_id!r} could not be fetched "
            f"(HTTP {int(response.status_code)}); nothing was published"
        )
    return read_csr(text)


def _publish_args(plan: _Plan, csr_id: str) -> tuple[ModuleType, tuple[str, str], dict[str, Any]]:
    # Path parameters are positional, in path order, whatever a spec calls them (appId, idpId, csrId).
    kwargs: dict[str, Any] = {"body": plan.upload.body}
    if plan.sender.content_type is not None:
        kwargs["content_type"] = plan.sender.content_type
    return plan.sender.module, (plan.resource_id, csr_id), kwargs


def _result(plan: _Plan, response: Any) -> JsonWebKey:
    status = int(response.status_code)
    # The operation's documented success model, whatever a spec names it: JsonWebKey, or in Okta's
    # current spec IdPKeyCredential for identity providers (the same key fields).
    if 200 <= status < 300 and response.parsed is not None:
        return cast("JsonWebKey", response.parsed)
    summary = _error_summary(response.content)
    raise CertificatePublishError(
        f"{plan.sender.operation_id} for {plan.resource} {plan.resource_id!r} was refused "
        f"with HTTP {status}{': ' + summary if summary else ''}",
        status,
    )


def _error_summary(content: bytes) -> str | None:
    import json

    try:
        data = json.loads(content)
    except ValueError:
        return None
    summary = data.get("errorSummary") if isinstance(data, dict) else None
    return summary if isinstance(summary, str) else None


def publish_certificate(
    client: Any,
    *,
    app_id: str | None = None,
    idp_id: str | None = None,
    csr_id: str,
    certificate: CertificateInput,
    alternative: str | None = None,
) -> JsonWebKey:
    """Publish the CA-signed ``certificate`` for CSR ``csr_id`` of an app or identity provider.

    Reads the certificate (see ``CertificateInput``), refuses an expired one, fetches the CSR
    and refuses a certificate of another key; only then sends it, the way the
    ``okta_certificate_upload`` hook chooses (by default the way it came: PEM as PEM, DER as
    DER, base64 as base64).

    :param client: an ``OktaClient`` (or a generated ``Client``).
    :param app_id: the application, or
    :param idp_id: the identity provider.
    :param alternative: force an alternative by operationId, e.g. ``"publishCerCert"``.
    :return: the new key, as the model the operation documents (``okta_api.models.JsonWebKey``;
        ``IdPKeyCredential`` for an identity provider in clients of Okta's current spec).
    :raises NotACertificateError, CertificateExpiredError, CertificateKeyMismatchError,
        CsrUnavailableError: before anything is published.
    :raises CertificatePublishError: Okta refused the certificate.
    """
    plan = _plan(client, app_id, idp_id, certificate, alternative)
    csr_response = _csr_module(plan.resource).sync_detailed(plan.resource_id, csr_id, client=client)
    check_key_matches(plan.upload.certificate, _csr_of(plan, csr_id, csr_response), csr_id)
    module, path, kwargs = _publish_args(plan, csr_id)
    publish: Callable[..., Any] = module.sync_detailed
    return _result(plan, publish(*path, client=client, **kwargs))


async def publish_certificate_async(
    client: Any,
    *,
    app_id: str | None = None,
    idp_id: str | None = None,
    csr_id: str,
    certificate: CertificateInput,
    alternative: str | None = None,
) -> JsonWebKey:
    """``publish_certificate`` for asyncio; the same checks, then the same request."""
    plan = _plan(client, app_id, idp_id, certificate, alternative)
    csr_response = await _csr_module(plan.resource).asyncio_detailed(plan.resource_id, csr_id, client=client)
    check_key_matches(plan.upload.certificate, _csr_of(plan, csr_id, csr_response), csr_id)
    module, path, kwargs = _publish_args(plan, csr_id)
    return _result(plan, await module.asyncio_detailed(*path, client=client, **kwargs))
