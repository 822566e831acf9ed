"""What the generated functions put on the wire: paths, Content-Types, bodies, operation metadata."""

from __future__ import annotations

import asyncio
import base64
import importlib
import inspect
import json
import pkgutil
from types import ModuleType
from typing import Any

import okta_api.api
import okta_api.models
import pytest
from okta_api.api import operation
from okta_api.api.application import create_application
from okta_api.client import Client
from okta_api.errors import InvalidArgument
from okta_api.models.bookmark_application import BookmarkApplication
from okta_api.models.user_credentials import UserCredentials
from okta_api.types import Operation

from ..okta_fakes import Script

DER = bytes(range(256)) * 3
PEM = b"-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(DER) + b"-----END CERTIFICATE-----\n"
JWK = {"kty": "RSA", "kid": "k1", "use": "sig", "alg": "RS256", "e": "AQAB", "n": "xyz", "x5c": ["MIIC"]}

# (operation, Content-Type, body given, bytes expected on the wire)
CERTIFICATE_ALTERNATIVES = [
    ("publish_cer_cert", "application/x-x509-ca-cert", base64.b64encode(DER).decode(), base64.b64encode(DER)),
    ("publish_binary_cer_cert", "application/x-x509-ca-cert", DER, DER),
    ("publish_der_cert", "application/pkix-cert", base64.b64encode(DER).decode(), base64.b64encode(DER)),
    ("publish_binary_der_cert", "application/pkix-cert", DER, DER),
    ("publish_binary_pem_cert", "application/x-pem-file", PEM, PEM),
]


# Okta's current specs: one publish operation per owner, its body in any of these media types, as bytes.
PUBLISH_OPERATIONS = [
    ("publishCsrFromApplication", "apps", "application", ""),
    ("publishCsrForIdentityProvider", "idps", "identity_provider", "_for_identity_provider"),
]


def certificate_cases() -> list[Any]:
    """(module, Content-Type, body, wire, owner, extra arguments) for each way this client publishes a CSR."""
    cases: list[Any] = []
    for operation_id, owner, tag, suffix in PUBLISH_OPERATIONS:
        try:
            module = operation(operation_id)
        except LookupError:  # 2.x: an operation per encoding, the media type fixed by each
            for name, content_type, body, wire in CERTIFICATE_ALTERNATIVES:
                module = importlib.import_module(f"okta_api.api.{tag}.{name}{suffix}")
                cases.append(pytest.param(module, content_type, body, wire, owner, {}, id=f"{owner}-{name}"))
            continue
        for content_type in module.OPERATION.content_types:
            body = PEM if content_type == "application/x-pem-file" else DER
            extra = {"content_type": content_type}
            cases.append(pytest.param(module, content_type, body, body, owner, extra, id=f"{owner}-{content_type}"))
    return cases


@pytest.mark.parametrize(("module", "content_type", "body", "wire", "owner", "extra"), certificate_cases())
def test_each_certificate_alternative_sends_its_own_encoding(
    client: Client,
    recorder: Script,
    module: ModuleType,
    content_type: str,
    body: str | bytes,
    wire: bytes,
    owner: str,
    extra: dict[str, Any],
) -> None:
    recorder.respond(201, JWK)
    owner_id = {"apps": "0oa1bcdEFGH2345ijk6", "idps": "0oa9zyxWVUT8765rqp4"}[owner]
    parsed = module.sync(owner_id, "csr1", client=client, body=body, **extra)
    request = recorder.last
    assert request.method == "POST"
    assert request.url.path == f"/api/v1/{owner}/{owner_id}/credentials/csrs/csr1/lifecycle/publish"
    assert request.headers["Content-Type"] == content_type
    assert request.content == wire
    # The key model the operation declares (JsonWebKey; IdPKeyCredential for an IdP in current specs).
    key_model = str(inspect.signature(module.sync).return_annotation).split(" | ")[0]
    assert type(parsed).__name__ == key_model and parsed.kid == "k1"
    assert module.OPERATION.method == "POST" and module.OPERATION.scopes == (f"okta.{owner}.manage",)


