"""`listMyCatalogEntryUsers`: GET /governance/api/v2/my/catalogs/default/entries/{entryId}/users"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ..._arguments import check_argument
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.governance_error import GovernanceError
    from ...models.my_catalog_entry_user_list import MyCatalogEntryUserList

OPERATION = Operation(
    operation_id="listMyCatalogEntryUsers",
    method="GET",
    path="/governance/api/v2/my/catalogs/default/entries/{entryId}/users",
    tag="MyRequests",
    scopes=("okta.accessRequests.catalog.read",),
    auth=("oauth2",),
)


def _get_kwargs(
    entry_id: str,
    *,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:
    check_argument("entry_id", entry_id, {"maxLength": 20, "minLength": 20, "pattern": "^[A-Za-z0-9]{20}$"})

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["after"] = after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "entryId": entry_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MyCatalogEntryUserList | GovernanceError | None:
    from ...models.governance_error import GovernanceError
    from ...models.my_catalog_entry_user_list import MyCatalogEntryUserList

    if response.status_code == 400:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    if response.status_code == 401:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    if response.status_code == 403:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    if response.status_code == 404:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    if response.status_code == 429:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    if response.status_code == 500:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, MyCatalogEntryUserList, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MyCatalogEntryUserList | GovernanceError | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[MyCatalogEntryUserList | GovernanceError | None]:
    """List users I may request this entry for

     Lists the users on whose behalf the signed-in user may request this entry. Requires on-behalf-of
    requests to be enabled for the entry. Okta documents `after` and `limit` for this list, but only a
    `self` link in its answer (`_links.self` and `Link: <...>; rel="self"`): no `next` link to page
    with.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        entry_id (str):  Example: cenp2rjyxK1Js2Fc41d5.
        filter_ (str):  Example: firstName sw "Joh" or lastName sw "Joh".
        after (str | Unset):  Example: 00u7lmnoPQRS8901tuv2.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GovernanceError | MyCatalogEntryUserList]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        filter_=filter_,
        after=after,
        limit=limit,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> MyCatalogEntryUserList | GovernanceError | None:
    """List users I may request this entry for

     Lists the users on whose behalf the signed-in user may request this entry. Requires on-behalf-of
    requests to be enabled for the entry. Okta documents `after` and `limit` for this list, but only a
    `self` link in its answer (`_links.self` and `Link: <...>; rel="self"`): no `next` link to page
    with.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        entry_id (str):  Example: cenp2rjyxK1Js2Fc41d5.
        filter_ (str):  Example: firstName sw "Joh" or lastName sw "Joh".
        after (str | Unset):  Example: 00u7lmnoPQRS8901tuv2.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GovernanceError | MyCatalogEntryUserList
    """

    return sync_detailed(
        entry_id=entry_id,
        client=client,
        filter_=filter_,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[MyCatalogEntryUserList | GovernanceError | None]:
    """List users I may request this entry for

     Lists the users on whose behalf the signed-in user may request this entry. Requires on-behalf-of
    requests to be enabled for the entry. Okta documents `after` and `limit` for this list, but only a
    `self` link in its answer (`_links.self` and `Link: <...>; rel="self"`): no `next` link to page
    with.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        entry_id (str):  Example: cenp2rjyxK1Js2Fc41d5.
        filter_ (str):  Example: firstName sw "Joh" or lastName sw "Joh".
        after (str | Unset):  Example: 00u7lmnoPQRS8901tuv2.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GovernanceError | MyCatalogEntryUserList]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        filter_=filter_,
        after=after,
        limit=limit,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> MyCatalogEntryUserList | GovernanceError | None:
    """List users I may request this entry for

     Lists the users on whose behalf the signed-in user may request this entry. Requires on-behalf-of
    requests to be enabled for the entry. Okta documents `after` and `limit` for this list, but only a
    `self` link in its answer (`_links.self` and `Link: <...>; rel="self"`): no `next` link to page
    with.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        entry_id (str):  Example: cenp2rjyxK1Js2Fc41d5.
        filter_ (str):  Example: firstName sw "Joh" or lastName sw "Joh".
        after (str | Unset):  Example: 00u7lmnoPQRS8901tuv2.
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GovernanceError | MyCatalogEntryUserList
    """

    return (
        await asyncio_detailed(
            entry_id=entry_id,
            client=client,
            filter_=filter_,
            after=after,
            limit=limit,
        )
    ).parsed
