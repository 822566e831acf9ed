"""Operation metadata on a small hand-made spec with the constructs of both spec families.

Okta's current spec (per-operation `security` with OAuth scopes, `x-okta-lifecycle` objects, admin
permissions, `deprecated`, `x-enumDescriptions`, one operation with three certificate media types)
and 2.x (`x-okta-multi-operation` alternatives, no OAuth scopes) generate into one scratch client;
scripts run against it in a fresh interpreter so the project's own `okta_api` stays out of the way.
"""

from __future__ import annotations

import copy
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from okta_codegen.client_view import client_view
from okta_codegen.errors import SpecError
from okta_codegen.format import format_package
from okta_codegen.normalize import normalize
from okta_codegen.opc import render_client
from okta_codegen.operation_metadata import operation_metadata
from okta_codegen.transforms.operation_scopes import record_operation_scopes

CERT_TYPES = ["application/x-x509-ca-cert", "application/pkix-cert", "application/x-pem-file"]
BOTH = [{"apiToken": []}, {"oauth2": ["okta.apps.manage"]}]
JWK_RESPONSE = {
    "201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Jwk"}}}}
}
CSR_RESPONSE = {
    "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Csr"}}}}
}


def _path_parameters(*names: str) -> list[dict[str, Any]]:
    return [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}} for name in names]


def _multi_operation_alternatives() -> list[dict[str, Any]]:
    """Okta 2.x's five ways, Swagger 2 shaped, as `x-okta-multi-operation` has them."""
    ways = [
        ("publishCerCertForIdp", "application/x-x509-ca-cert", "base64"),
        ("publishBinaryCerCertForIdp", "application/x-x509-ca-cert", "binary"),
        ("publishDerCertForIdp", "application/pkix-cert", "base64"),
        ("publishBinaryDerCertForIdp", "application/pkix-cert", "binary"),
        ("publishBinaryPemCertForIdp", "application/x-pem-file", "binary"),
    ]
    alternatives = []
    for operation_id, content_type, encoding in ways:
        parameter: dict[str, Any] = {"in": "body", "name": "certificate", "required": True, "type": "string"}
        alternative: dict[str, Any] = {"operationId": operation_id, "consumes": [content_type]}
        if encoding == "base64":
            alternative["encoding"] = "base64"
        else:
            parameter["format"] = "binary"
        alternative["parameters"] = [parameter]
        alternatives.append(alternative)
    return alternatives


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "mini Okta", "version": "1"},
    "tags": [
        {"name": "Support", "x-okta-lifecycle": {"lifecycle": "EA", "isGenerallyAvailable": False, "SKUs": ["OIE"]}},
        {"name": "Apps"},
    ],
    "paths": {
        "/api/v1/apps": {
            "get": {
                "operationId": "listApps",
                "tags": ["Apps"],
                "security": [{"apiToken": []}, {"oauth2": ["okta.apps.read", "okta.groups.read"]}],
                "x-okta-lifecycle": {"lifecycle": "LIMITED_GA", "isGenerallyAvailable": False, "SKUs": ["OIE"]},
                "x-okta-iam-permissions": ["okta.apps.read"],
                "parameters": [
                    {
                        "name": "status",
                        "in": "query",
                        "schema": {"$ref": "#/components/schemas/AppStatus"},
                    }
                ],
                "responses": {"204": {"description": "No content"}},
            }
        },
        "/api/v1/support/extend": {
            "x-okta-lifecycle": {"lifecycle": "GA"},
            "post": {
                "operationId": "extendSupport",
                "tags": ["Support"],
                "deprecated": True,
                "security": [{"oauth2": ["okta.orgs.manage"]}],
                "x-okta-iam-admin-roles": ["SUPER_ADMIN"],
                "responses": {"204": {"description": "No content"}},
            },
        },
        "/api/v1/support/grant": {
            "post": {
                "operationId": "grantSupport",
                "tags": ["Support"],
                "security": [{"apiToken": []}],
                "x-okta-no-scope-required": True,
                "responses": {"204": {"description": "No content"}},
            },
        },
        "/.well-known/thing": {
            "get": {
                "operationId": "getThing",
                "tags": ["Apps"],
                "security": [],
                "responses": {"204": {"description": "x"}},
            }
        },
        "/api/v1/apps/{appId}/credentials/csrs/{csrId}": {
            "parameters": _path_parameters("appId", "csrId"),
            "get": {"operationId": "getAppCsr", "tags": ["Apps"], "security": BOTH, "responses": CSR_RESPONSE},
        },
        "/api/v1/apps/{appId}/credentials/csrs/{csrId}/lifecycle/publish": {
            "parameters": _path_parameters("appId", "csrId"),
            "post": {
                "operationId": "publishCsrFromApp",
                "tags": ["Apps"],
                "security": BOTH,
                "requestBody": {
                    "required": True,
                    "content": {t: {"schema": {"type": "string", "format": "binary"}} for t in CERT_TYPES},
                },
                "responses": JWK_RESPONSE,
            },
        },
        "/api/v1/idps/{idpId}/credentials/csrs/{csrId}": {
            "parameters": _path_parameters("idpId", "csrId"),
            "get": {"operationId": "getIdpCsr", "tags": ["Idps"], "security": BOTH, "responses": CSR_RESPONSE},
        },
        "/api/v1/idps/{idpId}/credentials/csrs/{csrId}/lifecycle/publish": {
            "post": {
                "tags": ["Idps"],
                "parameters": _path_parameters("idpId", "csrId"),
                "security": [{"apiToken": []}],
                "responses": JWK_RESPONSE,
                "x-okta-multi-operation": _multi_operation_alternatives(),
            }
        },
    },
    "components": {
        "securitySchemes": {
            "apiToken": {"type": "apiKey", "in": "header", "name": "Authorization"},
            "oauth2": {
                "type": "oauth2",
                "flows": {"clientCredentials": {"tokenUrl": "/oauth2/v1/token", "scopes": {"okta.apps.read": "x"}}},
            },
        },
        "schemas": {
            "AppStatus": {
                "type": "string",
                "description": "Status of an app",
                "enum": ["ACTIVE", "INACTIVE"],
                "x-enumDescriptions": {"ACTIVE": "The app can be used.", "GONE": "Not a value of the enum."},
            },
            "Csr": {"type": "object", "properties": {"id": {"type": "string"}, "csr": {"type": "string"}}},
            "Jwk": {"type": "object", "properties": {"kid": {"type": "string"}}},
        },
    },
}


@pytest.fixture(scope="module")
def mini_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder holding the generated `okta_api` of `SPEC`."""
    out = tmp_path_factory.mktemp("mini-client")
    document = normalize(copy.deepcopy(SPEC), [], load_entry_points=False)
    render_client(client_view(document, "mini.yaml"), out / "okta_api")
    format_package(out / "okta_api")
    return out


def run(folder: Path, script: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], cwd=folder, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_operation_metadata_comes_from_security_and_extensions(mini_client: Path) -> None:
    out = run(
        mini_client,
        """
        from okta_api.api.apps import list_apps, get_thing, publish_csr_from_app
        from okta_api.api.support import extend_support, grant_support
        for module in (list_apps, extend_support, grant_support, get_thing, publish_csr_from_app):
            op = module.OPERATION
            print(op.operation_id, op.scopes, op.auth, op.lifecycle, op.deprecated, op.iam_permissions,
                  op.admin_roles, op.content_types)
        """,
    )
    assert out.splitlines() == [
        "listApps ('okta.apps.read', 'okta.groups.read') ('apiKey', 'oauth2') LIMITED_GA False"
        " ('okta.apps.read',) () ()",
        # deprecated wins over the path item's GA; admin roles kept
        "extendSupport ('okta.orgs.manage',) ('oauth2',) GA True () ('SUPER_ADMIN',) ()",
        # x-okta-no-scope-required; the lifecycle of its first tag
        "grantSupport () ('apiKey',) EA False () () ()",
        "getThing () ('none',) None False () () ()",
        f"publishCsrFromApp ('okta.apps.manage',) ('apiKey', 'oauth2') None False () () {tuple(CERT_TYPES)}",
    ]


def test_docstrings_say_lifecycle_credentials_scopes_and_permissions(mini_client: Path) -> None:
    source = (mini_client / "okta_api" / "api" / "apps" / "list_apps.py").read_text()
    assert "Lifecycle: LIMITED_GA (SKUs: OIE)." in source
    assert "Credentials: an API token (SSWS) or an OAuth 2.0 access token." in source
    assert "OAuth 2.0 scopes: okta.apps.read, okta.groups.read." in source
    assert "Admin permissions: okta.apps.read." in source
    support = (mini_client / "okta_api" / "api" / "support" / "extend_support.py").read_text()
    assert "Deprecated: Okta may remove this operation." in support
    publish = (mini_client / "okta_api" / "api" / "apps" / "publish_csr_from_app.py").read_text()
    assert publish.count("        body (File):") == 4  # one per function, not one per media type
    assert "content_type (str): The media type to send the body as: application/x-x509-ca-cert," in publish
    assert "application/pkix-cert, application/x-pem-file. Default: application/x-x509-ca-cert." in publish


def test_enum_members_carry_their_descriptions(mini_client: Path) -> None:
    out = run(
        mini_client,
        """
        import ast, inspect
        from okta_api.models import app_status
        tree = ast.parse(inspect.getsource(app_status))
        body = next(node for node in tree.body if isinstance(node, ast.ClassDef)).body
        for before, node in zip(body, body[1:]):
            if isinstance(node, ast.Expr) and isinstance(before, ast.Assign):
                print(before.targets[0].id, node.value.value)
        """,
    )
    assert out.splitlines() == ["ACTIVE The app can be used."]


def test_a_deprecated_operation_warns_once_per_call_site(mini_client: Path) -> None:
    out = run(
        mini_client,
        """
        import asyncio, warnings, httpx
        from okta_api.client import Client
        from okta_api.api.support import extend_support, grant_support
        transport = httpx.MockTransport(lambda r: httpx.Response(204))
        client = Client("https://x.okta.com", httpx_args={"transport": transport})
        async_client = Client("https://x.okta.com", httpx_args={"transport": transport})
        async def main():
            await extend_support.asyncio(client=async_client)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("default")
            for _ in range(3):
                extend_support.sync(client=client)
            extend_support.sync_detailed(client=client)
            asyncio.run(main())
            grant_support.sync(client=client)
        for warning in caught:
            print(warning.category.__name__, warning.filename, warning.lineno, warning.message)
        """,
    )
    lines = out.splitlines()
    assert len(lines) == 3  # the loop's line once, then sync_detailed's line, then asyncio's
    for line in lines:
        assert line.startswith("DeprecationWarning <string> ")
        assert line.endswith("extendSupport (POST /api/v1/support/extend) is deprecated by Okta")
    assert len({line.split()[2] for line in lines}) == 3


def test_several_media_types_are_a_content_type_argument(mini_client: Path) -> None:
    out = run(
        mini_client,
        """
        import httpx
        from okta_api.client import Client
        from okta_api.api.apps import publish_csr_from_app
        seen = []
        def reply(request):
            seen.append(request.headers["content-type"])
            return httpx.Response(201, json={"kid": "k"})
        client = Client("https://x.okta.com", httpx_args={"transport": httpx.MockTransport(reply)})
        publish_csr_from_app.sync("a", "c", client=client, body=b"der")
        publish_csr_from_app.sync("a", "c", client=client, body=b"der", content_type="application/pkix-cert")
        try:
            publish_csr_from_app.sync("a", "c", client=client, body=b"x", content_type="application/json")
        except ValueError as exc:
            print(exc)
        print(seen)
        """,
    )
    assert out.splitlines() == [
        "content_type 'application/json' is not one of " + ", ".join(CERT_TYPES),
        "['application/x-x509-ca-cert', 'application/pkix-cert']",
    ]


PUBLISH_SCRIPT = """
import base64, datetime, httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from okta_client import OktaClient
from okta_plugins.certificates import publish_certificate

name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "app")])
key = ec.generate_private_key(ec.SECP256R1())
csr = x509.CertificateSigningRequestBuilder().subject_name(name).sign(key, hashes.SHA256())
now = datetime.datetime.now(datetime.UTC)
cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(1).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30)).sign(key, hashes.SHA256()))
der = cert.public_bytes(serialization.Encoding.DER)
pem = cert.public_bytes(serialization.Encoding.PEM)
csr_b64 = base64.b64encode(csr.public_bytes(serialization.Encoding.DER)).decode()
sent = []

def org(request):
    if request.method == "GET":
        return httpx.Response(200, json={"id": "c1", "csr": csr_b64})
    sent.append(request)
    return httpx.Response(201, json={"kid": "k1"})

client = OktaClient.from_config(org_url="https://x.okta.com", token="00ssws",
                                httpx_args={"transport": httpx.MockTransport(org)})
for target in ({"app_id": "a1"}, {"idp_id": "i1"}):
    for certificate, alternative in ((pem, None), (der, None), (base64.b64encode(der).decode(), None),
                                     (pem, "publishCerCert")):
        key_ = publish_certificate(client, csr_id="c1", certificate=certificate, alternative=alternative, **target)
        request = sent.pop()
        body = "pem" if request.content == pem else "der" if request.content == der else "base64"
        print(request.url.path, request.extensions["okta_operation"].operation_id,
              request.headers["content-type"], body, key_.kid)