def test_forgot_password_alternatives(client: Client, recorder: Script) -> None:
    # forgotPassword and a path of its own to set the password in Okta's current specs; 2.x: one path, two ids.
    start = operation("forgotPassword", "forgotPasswordGenerateOneTimeToken")
    set_new_password = operation("forgotPasswordSetNewPassword")
    recorder.respond(
        200, {"resetPasswordUrl": "https://dev-123456.okta.com/signin/reset-password/XE6wE17zmphl3KqAPFxO"}
    )
    result = start.sync("00u1", client=client, send_email=False)
    assert recorder.last.url.path == "/api/v1/users/00u1/credentials/forgot_password"
    assert recorder.last.url.params["sendEmail"] == "false" and recorder.last.content == b""
    assert result is not None and result.reset_password_url.endswith("XE6wE17zmphl3KqAPFxO")
    body = UserCredentials.from_dict({"password": {"value": "n3wP4ss!"}, "recovery_question": {"answer": "Cowboy Dan"}})
    recorder.respond(200, {})
    set_new_password.sync("00u1", client=client, body=body)
    assert recorder.last.url.path.startswith("/api/v1/users/00u1/credentials/forgot_password")
    assert json.loads(recorder.last.content) == body.to_dict()
    assert recorder.last.headers["Content-Type"] == "application/json"


def test_read_only_fields_are_not_sent(client: Client, recorder: Script) -> None:
    app = BookmarkApplication.from_dict(
        {
            "id": "0oa1",
            "name": "bookmark",
            "signOnMode": "BOOKMARK",
            "status": "ACTIVE",
            "created": "2024-05-02T18:14:06.000Z",
            "label": "Wiki",
            "_links": {"self": {}},
        }
    )
    recorder.respond(200, {"id": "0oa1", "name": "bookmark", "signOnMode": "BOOKMARK"})
    create_application.sync(client=client, body=app)
    sent = json.loads(recorder.last.content)
    assert sent == {"label": "Wiki", "name": "bookmark", "signOnMode": "BOOKMARK"}


def test_saml_metadata_preview_is_returned_as_text(client: Client, recorder: Script) -> None:
    preview = operation("previewSAMLmetadataForApplication", "previewSAMLAppMetadata")
    xml = '<?xml version="1.0"?><md:EntityDescriptor entityID="http://www.okta.com/exk1"/>'
    recorder.respond(200, xml, headers={"Content-Type": "application/xml"})
    assert preview.sync("0oa1", client=client, kid="k1") == xml


def test_async_twin_sends_the_same_request(client: Client, recorder: Script) -> None:
    from okta_api.api.user import list_users

    recorder.respond(200, [{"id": "00u1", "status": "ACTIVE", "activated": None}])
    users = asyncio.run(list_users.asyncio(client=client, limit=5))
    assert users is not None and users[0].id == "00u1" and users[0].activated is None
    assert recorder.last.url.params["limit"] == "5"
    assert recorder.last.extensions["okta_operation"] is list_users.OPERATION


def all_endpoint_modules() -> list[str]:
    return sorted(info.name for info in pkgutil.walk_packages(okta_api.api.__path__, "okta_api.api.") if not info.ispkg)


def test_every_operation_carries_its_metadata() -> None:
    names = all_endpoint_modules()
    assert len(names) == len(okta_api.api.OPERATIONS)  # one module per operation of the spec and our fragment
    operations = [importlib.import_module(name).OPERATION for name in names]
    assert all(isinstance(op, Operation) for op in operations)
    assert len({op.operation_id for op in operations}) == len(operations)
    by_id = {op.operation_id: op for op in operations}
    assert by_id["listUsers"].scopes == ("okta.users.read",) and by_id["listUsers"].tag == "User"
    assert by_id["createMyRequest"].scopes == ("okta.accessRequests.request.manage",)
    assert by_id["createMyRequest"].path == "/governance/api/v2/my/catalogs/default/entries/{entryId}/requests"
    assert any(op.scopes == () for op in operations)  # an operation Okta documents no scope for


def test_a_malformed_governance_id_is_rejected_before_sending(client: Client, recorder: Script) -> None:
    from okta_api.api.my_requests import get_my_request

    with pytest.raises(InvalidArgument, match="entry_id='cen123' is 6 characters"):
        get_my_request.sync("cen123", "reqp1pmpjhVdGEcVK1d5", client=client)
    with pytest.raises(InvalidArgument, match="does not match"):
        get_my_request.sync("cenp2rjyxK1Js2Fc41d5", "reqp1pmpjhVdGEcVK1d!", client=client)
    assert recorder.requests == []


