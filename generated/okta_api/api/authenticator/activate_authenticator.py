"""`activateAuthenticator`: POST /api/v1/authenticators/{authenticatorId}/lifecycle/activate"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.authenticator import Authenticator

OPERATION = Operation(
    operation_id="activateAuthenticator",
    method="POST",
    path="/api/v1/authenticators/{authenticatorId}/lifecycle/activate",
    tag="Authenticator",
    scopes=(),
    auth=("apiKey",),
)


def _get_kwargs(
    authenticator_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "authenticatorId": authenticator_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Authenticator | None:
    from ...models.authenticator import Authenticator

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, Authenticator, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Authenticator | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    authenticator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Authenticator | None]:
    """Success

    Credentials: an API token (SSWS).

    Args:
        authenticator_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Authenticator]
    """

    kwargs = _get_kwargs(
        authenticator_id=authenticator_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    authenticator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Authenticator | None:
    """Success

    Credentials: an API token (SSWS).

    Args:
        authenticator_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Authenticator
    """

    return sync_detailed(
        authenticator_id=authenticator_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    authenticator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Authenticator | None]:
    """Success

    Credentials: an API token (SSWS).

    Args:
        authenticator_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Authenticator]
    """

    kwargs = _get_kwargs(
        authenticator_id=authenticator_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    authenticator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Authenticator | None:
    """Success

    Credentials: an API token (SSWS).

    Args:
        authenticator_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Authenticator
    """

    return (
        await asyncio_detailed(
            authenticator_id=authenticator_id,
            client=client,
        )
    ).parsed
