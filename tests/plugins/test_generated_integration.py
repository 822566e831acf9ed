"""OktaClient with the real generated package: typed results, bodies, scopes, sync and async."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import okta_api.models
import pytest
from okta_api.api import OPERATIONS, operation
from okta_api.api.user import list_users
from okta_client import InsufficientScopeError, MissingScopeError

from tests.okta_fakes import MockOrg

# addGroup in Okta's current specs, createGroup in 2.x.
create_group = operation("addGroup", "createGroup")


def group_body(name: str) -> Any:
    """The group to create, of the body class the client's create-group operation takes (Group in 2.x)."""
    body_class = getattr(okta_api.models, inspect.signature(create_group.sync).parameters["body"].annotation)
    return body_class.from_dict({"profile": {"name": name}})


def group_echo(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/api/v1/groups":
        body = json.loads(request.content)
        return httpx.Response(200, json={"id": "00g1", **body})
    return httpx.Response(200, json=[{"id": "00u1"}, {"id": "00u2"}])


def test_list_users_parses_models_sync_and_async(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    client = private_key_client(dpop=True)
    mock_org.require_dpop = True
    users = list_users.sync(client=client, limit=2)
    assert users is not None and [user.id for user in users] == ["00u1"]
    users = asyncio.run(list_users.asyncio(client=client, limit=2))
    assert users is not None and [user.id for user in users] == ["00u1"]
    assert mock_org.api_requests[0].url.params["limit"] == "2"
    assert len(mock_org.token_requests) == 1
    assert mock_org.errors == []


def test_create_group_sends_the_body_with_manage_scope(
    private_key_client: Callable[..., Any], mock_org: MockOrg
) -> None:
    mock_org.api_handler = group_echo
    client = private_key_client(scopes="okta.groups.manage okta.users.read")
    group = create_group.sync(client=client, body=group_body("Engineers"))
    assert group is not None and group.id == "00g1"
    assert group.profile is not None and not isinstance(group.profile, type(None))
    sent = mock_org.api_requests[0]
    assert sent.method == "POST" and json.loads(sent.content)["profile"]["name"] == "Engineers"
    assert sent.headers["authorization"].startswith("Bearer ")


def test_create_group_with_read_scope_fails_locally(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    client = private_key_client(scopes="okta.groups.read")
    with pytest.raises(MissingScopeError) as info:
        create_group.sync_detailed(client=client, body=group_body("x"))
    assert info.value.operation_id in ("addGroup", "createGroup")
    assert info.value.required == ("okta.groups.manage",)
    assert "okta.groups.read" in str(info.value)
    assert mock_org.api_requests == [] and mock_org.token_requests == []


def unscoped_get() -> Any:
    """An operation the spec documents no scope for, a GET without path parameters (each spec has some)."""
    for operation_id in sorted(OPERATIONS):
        module = operation(operation_id)
        if module.OPERATION.method == "GET" and not module.OPERATION.scopes and "{" not in module.OPERATION.path:
            return module
    raise AssertionError("the spec documents a scope for every operation")


def test_operation_without_documented_scope_is_sent(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    unscoped = unscoped_get()
    mock_org.api_handler = lambda request: httpx.Response(200, json={})
    response = unscoped.sync_detailed(client=private_key_client(scopes="okta.users.read"))
    assert response.status_code == 200
    assert mock_org.api_requests[0].url.path == unscoped.OPERATION.path


def test_403_from_generated_call_names_the_scope(private_key_client: Callable[..., Any], mock_org: MockOrg) -> None:
    mock_org.api_handler = lambda request: httpx.Response(403, json={"errorCode": "E0000006"})
    with pytest.raises(InsufficientScopeError, match="listUsers") as info:
        list_users.sync_detailed(client=private_key_client())
    assert info.value.required == ("okta.users.read",)


def test_ssws_with_generated_async(tmp_path: Path) -> None:
    from okta_client import OktaClient

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    client = OktaClient.from_config(
        org_url="https://dev-123.okta.com", token="00tok", httpx_args={"transport": httpx.MockTransport(handler)}
    )

    async def main() -> Any:
        async with client:
            return await list_users.asyncio(client=client)

    assert asyncio.run(main()) == []
    assert seen[0].headers["authorization"] == "SSWS 00tok"
