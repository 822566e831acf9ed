"""`listMyCatalogEntryUsers`: GET /governance/api/v2/my/catalogs/default/entries/{entryId}/users"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ..._arguments import check_argument
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.governance_error import GovernanceError
    from ...models.my_catalog_entry_user_list import MyCatalogEntryUserList

OPERATION = Operation(
    operation_id="listMyCatalogEntryUsers",
    method="GET",
    path="/governance/api/v2/my/catalogs/default/entries/{entryId}/users",
    tag="MyRequests",
    scopes=("okta.accessRequests.catalog.read",),
    auth=("oauth2",),
)


def _get_kwargs(
    entry_id: str,
    *,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    check_argument("entry_id", entry_id, {"maxLength": 20, "minLength": 20, "pattern": "^[A-Za-z0-9]{20}$"})

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["after"] = after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "entryId": entry_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MyCatalogEntryUserList | GovernanceError | None:
    from ...models.governance_error import GovernanceError
    from ...models.my_catalog_entry_user_list import MyCatalogEntryUserList

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
            _convert.checked(client, _convert.parse_body(client, MyCatalogEntryUserList, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MyCatalogEntryUserList | GovernanceError | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[MyCatalogEntryUserList | GovernanceError | None]:
    """List users I may request this entry for

     Lists the users on whose behalf the signed-in user may request this entry. Requires on-behalf-of
    requests to be enabled for the entry. Okta documents `after` and `limit` for this list, but only a
    `self` link in its answer (`_links.self` and `Link: <...>; rel="self"`): no `next` link to page
    with.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        entry_id (str): Catalog entry id.
        filter_ (str): Filter on `firstName` or `lastName` with the `sw` (starts with) operator,
            for example `firstName sw "Joh" or lastName sw "Joh"`. Percent-encode the value.
        after (str | Unset): Pagination cursor for the next page of results; an opaque value.
        limit (int | Unset): Maximum number of users in the answer (Okta's default is 20). Okta's
            default: 20.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.InvalidArgument: An argument breaks the spec's rules (its pattern or length).
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        Response[MyCatalogEntryUserList | GovernanceError | None]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        filter_=filter_,
        after=after,
        limit=limit,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    entry_id: str,
    *,
    client: RaisingClient,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> MyCatalogEntryUserList | None: ...


@overload
def sync(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> MyCatalogEntryUserList | GovernanceError | None: ...


def sync(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> MyCatalogEntryUserList | GovernanceError | None:
    """List users I may request this entry for

     Lists the users on whose behalf the signed-in user may request this entry. Requires on-behalf-of
    requests to be enabled for the entry. Okta documents `after` and `limit` for this list, but only a
    `self` link in its answer (`_links.self` and `Link: <...>; rel="self"`): no `next` link to page
    with.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        entry_id (str): Catalog entry id.
        filter_ (str): Filter on `firstName` or `lastName` with the `sw` (starts with) operator,
            for example `firstName sw "Joh" or lastName sw "Joh"`. Percent-encode the value.
        after (str | Unset): Pagination cursor for the next page of results; an opaque value.
        limit (int | Unset): Maximum number of users in the answer (Okta's default is 20). Okta's
            default: 20.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.InvalidArgument: An argument breaks the spec's rules (its pattern or length).
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        MyCatalogEntryUserList | GovernanceError | None
    """

    return sync_detailed(
        entry_id=entry_id,
        client=client,
        filter_=filter_,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[MyCatalogEntryUserList | GovernanceError | None]:
    """List users I may request this entry for

     Lists the users on whose behalf the signed-in user may request this entry. Requires on-behalf-of
    requests to be enabled for the entry. Okta documents `after` and `limit` for this list, but only a
    `self` link in its answer (`_links.self` and `Link: <...>; rel="self"`): no `next` link to page
    with.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        entry_id (str): Catalog entry id.
        filter_ (str): Filter on `firstName` or `lastName` with the `sw` (starts with) operator,
            for example `firstName sw "Joh" or lastName sw "Joh"`. Percent-encode the value.
        after (str | Unset): Pagination cursor for the next page of results; an opaque value.
        limit (int | Unset): Maximum number of users in the answer (Okta's default is 20). Okta's
            default: 20.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.InvalidArgument: An argument breaks the spec's rules (its pattern or length).
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        Response[MyCatalogEntryUserList | GovernanceError | None]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        filter_=filter_,
        after=after,
        limit=limit,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    entry_id: str,
    *,
    client: RaisingClient,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> MyCatalogEntryUserList | None: ...


@overload
async def asyncio(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> MyCatalogEntryUserList | GovernanceError | None: ...


async def asyncio(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> MyCatalogEntryUserList | GovernanceError | None:
    """List users I may request this entry for

     Lists the users on whose behalf the signed-in user may request this entry. Requires on-behalf-of
    requests to be enabled for the entry. Okta documents `after` and `limit` for this list, but only a
    `self` link in its answer (`_links.self` and `Link: <...>; rel="self"`): no `next` link to page
    with.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        entry_id (str): Catalog entry id.
        filter_ (str): Filter on `firstName` or `lastName` with the `sw` (starts with) operator,
            for example `firstName sw "Joh" or lastName sw "Joh"`. Percent-encode the value.
        after (str | Unset): Pagination cursor for the next page of results; an opaque value.
        limit (int | Unset): Maximum number of users in the answer (Okta's default is 20). Okta's
            default: 20.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.InvalidArgument: An argument breaks the spec's rules (its pattern or length).
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        MyCatalogEntryUserList | GovernanceError | None
    """

    return (
        await asyncio_detailed(
            entry_id=entry_id,
            client=client,
            filter_=filter_,
            after=after,
            limit=limit,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page, next_link  # noqa: E402

if TYPE_CHECKING:
    from ...models.my_catalog_entry_user import MyCatalogEntryUser


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[MyCatalogEntryUser]:
    """One 2xx response of `listMyCatalogEntryUsers` as a page of items, for `okta_client.paginate`."""
    from ...models.my_catalog_entry_user_list import MyCatalogEntryUserList

    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, MyCatalogEntryUserList):
        return Page(parsed.data if isinstance(parsed.data, list) else [], next_link(parsed))
    return Page.without_items(parsed, OPERATION)
