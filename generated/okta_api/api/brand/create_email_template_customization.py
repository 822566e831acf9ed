"""`createEmailTemplateCustomization`: POST /api/v1/brands/{brandId}/templates/email/{templateName}/customizations"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.email_template_customization import EmailTemplateCustomization
    from ...models.email_template_customization_request import EmailTemplateCustomizationRequest

OPERATION = Operation(
    operation_id="createEmailTemplateCustomization",
    method="POST",
    path="/api/v1/brands/{brandId}/templates/email/{templateName}/customizations",
    tag="Brand",
    scopes=(),
    auth=("apiKey",),
    content_types=("application/json",),
)


def _get_kwargs(
    brand_id: str,
    template_name: str,
    *,
    body: EmailTemplateCustomizationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "brandId": brand_id,
                "templateName": template_name,
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
) -> EmailTemplateCustomization | Any | None:
    from ...models.email_template_customization import EmailTemplateCustomization

    if response.status_code == 409:
        return _convert.checked(client, response.json()) if response.content else None
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, EmailTemplateCustomization, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailTemplateCustomization | Any | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmailTemplateCustomizationRequest,
) -> Response[EmailTemplateCustomization | Any | None]:
    """Okta Create Email Template Customization

     Create an email customization

    Credentials: an API token (SSWS).

    Args:
        brand_id (str):
        template_name (str):
        body (EmailTemplateCustomizationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmailTemplateCustomization]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        template_name=template_name,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmailTemplateCustomizationRequest,
) -> EmailTemplateCustomization | Any | None:
    """Okta Create Email Template Customization

     Create an email customization

    Credentials: an API token (SSWS).

    Args:
        brand_id (str):
        template_name (str):
        body (EmailTemplateCustomizationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EmailTemplateCustomization
    """

    return sync_detailed(
        brand_id=brand_id,
        template_name=template_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmailTemplateCustomizationRequest,
) -> Response[EmailTemplateCustomization | Any | None]:
    """Okta Create Email Template Customization

     Create an email customization

    Credentials: an API token (SSWS).

    Args:
        brand_id (str):
        template_name (str):
        body (EmailTemplateCustomizationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | EmailTemplateCustomization]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        template_name=template_name,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmailTemplateCustomizationRequest,
) -> EmailTemplateCustomization | Any | None:
    """Okta Create Email Template Customization

     Create an email customization

    Credentials: an API token (SSWS).

    Args:
        brand_id (str):
        template_name (str):
        body (EmailTemplateCustomizationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | EmailTemplateCustomization
    """

    return (
        await asyncio_detailed(
            brand_id=brand_id,
            template_name=template_name,
            client=client,
            body=body,
        )
    ).parsed
