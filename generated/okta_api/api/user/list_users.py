"""`listUsers`: GET /api/v1/users"""

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
    from ...models.user import User

OPERATION = Operation(
    operation_id="listUsers",
    method="GET",
    path="/api/v1/users",
    tag="User",
    scopes=("okta.users.read",),
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
    limit: int | Unset = 200,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["filter"] = filter_

    params["q"] = q

    params["after"] = after

    params["limit"] = limit

    params["sortBy"] = sort_by

    params["sortOrder"] = sort_order

    params["fields"] = fields

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/users",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[User] | Error | None:
    from ...models.error import Error
    from ...models.user import User

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
            _convert.checked(client, _convert.parse_response_list(client, User, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[User] | Error | None]:
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
    limit: int | Unset = 200,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[list[User] | Error | None]:
    """List all users

     Lists users in your org, with pagination in most cases.

    A subset of users can be returned that match a supported filter expression or search criteria.
    Different results are returned depending on specified queries in the request.

    > **Notes:**
    >  * This operation omits users that have a status of `DEPROVISIONED` in the response. To return all
    users, use a filter or search query instead.
    >  * The `search` parameter results are sourced from an eventually consistent datasource and may not
    reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 200.
        sort_by (str | Unset):
        sort_order (str | Unset):  Default: 'asc'.
        fields (str | Unset):
        expand (str | Unset):  Example: classification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[User]]
    """

    kwargs = _get_kwargs(
        search=search,
        filter_=filter_,
        q=q,
        after=after,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        fields=fields,
        expand=expand,
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
    limit: int | Unset = 200,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[User] | Error | None:
    """List all users

     Lists users in your org, with pagination in most cases.

    A subset of users can be returned that match a supported filter expression or search criteria.
    Different results are returned depending on specified queries in the request.

    > **Notes:**
    >  * This operation omits users that have a status of `DEPROVISIONED` in the response. To return all
    users, use a filter or search query instead.
    >  * The `search` parameter results are sourced from an eventually consistent datasource and may not
    reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 200.
        sort_by (str | Unset):
        sort_order (str | Unset):  Default: 'asc'.
        fields (str | Unset):
        expand (str | Unset):  Example: classification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[User]
    """

    return sync_detailed(
        client=client,
        search=search,
        filter_=filter_,
        q=q,
        after=after,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        fields=fields,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 200,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[list[User] | Error | None]:
    """List all users

     Lists users in your org, with pagination in most cases.

    A subset of users can be returned that match a supported filter expression or search criteria.
    Different results are returned depending on specified queries in the request.

    > **Notes:**
    >  * This operation omits users that have a status of `DEPROVISIONED` in the response. To return all
    users, use a filter or search query instead.
    >  * The `search` parameter results are sourced from an eventually consistent datasource and may not
    reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 200.
        sort_by (str | Unset):
        sort_order (str | Unset):  Default: 'asc'.
        fields (str | Unset):
        expand (str | Unset):  Example: classification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[User]]
    """

    kwargs = _get_kwargs(
        search=search,
        filter_=filter_,
        q=q,
        after=after,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        fields=fields,
        expand=expand,
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
    limit: int | Unset = 200,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[User] | Error | None:
    """List all users

     Lists users in your org, with pagination in most cases.

    A subset of users can be returned that match a supported filter expression or search criteria.
    Different results are returned depending on specified queries in the request.

    > **Notes:**
    >  * This operation omits users that have a status of `DEPROVISIONED` in the response. To return all
    users, use a filter or search query instead.
    >  * The `search` parameter results are sourced from an eventually consistent datasource and may not
    reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        search (str | Unset):
        filter_ (str | Unset):
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 200.
        sort_by (str | Unset):
        sort_order (str | Unset):  Default: 'asc'.
        fields (str | Unset):
        expand (str | Unset):  Example: classification.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[User]
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            filter_=filter_,
            q=q,
            after=after,
            limit=limit,
            sort_by=sort_by,
            sort_order=sort_order,
            fields=fields,
            expand=expand,
        )
    ).parsed
