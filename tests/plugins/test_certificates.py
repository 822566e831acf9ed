"""Certificate publishing: format detection, local checks against the CSR, the five alternatives on the wire.

Runs on whichever client is generated: Okta's 2.x spec gives five functions (base64 ways as text
bodies), its current spec one function with a `content_type` argument (binary bodies only).
"""

from __future__ import annotations

import asyncio
import base64
import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID
from okta_api.models.json_web_key import JsonWebKey
from okta_client import OktaClient, OktaPluginsError
from okta_plugins import hookimpl
from okta_plugins.certificates import (
    ALTERNATIVES,
    PUBLISH_BINARY_DER_CERT,
    PUBLISH_BINARY_PEM_CERT,
    PUBLISH_CER_CERT,
    CertificateAlternative,
    CertificateError,
    CertificateExpiredError,
    CertificateKeyMismatchError,
    CertificatePublishError,
    CertificateUpload,
    CsrUnavailableError,
    NotACertificateError,
    publish_certificate,
    publish_certificate_async,
    read_certificate,
)
from okta_plugins.certificates import _sender as sender_of

ORG = "https://dev-123.okta.com"
NOW = datetime.datetime.now(datetime.UTC)
APP_PATH = "/api/v1/apps/0oa1app/credentials/csrs/csr1/lifecycle/publish"
IDP_PATH = "/api/v1/idps/0oa1idp/credentials/csrs/csr1/lifecycle/publish"


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


