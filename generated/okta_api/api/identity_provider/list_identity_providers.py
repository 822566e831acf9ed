"""`listIdentityProviders`: GET /api/v1/idps"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.identity_provider import IdentityProvider

OPERATION = Operation(
    operation_id="listIdentityProviders",
    method="GET",
    path="/api/v1/idps",
    tag="IdentityProvider",
    scopes=("okta.idps.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
)


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["after"] = after

    params["limit"] = limit

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/idps",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[IdentityProvider] | None:
    from ...models.identity_provider import IdentityProvider

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_response_list(client, IdentityProvider, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[IdentityProvider] | None]:
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
    limit: int | Unset = 20,
    type_: str | Unset = UNSET,
) -> Response[list[IdentityProvider] | None]:
    """Okta List Identity Providers

     Enumerates IdPs in your organization with pagination. A subset of IdPs can be returned that match a
    supported filter expression or query.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.read.

    Args:
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 20.
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[IdentityProvider]]
    """

    kwargs = _get_kwargs(
        q=q,
        after=after,
        limit=limit,
        type_=type_,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: str | Unset = UNSET,
) -> list[IdentityProvider] | None:
    """Okta List Identity Providers

     Enumerates IdPs in your organization with pagination. A subset of IdPs can be returned that match a
    supported filter expression or query.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.read.

    Args:
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 20.
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[IdentityProvider]
    """

    return sync_detailed(
        client=client,
        q=q,
        after=after,
        limit=limit,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: str | Unset = UNSET,
) -> Response[list[IdentityProvider] | None]:
    """Okta List Identity Providers

     Enumerates IdPs in your organization with pagination. A subset of IdPs can be returned that match a
    supported filter expression or query.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.read.

    Args:
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 20.
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[IdentityProvider]]
    """

    kwargs = _get_kwargs(
        q=q,
        after=after,
        limit=limit,
        type_=type_,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    type_: str | Unset = UNSET,
) -> list[IdentityProvider] | None:
    """Okta List Identity Providers

     Enumerates IdPs in your organization with pagination. A subset of IdPs can be returned that match a
    supported filter expression or query.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.read.

    Args:
        q (str | Unset):
        after (str | Unset):
        limit (int | Unset):  Default: 20.
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[IdentityProvider]
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            after=after,
            limit=limit,
            type_=type_,
        )
    ).parsed
