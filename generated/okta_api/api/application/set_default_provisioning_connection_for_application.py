"""`setDefaultProvisioningConnectionForApplication`: POST /api/v1/apps/{appId}/connections/default"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.provisioning_connection import ProvisioningConnection
    from ...models.provisioning_connection_request import ProvisioningConnectionRequest

OPERATION = Operation(
    operation_id="setDefaultProvisioningConnectionForApplication",
    method="POST",
    path="/api/v1/apps/{appId}/connections/default",
    tag="Application",
    scopes=("okta.apps.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
)


def _get_kwargs(
    app_id: str,
    *,
    body: ProvisioningConnectionRequest,
    activate: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["activate"] = activate

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "appId": app_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProvisioningConnection | Any | None:
    from ...models.provisioning_connection import ProvisioningConnection

    if response.status_code == 400:
        return _convert.checked(client, response.json()) if response.content else None
    if response.status_code == 404:
        return _convert.checked(client, response.json()) if response.content else None
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, ProvisioningConnection, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProvisioningConnection | Any | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProvisioningConnectionRequest,
    activate: bool | Unset = UNSET,
) -> Response[ProvisioningConnection | Any | None]:
    """Okta Sets the default Provisioning Connection for an application.

     Set default Provisioning Connection for application

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        activate (bool | Unset):
        body (ProvisioningConnectionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProvisioningConnection]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
        activate=activate,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProvisioningConnectionRequest,
    activate: bool | Unset = UNSET,
) -> ProvisioningConnection | Any | None:
    """Okta Sets the default Provisioning Connection for an application.

     Set default Provisioning Connection for application

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        activate (bool | Unset):
        body (ProvisioningConnectionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProvisioningConnection
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
        activate=activate,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProvisioningConnectionRequest,
    activate: bool | Unset = UNSET,
) -> Response[ProvisioningConnection | Any | None]:
    """Okta Sets the default Provisioning Connection for an application.

     Set default Provisioning Connection for application

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        activate (bool | Unset):
        body (ProvisioningConnectionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ProvisioningConnection]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
        activate=activate,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProvisioningConnectionRequest,
    activate: bool | Unset = UNSET,
) -> ProvisioningConnection | Any | None:
    """Okta Sets the default Provisioning Connection for an application.

     Set default Provisioning Connection for application

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        activate (bool | Unset):
        body (ProvisioningConnectionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ProvisioningConnection
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
            activate=activate,
        )
    ).parsed