def test_secret_fields_never_show_in_a_repr() -> None:
    credentials = UserCredentials.from_dict(
        {"password": {"value": "hunter2!"}, "recovery_question": {"question": "pet?", "answer": "Cowboy Dan"}}
    )
    shown = repr(credentials)
    assert "hunter2!" not in shown and "Cowboy Dan" not in shown and "'***'" in shown and "pet?" in shown
    assert credentials.to_dict()["password"] == {"value": "hunter2!"}  # masked in the repr only


def test_multipart_uploads_send_the_file(client: Client, recorder: Script) -> None:
    upload = operation("uploadApplicationLogo")
    body_class = getattr(okta_api.models, upload.sync_detailed.__annotations__["body"].split(" | ")[0])
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    recorder.respond(201, b"")
    upload.sync_detailed("0oa1", client=client, body=body_class(file=png))
    assert recorder.last.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    assert png in recorder.last.content and b'name="file"' in recorder.last.content


def test_expiring_a_password_with_or_without_a_temporary_one(client: Client, recorder: Script) -> None:
    # 2.x: one path, the operation itself sends tempPassword=true|false (x-okta-fixed-query, proven on a
    # small spec in tests/generator/test_oas3_constructs.py); current specs: a path of its own for each.
    recorder.respond(200, {"id": "00u1", "status": "PASSWORD_EXPIRED"})
    operation("expirePassword").sync("00u1", client=client)
    assert recorder.last.url.path == "/api/v1/users/00u1/lifecycle/expire_password"
    assert recorder.last.url.params.get("tempPassword", "false") == "false"
    recorder.respond(200, {"tempPassword": "HRuc8d2a"})
    operation("expirePasswordWithTempPassword", "expirePasswordAndGetTemporaryPassword").sync("00u1", client=client)
    sent = recorder.last.url
    assert sent.params.get("tempPassword") == "true" or sent.path.endswith("/expire_password_with_temp_password")


def test_an_error_status_without_a_body_returns_nothing(client: Client, recorder: Script) -> None:
    activate = operation("activateDefaultProvisioningConnectionForApplication")
    recorder.respond(404, b"")
    assert activate.sync("0oa1", client=client) is None


def test_query_parameters_the_caller_did_not_set_are_not_sent(client: Client, recorder: Script) -> None:
    from okta_api.api.application import list_applications
    from okta_api.api.user import list_users

    recorder.respond(200, [])
    list_users.sync(client=client)
    assert "limit" not in recorder.last.url.params and not recorder.last.url.query
    recorder.respond(200, [])
    list_applications.sync(client=client)
    assert not recorder.last.url.query
    recorder.respond(200, [])
    list_users.sync(client=client, limit=10, sort_order="desc")
    assert dict(recorder.last.url.params) == {"limit": "10", "sortOrder": "desc"}


def test_every_optional_query_header_or_cookie_argument_defaults_to_unset() -> None:
    """Okta applies its own defaults; only what the caller set goes on the wire (required ones keep theirs)."""
    import inspect

    from okta_api.types import UNSET

    offenders = []
    for name in all_endpoint_modules():
        module = importlib.import_module(name)
        for parameter in inspect.signature(module._get_kwargs).parameters.values():
            default = parameter.default
            optional = "Unset" in str(parameter.annotation) and parameter.name != "body"
            if optional and default is not UNSET:
                offenders.append(f"{name}.{parameter.name}={default!r}")
    assert offenders == []


def test_docstrings_carry_the_specs_parameter_descriptions_and_defaults() -> None:
    from okta_api.api.user import list_users

    doc = " ".join((list_users.sync.__doc__ or "").split())
    assert "q (str | Unset): Finds users who match the specified query." in doc
    assert "limit (int | Unset): " in doc and "Okta's default: 200." in doc
    assert "okta_client.OktaApiError:" in doc and "NotFoundError (404)" in doc
    assert "If the server returns an undocumented status code" not in doc
