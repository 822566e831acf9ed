"""`getLogs`: GET /api/v1/logs"""

from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.log_event import LogEvent

OPERATION = Operation(
    operation_id="getLogs",
    method="GET",
    path="/api/v1/logs",
    tag="Log",
    scopes=("okta.logs.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
)


def _get_kwargs(
    *,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 100,
    sort_order: str | Unset = "ASCENDING",
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    params["filter"] = filter_

    params["q"] = q

    params["limit"] = limit

    params["sortOrder"] = sort_order

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/logs",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[LogEvent] | None:
    from ...models.log_event import LogEvent

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_response_list(client, LogEvent, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[LogEvent] | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 100,
    sort_order: str | Unset = "ASCENDING",
    after: str | Unset = UNSET,
) -> Response[list[LogEvent] | None]:
    """Fetch a list of events from your Okta organization system log.

     The Okta System Log API provides read access to your organization’s system log. This API provides
    more functionality than the Events API

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logs.read.

    Args:
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        filter_ (str | Unset):
        q (str | Unset):
        limit (int | Unset):  Default: 100.
        sort_order (str | Unset):  Default: 'ASCENDING'.
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[LogEvent]]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        filter_=filter_,
        q=q,
        limit=limit,
        sort_order=sort_order,
        after=after,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 100,
    sort_order: str | Unset = "ASCENDING",
    after: str | Unset = UNSET,
) -> list[LogEvent] | None:
    """Fetch a list of events from your Okta organization system log.

     The Okta System Log API provides read access to your organization’s system log. This API provides
    more functionality than the Events API

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logs.read.

    Args:
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        filter_ (str | Unset):
        q (str | Unset):
        limit (int | Unset):  Default: 100.
        sort_order (str | Unset):  Default: 'ASCENDING'.
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[LogEvent]
    """

    return sync_detailed(
        client=client,
        since=since,
        until=until,
        filter_=filter_,
        q=q,
        limit=limit,
        sort_order=sort_order,
        after=after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 100,
    sort_order: str | Unset = "ASCENDING",
    after: str | Unset = UNSET,
) -> Response[list[LogEvent] | None]:
    """Fetch a list of events from your Okta organization system log.

     The Okta System Log API provides read access to your organization’s system log. This API provides
    more functionality than the Events API

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logs.read.

    Args:
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        filter_ (str | Unset):
        q (str | Unset):
        limit (int | Unset):  Default: 100.
        sort_order (str | Unset):  Default: 'ASCENDING'.
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[LogEvent]]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        filter_=filter_,
        q=q,
        limit=limit,
        sort_order=sort_order,
        after=after,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 100,
    sort_order: str | Unset = "ASCENDING",
    after: str | Unset = UNSET,
) -> list[LogEvent] | None:
    """Fetch a list of events from your Okta organization system log.

     The Okta System Log API provides read access to your organization’s system log. This API provides
    more functionality than the Events API

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logs.read.

    Args:
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        filter_ (str | Unset):
        q (str | Unset):
        limit (int | Unset):  Default: 100.
        sort_order (str | Unset):  Default: 'ASCENDING'.
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[LogEvent]
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            until=until,
            filter_=filter_,
            q=q,
            limit=limit,
            sort_order=sort_order,
            after=after,
        )
    ).parsed
