"""Scope rules, the local pre-send check, and 403s that name the missing scope."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from okta_client import ForbiddenError, InsufficientScopeError, MissingScopeError, OktaClient
from okta_plugins._scopes import missing_scopes, scope_satisfied

from tests.okta_fakes import ORG, MockOrg

RESOURCES = ["users", "groups", "apps", "logs", "authorizationServers", "policies"]


def call(client: OktaClient, scopes: tuple[str, ...], operation_id: str = "someOperation") -> httpx.Response:
    from okta_api.types import Operation

    operation = Operation(
        operation_id=operation_id,
        method="GET",
        path="/api/v1/x",
        tag="X",
        scopes=scopes,
    )
    return client.get_httpx_client().request("GET", "/api/v1/x", extensions={"okta_operation": operation})


@given(st.sampled_from(RESOURCES))
def test_manage_implies_read_but_not_the_reverse(resource: str) -> None:
    assert scope_satisfied(f"okta.{resource}.read", {f"okta.{resource}.manage"})
    assert not scope_satisfied(f"okta.{resource}.manage", {f"okta.{resource}.read"})


@given(
    st.sampled_from(RESOURCES),
    st.sampled_from(RESOURCES),
    st.sampled_from(["read", "manage"]),
)
def test_scopes_of_other_resources_never_satisfy(need: str, have: str, level: str) -> None:
    assert scope_satisfied(f"okta.{need}.read", {f"okta.{have}.{level}"}) == (need == have)


def test_self_variants() -> None:
    assert scope_satisfied("okta.users.read.self", {"okta.users.read"})
    assert scope_satisfied("okta.users.read.self", {"okta.users.manage.self"})
    assert not scope_satisfied("okta.users.read", {"okta.users.read.self"})
    assert not scope_satisfied("okta.users.manage.self", {"okta.users.read.self"})


def test_governance_scopes_have_two_segment_resources() -> None:
    assert scope_satisfied("okta.accessRequests.request.read", {"okta.accessRequests.request.manage"})
    assert not scope_satisfied("okta.accessRequests.request.read", {"okta.accessRequests.catalog.read"})
    assert not scope_satisfied("okta.accessRequests.request.read", {"okta.accessRequests.manage"})


def test_other_shapes_need_an_exact_match() -> None:
    assert scope_satisfied("okta.something.odd", {"okta.something.odd"})
    assert not scope_satisfied("okta.something.odd", {"okta.something.manage"})
    assert missing_scopes(["okta.users.read", "okta.apps.read"], {"okta.users.manage"}) == ("okta.apps.read",)


def test_missing_scope_fails_before_any_request(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    from okta_api.api.user import list_users

    client = private_key_client(scopes="okta.groups.manage okta.apps.read")
    with pytest.raises(MissingScopeError) as info:
        list_users.sync_detailed(client=client)
    message = str(info.value)
    assert "listUsers" in message and "okta.users.read" in message
    assert "okta.groups.manage" in message and "okta.apps.read" in message
    assert mock_org.token_requests == [] and mock_org.api_requests == []


def test_silently_downscoped_token_fails_locally(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    from okta_api.api.user import list_users

    mock_org.granted_scopes = "okta.groups.manage"  # the admin lacks user rights: Okta drops the scope
    client = private_key_client()
    with pytest.raises(MissingScopeError) as info:
        list_users.sync_detailed(client=client)
    assert info.value.granted == frozenset({"okta.groups.manage"})
    assert len(mock_org.token_requests) == 1
    assert mock_org.api_requests == []
    assert call(client, ("okta.groups.read",)).status_code == 200  # manage implies read


def test_operation_without_documented_scopes_is_sent(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    assert call(private_key_client(scopes="okta.groups.read"), ()).status_code == 200
    assert len(mock_org.api_requests) == 1


def test_scope_check_can_be_turned_off(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    assert (
        call(
            private_key_client(scopes="okta.groups.read", scope_check=False),
            ("okta.users.read",),
        ).status_code
        == 200
    )


def jwt_with_scopes(*scopes: str) -> str:
    def part(value: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'RS256'})}.{part({'scp': list(scopes), 'sub': 'x'})}.c2ln"


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={})


def test_bearer_jwt_scopes_are_checked() -> None:
    client = OktaClient.from_config(
        org_url=ORG,
        authorization_mode="Bearer",
        token=jwt_with_scopes("okta.groups.read"),
        httpx_args={"transport": httpx.MockTransport(ok)},
    )
    with pytest.raises(MissingScopeError, match=r"okta\.users\.read"):
        call(client, ("okta.users.read",))
    assert call(client, ("okta.groups.read",)).status_code == 200


def test_opaque_bearer_token_is_not_checked() -> None:
    client = OktaClient.from_config(
        org_url=ORG,
        authorization_mode="Bearer",
        token="opaque",
        httpx_args={"transport": httpx.MockTransport(ok)},
    )
    assert call(client, ("okta.users.read",)).status_code == 200


def forbidden(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        403,
        headers={"WWW-Authenticate": 'Bearer error="insufficient_scope"'},
        json={
            "errorCode": "E0000006",
            "errorSummary": "You do not have permission to perform the requested action",
        },
    )


def test_403_names_the_scope_the_operation_needed(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    mock_org.api_handler = forbidden
    with pytest.raises(InsufficientScopeError) as info:
        call(private_key_client(), ("okta.users.read",), "listUsers")
    assert "listUsers" in str(info.value) and "okta.users.read" in str(info.value)
    assert info.value.granted == frozenset({"okta.users.read", "okta.groups.manage"})
    assert info.value.response.json()["errorCode"] == "E0000006"


def test_403_plugin_can_be_blocked(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    mock_org.api_handler = forbidden
    with pytest.raises(ForbiddenError) as info:
        call(private_key_client(plugins_block="okta.scopes"), ("okta.users.read",))
    assert type(info.value) is ForbiddenError
    response = call(private_key_client(plugins_block="okta.scopes okta.errors"), ("okta.users.read",))
    assert response.status_code == 403


def test_403_without_documented_scope_is_a_plain_forbidden_error() -> None:
    client = OktaClient.from_config(org_url=ORG, token="t", httpx_args={"transport": httpx.MockTransport(forbidden)})
    with pytest.raises(ForbiddenError) as info:
        call(client, ())
    assert type(info.value) is ForbiddenError and info.value.error_code == "E0000006"


def test_api_token_or_oauth_alternatives_check_only_oauth_tokens() -> None:
    """`auth=("apiKey", "oauth2")`: an SSWS token is never held to the OAuth alternative's scopes."""
    from okta_api.types import Operation

    operation = Operation("listApps", "GET", "/api/v1/x", "X", ("okta.apps.read",), auth=("apiKey", "oauth2"))
    transport = httpx.MockTransport(ok)
    ssws = OktaClient.from_config(org_url=ORG, token="00ssws", httpx_args={"transport": transport})
    bearer = OktaClient.from_config(
        org_url=ORG,
        authorization_mode="Bearer",
        token=jwt_with_scopes("okta.users.read"),
        httpx_args={"transport": transport},
    )
    assert ssws.get_httpx_client().get("/api/v1/x", extensions={"okta_operation": operation}).status_code == 200
    with pytest.raises(MissingScopeError, match=r"okta\.apps\.read"):
        bearer.get_httpx_client().get("/api/v1/x", extensions={"okta_operation": operation})
