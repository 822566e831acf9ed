"""`createUser`: POST /api/v1/users"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.create_user_request import CreateUserRequest
    from ...models.user import User

OPERATION = Operation(
    operation_id="createUser",
    method="POST",
    path="/api/v1/users",
    tag="User",
    scopes=("okta.users.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
)


def _get_kwargs(
    *,
    body: CreateUserRequest,
    activate: bool | Unset = True,
    provider: bool | Unset = False,
    next_login: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["activate"] = activate

    params["provider"] = provider

    params["nextLogin"] = next_login

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/api/v1/users",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> User | None:
    from ...models.user import User

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, User, response.json())) if response.content else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[User | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
    activate: bool | Unset = True,
    provider: bool | Unset = False,
    next_login: str | Unset = UNSET,
) -> Response[User | None]:
    """Okta Create User

     Creates a new user in your Okta organization with or without credentials.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        activate (bool | Unset):  Default: True.
        provider (bool | Unset):  Default: False.
        next_login (str | Unset):
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[User]
    """

    kwargs = _get_kwargs(
        body=body,
        activate=activate,
        provider=provider,
        next_login=next_login,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
    activate: bool | Unset = True,
    provider: bool | Unset = False,
    next_login: str | Unset = UNSET,
) -> User | None:
    """Okta Create User

     Creates a new user in your Okta organization with or without credentials.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        activate (bool | Unset):  Default: True.
        provider (bool | Unset):  Default: False.
        next_login (str | Unset):
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User
    """

    return sync_detailed(
        client=client,
        body=body,
        activate=activate,
        provider=provider,
        next_login=next_login,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
    activate: bool | Unset = True,
    provider: bool | Unset = False,
    next_login: str | Unset = UNSET,
) -> Response[User | None]:
    """Okta Create User

     Creates a new user in your Okta organization with or without credentials.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        activate (bool | Unset):  Default: True.
        provider (bool | Unset):  Default: False.
        next_login (str | Unset):
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[User]
    """

    kwargs = _get_kwargs(
        body=body,
        activate=activate,
        provider=provider,
        next_login=next_login,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
    activate: bool | Unset = True,
    provider: bool | Unset = False,
    next_login: str | Unset = UNSET,
) -> User | None:
    """Okta Create User

     Creates a new user in your Okta organization with or without credentials.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        activate (bool | Unset):  Default: True.
        provider (bool | Unset):  Default: False.
        next_login (str | Unset):
        body (CreateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        User
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            activate=activate,
            provider=provider,
            next_login=next_login,
        )
    ).parsed
