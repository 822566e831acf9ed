"""`forgotPasswordSetNewPassword`: POST /api/v1/users/{userId}/credentials/forgot_password"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.forgot_password_response import ForgotPasswordResponse
    from ...models.user_credentials import UserCredentials

OPERATION = Operation(
    operation_id="forgotPasswordSetNewPassword",
    method="POST",
    path="/api/v1/users/{userId}/credentials/forgot_password",
    tag="User",
    scopes=("okta.users.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
)


def _get_kwargs(
    user_id: str,
    *,
    body: UserCredentials,
    send_email: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

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
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ForgotPasswordResponse | None:
    from ...models.forgot_password_response import ForgotPasswordResponse

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, ForgotPasswordResponse, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ForgotPasswordResponse | None]:
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
    body: UserCredentials,
    send_email: bool | Unset = True,
) -> Response[ForgotPasswordResponse | None]:
    """Okta Forgot Password

     Sets a new password for a user by validating the user's answer to their current recovery question

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str):
        send_email (bool | Unset):  Default: True.
        body (UserCredentials):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForgotPasswordResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        send_email=send_email,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserCredentials,
    send_email: bool | Unset = True,
) -> ForgotPasswordResponse | None:
    """Okta Forgot Password

     Sets a new password for a user by validating the user's answer to their current recovery question

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str):
        send_email (bool | Unset):  Default: True.
        body (UserCredentials):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForgotPasswordResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
        send_email=send_email,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserCredentials,
    send_email: bool | Unset = True,
) -> Response[ForgotPasswordResponse | None]:
    """Okta Forgot Password

     Sets a new password for a user by validating the user's answer to their current recovery question

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str):
        send_email (bool | Unset):  Default: True.
        body (UserCredentials):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForgotPasswordResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        send_email=send_email,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserCredentials,
    send_email: bool | Unset = True,
) -> ForgotPasswordResponse | None:
    """Okta Forgot Password

     Sets a new password for a user by validating the user's answer to their current recovery question

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str):
        send_email (bool | Unset):  Default: True.
        body (UserCredentials):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForgotPasswordResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
            send_email=send_email,
        )
    ).parsed
