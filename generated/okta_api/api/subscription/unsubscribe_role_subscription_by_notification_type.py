"""`unsubscribeRoleSubscriptionByNotificationType`: POST /api/v1/roles/{roleTypeOrRoleId}/subscriptions/{notificationType}/unsubscribe"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response

OPERATION = Operation(
    operation_id="unsubscribeRoleSubscriptionByNotificationType",
    method="POST",
    path="/api/v1/roles/{roleTypeOrRoleId}/subscriptions/{notificationType}/unsubscribe",
    tag="Subscription",
    scopes=("okta.roles.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
)


def _get_kwargs(
    role_type_or_role_id: str,
    notification_type: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "roleTypeOrRoleId": role_type_or_role_id,
                "notificationType": notification_type,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 404:
        return _convert.checked(client, response.json()) if response.content else None
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return _convert.checked(client, response.json()) if response.content else None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    role_type_or_role_id: str,
    notification_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | None]:
    """Okta Unsubscribe a Custom Role from a specific notification type

     When roleType Unsubscribes a Role from a specific notification type. When you change the
    subscription status of a Role, it overrides the subscription of any individual user of that Role.
    Else when roleId Unsubscribes a Custom Role from a specific notification type. When you change the
    subscription status of a Custom Role, it overrides the subscription of any individual user of that
    Custom Role.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        role_type_or_role_id (str):
        notification_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        role_type_or_role_id=role_type_or_role_id,
        notification_type=notification_type,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    role_type_or_role_id: str,
    notification_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | None:
    """Okta Unsubscribe a Custom Role from a specific notification type

     When roleType Unsubscribes a Role from a specific notification type. When you change the
    subscription status of a Role, it overrides the subscription of any individual user of that Role.
    Else when roleId Unsubscribes a Custom Role from a specific notification type. When you change the
    subscription status of a Custom Role, it overrides the subscription of any individual user of that
    Custom Role.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        role_type_or_role_id (str):
        notification_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    return sync_detailed(
        role_type_or_role_id=role_type_or_role_id,
        notification_type=notification_type,
        client=client,
    ).parsed


async def asyncio_detailed(
    role_type_or_role_id: str,
    notification_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | None]:
    """Okta Unsubscribe a Custom Role from a specific notification type

     When roleType Unsubscribes a Role from a specific notification type. When you change the
    subscription status of a Role, it overrides the subscription of any individual user of that Role.
    Else when roleId Unsubscribes a Custom Role from a specific notification type. When you change the
    subscription status of a Custom Role, it overrides the subscription of any individual user of that
    Custom Role.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        role_type_or_role_id (str):
        notification_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        role_type_or_role_id=role_type_or_role_id,
        notification_type=notification_type,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    role_type_or_role_id: str,
    notification_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | None:
    """Okta Unsubscribe a Custom Role from a specific notification type

     When roleType Unsubscribes a Role from a specific notification type. When you change the
    subscription status of a Role, it overrides the subscription of any individual user of that Role.
    Else when roleId Unsubscribes a Custom Role from a specific notification type. When you change the
    subscription status of a Custom Role, it overrides the subscription of any individual user of that
    Custom Role.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        role_type_or_role_id (str):
        notification_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            role_type_or_role_id=role_type_or_role_id,
            notification_type=notification_type,
            client=client,
        )
    ).parsed
