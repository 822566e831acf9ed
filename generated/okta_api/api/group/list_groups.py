"""`listGroups`: GET /api/v1/groups"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.group import Group

OPERATION = Operation(
    operation_id="listGroups",
    method="GET",
    path="/api/v1/groups",
    tag="Group",
    scopes=("okta.groups.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
)


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 10000,
    expand: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["filter"] = filter_

    params["after"] = after

    params["limit"] = limit

    params["expand"] = expand

    params["search"] = search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/groups",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Group] | None:
    from ...models.group import Group

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_response_list(client, Group, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Group] | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 10000,
    expand: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[list[Group] | None]:
    """Okta List Groups

     Enumerates groups in your organization with pagination. A subset of groups can be returned that
    match a supported filter expression or query.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        q (str | Unset):
        filter_ (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 10000.
        expand (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Group]]
    """

    kwargs = _get_kwargs(
        q=q,
        filter_=filter_,
        after=after,
        limit=limit,
        expand=expand,
        search=search,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 10000,
    expand: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> list[Group] | None:
    """Okta List Groups

     Enumerates groups in your organization with pagination. A subset of groups can be returned that
    match a supported filter expression or query.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        q (str | Unset):
        filter_ (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 10000.
        expand (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Group]
    """

    return sync_detailed(
        client=client,
        q=q,
        filter_=filter_,
        after=after,
        limit=limit,
        expand=expand,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 10000,
    expand: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> Response[list[Group] | None]:
    """Okta List Groups

     Enumerates groups in your organization with pagination. A subset of groups can be returned that
    match a supported filter expression or query.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        q (str | Unset):
        filter_ (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 10000.
        expand (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Group]]
    """

    kwargs = _get_kwargs(
        q=q,
        filter_=filter_,
        after=after,
        limit=limit,
        expand=expand,
        search=search,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 10000,
    expand: str | Unset = UNSET,
    search: str | Unset = UNSET,
) -> list[Group] | None:
    """Okta List Groups

     Enumerates groups in your organization with pagination. A subset of groups can be returned that
    match a supported filter expression or query.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        q (str | Unset):
        filter_ (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 10000.
        expand (str | Unset):
        search (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Group]
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            filter_=filter_,
            after=after,
            limit=limit,
            expand=expand,
            search=search,
        )
    ).parsed
