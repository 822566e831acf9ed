"""`listPrincipalRateLimitEntities`: GET /api/v1/principal-rate-limits"""

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
    from ...models.principal_rate_limit_entity import PrincipalRateLimitEntity

OPERATION = Operation(
    operation_id="listPrincipalRateLimitEntities",
    method="GET",
    path="/api/v1/principal-rate-limits",
    tag="PrincipalRateLimit",
    scopes=("okta.principalRateLimits.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["after"] = after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/principal-rate-limits",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[PrincipalRateLimitEntity] | Error | None:
    from ...models.error import Error
    from ...models.principal_rate_limit_entity import PrincipalRateLimitEntity

    if response.status_code == 400:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
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
            _convert.checked(client, _convert.parse_response_list(client, PrincipalRateLimitEntity, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[PrincipalRateLimitEntity] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[list[PrincipalRateLimitEntity] | Error | None]:
    """List all principal rate limits

     Lists all Principal Rate Limit entities considering the provided parameters

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.principalRateLimits.read.

    Args:
        filter_ (str):
        after (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PrincipalRateLimitEntity]]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        after=after,
        limit=limit,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> list[PrincipalRateLimitEntity] | Error | None:
    """List all principal rate limits

     Lists all Principal Rate Limit entities considering the provided parameters

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.principalRateLimits.read.

    Args:
        filter_ (str):
        after (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PrincipalRateLimitEntity]
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[list[PrincipalRateLimitEntity] | Error | None]:
    """List all principal rate limits

     Lists all Principal Rate Limit entities considering the provided parameters

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.principalRateLimits.read.

    Args:
        filter_ (str):
        after (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[PrincipalRateLimitEntity]]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        after=after,
        limit=limit,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> list[PrincipalRateLimitEntity] | Error | None:
    """List all principal rate limits

     Lists all Principal Rate Limit entities considering the provided parameters

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.principalRateLimits.read.

    Args:
        filter_ (str):
        after (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[PrincipalRateLimitEntity]
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            after=after,
            limit=limit,
        )
    ).parsed
