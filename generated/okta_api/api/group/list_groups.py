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
    from ...models.error import Error
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
    lifecycle="GA",
)


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = "asc",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["filter"] = filter_

    params["q"] = q

    params["after"] = after

    params["limit"] = limit

    params["expand"] = expand

    params["sortBy"] = sort_by

    params["sortOrder"] = sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/groups",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Group] | Error | None:
    from ...models.error import Error
    from ...models.group import Group

    if response.status_code == 403:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 429:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Group] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = "asc",
) -> Response[list[Group] | Error | None]:
    """List all groups

     Lists all groups with pagination support.

    > **Note:** To list all groups belonging to a member, use the [List all groups endpoint in the User
    Resources API](/openapi/okta-management/management/tags/userresources/other/listusergroups).

    The number of groups returned depends on the specified [`limit`](/openapi/okta-
    management/management/group/listgroups#group/listgroups/t=request&in=query&path=limit), if you have
    a search, filter, and/or query parameter set, and if that parameter is not null. We recommend using
    a limit less than or equal to 200.

    A subset of groups can be returned that match a supported filter expression, query, or search
    criteria.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        q (str | Unset):  Example: West&limit=10.
        after (str | Unset):
        limit (int | Unset):
        expand (str | Unset):
        sort_by (str | Unset):  Example: lastUpdated.
        sort_order (str | Unset):  Default: 'asc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Group]]
    """

    kwargs = _get_kwargs(
        search=search,
        filter_=filter_,
        q=q,
        after=after,
        limit=limit,
        expand=expand,
        sort_by=sort_by,
        sort_order=sort_order,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = "asc",
) -> list[Group] | Error | None:
    """List all groups

     Lists all groups with pagination support.

    > **Note:** To list all groups belonging to a member, use the [List all groups endpoint in the User
    Resources API](/openapi/okta-management/management/tags/userresources/other/listusergroups).

    The number of groups returned depends on the specified [`limit`](/openapi/okta-
    management/management/group/listgroups#group/listgroups/t=request&in=query&path=limit), if you have
    a search, filter, and/or query parameter set, and if that parameter is not null. We recommend using
    a limit less than or equal to 200.

    A subset of groups can be returned that match a supported filter expression, query, or search
    criteria.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        q (str | Unset):  Example: West&limit=10.
        after (str | Unset):
        limit (int | Unset):
        expand (str | Unset):
        sort_by (str | Unset):  Example: lastUpdated.
        sort_order (str | Unset):  Default: 'asc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Group]
    """

    return sync_detailed(
        client=client,
        search=search,
        filter_=filter_,
        q=q,
        after=after,
        limit=limit,
        expand=expand,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = "asc",
) -> Response[list[Group] | Error | None]:
    """List all groups

     Lists all groups with pagination support.

    > **Note:** To list all groups belonging to a member, use the [List all groups endpoint in the User
    Resources API](/openapi/okta-management/management/tags/userresources/other/listusergroups).

    The number of groups returned depends on the specified [`limit`](/openapi/okta-
    management/management/group/listgroups#group/listgroups/t=request&in=query&path=limit), if you have
    a search, filter, and/or query parameter set, and if that parameter is not null. We recommend using
    a limit less than or equal to 200.

    A subset of groups can be returned that match a supported filter expression, query, or search
    criteria.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        q (str | Unset):  Example: West&limit=10.
        after (str | Unset):
        limit (int | Unset):
        expand (str | Unset):
        sort_by (str | Unset):  Example: lastUpdated.
        sort_order (str | Unset):  Default: 'asc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Group]]
    """

    kwargs = _get_kwargs(
        search=search,
        filter_=filter_,
        q=q,
        after=after,
        limit=limit,
        expand=expand,
        sort_by=sort_by,
        sort_order=sort_order,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = "asc",
) -> list[Group] | Error | None:
    """List all groups

     Lists all groups with pagination support.

    > **Note:** To list all groups belonging to a member, use the [List all groups endpoint in the User
    Resources API](/openapi/okta-management/management/tags/userresources/other/listusergroups).

    The number of groups returned depends on the specified [`limit`](/openapi/okta-
    management/management/group/listgroups#group/listgroups/t=request&in=query&path=limit), if you have
    a search, filter, and/or query parameter set, and if that parameter is not null. We recommend using
    a limit less than or equal to 200.

    A subset of groups can be returned that match a supported filter expression, query, or search
    criteria.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        q (str | Unset):  Example: West&limit=10.
        after (str | Unset):
        limit (int | Unset):
        expand (str | Unset):
        sort_by (str | Unset):  Example: lastUpdated.
        sort_order (str | Unset):  Default: 'asc'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Group]
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            filter_=filter_,
            q=q,
            after=after,
            limit=limit,
            expand=expand,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed
