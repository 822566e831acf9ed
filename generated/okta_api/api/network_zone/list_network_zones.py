"""`listNetworkZones`: GET /api/v1/zones"""

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
    from ...models.network_zone import NetworkZone

OPERATION = Operation(
    operation_id="listNetworkZones",
    method="GET",
    path="/api/v1/zones",
    tag="NetworkZone",
    scopes=("okta.networkZones.read",),
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
        "url": "/api/v1/zones",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[NetworkZone] | Error | None:
    from ...models.error import Error
    from ...models.network_zone import NetworkZone

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
            _convert.checked(client, _convert.parse_response_list(client, NetworkZone, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[NetworkZone] | Error | None]:
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
) -> Response[list[NetworkZone] | Error | None]:
    """List all network zones

     Lists all Network Zones with pagination. A subset of zones can be returned that match a supported
    filter expression or query.

    This operation requires URL encoding. For example, `filter=(id eq "nzoul0wf9jyb8xwZm0g3" or id eq
    "nzoul1MxmGN18NDQT0g3")` is encoded as
    `filter=%28id+eq+%22nzoul0wf9jyb8xwZm0g3%22+or+id+eq+%22nzoul1MxmGN18NDQT0g3%22%29`.

    Okta supports filtering on the `id`, `usage`, and `system` properties. See
    [Filter](https://developer.okta.com/docs/api/#filter) for more information on the expressions that
    are used in filtering.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.networkZones.read.

    Args:
        after (str | Unset): Specifies the pagination cursor for the next page of Network Zones
        limit (int | Unset): Specifies the number of results for a page Okta's default: -1.
        filter_ (str | Unset): Filters zones by usage, ID, or system expression

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
        Response[list[NetworkZone] | Error | None]
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
) -> list[NetworkZone] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> list[NetworkZone] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> list[NetworkZone] | Error | None:
    """List all network zones

     Lists all Network Zones with pagination. A subset of zones can be returned that match a supported
    filter expression or query.

    This operation requires URL encoding. For example, `filter=(id eq "nzoul0wf9jyb8xwZm0g3" or id eq
    "nzoul1MxmGN18NDQT0g3")` is encoded as
    `filter=%28id+eq+%22nzoul0wf9jyb8xwZm0g3%22+or+id+eq+%22nzoul1MxmGN18NDQT0g3%22%29`.

    Okta supports filtering on the `id`, `usage`, and `system` properties. See
    [Filter](https://developer.okta.com/docs/api/#filter) for more information on the expressions that
    are used in filtering.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.networkZones.read.

    Args:
        after (str | Unset): Specifies the pagination cursor for the next page of Network Zones
        limit (int | Unset): Specifies the number of results for a page Okta's default: -1.
        filter_ (str | Unset): Filters zones by usage, ID, or system expression

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
        list[NetworkZone] | Error | None
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
) -> Response[list[NetworkZone] | Error | None]:
    """List all network zones

     Lists all Network Zones with pagination. A subset of zones can be returned that match a supported
    filter expression or query.

    This operation requires URL encoding. For example, `filter=(id eq "nzoul0wf9jyb8xwZm0g3" or id eq
    "nzoul1MxmGN18NDQT0g3")` is encoded as
    `filter=%28id+eq+%22nzoul0wf9jyb8xwZm0g3%22+or+id+eq+%22nzoul1MxmGN18NDQT0g3%22%29`.

    Okta supports filtering on the `id`, `usage`, and `system` properties. See
    [Filter](https://developer.okta.com/docs/api/#filter) for more information on the expressions that
    are used in filtering.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.networkZones.read.

    Args:
        after (str | Unset): Specifies the pagination cursor for the next page of Network Zones
        limit (int | Unset): Specifies the number of results for a page Okta's default: -1.
        filter_ (str | Unset): Filters zones by usage, ID, or system expression

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
        Response[list[NetworkZone] | Error | None]
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
) -> list[NetworkZone] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> list[NetworkZone] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> list[NetworkZone] | Error | None:
    """List all network zones

     Lists all Network Zones with pagination. A subset of zones can be returned that match a supported
    filter expression or query.

    This operation requires URL encoding. For example, `filter=(id eq "nzoul0wf9jyb8xwZm0g3" or id eq
    "nzoul1MxmGN18NDQT0g3")` is encoded as
    `filter=%28id+eq+%22nzoul0wf9jyb8xwZm0g3%22+or+id+eq+%22nzoul1MxmGN18NDQT0g3%22%29`.

    Okta supports filtering on the `id`, `usage`, and `system` properties. See
    [Filter](https://developer.okta.com/docs/api/#filter) for more information on the expressions that
    are used in filtering.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.networkZones.read.

    Args:
        after (str | Unset): Specifies the pagination cursor for the next page of Network Zones
        limit (int | Unset): Specifies the number of results for a page Okta's default: -1.
        filter_ (str | Unset): Filters zones by usage, ID, or system expression

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
        list[NetworkZone] | Error | None
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


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[NetworkZone]:
    """One 2xx response of `listNetworkZones` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
