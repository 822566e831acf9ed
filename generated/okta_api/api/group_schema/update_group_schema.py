"""`updateGroupSchema`: POST /api/v1/meta/schemas/group/default"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.group_schema import GroupSchema

OPERATION = Operation(
    operation_id="updateGroupSchema",
    method="POST",
    path="/api/v1/meta/schemas/group/default",
    tag="GroupSchema",
    scopes=("okta.schemas.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
)


def _get_kwargs(
    *,
    body: GroupSchema | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/api/v1/meta/schemas/group/default",
        "extensions": {"okta_operation": OPERATION},
    }
    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GroupSchema | None:
    from ...models.group_schema import GroupSchema

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, GroupSchema, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GroupSchema | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupSchema | Unset = UNSET,
) -> Response[GroupSchema | None]:
    """Okta Updates, adds ore removes one or more custom Group Profile properties in the schema

     Updates, adds ore removes one or more custom Group Profile properties in the schema

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.schemas.manage.

    Args:
        body (GroupSchema | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupSchema]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GroupSchema | Unset = UNSET,
) -> GroupSchema | None:
    """Okta Updates, adds ore removes one or more custom Group Profile properties in the schema

     Updates, adds ore removes one or more custom Group Profile properties in the schema

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.schemas.manage.

    Args:
        body (GroupSchema | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupSchema
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupSchema | Unset = UNSET,
) -> Response[GroupSchema | None]:
    """Okta Updates, adds ore removes one or more custom Group Profile properties in the schema

     Updates, adds ore removes one or more custom Group Profile properties in the schema

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.schemas.manage.

    Args:
        body (GroupSchema | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupSchema]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GroupSchema | Unset = UNSET,
) -> GroupSchema | None:
    """Okta Updates, adds ore removes one or more custom Group Profile properties in the schema

     Updates, adds ore removes one or more custom Group Profile properties in the schema

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.schemas.manage.

    Args:
        body (GroupSchema | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupSchema
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
