"""Responses as Okta really sends them: undocumented 2xx, missing required fields, nulls, wrong types."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest
from attrs import define
from okta_api.api import operation
from okta_api.client import Client
from okta_api.errors import ResponseTypeError
from okta_api.models.identity_provider import IdentityProvider
from okta_api.models.network_zone import NetworkZone
from okta_api.models.user import User

from ..okta_fakes import Script

JWK = {"kty": "RSA", "kid": "k1", "use": "sig", "e": "AQAB", "n": "xyz", "x5c": ["MIIC"], "created": None}


@define
class StrictClient(Client):
    """A client asking for strict parsing, as OktaClient does with `strictParsing: true`."""

    strict_parsing: bool = True


def endpoint(operation_ids: str) -> Any:
    """The operation's module; `a|b` names one operation as different spec releases call it."""
    return operation(*operation_ids.split("|"))


def call(operation_ids: str, client: Client, *args: Any, **kwargs: Any) -> Any:
    return endpoint(operation_ids).sync(*args, client=client, **kwargs)


# Operations by operationId ("a|b": as Okta's current specs and 2.x name them), and their success models.
@pytest.mark.parametrize(
    ("module", "args", "kwargs", "status", "body", "model"),
    [
        (
            "generateIdentityProviderSigningKey",
            ("0oa1",),
            {"validity_years": 2},
            201,
            JWK,
            "IdPKeyCredential|JsonWebKey",
        ),
        (
            "createCustomDomain|createDomain",
            (),
            {"body": None},
            201,
            {"id": "OcD1", "domain": "login.example.com"},
            "DomainResponse|Domain",
        ),
        (
            "createAuthorizationServerPolicyRule",
            ("aus1", "00p1"),
            {"body": None},
            201,
            {"id": "0pr1", "name": "Default rule", "type": "RESOURCE_ACCESS"},
            "AuthorizationServerPolicyRule",
        ),
        (
            "createEmailCustomization|createEmailTemplateCustomization",
            ("bnd1", "UserActivation"),
            {"body": None},
            201,
            {"id": "oel1", "language": "fr", "isDefault": False},
            "EmailCustomization|EmailTemplateCustomization",
        ),
        (
            "grantConsentToScope",
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
    assert type(parsed).__name__ in model.split("|")
    assert parsed.to_dict() == body
    assert recorder.last.extensions["okta_operation"].operation_id  # the request really went out


def _body_for(module: str) -> Any:
    # Any valid instance of the operation's body type will do: the point is the response.
    hint = endpoint(module).sync.__annotations__["body"]  # a string: the module imports models only when parsing
    return getattr(importlib.import_module("okta_api.models"), hint.split(" | ")[0]).from_dict({})


def test_a_success_without_a_body_returns_nothing(client: Client, recorder: Script) -> None:
    recorder.respond(201, b"")
    assert call("createCustomDomain|createDomain", client, body=_body_for("createCustomDomain|createDomain")) is None
    recorder.respond(204, b"")
    assert call("listUsers", client) is None


def required_fields(cls: type) -> list[str]:
    """The fields the spec requires: the constructor's arguments without a default."""
    parameters = inspect.signature(cls).parameters.values()
    return [p.name for p in parameters if p.default is inspect.Parameter.empty and p.kind is p.KEYWORD_ONLY]


def test_a_missing_required_field_stays_absent_and_nothing_is_invented() -> None:
    import okta_api.models as models

    # Which models have required fields depends on the spec release: take the first of a few that has some.
    candidates = (IdentityProvider, models.Application, models.Policy, models.Group, models.User)
    model = next(cls for cls in candidates if required_fields(cls))
    parsed = model.from_dict({"id": "0oa1"})
    json_name = {attribute: key for key, attribute in model._json_names.items()}
    assert all(getattr(parsed, name) is None for name in required_fields(model))
    assert not any(json_name[name] in parsed for name in required_fields(model))
    assert parsed.to_dict() == {"id": "0oa1"}


def test_a_null_list_reads_as_none() -> None:
    zone = NetworkZone.from_dict({"id": "nzo1", "type": "IP", "gateways": None, "proxies": None})
    assert zone.gateways is None and zone.proxies is None
    assert zone.to_dict() == {"id": "nzo1", "type": "IP", "gateways": None, "proxies": None}


def test_nulls_where_the_spec_says_date_time_string_object_or_array(client: Client, recorder: Script) -> None:
    recorder.respond(200, {"id": "00o1", "subdomain": "dev-123456", "website": None, "_links": None, "expiresAt": None})
    settings = call("getOrgSettings", client)
    assert settings.website is None and settings.field_links is None and settings.expires_at is None
    recorder.respond(
        200, [{"id": "00u1", "scope": "USER", "credentials": None, "profile": None, "statusChanged": None}]
    )
    (app_user,) = call("listApplicationUsers", client, "0oa1")
    assert app_user.credentials is None and app_user.profile is None and app_user.status_changed is None


WRONG = {"id": 1234, "status": "ACTIVE", "created": "2024-05-02T18:14:06.000Z", "profile": {"login": {"v": "x"}}}


def test_a_value_of_another_type_is_kept_in_lenient_mode(client: Client, recorder: Script) -> None:
    recorder.respond(200, [WRONG, {"id": "00u2", "status": "ACTIVE"}])
    users = call("listUsers", client)
    assert users[0].id == 1234 and users[0].profile.login == {"v": "x"}
    assert users[1].id == "00u2"


def test_strict_mode_names_the_model_field_and_pointer(recorder: Script) -> None:
    import httpx

    strict = StrictClient(
        base_url="https://dev-123456.okta.com", httpx_args={"transport": httpx.MockTransport(recorder)}
    )
    recorder.respond(200, [{"id": "00u2", "status": "ACTIVE"}, WRONG])
    with pytest.raises(ResponseTypeError) as caught:
        call("listUsers", strict)
    assert (caught.value.model, caught.value.field, caught.value.pointer) == ("User", "id", "/1/id")
    recorder.respond(200, {"id": "00u1", "profile": {"login": ["not", "a", "string"]}})
    with pytest.raises(ResponseTypeError, match=r"UserProfile\.login at /profile/login: expected str, got list"):
        call("getUser", strict, "00u1")
    recorder.respond(200, {"id": "00u1", "created": "yesterday"})
    with pytest.raises(ResponseTypeError, match="/created: expected datetime"):
        call("getUser", strict, "00u1")


def test_strict_mode_accepts_nulls_and_unknown_enum_values(recorder: Script) -> None:
    import httpx

    strict = StrictClient(
        base_url="https://dev-123456.okta.com", httpx_args={"transport": httpx.MockTransport(recorder)}
    )
    recorder.respond(200, {"id": "00u1", "status": "SOMETHING_NEW", "activated": None, "profile": {"login": "a@b.c"}})
    user = call("getUser", strict, "00u1")
    assert isinstance(user, User) and user.activated is None and not user.status.is_known
