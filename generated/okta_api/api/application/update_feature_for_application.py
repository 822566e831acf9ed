"""`updateFeatureForApplication`: PUT /api/v1/apps/{appId}/features/{name}"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.application_feature import ApplicationFeature
    from ...models.capabilities_object import CapabilitiesObject

OPERATION = Operation(
    operation_id="updateFeatureForApplication",
    method="PUT",
    path="/api/v1/apps/{appId}/features/{name}",
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
    name: str,
    *,
    body: CapabilitiesObject,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": _paths.build_path(
            OPERATION,
            {
                "appId": app_id,
                "name": name,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApplicationFeature | Any | None:
    from ...models.application_feature import ApplicationFeature

    if response.status_code == 404:
        return _convert.checked(client, response.json()) if response.content else None
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, ApplicationFeature, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApplicationFeature | Any | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CapabilitiesObject,
) -> Response[ApplicationFeature | Any | None]:
    """Okta Updates a Feature object for an application.

     Updates a Feature object for an application.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        name (str):
        body (CapabilitiesObject):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApplicationFeature]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        name=name,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CapabilitiesObject,
) -> ApplicationFeature | Any | None:
    """Okta Updates a Feature object for an application.

     Updates a Feature object for an application.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        name (str):
        body (CapabilitiesObject):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApplicationFeature
    """

    return sync_detailed(
        app_id=app_id,
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CapabilitiesObject,
) -> Response[ApplicationFeature | Any | None]:
    """Okta Updates a Feature object for an application.

     Updates a Feature object for an application.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        name (str):
        body (CapabilitiesObject):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApplicationFeature]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        name=name,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    name: str,
    *,
    client: AuthenticatedClient | Client,
    body: CapabilitiesObject,
) -> ApplicationFeature | Any | None:
    """Okta Updates a Feature object for an application.

     Updates a Feature object for an application.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        name (str):
        body (CapabilitiesObject):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApplicationFeature
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            name=name,
            client=client,
            body=body,
        )
    ).parsed