class Pki:
    """A CA, the key pair Okta generated with its CSR, and the CA-signed certificate for it."""

    def __init__(self, csr_key: rsa.RSAPrivateKey) -> None:
        self.ca_key = ec.generate_private_key(ec.SECP256R1())
        self.ca = (
            x509.CertificateBuilder()
            .subject_name(_name("Test CA"))
            .issuer_name(_name("Test CA"))
            .public_key(self.ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(NOW - datetime.timedelta(days=1))
            .not_valid_after(NOW + datetime.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(self.ca_key, hashes.SHA256())
        )
        self.csr_key = csr_key
        self.csr = (
            x509.CertificateSigningRequestBuilder().subject_name(_name("okta-app")).sign(csr_key, hashes.SHA256())
        )
        self.certificate = self.sign(self.csr.public_key())

    def sign(self, public_key: Any, *, days: int = 365, ends_ago: int | None = None) -> x509.Certificate:
        not_after = NOW - datetime.timedelta(days=ends_ago) if ends_ago is not None else NOW + datetime.timedelta(days)
        return (
            x509.CertificateBuilder()
            .subject_name(_name("okta-app"))
            .issuer_name(self.ca.subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(NOW - datetime.timedelta(days=400))
            .not_valid_after(not_after)
            .sign(self.ca_key, hashes.SHA256())
        )

    @property
    def der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    @property
    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    @property
    def csr_base64(self) -> str:
        return base64.b64encode(self.csr.public_bytes(serialization.Encoding.DER)).decode()


@pytest.fixture(scope="module")
def pki(rsa_key: rsa.RSAPrivateKey) -> Pki:
    return Pki(rsa_key)


JWK = {
    "kid": "mXtzOtml09Dg1ZCeKxTRBo3KrQuBWFkJ5oxhVagjTzo",
    "kty": "RSA",
    "alg": "RS256",
    "use": "sig",
    "e": "AQAB",
    "n": "tK8mJXwB",
    "created": "2026-11-23T10:00:00.000Z",
    "lastUpdated": "2026-11-23T10:00:00.000Z",
    "expiresAt": "2027-11-23T10:00:00.000+02:00",
    "x5t#S256": "5GOpy9CQVtfvBmu2T8BHvpKE4OGtC3BuS046t7p9pps",
}


class CertOrg:
    """Serves the CSR and answers publishing with a JsonWebKey; records every request."""

    def __init__(self, pki: Pki) -> None:
        self.pki = pki
        self.requests: list[httpx.Request] = []
        self.csr_status = 200
        self.publish_reply: httpx.Response = httpx.Response(201, json=JWK)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "GET" and "/credentials/csrs/" in request.url.path:
            if self.csr_status != 200:
                return httpx.Response(self.csr_status, json={"errorCode": "E0000007", "errorSummary": "Not found"})
            return httpx.Response(200, json={"id": "csr1", "kty": "RSA", "csr": self.pki.csr_base64})
        if request.method == "POST" and request.url.path.endswith("/lifecycle/publish"):
            return self.publish_reply
        return httpx.Response(404)

    @property
    def published(self) -> list[httpx.Request]:
        return [request for request in self.requests if request.method == "POST"]


@pytest.fixture
def org(pki: Pki) -> CertOrg:
    return CertOrg(pki)


@pytest.fixture
def client(org: CertOrg) -> Any:
    return OktaClient.from_config(org_url=ORG, token="00ssws-token", httpx_args={"transport": httpx.MockTransport(org)})


TARGETS: list[tuple[dict[str, str], str]] = [({"app_id": "0oa1app"}, APP_PATH), ({"idp_id": "0oa1idp"}, IDP_PATH)]
EXPECTED_TYPES = {
    "publishCerCert": "application/x-x509-ca-cert",
    "publishBinaryCerCert": "application/x-x509-ca-cert",
    "publishDerCert": "application/pkix-cert",
    "publishBinaryDerCert": "application/pkix-cert",
    "publishBinaryPemCert": "application/x-pem-file",
}


def expected_body(pki: Pki, operation_id: str, resource: str = "application") -> bytes:
    if operation_id == "publishBinaryPemCert":
        return pki.pem
    if operation_id.startswith("publishBinary"):
        return pki.der
    # A client whose functions take no base64 text sends the DER it encodes.
    text = sender_of(resource, ALTERNATIVES[operation_id])[0].text  # type: ignore[arg-type]
    return base64.b64encode(pki.der) if text else pki.der


def sent_by(alternative: CertificateAlternative, resource: str = "application") -> str:
    """The operationId of the generated function that sends `alternative`."""
    return sender_of(resource, alternative)[0].operation_id  # type: ignore[arg-type]


@pytest.mark.parametrize(("target", "path"), TARGETS)
@pytest.mark.parametrize("operation_id", sorted(EXPECTED_TYPES))
def test_each_alternative_on_the_wire(
    client: Any, org: CertOrg, pki: Pki, target: dict[str, str], path: str, operation_id: str
) -> None:
    key = publish_certificate(client, csr_id="csr1", certificate=pki.pem, alternative=operation_id, **target)
    [sent] = org.published
    assert sent.url.path == path
    assert sent.headers["content-type"] == EXPECTED_TYPES[operation_id]
    resource = "application" if "app_id" in target else "identity_provider"
    assert sent.content == expected_body(pki, operation_id, resource)
    operation = sent.extensions["okta_operation"]
    assert operation.operation_id == sent_by(ALTERNATIVES[operation_id], resource)
    assert (operation.method, operation.path.split("{")[0]) == ("POST", path.split("0oa1")[0])
    assert isinstance(key, JsonWebKey) or "app_id" not in target  # an IdP's key may have a model of its own
    assert (key.kid, key.kty, key.use, key.e) == (JWK["kid"], "RSA", "sig", "AQAB")
    assert key.expires_at == datetime.datetime(2027, 11, 23, 8, 0, tzinfo=datetime.UTC)
    assert key["x5t#S256"] == JWK["x5t#S256"]
    [fetched] = [request for request in org.requests if request.method == "GET"]
    assert fetched.url.path == path.removesuffix("/lifecycle/publish")


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("make", "fmt", "operation_id"),
    [
        (lambda pki, tmp: pki.pem.decode(), "pem", "publishBinaryPemCert"),
        (lambda pki, tmp: pki.pem, "pem", "publishBinaryPemCert"),
        (lambda pki, tmp: pki.pem.replace(b"\n", b"\r\n"), "pem", "publishBinaryPemCert"),
        (lambda pki, tmp: pki.der, "der", "publishBinaryDerCert"),
        (lambda pki, tmp: bytearray(pki.der), "der", "publishBinaryDerCert"),
        (lambda pki, tmp: base64.b64encode(pki.der).decode(), "base64", "publishDerCert"),
        (lambda pki, tmp: base64.encodebytes(pki.der).decode(), "base64", "publishDerCert"),
        (lambda pki, tmp: pki.certificate, "x509", "publishBinaryDerCert"),
        (lambda pki, tmp: write(tmp, "cert.pem", pki.pem), "pem", "publishBinaryPemCert"),
        (lambda pki, tmp: write(tmp, "cert.cer", pki.der), "der", "publishBinaryDerCert"),
        (lambda pki, tmp: write(tmp, "cert.b64", base64.b64encode(pki.der)), "base64", "publishDerCert"),
    ],
    ids=["pem-str", "pem-bytes", "pem-crlf", "der", "der-bytearray", "base64", "base64-wrapped", "x509",
         "path-pem", "path-der", "path-base64"],
)  # fmt: skip
def test_formats_are_detected_and_sent_the_way_they_came(
    client: Any,
    org: CertOrg,
    pki: Pki,
    tmp_path: Path,
    make: Callable[[Pki, Path], Any],
    fmt: str,
    operation_id: str,
) -> None:
    given = make(pki, tmp_path)
    read = read_certificate(given)
    assert read.format == fmt and read.certificate == pki.certificate
    publish_certificate(client, app_id="0oa1app", csr_id="csr1", certificate=given)
    [sent] = org.published
    assert sent.headers["content-type"] == EXPECTED_TYPES[operation_id]
    assert sent.extensions["okta_operation"].operation_id == sent_by(ALTERNATIVES[operation_id])
    assert sent.content == expected_body(pki, operation_id)


def test_a_pem_with_a_private_key_sends_the_certificate_only(client: Any, org: CertOrg, pki: Pki) -> None:
    key_pem = pki.csr_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    publish_certificate(client, app_id="0oa1app", csr_id="csr1", certificate=key_pem + pki.pem)
    [sent] = org.published
    assert sent.content == pki.pem
    assert b"PRIVATE KEY" not in sent.content


def test_a_str_is_never_taken_as_a_path(tmp_path: Path, pki: Pki) -> None:
    path = write(tmp_path, "cert.pem", pki.pem)
    with pytest.raises(NotACertificateError, match=r"neither PEM nor base64|no certificate|not of a DER"):
        read_certificate(str(path))


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (b"\x89PNG\r\n\x1a\n not a certificate", "no certificate"),
        (b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "cannot be read"),
        (b"0\x82garbage", "neither a DER certificate"),
        ("aGVsbG8gd29ybGQ=", "not of a DER certificate"),
        ("zertifikat \u00e9", "not ASCII"),
        (12345, "cannot read a certificate from int"),
        (Path("/nonexistent/cert.pem"), "cannot read certificate file"),
    ],
)
def test_data_that_is_no_certificate_fails_locally(client: Any, org: CertOrg, given: object, message: str) -> None:
    with pytest.raises(NotACertificateError, match=message):
        publish_certificate(client, app_id="0oa1app", csr_id="csr1", certificate=given)  # type: ignore[arg-type]
    assert org.requests == []


