"""`listLogStreams`: GET /api/v1/logStreams"""

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
    limit: int | Unset = UNSET,
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
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[list[LogStream] | Error | None]:
    """List all log streams

     Lists all log stream objects in your org. You can request a paginated list or a subset of log
    streams that match a supported filter expression.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.

    Args:
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.
        filter_ (str | Unset): An expression that
            [filters](https://developer.okta.com/docs/api/#filter) the returned objects. You can
            only use the `eq` operator on either the `status` or `type` properties in the filter
            expression.

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
        Response[list[LogStream] | Error | None]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        filter_=filter_,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> list[LogStream] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> list[LogStream] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> list[LogStream] | Error | None:
    """List all log streams

     Lists all log stream objects in your org. You can request a paginated list or a subset of log
    streams that match a supported filter expression.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.

    Args:
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.
        filter_ (str | Unset): An expression that
            [filters](https://developer.okta.com/docs/api/#filter) the returned objects. You can
            only use the `eq` operator on either the `status` or `type` properties in the filter
            expression.

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
        list[LogStream] | Error | None
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
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[list[LogStream] | Error | None]:
    """List all log streams

     Lists all log stream objects in your org. You can request a paginated list or a subset of log
    streams that match a supported filter expression.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.

    Args:
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.
        filter_ (str | Unset): An expression that
            [filters](https://developer.okta.com/docs/api/#filter) the returned objects. You can
            only use the `eq` operator on either the `status` or `type` properties in the filter
            expression.

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
        Response[list[LogStream] | Error | None]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        filter_=filter_,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> list[LogStream] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> list[LogStream] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> list[LogStream] | Error | None:
    """List all log streams

     Lists all log stream objects in your org. You can request a paginated list or a subset of log
    streams that match a supported filter expression.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.

    Args:
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.
        filter_ (str | Unset): An expression that
            [filters](https://developer.okta.com/docs/api/#filter) the returned objects. You can
            only use the `eq` operator on either the `status` or `type` properties in the filter
            expression.

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
        list[LogStream] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
            filter_=filter_,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[LogStream]:
    """One 2xx response of `listLogStreams` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
