"""`getRoleSubscriptionByNotificationType`: GET /api/v1/roles/{roleTypeOrRoleId}/subscriptions/{notificationType}"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.subscription import Subscription

OPERATION = Operation(
    operation_id="getRoleSubscriptionByNotificationType",
    method="GET",
    path="/api/v1/roles/{roleTypeOrRoleId}/subscriptions/{notificationType}",
    tag="Subscription",
    scopes=("okta.roles.read",),
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
        "method": "GET",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Subscription | Any | None:
    from ...models.subscription import Subscription

    if response.status_code == 404:
        return _convert.checked(client, response.json()) if response.content else None
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, Subscription, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Subscription | Any | None]:
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
) -> Response[Subscription | Any | None]:
    """Okta Get subscriptions of a Custom Role with a specific notification type

     When roleType Get subscriptions of a Role with a specific notification type. Else when roleId Get
    subscription of a Custom Role with a specific notification type.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.read.

    Args:
        role_type_or_role_id (str):
        notification_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Subscription]
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
) -> Subscription | Any | None:
    """Okta Get subscriptions of a Custom Role with a specific notification type

     When roleType Get subscriptions of a Role with a specific notification type. Else when roleId Get
    subscription of a Custom Role with a specific notification type.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.read.

    Args:
        role_type_or_role_id (str):
        notification_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Subscription
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
) -> Response[Subscription | Any | None]:
    """Okta Get subscriptions of a Custom Role with a specific notification type

     When roleType Get subscriptions of a Role with a specific notification type. Else when roleId Get
    subscription of a Custom Role with a specific notification type.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.read.

    Args:
        role_type_or_role_id (str):
        notification_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Subscription]
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
) -> Subscription | Any | None:
    """Okta Get subscriptions of a Custom Role with a specific notification type

     When roleType Get subscriptions of a Role with a specific notification type. Else when roleId Get
    subscription of a Custom Role with a specific notification type.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.read.

    Args:
        role_type_or_role_id (str):
        notification_type (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Subscription
    """

    return (
        await asyncio_detailed(
            role_type_or_role_id=role_type_or_role_id,
            notification_type=notification_type,
            client=client,
        )
    ).parsed
