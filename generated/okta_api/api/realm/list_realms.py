"""`listRealms`: GET /api/v1/realms"""

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
    from ...models.realm import Realm

OPERATION = Operation(
    operation_id="listRealms",
    method="GET",
    path="/api/v1/realms",
    tag="Realm",
    scopes=("okta.realms.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["search"] = search

    params["sortBy"] = sort_by

    params["sortOrder"] = sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/realms",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Realm] | Error | None:
    from ...models.error import Error
    from ...models.realm import Realm

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
            _convert.checked(client, _convert.parse_response_list(client, Realm, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Realm] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> Response[list[Realm] | Error | None]:
    """List all realms

     Lists all realms.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.realms.read.

    Args:
        limit (int | Unset): Specifies the number of results returned. Defaults to 10 if `search`
            is provided. Okta's default: 200.
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        search (str | Unset): Searches for realms with a supported filtering expression for most
            properties. Searches for realms can be filtered by the contains (`co`) operator. You
            can only use `co` with the `profile.name` property. See
            [Operators](https://developer.okta.com/docs/api/#operators).
        sort_by (str | Unset): Specifies the field to sort by and can be any single property (for
            search queries only)
        sort_order (str | Unset): Specifies sort order: `asc` or `desc` (for search queries only).
            This parameter is ignored if `sortBy` isn't present. Okta's default: 'asc'.

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
        Response[list[Realm] | Error | None]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> list[Realm] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> list[Realm] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> list[Realm] | Error | None:
    """List all realms

     Lists all realms.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.realms.read.

    Args:
        limit (int | Unset): Specifies the number of results returned. Defaults to 10 if `search`
            is provided. Okta's default: 200.
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        search (str | Unset): Searches for realms with a supported filtering expression for most
            properties. Searches for realms can be filtered by the contains (`co`) operator. You
            can only use `co` with the `profile.name` property. See
            [Operators](https://developer.okta.com/docs/api/#operators).
        sort_by (str | Unset): Specifies the field to sort by and can be any single property (for
            search queries only)
        sort_order (str | Unset): Specifies sort order: `asc` or `desc` (for search queries only).
            This parameter is ignored if `sortBy` isn't present. Okta's default: 'asc'.

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
        list[Realm] | Error | None
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> Response[list[Realm] | Error | None]:
    """List all realms

     Lists all realms.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.realms.read.

    Args:
        limit (int | Unset): Specifies the number of results returned. Defaults to 10 if `search`
            is provided. Okta's default: 200.
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        search (str | Unset): Searches for realms with a supported filtering expression for most
            properties. Searches for realms can be filtered by the contains (`co`) operator. You
            can only use `co` with the `profile.name` property. See
            [Operators](https://developer.okta.com/docs/api/#operators).
        sort_by (str | Unset): Specifies the field to sort by and can be any single property (for
            search queries only)
        sort_order (str | Unset): Specifies sort order: `asc` or `desc` (for search queries only).
            This parameter is ignored if `sortBy` isn't present. Okta's default: 'asc'.

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
        Response[list[Realm] | Error | None]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> list[Realm] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> list[Realm] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> list[Realm] | Error | None:
    """List all realms

     Lists all realms.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.realms.read.

    Args:
        limit (int | Unset): Specifies the number of results returned. Defaults to 10 if `search`
            is provided. Okta's default: 200.
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        search (str | Unset): Searches for realms with a supported filtering expression for most
            properties. Searches for realms can be filtered by the contains (`co`) operator. You
            can only use `co` with the `profile.name` property. See
            [Operators](https://developer.okta.com/docs/api/#operators).
        sort_by (str | Unset): Specifies the field to sort by and can be any single property (for
            search queries only)
        sort_order (str | Unset): Specifies sort order: `asc` or `desc` (for search queries only).
            This parameter is ignored if `sortBy` isn't present. Okta's default: 'asc'.

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
        list[Realm] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[Realm]:
    """One 2xx response of `listRealms` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
