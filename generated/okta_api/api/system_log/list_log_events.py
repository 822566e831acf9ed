"""`listLogEvents`: GET /api/v1/logs"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.list_log_events_sort_order import ListLogEventsSortOrder
    from ...models.log_event import LogEvent

OPERATION = Operation(
    operation_id="listLogEvents",
    method="GET",
    path="/api/v1/logs",
    tag="SystemLog",
    scopes=("okta.logs.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    after: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: ListLogEventsSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    params["until"] = until

    params["after"] = after

    params["filter"] = filter_

    params["q"] = q

    params["limit"] = limit

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/logs",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[LogEvent] | Error | None:
    from ...models.error import Error
    from ...models.log_event import LogEvent

    if response.status_code == 400:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
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
            _convert.checked(client, _convert.parse_response_list(client, LogEvent, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[LogEvent] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    after: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: ListLogEventsSortOrder | Unset = UNSET,
) -> Response[list[LogEvent] | Error | None]:
    """List all System Log events

     Lists all System Log events

    See [System Log query](https://developer.okta.com/docs/reference/system-log-query/) for further
    details and examples, and [System Log filters and
    search](https://help.okta.com/okta_help.htm?type=oie&id=csh-syslog-filters) for common use cases.

    By default, 100 System Log events are returned. If there are more events, see the [header
    link](https://developer.okta.com/docs/api/#link-header) for the `next` link,
    or increase the number of returned objects using the `limit` parameter.

    >**Note:** The value of the `clientSecret` property in the System Log is secured by a hashing
    function, and isn't the value used during authentication.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logs.read.

    Args:
        since (str | Unset): Filters the lower time bound of the log events `published` property
            for bounded queries or persistence time for polling queries Okta's default: '7 days
            prior to until'.
        until (str | Unset): Filters the upper time bound of the log events `published` property
            for bounded queries or persistence time for polling queries. Okta's default: 'current
            time'.
        after (str | Unset): Retrieves the next page of results. Okta returns a link in the HTTP
            Header (`rel=next`) that includes the after query parameter
        filter_ (str | Unset): Filter expression that filters the results. All operators except [
            ] are supported. See [Filter](https://developer.okta.com/docs/api/#filter) and
            [Operators](https://developer.okta.com/docs/api/#operators).
        q (str | Unset): Filters log events results by one or more case insensitive keywords.
        limit (int | Unset): Sets the number of results that are returned in the response Okta's
            default: 100.
        sort_order (ListLogEventsSortOrder | Unset): The order of the returned events that are
            sorted by the `published` property Okta's default: 'ASCENDING'.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        Response[list[LogEvent] | Error | None]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        after=after,
        filter_=filter_,
        q=q,
        limit=limit,
        sort_order=sort_order,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    after: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: ListLogEventsSortOrder | Unset = UNSET,
) -> list[LogEvent] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    after: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: ListLogEventsSortOrder | Unset = UNSET,
) -> list[LogEvent] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    after: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: ListLogEventsSortOrder | Unset = UNSET,
) -> list[LogEvent] | Error | None:
    """List all System Log events

     Lists all System Log events

    See [System Log query](https://developer.okta.com/docs/reference/system-log-query/) for further
    details and examples, and [System Log filters and
    search](https://help.okta.com/okta_help.htm?type=oie&id=csh-syslog-filters) for common use cases.

    By default, 100 System Log events are returned. If there are more events, see the [header
    link](https://developer.okta.com/docs/api/#link-header) for the `next` link,
    or increase the number of returned objects using the `limit` parameter.

    >**Note:** The value of the `clientSecret` property in the System Log is secured by a hashing
    function, and isn't the value used during authentication.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logs.read.

    Args:
        since (str | Unset): Filters the lower time bound of the log events `published` property
            for bounded queries or persistence time for polling queries Okta's default: '7 days
            prior to until'.
        until (str | Unset): Filters the upper time bound of the log events `published` property
            for bounded queries or persistence time for polling queries. Okta's default: 'current
            time'.
        after (str | Unset): Retrieves the next page of results. Okta returns a link in the HTTP
            Header (`rel=next`) that includes the after query parameter
        filter_ (str | Unset): Filter expression that filters the results. All operators except [
            ] are supported. See [Filter](https://developer.okta.com/docs/api/#filter) and
            [Operators](https://developer.okta.com/docs/api/#operators).
        q (str | Unset): Filters log events results by one or more case insensitive keywords.
        limit (int | Unset): Sets the number of results that are returned in the response Okta's
            default: 100.
        sort_order (ListLogEventsSortOrder | Unset): The order of the returned events that are
            sorted by the `published` property Okta's default: 'ASCENDING'.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        list[LogEvent] | Error | None
    """

    return sync_detailed(
        client=client,
        since=since,
        until=until,
        after=after,
        filter_=filter_,
        q=q,
        limit=limit,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    after: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: ListLogEventsSortOrder | Unset = UNSET,
) -> Response[list[LogEvent] | Error | None]:
    """List all System Log events

     Lists all System Log events

    See [System Log query](https://developer.okta.com/docs/reference/system-log-query/) for further
    details and examples, and [System Log filters and
    search](https://help.okta.com/okta_help.htm?type=oie&id=csh-syslog-filters) for common use cases.

    By default, 100 System Log events are returned. If there are more events, see the [header
    link](https://developer.okta.com/docs/api/#link-header) for the `next` link,
    or increase the number of returned objects using the `limit` parameter.

    >**Note:** The value of the `clientSecret` property in the System Log is secured by a hashing
    function, and isn't the value used during authentication.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logs.read.

    Args:
        since (str | Unset): Filters the lower time bound of the log events `published` property
            for bounded queries or persistence time for polling queries Okta's default: '7 days
            prior to until'.
        until (str | Unset): Filters the upper time bound of the log events `published` property
            for bounded queries or persistence time for polling queries. Okta's default: 'current
            time'.
        after (str | Unset): Retrieves the next page of results. Okta returns a link in the HTTP
            Header (`rel=next`) that includes the after query parameter
        filter_ (str | Unset): Filter expression that filters the results. All operators except [
            ] are supported. See [Filter](https://developer.okta.com/docs/api/#filter) and
            [Operators](https://developer.okta.com/docs/api/#operators).
        q (str | Unset): Filters log events results by one or more case insensitive keywords.
        limit (int | Unset): Sets the number of results that are returned in the response Okta's
            default: 100.
        sort_order (ListLogEventsSortOrder | Unset): The order of the returned events that are
            sorted by the `published` property Okta's default: 'ASCENDING'.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        Response[list[LogEvent] | Error | None]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        after=after,
        filter_=filter_,
        q=q,
        limit=limit,
        sort_order=sort_order,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    after: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: ListLogEventsSortOrder | Unset = UNSET,
) -> list[LogEvent] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    after: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: ListLogEventsSortOrder | Unset = UNSET,
) -> list[LogEvent] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    after: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_order: ListLogEventsSortOrder | Unset = UNSET,
) -> list[LogEvent] | Error | None:
    """List all System Log events

     Lists all System Log events

    See [System Log query](https://developer.okta.com/docs/reference/system-log-query/) for further
    details and examples, and [System Log filters and
    search](https://help.okta.com/okta_help.htm?type=oie&id=csh-syslog-filters) for common use cases.

    By default, 100 System Log events are returned. If there are more events, see the [header
    link](https://developer.okta.com/docs/api/#link-header) for the `next` link,
    or increase the number of returned objects using the `limit` parameter.

    >**Note:** The value of the `clientSecret` property in the System Log is secured by a hashing
    function, and isn't the value used during authentication.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logs.read.

    Args:
        since (str | Unset): Filters the lower time bound of the log events `published` property
            for bounded queries or persistence time for polling queries Okta's default: '7 days
            prior to until'.
        until (str | Unset): Filters the upper time bound of the log events `published` property
            for bounded queries or persistence time for polling queries. Okta's default: 'current
            time'.
        after (str | Unset): Retrieves the next page of results. Okta returns a link in the HTTP
            Header (`rel=next`) that includes the after query parameter
        filter_ (str | Unset): Filter expression that filters the results. All operators except [
            ] are supported. See [Filter](https://developer.okta.com/docs/api/#filter) and
            [Operators](https://developer.okta.com/docs/api/#operators).
        q (str | Unset): Filters log events results by one or more case insensitive keywords.
        limit (int | Unset): Sets the number of results that are returned in the response Okta's
            default: 100.
        sort_order (ListLogEventsSortOrder | Unset): The order of the returned events that are
            sorted by the `published` property Okta's default: 'ASCENDING'.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        list[LogEvent] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            until=until,
            after=after,
            filter_=filter_,
            q=q,
            limit=limit,
            sort_order=sort_order,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[LogEvent]:
    """One 2xx response of `listLogEvents` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
