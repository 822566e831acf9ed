"""`listOAuth2Scopes`: GET /api/v1/authorizationServers/{authServerId}/scopes"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.o_auth_2_scope import OAuth2Scope

OPERATION = Operation(
    operation_id="listOAuth2Scopes",
    method="GET",
    path="/api/v1/authorizationServers/{authServerId}/scopes",
    tag="AuthorizationServerScopes",
    scopes=("okta.authorizationServers.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    auth_server_id: str,
    *,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["filter"] = filter_

    params["after"] = after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "authServerId": auth_server_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[OAuth2Scope] | Error | None:
    from ...models.error import Error
    from ...models.o_auth_2_scope import OAuth2Scope

    if response.status_code == 403:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 404:
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
            _convert.checked(client, _convert.parse_response_list(client, OAuth2Scope, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[OAuth2Scope] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    auth_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[OAuth2Scope] | Error | None]:
    """List all custom token scopes

     Lists all custom token scopes

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.authorizationServers.read.

    Args:
        auth_server_id (str): `id` of the Authorization Server
        q (str | Unset): Searches the `name` of Custom Token Scopes for matching values
        filter_ (str | Unset): Filter expression for Custom Token Scopes
        after (str | Unset): Specifies the pagination cursor for the next page of scopes. Treat
            the after cursor as an opaque value and obtain it through the next link relationship.
            See [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): Specifies the number of objects to return per page. If there are
            multiple pages of results, the Link header contains a `next` link that you need to use
            as an opaque value (follow it, don't parse it). See
            [Pagination](https://developer.okta.com/docs/api/#pagination).

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
        Response[list[OAuth2Scope] | Error | None]
    """

    kwargs = _get_kwargs(
        auth_server_id=auth_server_id,
        q=q,
        filter_=filter_,
        after=after,
        limit=limit,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    auth_server_id: str,
    *,
    client: RaisingClient,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[OAuth2Scope] | None: ...


@overload
def sync(
    auth_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[OAuth2Scope] | Error | None: ...


def sync(
    auth_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[OAuth2Scope] | Error | None:
    """List all custom token scopes

     Lists all custom token scopes

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.authorizationServers.read.

    Args:
        auth_server_id (str): `id` of the Authorization Server
        q (str | Unset): Searches the `name` of Custom Token Scopes for matching values
        filter_ (str | Unset): Filter expression for Custom Token Scopes
        after (str | Unset): Specifies the pagination cursor for the next page of scopes. Treat
            the after cursor as an opaque value and obtain it through the next link relationship.
            See [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): Specifies the number of objects to return per page. If there are
            multiple pages of results, the Link header contains a `next` link that you need to use
            as an opaque value (follow it, don't parse it). See
            [Pagination](https://developer.okta.com/docs/api/#pagination).

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
        list[OAuth2Scope] | Error | None
    """

    return sync_detailed(
        auth_server_id=auth_server_id,
        client=client,
        q=q,
        filter_=filter_,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    auth_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[OAuth2Scope] | Error | None]:
    """List all custom token scopes

     Lists all custom token scopes

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.authorizationServers.read.

    Args:
        auth_server_id (str): `id` of the Authorization Server
        q (str | Unset): Searches the `name` of Custom Token Scopes for matching values
        filter_ (str | Unset): Filter expression for Custom Token Scopes
        after (str | Unset): Specifies the pagination cursor for the next page of scopes. Treat
            the after cursor as an opaque value and obtain it through the next link relationship.
            See [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): Specifies the number of objects to return per page. If there are
            multiple pages of results, the Link header contains a `next` link that you need to use
            as an opaque value (follow it, don't parse it). See
            [Pagination](https://developer.okta.com/docs/api/#pagination).

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
        Response[list[OAuth2Scope] | Error | None]
    """

    kwargs = _get_kwargs(
        auth_server_id=auth_server_id,
        q=q,
        filter_=filter_,
        after=after,
        limit=limit,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    auth_server_id: str,
    *,
    client: RaisingClient,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[OAuth2Scope] | None: ...


@overload
async def asyncio(
    auth_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[OAuth2Scope] | Error | None: ...


async def asyncio(
    auth_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[OAuth2Scope] | Error | None:
    """List all custom token scopes

     Lists all custom token scopes

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.authorizationServers.read.

    Args:
        auth_server_id (str): `id` of the Authorization Server
        q (str | Unset): Searches the `name` of Custom Token Scopes for matching values
        filter_ (str | Unset): Filter expression for Custom Token Scopes
        after (str | Unset): Specifies the pagination cursor for the next page of scopes. Treat
            the after cursor as an opaque value and obtain it through the next link relationship.
            See [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): Specifies the number of objects to return per page. If there are
            multiple pages of results, the Link header contains a `next` link that you need to use
            as an opaque value (follow it, don't parse it). See
            [Pagination](https://developer.okta.com/docs/api/#pagination).

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
        list[OAuth2Scope] | Error | None
    """

    return (
        await asyncio_detailed(
            auth_server_id=auth_server_id,
            client=client,
            q=q,
            filter_=filter_,
            after=after,
            limit=limit,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[OAuth2Scope]:
    """One 2xx response of `listOAuth2Scopes` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
