"""`updateFeatureLifecycle`: POST /api/v1/features/{featureId}/{lifecycle}"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.feature import Feature

OPERATION = Operation(
    operation_id="updateFeatureLifecycle",
    method="POST",
    path="/api/v1/features/{featureId}/{lifecycle}",
    tag="Feature",
    scopes=(),
    auth=("apiKey",),
)


def _get_kwargs(
    feature_id: str,
    lifecycle: str,
    *,
    mode: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mode"] = mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "featureId": feature_id,
                "lifecycle": lifecycle,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Feature | None:
    from ...models.feature import Feature

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, Feature, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Feature | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    feature_id: str,
    lifecycle: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> Response[Feature | None]:
    """Success

    Credentials: an API token (SSWS).

    Args:
        feature_id (str):
        lifecycle (str):
        mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Feature]
    """

    kwargs = _get_kwargs(
        feature_id=feature_id,
        lifecycle=lifecycle,
        mode=mode,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    feature_id: str,
    lifecycle: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> Feature | None:
    """Success

    Credentials: an API token (SSWS).

    Args:
        feature_id (str):
        lifecycle (str):
        mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Feature
    """

    return sync_detailed(
        feature_id=feature_id,
        lifecycle=lifecycle,
        client=client,
        mode=mode,
    ).parsed


async def asyncio_detailed(
    feature_id: str,
    lifecycle: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> Response[Feature | None]:
    """Success

    Credentials: an API token (SSWS).

    Args:
        feature_id (str):
        lifecycle (str):
        mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Feature]
    """

    kwargs = _get_kwargs(
        feature_id=feature_id,
        lifecycle=lifecycle,
        mode=mode,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    feature_id: str,
    lifecycle: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> Feature | None:
    """Success

    Credentials: an API token (SSWS).

    Args:
        feature_id (str):
        lifecycle (str):
        mode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Feature
    """

    return (
        await asyncio_detailed(
            feature_id=feature_id,
            lifecycle=lifecycle,
            client=client,
            mode=mode,
        )
    ).parsed
