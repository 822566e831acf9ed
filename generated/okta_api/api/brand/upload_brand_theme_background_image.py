"""`uploadBrandThemeBackgroundImage`: POST /api/v1/brands/{brandId}/themes/{themeId}/background-image"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.image_upload_response import ImageUploadResponse
    from ...models.upload_brand_theme_background_image_body import UploadBrandThemeBackgroundImageBody

OPERATION = Operation(
    operation_id="uploadBrandThemeBackgroundImage",
    method="POST",
    path="/api/v1/brands/{brandId}/themes/{themeId}/background-image",
    tag="Brand",
    scopes=(),
    auth=("apiKey",),
    content_types=("multipart/form-data",),
)


def _get_kwargs(
    brand_id: str,
    theme_id: str,
    *,
    body: UploadBrandThemeBackgroundImageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "brandId": brand_id,
                "themeId": theme_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["files"] = _convert.dump_multipart(body)
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImageUploadResponse | Any | None:
    from ...models.image_upload_response import ImageUploadResponse

    if response.status_code == 400:
        return _convert.checked(client, response.json()) if response.content else None
    if response.status_code == 404:
        return _convert.checked(client, response.json()) if response.content else None
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, ImageUploadResponse, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ImageUploadResponse | Any | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_id: str,
    theme_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadBrandThemeBackgroundImageBody,
) -> Response[ImageUploadResponse | Any | None]:
    """Okta Updates the background image for your Theme

     Updates the background image for your Theme

    Credentials: an API token (SSWS).

    Args:
        brand_id (str):
        theme_id (str):
        body (UploadBrandThemeBackgroundImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImageUploadResponse]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        theme_id=theme_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    brand_id: str,
    theme_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadBrandThemeBackgroundImageBody,
) -> ImageUploadResponse | Any | None:
    """Okta Updates the background image for your Theme

     Updates the background image for your Theme

    Credentials: an API token (SSWS).

    Args:
        brand_id (str):
        theme_id (str):
        body (UploadBrandThemeBackgroundImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImageUploadResponse
    """

    return sync_detailed(
        brand_id=brand_id,
        theme_id=theme_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    brand_id: str,
    theme_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadBrandThemeBackgroundImageBody,
) -> Response[ImageUploadResponse | Any | None]:
    """Okta Updates the background image for your Theme

     Updates the background image for your Theme

    Credentials: an API token (SSWS).

    Args:
        brand_id (str):
        theme_id (str):
        body (UploadBrandThemeBackgroundImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ImageUploadResponse]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        theme_id=theme_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    brand_id: str,
    theme_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadBrandThemeBackgroundImageBody,
) -> ImageUploadResponse | Any | None:
    """Okta Updates the background image for your Theme

     Updates the background image for your Theme

    Credentials: an API token (SSWS).

    Args:
        brand_id (str):
        theme_id (str):
        body (UploadBrandThemeBackgroundImageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ImageUploadResponse
    """

    return (
        await asyncio_detailed(
            brand_id=brand_id,
            theme_id=theme_id,
            client=client,
            body=body,
        )
    ).parsed