"""


def test_publish_certificate_finds_both_constructs(mini_client: Path) -> None:
    app = "/api/v1/apps/a1/credentials/csrs/c1/lifecycle/publish publishCsrFromApp"
    idp = "/api/v1/idps/i1/credentials/csrs/c1/lifecycle/publish"
    assert run(mini_client, PUBLISH_SCRIPT).splitlines() == [
        f"{app} application/x-pem-file pem k1",
        f"{app} application/pkix-cert der k1",
        # one operation with binary bodies: base64 text goes as the DER it encodes
        f"{app} application/pkix-cert der k1",
        f"{app} application/x-x509-ca-cert der k1",
        f"{idp} publishBinaryPemCertForIdp application/x-pem-file pem k1",
        f"{idp} publishBinaryDerCertForIdp application/pkix-cert der k1",
        f"{idp} publishDerCertForIdp application/pkix-cert base64 k1",
        f"{idp} publishCerCertForIdp application/x-x509-ca-cert base64 k1",
    ]


# The transform and the metadata on documents, without generating.


def _scopes_of(document: dict[str, Any], path: str, method: str = "get") -> tuple[list[str], list[str]]:
    record_operation_scopes(document, "doc.yaml")
    operation = document["paths"][path][method]
    return operation["x-okta-scopes"], operation["x-okta-auth"]


def test_top_level_security_is_inherited() -> None:
    document = copy.deepcopy(SPEC)
    document["security"] = [{"oauth2": ["okta.things.read"]}]
    assert _scopes_of(document, "/api/v1/support/grant", "post") == ([], ["apiKey"])  # its own security wins
    del document["paths"]["/api/v1/support/grant"]["post"]["security"]
    document["paths"]["/api/v1/support/grant"]["post"].pop("x-okta-no-scope-required")
    assert _scopes_of(document, "/api/v1/support/grant", "post") == (["okta.things.read"], ["oauth2"])


def test_a_renamed_oauth_scheme_is_still_oauth() -> None:
    document = {
        "paths": {"/api/v1/apps": {"get": {"security": [{"apiToken": []}, {"governanceOAuth": ["okta.apps.read"]}]}}},
        "components": {"securitySchemes": {"apiToken": {"type": "apiKey"}, "governanceOAuth": {"type": "oauth2"}}},
    }
    assert _scopes_of(document, "/api/v1/apps") == (["okta.apps.read"], ["apiKey", "oauth2"])


def test_several_oauth_alternatives_need_only_their_common_scopes() -> None:
    document = copy.deepcopy(SPEC)
    document["paths"]["/api/v1/apps"]["get"]["security"] = [
        {"oauth2": ["okta.apps.read", "okta.users.read"]},
        {"oauth2": ["okta.apps.manage", "okta.apps.read"]},
    ]
    assert _scopes_of(document, "/api/v1/apps") == (["okta.apps.read"], ["oauth2"])


def test_the_path_fallback_is_off_when_the_spec_declares_scopes() -> None:
    document = copy.deepcopy(SPEC)  # apiKey only, on a path the fallback knows, in a spec with OAuth scopes
    document["paths"]["/api/v1/users"] = {"get": {"security": [{"apiToken": []}], "responses": {}}}
    assert _scopes_of(document, "/api/v1/users") == ([], ["apiKey"])


def test_the_path_fallback_serves_a_spec_without_oauth_scopes() -> None:
    document = {
        "paths": {"/api/v1/users": {"get": {"security": [{"api_token": []}], "responses": {}}}},
        "components": {"securitySchemes": {"api_token": {"type": "apiKey", "in": "header", "name": "Authorization"}}},
    }
    assert _scopes_of(document, "/api/v1/users") == (["okta.users.read"], ["apiKey", "oauth2"])


def test_a_security_scheme_that_does_not_exist_is_an_error() -> None:
    document = copy.deepcopy(SPEC)
    document["paths"]["/api/v1/apps"]["get"]["security"] = [{"nope": []}]
    with pytest.raises(SpecError, match="security scheme 'nope' is not in components") as caught:
        record_operation_scopes(document, "doc.yaml")
    assert caught.value.pointer == "/paths/~1api~1v1~1apps/get/security"


@pytest.mark.parametrize(
    ("declared", "lifecycle", "deprecated"),
    [
        ("BETA", "BETA", False),
        ("Limited GA", "LIMITED_GA", False),
        ({"lifecycle": "deprecated"}, "DEPRECATED", True),
        ({"lifecycle": "TOMBSTONE", "SKUs": []}, "TOMBSTONE", True),
        ({"features": ["X"]}, None, False),  # 2.x's shape on properties: no lifecycle name
    ],
)
def test_lifecycle_shapes(declared: Any, lifecycle: str | None, deprecated: bool) -> None:
    operation = {"x-okta-lifecycle": declared}
    metadata = operation_metadata({}, {}, operation, operation, "doc.yaml", "/paths/~1x/get")
    assert (metadata.lifecycle, metadata.deprecated) == (lifecycle, deprecated)


def test_a_lifecycle_of_another_shape_is_an_error() -> None:
    operation = {"x-okta-lifecycle": ["GA"]}
    with pytest.raises(SpecError, match="expected a lifecycle name") as caught:
        operation_metadata({}, {}, operation, operation, "doc.yaml", "/paths/~1x/get")
    assert caught.value.pointer == "/paths/~1x/get/x-okta-lifecycle"
