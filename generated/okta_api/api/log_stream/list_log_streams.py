"""`listLogStreams`: GET /api/v1/logStreams"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.log_stream import LogStream

OPERATION = Operation(
    operation_id="listLogStreams",
    method="GET",
    path="/api/v1/logStreams",
    tag="LogStream",
    scopes=("okta.logStreams.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/logStreams",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[LogStream] | Error | None:
    from ...models.error import Error
    from ...models.log_stream import LogStream

    if response.status_code == 403:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 429:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_response_list(client, LogStream, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[LogStream] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    filter_: str | Unset = UNSET,
) -> Response[list[LogStream] | Error | None]:
    """List all log streams

     Lists all log stream objects in your org. You can request a paginated list or a subset of log
    streams that match a supported filter expression.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.

    Args:
        after (str | Unset):
        limit (int | Unset):  Default: 20.
        filter_ (str | Unset):  Example: type eq "aws_eventbridge".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[LogStream]]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        filter_=filter_,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    filter_: str | Unset = UNSET,
) -> list[LogStream] | Error | None:
    """List all log streams

     Lists all log stream objects in your org. You can request a paginated list or a subset of log
    streams that match a supported filter expression.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.

    Args:
        after (str | Unset):
        limit (int | Unset):  Default: 20.
        filter_ (str | Unset):  Example: type eq "aws_eventbridge".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[LogStream]
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    filter_: str | Unset = UNSET,
) -> Response[list[LogStream] | Error | None]:
    """List all log streams

     Lists all log stream objects in your org. You can request a paginated list or a subset of log
    streams that match a supported filter expression.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.

    Args:
        after (str | Unset):
        limit (int | Unset):  Default: 20.
        filter_ (str | Unset):  Example: type eq "aws_eventbridge".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[LogStream]]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        filter_=filter_,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = 20,
    filter_: str | Unset = UNSET,
) -> list[LogStream] | Error | None:
    """List all log streams

     Lists all log stream objects in your org. You can request a paginated list or a subset of log
    streams that match a supported filter expression.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.

    Args:
        after (str | Unset):
        limit (int | Unset):  Default: 20.
        filter_ (str | Unset):  Example: type eq "aws_eventbridge".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[LogStream]
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
            filter_=filter_,
        )
    ).parsed