def test_a_private_key_alone_is_refused_without_echoing_it(client: Any, org: CertOrg, pki: Pki) -> None:
    key_pem = pki.csr_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(NotACertificateError, match="PEM without a CERTIFICATE block") as caught:
        publish_certificate(client, app_id="0oa1app", csr_id="csr1", certificate=key_pem)
    body_line = key_pem.decode().splitlines()[1]
    assert body_line not in str(caught.value)
    assert org.requests == []


def test_an_expired_certificate_fails_locally(client: Any, org: CertOrg, pki: Pki) -> None:
    expired = pki.sign(pki.csr.public_key(), ends_ago=1)
    with pytest.raises(CertificateExpiredError, match=r"expired on .*sign the CSR again"):
        publish_certificate(client, app_id="0oa1app", csr_id="csr1", certificate=expired)
    assert org.requests == []


def test_a_certificate_of_another_key_fails_before_publishing(client: Any, org: CertOrg, pki: Pki) -> None:
    other = pki.sign(rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key())
    with pytest.raises(CertificateKeyMismatchError, match="another key than CSR 'csr1'"):
        publish_certificate(client, idp_id="0oa1idp", csr_id="csr1", certificate=other)
    assert [request.method for request in org.requests] == ["GET"]


def plain_client(org: CertOrg) -> Any:
    from okta_api.client import Client

    return Client(base_url=ORG, httpx_args={"transport": httpx.MockTransport(org)})


