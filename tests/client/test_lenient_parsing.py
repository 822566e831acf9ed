"""Responses as Okta really sends them: undocumented 2xx, missing required fields, nulls, wrong types."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from attrs import define
from okta_api.client import Client
from okta_api.errors import ResponseTypeError
from okta_api.models.identity_provider import IdentityProvider
from okta_api.models.network_zone import NetworkZone
from okta_api.models.user import User
from okta_api.types import UNSET

from ..okta_fakes import Script

JWK = {"kty": "RSA", "kid": "k1", "use": "sig", "e": "AQAB", "n": "xyz", "x5c": ["MIIC"], "created": None}


@define
class StrictClient(Client):
    """A client asking for strict parsing, as OktaClient does with `strictParsing: true`."""

    strict_parsing: bool = True


def call(module: str, client: Client, *args: Any, **kwargs: Any) -> Any:
    return importlib.import_module(f"okta_api.api.{module}").sync(*args, client=client, **kwargs)


@pytest.mark.parametrize(
    ("module", "args", "kwargs", "status", "body", "model"),
    [
        (
            "identity_provider.generate_identity_provider_signing_key",
            ("0oa1",),
            {"validity_years": 2},
            201,
            JWK,
            "JsonWebKey",
        ),
        ("domain.create_domain", (), {"body": None}, 201, {"id": "OcD1", "domain": "login.example.com"}, "Domain"),
        (
            "authorization_server.create_authorization_server_policy_rule",
            ("aus1", "00p1"),
            {"body": None},
            201,
            {"id": "0pr1", "name": "Default rule", "type": "RESOURCE_ACCESS"},
            "AuthorizationServerPolicyRule",
        ),
        (
            "brand.create_email_template_customization",
            ("bnd1", "UserActivation"),
            {"body": None},
            201,
            {"id": "oel1", "language": "fr", "isDefault": False},
            "EmailTemplateCustomization",
        ),
        (
            "application.grant_consent_to_scope",
            ("0oa1",),
            {"body": None},
            200,
            {"id": "oag1", "scopeId": "okta.users.read", "status": "ACTIVE"},
            "OAuth2ScopeConsentGrant",
        ),
    ],
)
def test_an_undocumented_success_status_parses_with_the_success_model(
    client: Client,
    recorder: Script,
    module: str,
    args: tuple[str, ...],
    kwargs: dict[str, Any],
    status: int,
    body: Any,
    model: str,
) -> None:
    if "body" in kwargs:
        kwargs["body"] = _body_for(module)
    recorder.respond(status, body)
    parsed = call(module, client, *args, **kwargs)
    assert type(parsed).__name__ == model
    assert parsed.to_dict() == body
    assert recorder.last.extensions["okta_operation"].operation_id  # the request really went out


def _body_for(module: str) -> Any:
    # Any valid instance of the operation's body type will do: the point is the response.
    endpoint = importlib.import_module(f"okta_api.api.{module}")
    hint = endpoint.sync.__annotations__["body"]  # a string: the module imports models only when parsing
    return getattr(importlib.import_module("okta_api.models"), hint.split(" | ")[0])()


def test_a_success_without_a_body_returns_nothing(client: Client, recorder: Script) -> None:
    recorder.respond(201, b"")
    assert call("domain.create_domain", client, body=_body_for("domain.create_domain")) is None
    recorder.respond(204, b"")
    assert call("user.list_users", client) is None


def test_a_missing_required_field_stays_unset_and_nothing_is_invented() -> None:
    idp = IdentityProvider.from_dict({"id": "0oa1", "type": "SAML2", "policy": {"provisioning": {"action": "AUTO"}}})
    assert idp.policy.type_ is UNSET
    assert "type" not in idp.policy.to_dict()


def test_a_null_list_reads_as_none() -> None:
    zone = NetworkZone.from_dict({"id": "nzo1", "type": "IP", "gateways": None, "proxies": None})
    assert zone.gateways is None and zone.proxies is None
    assert zone.to_dict() == {"id": "nzo1", "type": "IP", "gateways": None, "proxies": None}


def test_nulls_where_the_spec_says_date_time_string_object_or_array(client: Client, recorder: Script) -> None:
    recorder.respond(200, {"id": "00o1", "subdomain": "dev-123456", "website": None, "_links": None, "expiresAt": None})
    settings = call("org.get_org_settings", client)
    assert settings.website is None and settings.field_links is None and settings.expires_at is None
    recorder.respond(
        200, [{"id": "00u1", "scope": "USER", "credentials": None, "profile": None, "statusChanged": None}]
    )
    (app_user,) = call("application.list_application_users", client, "0oa1")
    assert app_user.credentials is None and app_user.profile is None and app_user.status_changed is None


WRONG = {"id": 1234, "status": "ACTIVE", "created": "2024-05-02T18:14:06.000Z", "profile": {"login": {"v": "x"}}}


def test_a_value_of_another_type_is_kept_in_lenient_mode(client: Client, recorder: Script) -> None:
    recorder.respond(200, [WRONG, {"id": "00u2", "status": "ACTIVE"}])
    users = call("user.list_users", client)
    assert users[0].id == 1234 and users[0].profile.login == {"v": "x"}
    assert users[1].id == "00u2"


def test_strict_mode_names_the_model_field_and_pointer(recorder: Script) -> None:
    import httpx

    strict = StrictClient(
        base_url="https://dev-123456.okta.com", httpx_args={"transport": httpx.MockTransport(recorder)}
    )
    recorder.respond(200, [{"id": "00u2", "status": "ACTIVE"}, WRONG])
    with pytest.raises(ResponseTypeError) as caught:
        call("user.list_users", strict)
    assert (caught.value.model, caught.value.field, caught.value.pointer) == ("User", "id", "/1/id")
    recorder.respond(200, {"id": "00u1", "profile": {"login": ["not", "a", "string"]}})
    with pytest.raises(ResponseTypeError, match=r"UserProfile\.login at /profile/login: expected str, got list"):
        call("user.get_user", strict, "00u1")
    recorder.respond(200, {"id": "00u1", "created": "yesterday"})
    with pytest.raises(ResponseTypeError, match="/created: expected datetime"):
        call("user.get_user", strict, "00u1")


def test_strict_mode_accepts_nulls_and_unknown_enum_values(recorder: Script) -> None:
    import httpx

    strict = StrictClient(
        base_url="https://dev-123456.okta.com", httpx_args={"transport": httpx.MockTransport(recorder)}
    )
    recorder.respond(200, {"id": "00u1", "status": "SOMETHING_NEW", "activated": None, "profile": {"login": "a@b.c"}})
    user = call("user.get_user", strict, "00u1")
    assert isinstance(user, User) and user.activated is None and not user.status.is_known
