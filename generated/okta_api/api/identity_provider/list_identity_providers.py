"""`listIdentityProviders`: GET /api/v1/idps"""

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
    from ...models.identity_provider import IdentityProvider
    from ...models.identity_provider_type import IdentityProviderType

OPERATION = Operation(
    operation_id="listIdentityProviders",
    method="GET",
    path="/api/v1/idps",
    tag="IdentityProvider",
    scopes=("okta.idps.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: IdentityProviderType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["after"] = after

    params["limit"] = limit

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/idps",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[IdentityProvider] | Error | None:
    from ...models.error import Error
    from ...models.identity_provider import IdentityProvider

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
            _convert.checked(client, _convert.parse_response_list(client, IdentityProvider, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[IdentityProvider] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: IdentityProviderType | Unset = UNSET,
) -> Response[list[IdentityProvider] | Error | None]:
    """List all IdPs

     Lists all identity provider (IdP) integrations with pagination. A subset of IdPs can be returned
    that match a supported filter expression or query.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.read.

    Args:
        q (str | Unset): Searches the `name` property of IdPs for matching value
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.
        type_ (IdentityProviderType | Unset): Filters IdPs by `type`

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
        Response[list[IdentityProvider] | Error | None]
    """

    kwargs = _get_kwargs(
        q=q,
        after=after,
        limit=limit,
        type_=type_,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: IdentityProviderType | Unset = UNSET,
) -> list[IdentityProvider] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: IdentityProviderType | Unset = UNSET,
) -> list[IdentityProvider] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: IdentityProviderType | Unset = UNSET,
) -> list[IdentityProvider] | Error | None:
    """List all IdPs

     Lists all identity provider (IdP) integrations with pagination. A subset of IdPs can be returned
    that match a supported filter expression or query.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.read.

    Args:
        q (str | Unset): Searches the `name` property of IdPs for matching value
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.
        type_ (IdentityProviderType | Unset): Filters IdPs by `type`

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
        list[IdentityProvider] | Error | None
    """

    return sync_detailed(
        client=client,
        q=q,
        after=after,
        limit=limit,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: IdentityProviderType | Unset = UNSET,
) -> Response[list[IdentityProvider] | Error | None]:
    """List all IdPs

     Lists all identity provider (IdP) integrations with pagination. A subset of IdPs can be returned
    that match a supported filter expression or query.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.read.

    Args:
        q (str | Unset): Searches the `name` property of IdPs for matching value
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.
        type_ (IdentityProviderType | Unset): Filters IdPs by `type`

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
        Response[list[IdentityProvider] | Error | None]
    """

    kwargs = _get_kwargs(
        q=q,
        after=after,
        limit=limit,
        type_=type_,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: IdentityProviderType | Unset = UNSET,
) -> list[IdentityProvider] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: IdentityProviderType | Unset = UNSET,
) -> list[IdentityProvider] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    type_: IdentityProviderType | Unset = UNSET,
) -> list[IdentityProvider] | Error | None:
    """List all IdPs

     Lists all identity provider (IdP) integrations with pagination. A subset of IdPs can be returned
    that match a supported filter expression or query.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.read.

    Args:
        q (str | Unset): Searches the `name` property of IdPs for matching value
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.
        type_ (IdentityProviderType | Unset): Filters IdPs by `type`

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
        list[IdentityProvider] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            after=after,
            limit=limit,
            type_=type_,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[IdentityProvider]:
    """One 2xx response of `listIdentityProviders` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