def test_a_csr_that_cannot_be_fetched_publishes_nothing(client: Any, org: CertOrg, pki: Pki) -> None:
    org.csr_status = 404
    # An OktaClient raises its typed API error; a plain generated Client gets CsrUnavailableError.
    with pytest.raises(OktaPluginsError, match=r"getCsrForApplication.*404"):
        publish_certificate(client, app_id="0oa1app", csr_id="csr1", certificate=pki.pem)
    with pytest.raises(CsrUnavailableError, match=r"CSR 'csr1' of application '0oa1app' .*HTTP 404"):
        publish_certificate(plain_client(org), app_id="0oa1app", csr_id="csr1", certificate=pki.pem)
    assert org.published == []


def test_a_refusal_names_the_operation_and_okta_error(client: Any, org: CertOrg, pki: Pki) -> None:
    org.publish_reply = httpx.Response(400, json={"errorCode": "E0000001", "errorSummary": "Api validation failed"})
    name = sent_by(PUBLISH_BINARY_DER_CERT)
    with pytest.raises(OktaPluginsError, match=rf"{name} .*400.*Api validation failed"):
        publish_certificate(client, app_id="0oa1app", csr_id="csr1", certificate=pki.der)
    with pytest.raises(CertificatePublishError, match=rf"{name} .* HTTP 400: Api validation failed") as e:
        publish_certificate(plain_client(org), app_id="0oa1app", csr_id="csr1", certificate=pki.der)
    assert e.value.status_code == 400


def test_exactly_one_resource_is_required(client: Any, pki: Pki) -> None:
    with pytest.raises(TypeError, match="exactly one of app_id= or idp_id="):
        publish_certificate(client, app_id="a", idp_id="b", csr_id="csr1", certificate=pki.pem)
    with pytest.raises(TypeError, match="exactly one"):
        publish_certificate(client, csr_id="csr1", certificate=pki.pem)


def test_an_unknown_alternative_is_refused(client: Any, org: CertOrg, pki: Pki) -> None:
    with pytest.raises(CertificateError, match="unknown alternative 'publishP7bCert'"):
        publish_certificate(client, app_id="0oa1app", csr_id="csr1", certificate=pki.pem, alternative="publishP7bCert")
    assert org.requests == []


def test_async_publishes_the_same_bytes(client: Any, org: CertOrg, pki: Pki) -> None:
    key = asyncio.run(publish_certificate_async(client, idp_id="0oa1idp", csr_id="csr1", certificate=pki.der))
    assert key.kid == JWK["kid"]
    [sent] = org.published
    assert sent.url.path == IDP_PATH and sent.content == pki.der
    assert sent.headers["content-type"] == "application/pkix-cert"


def test_async_checks_the_csr_too(client: Any, org: CertOrg, pki: Pki) -> None:
    other = pki.sign(ec.generate_private_key(ec.SECP256R1()).public_key())
    with pytest.raises(CertificateKeyMismatchError):
        asyncio.run(publish_certificate_async(client, app_id="0oa1app", csr_id="csr1", certificate=other))
    assert org.published == []


def test_a_plain_generated_client_works_too(org: CertOrg, pki: Pki) -> None:
    key = publish_certificate(plain_client(org), app_id="0oa1app", csr_id="csr1", certificate=pki.pem)
    assert key.kid == JWK["kid"]
    assert org.published[0].content == pki.pem


class Pkcs7Plugin:
    """A third-party format: a PKCS#7 bundle, published as the PEM of its leaf."""

    @hookimpl
    def okta_certificate_upload(self, certificate: object, alternative: str | None) -> CertificateUpload | None:
        if not isinstance(certificate, bytes) or not certificate.startswith(b"-----BEGIN PKCS7-----"):
            return None
        # PKCS#7 keeps no order: the leaf is the certificate no other one was issued by.
        bundle = pkcs7.load_pem_pkcs7_certificates(certificate)
        leaf = next(cert for cert in bundle if all(other.issuer != cert.subject for other in bundle))
        return CertificateUpload(leaf, ALTERNATIVES[alternative] if alternative else PUBLISH_BINARY_PEM_CERT)


