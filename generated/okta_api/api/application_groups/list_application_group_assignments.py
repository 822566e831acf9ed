"""`listApplicationGroupAssignments`: GET /api/v1/apps/{appId}/groups"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.application_group_assignment import ApplicationGroupAssignment
    from ...models.error import Error

OPERATION = Operation(
    operation_id="listApplicationGroupAssignments",
    method="GET",
    path="/api/v1/apps/{appId}/groups",
    tag="ApplicationGroups",
    scopes=("okta.apps.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    app_id: str,
    *,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["after"] = after

    params["limit"] = limit

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "appId": app_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ApplicationGroupAssignment] | Error | None:
    from ...models.application_group_assignment import ApplicationGroupAssignment
    from ...models.error import Error

    if response.status_code == 403:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 404:
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
            _convert.checked(client, _convert.parse_response_list(client, ApplicationGroupAssignment, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ApplicationGroupAssignment] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    expand: str | Unset = UNSET,
) -> Response[list[ApplicationGroupAssignment] | Error | None]:
    """List all application groups

     Lists all app group assignments

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str):  Example: 0oafxqCAJWWGELFTYASJ.
        q (str | Unset):  Example: test.
        after (str | Unset):  Example: 16275000448691.
        limit (int | Unset):  Default: 20.
        expand (str | Unset):  Example: metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ApplicationGroupAssignment]]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        q=q,
        after=after,
        limit=limit,
        expand=expand,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    expand: str | Unset = UNSET,
) -> list[ApplicationGroupAssignment] | Error | None:
    """List all application groups

     Lists all app group assignments

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str):  Example: 0oafxqCAJWWGELFTYASJ.
        q (str | Unset):  Example: test.
        after (str | Unset):  Example: 16275000448691.
        limit (int | Unset):  Default: 20.
        expand (str | Unset):  Example: metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ApplicationGroupAssignment]
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        q=q,
        after=after,
        limit=limit,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    expand: str | Unset = UNSET,
) -> Response[list[ApplicationGroupAssignment] | Error | None]:
    """List all application groups

     Lists all app group assignments

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str):  Example: 0oafxqCAJWWGELFTYASJ.
        q (str | Unset):  Example: test.
        after (str | Unset):  Example: 16275000448691.
        limit (int | Unset):  Default: 20.
        expand (str | Unset):  Example: metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ApplicationGroupAssignment]]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        q=q,
        after=after,
        limit=limit,
        expand=expand,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    expand: str | Unset = UNSET,
) -> list[ApplicationGroupAssignment] | Error | None:
    """List all application groups

     Lists all app group assignments

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str):  Example: 0oafxqCAJWWGELFTYASJ.
        q (str | Unset):  Example: test.
        after (str | Unset):  Example: 16275000448691.
        limit (int | Unset):  Default: 20.
        expand (str | Unset):  Example: metadata.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ApplicationGroupAssignment]
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            q=q,
            after=after,
            limit=limit,
            expand=expand,
        )
    ).parsed
