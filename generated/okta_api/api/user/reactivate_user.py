"""`reactivateUser`: POST /api/v1/users/{userId}/lifecycle/reactivate"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.user_activation_token import UserActivationToken

OPERATION = Operation(
    operation_id="reactivateUser",
    method="POST",
    path="/api/v1/users/{userId}/lifecycle/reactivate",
    tag="User",
    scopes=("okta.users.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
)


def _get_kwargs(
    user_id: str,
    *,
    send_email: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sendEmail"] = send_email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "userId": user_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UserActivationToken | None:
    from ...models.user_activation_token import UserActivationToken

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, UserActivationToken, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserActivationToken | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = False,
) -> Response[UserActivationToken | None]:
    """Okta Reactivate User

     Reactivates a user.  This operation can only be performed on users with a `PROVISIONED` status.
    This operation restarts the activation workflow if for some reason the user activation was not
    completed when using the activationToken from [Activate User](#activate-user).

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str):
        send_email (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserActivationToken]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        send_email=send_email,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = False,
) -> UserActivationToken | None:
    """Okta Reactivate User

     Reactivates a user.  This operation can only be performed on users with a `PROVISIONED` status.
    This operation restarts the activation workflow if for some reason the user activation was not
    completed when using the activationToken from [Activate User](#activate-user).

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str):
        send_email (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserActivationToken
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        send_email=send_email,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = False,
) -> Response[UserActivationToken | None]:
    """Okta Reactivate User

     Reactivates a user.  This operation can only be performed on users with a `PROVISIONED` status.
    This operation restarts the activation workflow if for some reason the user activation was not
    completed when using the activationToken from [Activate User](#activate-user).

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str):
        send_email (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserActivationToken]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        send_email=send_email,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = False,
) -> UserActivationToken | None:
    """Okta Reactivate User

     Reactivates a user.  This operation can only be performed on users with a `PROVISIONED` status.
    This operation restarts the activation workflow if for some reason the user activation was not
    completed when using the activationToken from [Activate User](#activate-user).

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str):
        send_email (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserActivationToken
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            send_email=send_email,
        )
    ).parsed
