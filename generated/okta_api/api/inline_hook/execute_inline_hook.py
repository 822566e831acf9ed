"""`executeInlineHook`: POST /api/v1/inlineHooks/{inlineHookId}/execute"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.inline_hook_payload import InlineHookPayload
    from ...models.inline_hook_response import InlineHookResponse

OPERATION = Operation(
    operation_id="executeInlineHook",
    method="POST",
    path="/api/v1/inlineHooks/{inlineHookId}/execute",
    tag="InlineHook",
    scopes=("okta.inlineHooks.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
)


def _get_kwargs(
    inline_hook_id: str,
    *,
    body: InlineHookPayload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "inlineHookId": inline_hook_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InlineHookResponse | None:
    from ...models.inline_hook_response import InlineHookResponse

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, InlineHookResponse, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InlineHookResponse | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inline_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InlineHookPayload,
) -> Response[InlineHookResponse | None]:
    """Executes the Inline Hook matching the provided inlineHookId using the request body as the input.
    This will send the provided data through the Channel and return a response if it matches the correct
    data contract. This execution endpoint should only be used for testing purposes.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.inlineHooks.manage.

    Args:
        inline_hook_id (str):
        body (InlineHookPayload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InlineHookResponse]
    """

    kwargs = _get_kwargs(
        inline_hook_id=inline_hook_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    inline_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InlineHookPayload,
) -> InlineHookResponse | None:
    """Executes the Inline Hook matching the provided inlineHookId using the request body as the input.
    This will send the provided data through the Channel and return a response if it matches the correct
    data contract. This execution endpoint should only be used for testing purposes.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.inlineHooks.manage.

    Args:
        inline_hook_id (str):
        body (InlineHookPayload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InlineHookResponse
    """

    return sync_detailed(
        inline_hook_id=inline_hook_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    inline_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InlineHookPayload,
) -> Response[InlineHookResponse | None]:
    """Executes the Inline Hook matching the provided inlineHookId using the request body as the input.
    This will send the provided data through the Channel and return a response if it matches the correct
    data contract. This execution endpoint should only be used for testing purposes.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.inlineHooks.manage.

    Args:
        inline_hook_id (str):
        body (InlineHookPayload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InlineHookResponse]
    """

    kwargs = _get_kwargs(
        inline_hook_id=inline_hook_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    inline_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InlineHookPayload,
) -> InlineHookResponse | None:
    """Executes the Inline Hook matching the provided inlineHookId using the request body as the input.
    This will send the provided data through the Channel and return a response if it matches the correct
    data contract. This execution endpoint should only be used for testing purposes.

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.inlineHooks.manage.

    Args:
        inline_hook_id (str):
        body (InlineHookPayload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InlineHookResponse
    """

    return (
        await asyncio_detailed(
            inline_hook_id=inline_hook_id,
            client=client,
            body=body,
        )
    ).parsed
