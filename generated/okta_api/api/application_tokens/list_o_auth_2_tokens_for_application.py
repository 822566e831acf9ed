"""`listOAuth2TokensForApplication`: GET /api/v1/apps/{appId}/tokens"""

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
    from ...models.o_auth_2_refresh_token import OAuth2RefreshToken

OPERATION = Operation(
    operation_id="listOAuth2TokensForApplication",
    method="GET",
    path="/api/v1/apps/{appId}/tokens",
    tag="ApplicationTokens",
    scopes=("okta.apps.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    app_id: str,
    *,
    expand: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["expand"] = expand

    params["after"] = after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "appId": app_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[OAuth2RefreshToken] | Error | None:
    from ...models.error import Error
    from ...models.o_auth_2_refresh_token import OAuth2RefreshToken

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
            _convert.checked(client, _convert.parse_response_list(client, OAuth2RefreshToken, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[OAuth2RefreshToken] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[OAuth2RefreshToken] | Error | None]:
    """List all application refresh tokens

     Lists all refresh tokens for an app

    > **Note:** The results are [paginated](https://developer.okta.com/docs/api/#pagination) according
    to the `limit` parameter.
    > If there are multiple pages of results, the Link header contains a `next` link that you need to
    use as an opaque value (follow it, don't parse it).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str): Application ID
        expand (str | Unset): An optional parameter to return scope details in the `_embedded`
            property. Valid value: `scope`
        after (str | Unset): Specifies the pagination cursor for the next page of results. Treat
            this as an opaque value obtained through the next link relationship. See
            [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.

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
        Response[list[OAuth2RefreshToken] | Error | None]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        expand=expand,
        after=after,
        limit=limit,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    app_id: str,
    *,
    client: RaisingClient,
    expand: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[OAuth2RefreshToken] | None: ...


@overload
def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[OAuth2RefreshToken] | Error | None: ...


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[OAuth2RefreshToken] | Error | None:
    """List all application refresh tokens

     Lists all refresh tokens for an app

    > **Note:** The results are [paginated](https://developer.okta.com/docs/api/#pagination) according
    to the `limit` parameter.
    > If there are multiple pages of results, the Link header contains a `next` link that you need to
    use as an opaque value (follow it, don't parse it).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str): Application ID
        expand (str | Unset): An optional parameter to return scope details in the `_embedded`
            property. Valid value: `scope`
        after (str | Unset): Specifies the pagination cursor for the next page of results. Treat
            this as an opaque value obtained through the next link relationship. See
            [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.

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
        list[OAuth2RefreshToken] | Error | None
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        expand=expand,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[OAuth2RefreshToken] | Error | None]:
    """List all application refresh tokens

     Lists all refresh tokens for an app

    > **Note:** The results are [paginated](https://developer.okta.com/docs/api/#pagination) according
    to the `limit` parameter.
    > If there are multiple pages of results, the Link header contains a `next` link that you need to
    use as an opaque value (follow it, don't parse it).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str): Application ID
        expand (str | Unset): An optional parameter to return scope details in the `_embedded`
            property. Valid value: `scope`
        after (str | Unset): Specifies the pagination cursor for the next page of results. Treat
            this as an opaque value obtained through the next link relationship. See
            [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.

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
        Response[list[OAuth2RefreshToken] | Error | None]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        expand=expand,
        after=after,
        limit=limit,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    app_id: str,
    *,
    client: RaisingClient,
    expand: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[OAuth2RefreshToken] | None: ...


@overload
async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[OAuth2RefreshToken] | Error | None: ...


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[OAuth2RefreshToken] | Error | None:
    """List all application refresh tokens

     Lists all refresh tokens for an app

    > **Note:** The results are [paginated](https://developer.okta.com/docs/api/#pagination) according
    to the `limit` parameter.
    > If there are multiple pages of results, the Link header contains a `next` link that you need to
    use as an opaque value (follow it, don't parse it).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str): Application ID
        expand (str | Unset): An optional parameter to return scope details in the `_embedded`
            property. Valid value: `scope`
        after (str | Unset): Specifies the pagination cursor for the next page of results. Treat
            this as an opaque value obtained through the next link relationship. See
            [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.

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
        list[OAuth2RefreshToken] | Error | None
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            expand=expand,
            after=after,
            limit=limit,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[OAuth2RefreshToken]:
    """One 2xx response of `listOAuth2TokensForApplication` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
