"""`getUser`: GET /api/v1/users/{id}"""

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
    from ...models.user_get_singleton import UserGetSingleton

OPERATION = Operation(
    operation_id="getUser",
    method="GET",
    path="/api/v1/users/{id}",
    tag="User",
    scopes=("okta.users.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    id: str,
    *,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "id": id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserGetSingleton | Error | None:
    from ...models.error import Error
    from ...models.user_get_singleton import UserGetSingleton

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
            _convert.checked(client, _convert.parse_body(client, UserGetSingleton, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserGetSingleton | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> Response[UserGetSingleton | Error | None]:
    """Retrieve a user

     Retrieves a user from your Okta org.

    You can substitute `me` for the `id` to fetch the current user linked to an API token or session
    cookie.
     * The request returns the user linked to the API token that is specified in the Authorization
    header, not the user linked to the active session. Details of the admin user who granted the API
    token is returned.
     * When the end user has an active Okta session, it is typically a CORS request from the browser.
    Therefore, it's possible to retrieve the current user without the Authorization header.

    When fetching a user by `login` or `login shortname`, [URL
    encode](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding) the request parameter to
    ensure that special characters are escaped properly. Logins with a `/` character can only be fetched
    by `id` due to URL issues with escaping the `/` character. If you don't know a user's ID, you can
    use the [List all
    users](https://developer.okta.com/docs/api/openapi/okta-management/management/user/listusers)
    endpoint to find it.

    > **Note:** Some browsers block third-party cookies by default, which disrupts Okta functionality in
    certain flows. See [Mitigate the impact of third-party cookie
    deprecation](https://help.okta.com/okta_help.htm?type=oie&id=ext-third-party-cookies).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        expand (str | Unset): An optional parameter to include metadata in the `_embedded`
            attribute. Valid values: `blocks` or <x-lifecycle class="ea"></x-lifecycle>
            `classification`.

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
        Response[UserGetSingleton | Error | None]
    """

    kwargs = _get_kwargs(
        id=id,
        expand=expand,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    id: str,
    *,
    client: RaisingClient,
    expand: str | Unset = UNSET,
) -> UserGetSingleton | None: ...


@overload
def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> UserGetSingleton | Error | None: ...


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> UserGetSingleton | Error | None:
    """Retrieve a user

     Retrieves a user from your Okta org.

    You can substitute `me` for the `id` to fetch the current user linked to an API token or session
    cookie.
     * The request returns the user linked to the API token that is specified in the Authorization
    header, not the user linked to the active session. Details of the admin user who granted the API
    token is returned.
     * When the end user has an active Okta session, it is typically a CORS request from the browser.
    Therefore, it's possible to retrieve the current user without the Authorization header.

    When fetching a user by `login` or `login shortname`, [URL
    encode](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding) the request parameter to
    ensure that special characters are escaped properly. Logins with a `/` character can only be fetched
    by `id` due to URL issues with escaping the `/` character. If you don't know a user's ID, you can
    use the [List all
    users](https://developer.okta.com/docs/api/openapi/okta-management/management/user/listusers)
    endpoint to find it.

    > **Note:** Some browsers block third-party cookies by default, which disrupts Okta functionality in
    certain flows. See [Mitigate the impact of third-party cookie
    deprecation](https://help.okta.com/okta_help.htm?type=oie&id=ext-third-party-cookies).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        expand (str | Unset): An optional parameter to include metadata in the `_embedded`
            attribute. Valid values: `blocks` or <x-lifecycle class="ea"></x-lifecycle>
            `classification`.

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
        UserGetSingleton | Error | None
    """

    return sync_detailed(
        id=id,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> Response[UserGetSingleton | Error | None]:
    """Retrieve a user

     Retrieves a user from your Okta org.

    You can substitute `me` for the `id` to fetch the current user linked to an API token or session
    cookie.
     * The request returns the user linked to the API token that is specified in the Authorization
    header, not the user linked to the active session. Details of the admin user who granted the API
    token is returned.
     * When the end user has an active Okta session, it is typically a CORS request from the browser.
    Therefore, it's possible to retrieve the current user without the Authorization header.

    When fetching a user by `login` or `login shortname`, [URL
    encode](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding) the request parameter to
    ensure that special characters are escaped properly. Logins with a `/` character can only be fetched
    by `id` due to URL issues with escaping the `/` character. If you don't know a user's ID, you can
    use the [List all
    users](https://developer.okta.com/docs/api/openapi/okta-management/management/user/listusers)
    endpoint to find it.

    > **Note:** Some browsers block third-party cookies by default, which disrupts Okta functionality in
    certain flows. See [Mitigate the impact of third-party cookie
    deprecation](https://help.okta.com/okta_help.htm?type=oie&id=ext-third-party-cookies).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        expand (str | Unset): An optional parameter to include metadata in the `_embedded`
            attribute. Valid values: `blocks` or <x-lifecycle class="ea"></x-lifecycle>
            `classification`.

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
        Response[UserGetSingleton | Error | None]
    """

    kwargs = _get_kwargs(
        id=id,
        expand=expand,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    id: str,
    *,
    client: RaisingClient,
    expand: str | Unset = UNSET,
) -> UserGetSingleton | None: ...


@overload
async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> UserGetSingleton | Error | None: ...


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> UserGetSingleton | Error | None:
    """Retrieve a user

     Retrieves a user from your Okta org.

    You can substitute `me` for the `id` to fetch the current user linked to an API token or session
    cookie.
     * The request returns the user linked to the API token that is specified in the Authorization
    header, not the user linked to the active session. Details of the admin user who granted the API
    token is returned.
     * When the end user has an active Okta session, it is typically a CORS request from the browser.
    Therefore, it's possible to retrieve the current user without the Authorization header.

    When fetching a user by `login` or `login shortname`, [URL
    encode](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding) the request parameter to
    ensure that special characters are escaped properly. Logins with a `/` character can only be fetched
    by `id` due to URL issues with escaping the `/` character. If you don't know a user's ID, you can
    use the [List all
    users](https://developer.okta.com/docs/api/openapi/okta-management/management/user/listusers)
    endpoint to find it.

    > **Note:** Some browsers block third-party cookies by default, which disrupts Okta functionality in
    certain flows. See [Mitigate the impact of third-party cookie
    deprecation](https://help.okta.com/okta_help.htm?type=oie&id=ext-third-party-cookies).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        expand (str | Unset): An optional parameter to include metadata in the `_embedded`
            attribute. Valid values: `blocks` or <x-lifecycle class="ea"></x-lifecycle>
            `classification`.

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
        UserGetSingleton | Error | None
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            expand=expand,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