def test_a_plugin_adds_a_format(client: Any, org: CertOrg, pki: Pki) -> None:
    bundle = pkcs7.serialize_certificates([pki.certificate, pki.ca], serialization.Encoding.PEM)
    with pytest.raises(NotACertificateError):
        publish_certificate(client, app_id="0oa1app", csr_id="csr1", certificate=bundle)
    with client.hooks.plugin(Pkcs7Plugin()):
        publish_certificate(client, app_id="0oa1app", csr_id="csr1", certificate=bundle)
    [sent] = org.published
    assert sent.headers["content-type"] == "application/x-pem-file" and sent.content == pki.pem


class ForceCer:
    @hookimpl
    def okta_certificate_upload(self, certificate: object) -> CertificateUpload | None:
        return CertificateUpload(read_certificate(certificate).certificate, PUBLISH_CER_CERT)


def test_a_plugin_forces_an_encoding(org: CertOrg, pki: Pki) -> None:
    transport = httpx.MockTransport(org)
    forced = OktaClient.from_config(org_url=ORG, token="00t", plugins=[ForceCer()], httpx_args={"transport": transport})
    publish_certificate(forced, idp_id="0oa1idp", csr_id="csr1", certificate=pki.pem)
    [sent] = org.published
    assert sent.headers["content-type"] == "application/x-x509-ca-cert"
    assert sent.content == expected_body(pki, "publishCerCert", "identity_provider")


def test_a_plugin_answering_something_else_is_an_error(client: Any, pki: Pki) -> None:
    class Wrong:
        @hookimpl
        def okta_certificate_upload(self) -> object:
            return pki.pem

    with client.hooks.plugin(Wrong()), pytest.raises(Exception, match="not CertificateUpload"):
        publish_certificate(client, app_id="0oa1app", csr_id="csr1", certificate=pki.pem)


# The certificate body serializer guards the generated functions when called directly.


def send_directly(client: Any, alternative: CertificateAlternative, body: object) -> Any:
    """Call the generated function that sends `alternative`, as a user would."""
    sender = sender_of("application", alternative)[0]
    extra = {"content_type": sender.content_type} if sender.content_type else {}
    return sender.module.sync_detailed("0oa1app", "csr1", client=client, body=body, **extra)


def test_generated_pem_function_refuses_a_private_key_before_sending(client: Any, org: CertOrg, pki: Pki) -> None:
    key_pem = pki.csr_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    match = f"{sent_by(PUBLISH_BINARY_PEM_CERT)}: the PEM body holds a private key"
    with pytest.raises(NotACertificateError, match=match):
        send_directly(client, PUBLISH_BINARY_PEM_CERT, pki.pem + key_pem)
    assert org.requests == []


@pytest.mark.parametrize("body", [b"not a certificate", b"-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----"])
def test_generated_functions_refuse_non_certificates(client: Any, org: CertOrg, body: bytes) -> None:
    der_match = f"{sent_by(PUBLISH_BINARY_DER_CERT)}: the body is neither a DER certificate"
    with pytest.raises(NotACertificateError, match=der_match):
        send_directly(client, PUBLISH_BINARY_DER_CERT, body)
    with pytest.raises(
        NotACertificateError, match=f"{sent_by(PUBLISH_BINARY_PEM_CERT)}: the body is no PEM certificate"
    ):
        send_directly(client, PUBLISH_BINARY_PEM_CERT, body)
    assert org.requests == []


def test_generated_binary_function_takes_an_x509_object(client: Any, org: CertOrg, pki: Pki) -> None:
    response = send_directly(client, PUBLISH_BINARY_DER_CERT, pki.certificate)
    assert response.status_code == 201
    assert org.published[0].content == pki.der


def test_the_csr_may_also_come_as_pem(client: Any, org: CertOrg, pki: Pki) -> None:
    pem_csr = pki.csr.public_bytes(serialization.Encoding.PEM).decode()
    org.pki = type("P", (), {"csr_base64": pem_csr})()  # type: ignore[assignment]
    publish_certificate(client, app_id="0oa1app", csr_id="csr1", certificate=pki.pem)
    assert org.published[0].content == pki.pem
