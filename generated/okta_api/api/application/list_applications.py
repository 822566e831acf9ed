"""`listApplications`: GET /api/v1/apps"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.application import Application

OPERATION = Operation(
    operation_id="listApplications",
    method="GET",
    path="/api/v1/apps",
    tag="Application",
    scopes=("okta.apps.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
)


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = -1,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["after"] = after

    params["limit"] = limit

    params["filter"] = filter_

    params["expand"] = expand

    params["includeNonDeleted"] = include_non_deleted

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/apps",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Application] | None:
    from ...models.application import Application

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_response_list(client, Application, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Application] | None]:
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
    after: str | Unset = UNSET,
    limit: int | Unset = -1,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = False,
) -> Response[list[Application] | None]:
    """Okta List Applications

     Enumerates apps added to your organization with pagination. A subset of apps can be returned that
    match a supported filter expression or query.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: -1.
        filter_ (str | Unset):
        expand (str | Unset):
        include_non_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Application]]
    """

    kwargs = _get_kwargs(
        q=q,
        after=after,
        limit=limit,
        filter_=filter_,
        expand=expand,
        include_non_deleted=include_non_deleted,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = -1,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = False,
) -> list[Application] | None:
    """Okta List Applications

     Enumerates apps added to your organization with pagination. A subset of apps can be returned that
    match a supported filter expression or query.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: -1.
        filter_ (str | Unset):
        expand (str | Unset):
        include_non_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Application]
    """

    return sync_detailed(
        client=client,
        q=q,
        after=after,
        limit=limit,
        filter_=filter_,
        expand=expand,
        include_non_deleted=include_non_deleted,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = -1,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = False,
) -> Response[list[Application] | None]:
    """Okta List Applications

     Enumerates apps added to your organization with pagination. A subset of apps can be returned that
    match a supported filter expression or query.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: -1.
        filter_ (str | Unset):
        expand (str | Unset):
        include_non_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Application]]
    """

    kwargs = _get_kwargs(
        q=q,
        after=after,
        limit=limit,
        filter_=filter_,
        expand=expand,
        include_non_deleted=include_non_deleted,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = -1,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = False,
) -> list[Application] | None:
    """Okta List Applications

     Enumerates apps added to your organization with pagination. A subset of apps can be returned that
    match a supported filter expression or query.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: -1.
        filter_ (str | Unset):
        expand (str | Unset):
        include_non_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Application]
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            after=after,
            limit=limit,
            filter_=filter_,
            expand=expand,
            include_non_deleted=include_non_deleted,
        )
    ).parsed
