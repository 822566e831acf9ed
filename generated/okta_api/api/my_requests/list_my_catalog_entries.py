"""`listMyCatalogEntries`: GET /governance/api/v2/my/catalogs/default/entries"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.governance_error import GovernanceError
    from ...models.my_catalog_entry_list import MyCatalogEntryList

OPERATION = Operation(
    operation_id="listMyCatalogEntries",
    method="GET",
    path="/governance/api/v2/my/catalogs/default/entries",
    tag="MyRequests",
    scopes=("okta.accessRequests.catalog.read",),
    auth=("oauth2",),
)


def _get_kwargs(
    *,
    filter_: str,
    after: str | Unset = UNSET,
    match: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["after"] = after

    params["match"] = match

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/governance/api/v2/my/catalogs/default/entries",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MyCatalogEntryList | GovernanceError | None:
    from ...models.governance_error import GovernanceError
    from ...models.my_catalog_entry_list import MyCatalogEntryList

    if response.status_code == 400:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    if response.status_code == 401:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    if response.status_code == 403:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    if response.status_code == 404:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    if response.status_code == 429:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    if response.status_code == 500:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, MyCatalogEntryList, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MyCatalogEntryList | GovernanceError | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    match: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[MyCatalogEntryList | GovernanceError | None]:
    """List my requestable catalog entries

     Lists entries of the default catalog that the signed-in user may request. `filter` is required and
    selects top-level entries (`not(parent pr)`) or the children of one entry (`parent eq
    "cenp2rjyxK1Js2Fc41d5"`). Results are paged with a cursor: `_links.next.href` carries the `after`
    value of the next page.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        filter_ (str): SCIM-style filter on `parent`; only `pr` and `eq` are supported. Use
            `not(parent pr)` for top-level entries and `parent eq "<entryId>"` for the children of
            an entry. Percent-encode the value.
        after (str | Unset): Pagination cursor: the id of the last entry of the previous page, as
            found in the `after` parameter of the `next` link.
        match (str | Unset): Case-insensitive substring to look for in entry names and
            descriptions.
        limit (int | Unset): Maximum number of entries in one page; not sent unless given.

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
        Response[MyCatalogEntryList | GovernanceError | None]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        after=after,
        match=match,
        limit=limit,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    filter_: str,
    after: str | Unset = UNSET,
    match: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> MyCatalogEntryList | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    match: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> MyCatalogEntryList | GovernanceError | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    match: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> MyCatalogEntryList | GovernanceError | None:
    """List my requestable catalog entries

     Lists entries of the default catalog that the signed-in user may request. `filter` is required and
    selects top-level entries (`not(parent pr)`) or the children of one entry (`parent eq
    "cenp2rjyxK1Js2Fc41d5"`). Results are paged with a cursor: `_links.next.href` carries the `after`
    value of the next page.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        filter_ (str): SCIM-style filter on `parent`; only `pr` and `eq` are supported. Use
            `not(parent pr)` for top-level entries and `parent eq "<entryId>"` for the children of
            an entry. Percent-encode the value.
        after (str | Unset): Pagination cursor: the id of the last entry of the previous page, as
            found in the `after` parameter of the `next` link.
        match (str | Unset): Case-insensitive substring to look for in entry names and
            descriptions.
        limit (int | Unset): Maximum number of entries in one page; not sent unless given.

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
        MyCatalogEntryList | GovernanceError | None
    """

    return sync_detailed(
        client=client,
        filter_=filter_,
        after=after,
        match=match,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    match: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[MyCatalogEntryList | GovernanceError | None]:
    """List my requestable catalog entries

     Lists entries of the default catalog that the signed-in user may request. `filter` is required and
    selects top-level entries (`not(parent pr)`) or the children of one entry (`parent eq
    "cenp2rjyxK1Js2Fc41d5"`). Results are paged with a cursor: `_links.next.href` carries the `after`
    value of the next page.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        filter_ (str): SCIM-style filter on `parent`; only `pr` and `eq` are supported. Use
            `not(parent pr)` for top-level entries and `parent eq "<entryId>"` for the children of
            an entry. Percent-encode the value.
        after (str | Unset): Pagination cursor: the id of the last entry of the previous page, as
            found in the `after` parameter of the `next` link.
        match (str | Unset): Case-insensitive substring to look for in entry names and
            descriptions.
        limit (int | Unset): Maximum number of entries in one page; not sent unless given.

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
        Response[MyCatalogEntryList | GovernanceError | None]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        after=after,
        match=match,
        limit=limit,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    filter_: str,
    after: str | Unset = UNSET,
    match: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> MyCatalogEntryList | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    match: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> MyCatalogEntryList | GovernanceError | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    match: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> MyCatalogEntryList | GovernanceError | None:
    """List my requestable catalog entries

     Lists entries of the default catalog that the signed-in user may request. `filter` is required and
    selects top-level entries (`not(parent pr)`) or the children of one entry (`parent eq
    "cenp2rjyxK1Js2Fc41d5"`). Results are paged with a cursor: `_links.next.href` carries the `after`
    value of the next page.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        filter_ (str): SCIM-style filter on `parent`; only `pr` and `eq` are supported. Use
            `not(parent pr)` for top-level entries and `parent eq "<entryId>"` for the children of
            an entry. Percent-encode the value.
        after (str | Unset): Pagination cursor: the id of the last entry of the previous page, as
            found in the `after` parameter of the `next` link.
        match (str | Unset): Case-insensitive substring to look for in entry names and
            descriptions.
        limit (int | Unset): Maximum number of entries in one page; not sent unless given.

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
        MyCatalogEntryList | GovernanceError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            filter_=filter_,
            after=after,
            match=match,
            limit=limit,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page, next_link  # noqa: E402

if TYPE_CHECKING:
    from ...models.my_catalog_entry import MyCatalogEntry


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[MyCatalogEntry]:
    """One 2xx response of `listMyCatalogEntries` as a page of items, for `okta_client.paginate`."""
    from ...models.my_catalog_entry_list import MyCatalogEntryList

    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, MyCatalogEntryList):
        return Page(parsed.data if isinstance(parsed.data, list) else [], next_link(parsed))
    return Page.without_items(parsed, OPERATION)
