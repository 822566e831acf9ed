"""`listPolicies`: GET /api/v1/policies"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.policy import Policy

OPERATION = Operation(
    operation_id="listPolicies",
    method="GET",
    path="/api/v1/policies",
    tag="Policy",
    scopes=("okta.policies.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
)


def _get_kwargs(
    *,
    type_: str,
    status: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["type"] = type_

    params["status"] = status

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/policies",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Policy] | None:
    from ...models.policy import Policy

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_response_list(client, Policy, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[list[Policy] | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str,
    status: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[list[Policy] | None]:
    """Gets all policies with the specified type.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        type_ (str):
        status (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Policy]]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        expand=expand,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: str,
    status: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[Policy] | None:
    """Gets all policies with the specified type.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        type_ (str):
        status (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Policy]
    """

    return sync_detailed(
        client=client,
        type_=type_,
        status=status,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: str,
    status: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[list[Policy] | None]:
    """Gets all policies with the specified type.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        type_ (str):
        status (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[Policy]]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        expand=expand,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: str,
    status: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[Policy] | None:
    """Gets all policies with the specified type.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        type_ (str):
        status (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[Policy]
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            status=status,
            expand=expand,
        )
    ).parsed
