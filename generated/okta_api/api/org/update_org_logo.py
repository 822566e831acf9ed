"""`updateOrgLogo`: POST /api/v1/org/logo"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.update_org_logo_body import UpdateOrgLogoBody

OPERATION = Operation(
    operation_id="updateOrgLogo",
    method="POST",
    path="/api/v1/org/logo",
    tag="Org",
    scopes=(),
    auth=("apiKey",),
    content_types=("multipart/form-data",),
)


def _get_kwargs(
    *,
    body: UpdateOrgLogoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/api/v1/org/logo",
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["files"] = _convert.dump_multipart(body)
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
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
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrgLogoBody,
) -> Response[Any | None]:
    """Okta Update org logo

     Updates the logo for your organization.

    Credentials: an API token (SSWS).

    Args:
        body (UpdateOrgLogoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrgLogoBody,
) -> Any | None:
    """Okta Update org logo

     Updates the logo for your organization.

    Credentials: an API token (SSWS).

    Args:
        body (UpdateOrgLogoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrgLogoBody,
) -> Response[Any | None]:
    """Okta Update org logo

     Updates the logo for your organization.

    Credentials: an API token (SSWS).

    Args:
        body (UpdateOrgLogoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrgLogoBody,
) -> Any | None:
    """Okta Update org logo

     Updates the logo for your organization.

    Credentials: an API token (SSWS).

    Args:
        body (UpdateOrgLogoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
