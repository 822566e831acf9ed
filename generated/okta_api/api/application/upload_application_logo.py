"""`uploadApplicationLogo`: POST /api/v1/apps/{appId}/logo"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.upload_application_logo_body import UploadApplicationLogoBody

OPERATION = Operation(
    operation_id="uploadApplicationLogo",
    method="POST",
    path="/api/v1/apps/{appId}/logo",
    tag="Application",
    scopes=("okta.apps.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("multipart/form-data",),
)


def _get_kwargs(
    app_id: str,
    *,
    body: UploadApplicationLogoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "appId": app_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["files"] = _convert.dump_multipart(body)
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 400:
        return _convert.checked(client, response.json()) if response.content else None
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
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadApplicationLogoBody,
) -> Response[Any | None]:
    """Okta The file must be in PNG, JPG, or GIF format, and less than 1 MB in size. For best results use
    landscape orientation, a transparent background, and a minimum size of 420px by 120px to prevent
    upscaling.

     Update the logo for an application.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        body (UploadApplicationLogoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadApplicationLogoBody,
) -> Any | None:
    """Okta The file must be in PNG, JPG, or GIF format, and less than 1 MB in size. For best results use
    landscape orientation, a transparent background, and a minimum size of 420px by 120px to prevent
    upscaling.

     Update the logo for an application.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        body (UploadApplicationLogoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadApplicationLogoBody,
) -> Response[Any | None]:
    """Okta The file must be in PNG, JPG, or GIF format, and less than 1 MB in size. For best results use
    landscape orientation, a transparent background, and a minimum size of 420px by 120px to prevent
    upscaling.

     Update the logo for an application.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        body (UploadApplicationLogoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadApplicationLogoBody,
) -> Any | None:
    """Okta The file must be in PNG, JPG, or GIF format, and less than 1 MB in size. For best results use
    landscape orientation, a transparent background, and a minimum size of 420px by 120px to prevent
    upscaling.

     Update the logo for an application.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        body (UploadApplicationLogoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed
