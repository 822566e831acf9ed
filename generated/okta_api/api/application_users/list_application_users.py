"""`listApplicationUsers`: GET /api/v1/apps/{appId}/users"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.app_user import AppUser
    from ...models.error import Error

OPERATION = Operation(
    operation_id="listApplicationUsers",
    method="GET",
    path="/api/v1/apps/{appId}/users",
    tag="ApplicationUsers",
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
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    params["q"] = q

    params["expand"] = expand

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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[AppUser] | Error | None:
    from ...models.app_user import AppUser
    from ...models.error import Error

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
            _convert.checked(client, _convert.parse_response_list(client, AppUser, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[AppUser] | Error | None]:
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
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[list[AppUser] | Error | None]:
    """List all application users

     Lists all assigned users for an app

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str): Application ID
        after (str | Unset): Specifies the pagination cursor for the next page of results. Treat
            this as an opaque value obtained through the next link relationship. See
            [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): Specifies the number of objects to return per page. If there are
            multiple pages of results, the Link header contains a `next` link that you need to use
            as an opaque value (follow it, don't parse it). See
            [Pagination](https://developer.okta.com/docs/api/#pagination). Okta's default: 50.
        q (str | Unset): Specifies a filter for the list of application users returned based on
            their profile attributes. The value of `q` is matched against the beginning of the
            following profile attributes: `userName`, `firstName`, `lastName`, and `email`. This
            filter only supports the `startsWith` operation that matches the `q` string against
            the beginning of the attribute values. **Note:** For OIDC apps, user profiles don't
            contain the `firstName` or `lastName` attributes. Therefore, the query only matches
            against the `userName` or `email` attributes.
        expand (str | Unset): An optional query parameter to return the corresponding
            [User](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/user)
            object in the `_embedded` property. Valid value: `user`

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
        Response[list[AppUser] | Error | None]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        after=after,
        limit=limit,
        q=q,
        expand=expand,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    app_id: str,
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[AppUser] | None: ...


@overload
def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[AppUser] | Error | None: ...


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[AppUser] | Error | None:
    """List all application users

     Lists all assigned users for an app

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str): Application ID
        after (str | Unset): Specifies the pagination cursor for the next page of results. Treat
            this as an opaque value obtained through the next link relationship. See
            [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): Specifies the number of objects to return per page. If there are
            multiple pages of results, the Link header contains a `next` link that you need to use
            as an opaque value (follow it, don't parse it). See
            [Pagination](https://developer.okta.com/docs/api/#pagination). Okta's default: 50.
        q (str | Unset): Specifies a filter for the list of application users returned based on
            their profile attributes. The value of `q` is matched against the beginning of the
            following profile attributes: `userName`, `firstName`, `lastName`, and `email`. This
            filter only supports the `startsWith` operation that matches the `q` string against
            the beginning of the attribute values. **Note:** For OIDC apps, user profiles don't
            contain the `firstName` or `lastName` attributes. Therefore, the query only matches
            against the `userName` or `email` attributes.
        expand (str | Unset): An optional query parameter to return the corresponding
            [User](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/user)
            object in the `_embedded` property. Valid value: `user`

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
        list[AppUser] | Error | None
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        after=after,
        limit=limit,
        q=q,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[list[AppUser] | Error | None]:
    """List all application users

     Lists all assigned users for an app

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str): Application ID
        after (str | Unset): Specifies the pagination cursor for the next page of results. Treat
            this as an opaque value obtained through the next link relationship. See
            [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): Specifies the number of objects to return per page. If there are
            multiple pages of results, the Link header contains a `next` link that you need to use
            as an opaque value (follow it, don't parse it). See
            [Pagination](https://developer.okta.com/docs/api/#pagination). Okta's default: 50.
        q (str | Unset): Specifies a filter for the list of application users returned based on
            their profile attributes. The value of `q` is matched against the beginning of the
            following profile attributes: `userName`, `firstName`, `lastName`, and `email`. This
            filter only supports the `startsWith` operation that matches the `q` string against
            the beginning of the attribute values. **Note:** For OIDC apps, user profiles don't
            contain the `firstName` or `lastName` attributes. Therefore, the query only matches
            against the `userName` or `email` attributes.
        expand (str | Unset): An optional query parameter to return the corresponding
            [User](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/user)
            object in the `_embedded` property. Valid value: `user`

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
        Response[list[AppUser] | Error | None]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        after=after,
        limit=limit,
        q=q,
        expand=expand,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    app_id: str,
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[AppUser] | None: ...


@overload
async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[AppUser] | Error | None: ...


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[AppUser] | Error | None:
    """List all application users

     Lists all assigned users for an app

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str): Application ID
        after (str | Unset): Specifies the pagination cursor for the next page of results. Treat
            this as an opaque value obtained through the next link relationship. See
            [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): Specifies the number of objects to return per page. If there are
            multiple pages of results, the Link header contains a `next` link that you need to use
            as an opaque value (follow it, don't parse it). See
            [Pagination](https://developer.okta.com/docs/api/#pagination). Okta's default: 50.
        q (str | Unset): Specifies a filter for the list of application users returned based on
            their profile attributes. The value of `q` is matched against the beginning of the
            following profile attributes: `userName`, `firstName`, `lastName`, and `email`. This
            filter only supports the `startsWith` operation that matches the `q` string against
            the beginning of the attribute values. **Note:** For OIDC apps, user profiles don't
            contain the `firstName` or `lastName` attributes. Therefore, the query only matches
            against the `userName` or `email` attributes.
        expand (str | Unset): An optional query parameter to return the corresponding
            [User](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/user)
            object in the `_embedded` property. Valid value: `user`

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
        list[AppUser] | Error | None
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            after=after,
            limit=limit,
            q=q,
            expand=expand,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[AppUser]:
    """One 2xx response of `listApplicationUsers` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
