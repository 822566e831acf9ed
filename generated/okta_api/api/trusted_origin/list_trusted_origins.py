"""`listTrustedOrigins`: GET /api/v1/trustedOrigins"""

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
    from ...models.trusted_origin import TrustedOrigin

OPERATION = Operation(
    operation_id="listTrustedOrigins",
    method="GET",
    path="/api/v1/trustedOrigins",
    tag="TrustedOrigin",
    scopes=("okta.trustedOrigins.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
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
        "url": "/api/v1/trustedOrigins",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[TrustedOrigin] | Error | None:
    from ...models.error import Error
    from ...models.trusted_origin import TrustedOrigin

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
            _convert.checked(client, _convert.parse_response_list(client, TrustedOrigin, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[TrustedOrigin] | Error | None]:
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
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[TrustedOrigin] | Error | None]:
    """List all trusted origins

     Lists all trusted origins

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.trustedOrigins.read.

    Args:
        q (str | Unset): A search string that prefix matches against the `name` and `origin`
        filter_ (str | Unset): [Filter](https://developer.okta.com/docs/api/#filter) trusted
            origins with a supported expression for a subset of properties. You can filter on the
            following properties: `name`, `origin`, `status`, and `type` (type of scopes).
        after (str | Unset): After cursor provided by a prior request
        limit (int | Unset): Specifies the number of results Okta's default: 20.

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
        Response[list[TrustedOrigin] | Error | None]
    """

    kwargs = _get_kwargs(
        q=q,
        filter_=filter_,
        after=after,
        limit=limit,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[TrustedOrigin] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[TrustedOrigin] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[TrustedOrigin] | Error | None:
    """List all trusted origins

     Lists all trusted origins

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.trustedOrigins.read.

    Args:
        q (str | Unset): A search string that prefix matches against the `name` and `origin`
        filter_ (str | Unset): [Filter](https://developer.okta.com/docs/api/#filter) trusted
            origins with a supported expression for a subset of properties. You can filter on the
            following properties: `name`, `origin`, `status`, and `type` (type of scopes).
        after (str | Unset): After cursor provided by a prior request
        limit (int | Unset): Specifies the number of results Okta's default: 20.

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
        list[TrustedOrigin] | Error | None
    """

    return sync_detailed(
        client=client,
        q=q,
        filter_=filter_,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[TrustedOrigin] | Error | None]:
    """List all trusted origins

     Lists all trusted origins

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.trustedOrigins.read.

    Args:
        q (str | Unset): A search string that prefix matches against the `name` and `origin`
        filter_ (str | Unset): [Filter](https://developer.okta.com/docs/api/#filter) trusted
            origins with a supported expression for a subset of properties. You can filter on the
            following properties: `name`, `origin`, `status`, and `type` (type of scopes).
        after (str | Unset): After cursor provided by a prior request
        limit (int | Unset): Specifies the number of results Okta's default: 20.

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
        Response[list[TrustedOrigin] | Error | None]
    """

    kwargs = _get_kwargs(
        q=q,
        filter_=filter_,
        after=after,
        limit=limit,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[TrustedOrigin] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[TrustedOrigin] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[TrustedOrigin] | Error | None:
    """List all trusted origins

     Lists all trusted origins

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.trustedOrigins.read.

    Args:
        q (str | Unset): A search string that prefix matches against the `name` and `origin`
        filter_ (str | Unset): [Filter](https://developer.okta.com/docs/api/#filter) trusted
            origins with a supported expression for a subset of properties. You can filter on the
            following properties: `name`, `origin`, `status`, and `type` (type of scopes).
        after (str | Unset): After cursor provided by a prior request
        limit (int | Unset): Specifies the number of results Okta's default: 20.

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
        list[TrustedOrigin] | Error | None
    """

    return (
        await asyncio_detailed(
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


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[TrustedOrigin]:
    """One 2xx response of `listTrustedOrigins` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
