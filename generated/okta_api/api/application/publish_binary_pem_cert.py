"""`publishBinaryPemCert`: POST /api/v1/apps/{appId}/credentials/csrs/{csrId}/lifecycle/publish"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.json_web_key import JsonWebKey

OPERATION = Operation(
    operation_id="publishBinaryPemCert",
    method="POST",
    path="/api/v1/apps/{appId}/credentials/csrs/{csrId}/lifecycle/publish",
    tag="Application",
    scopes=("okta.apps.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/x-pem-file",),
)


def _get_kwargs(
    app_id: str,
    csr_id: str,
    *,
    body: bytes,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "appId": app_id,
                "csrId": csr_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["content"] = body
    headers["Content-Type"] = "application/x-pem-file"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JsonWebKey | None:
    from ...models.json_web_key import JsonWebKey

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, JsonWebKey, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[JsonWebKey | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
) -> Response[JsonWebKey | None]:
    """Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        csr_id (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JsonWebKey]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        csr_id=csr_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    app_id: str,
    csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
) -> JsonWebKey | None:
    """Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        csr_id (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JsonWebKey
    """

    return sync_detailed(
        app_id=app_id,
        csr_id=csr_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
) -> Response[JsonWebKey | None]:
    """Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        csr_id (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JsonWebKey]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        csr_id=csr_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    app_id: str,
    csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
) -> JsonWebKey | None:
    """Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str):
        csr_id (str):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JsonWebKey
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            csr_id=csr_id,
            client=client,
            body=body,
        )
    ).parsed
