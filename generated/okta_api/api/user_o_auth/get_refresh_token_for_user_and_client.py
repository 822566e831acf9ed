"""`getRefreshTokenForUserAndClient`: GET /api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}"""

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
    operation_id="getRefreshTokenForUserAndClient",
    method="GET",
    path="/api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}",
    tag="UserOAuth",
    scopes=("okta.users.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    user_id: str,
    client_id: str,
    token_id: str,
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
                "userId": user_id,
                "clientId": client_id,
                "tokenId": token_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuth2RefreshToken | Error | None:
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
            _convert.checked(client, _convert.parse_body(client, OAuth2RefreshToken, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuth2RefreshToken | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    client_id: str,
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> Response[OAuth2RefreshToken | Error | None]:
    """Retrieve a refresh token for a client

     Retrieves a refresh token issued for the specified user and client

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id (str): ID of an existing Okta user
        client_id (str): `client_id` of the app
        token_id (str): `id` of Token
        expand (str | Unset): Valid value: `scope`. If specified, scope details are included in
            the `_embedded` attribute.

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
        Response[OAuth2RefreshToken | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        client_id=client_id,
        token_id=token_id,
        expand=expand,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    user_id: str,
    client_id: str,
    token_id: str,
    *,
    client: RaisingClient,
    expand: str | Unset = UNSET,
) -> OAuth2RefreshToken | None: ...


@overload
def sync(
    user_id: str,
    client_id: str,
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> OAuth2RefreshToken | Error | None: ...


def sync(
    user_id: str,
    client_id: str,
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> OAuth2RefreshToken | Error | None:
    """Retrieve a refresh token for a client

     Retrieves a refresh token issued for the specified user and client

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id (str): ID of an existing Okta user
        client_id (str): `client_id` of the app
        token_id (str): `id` of Token
        expand (str | Unset): Valid value: `scope`. If specified, scope details are included in
            the `_embedded` attribute.

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
        OAuth2RefreshToken | Error | None
    """

    return sync_detailed(
        user_id=user_id,
        client_id=client_id,
        token_id=token_id,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    client_id: str,
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> Response[OAuth2RefreshToken | Error | None]:
    """Retrieve a refresh token for a client

     Retrieves a refresh token issued for the specified user and client

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id (str): ID of an existing Okta user
        client_id (str): `client_id` of the app
        token_id (str): `id` of Token
        expand (str | Unset): Valid value: `scope`. If specified, scope details are included in
            the `_embedded` attribute.

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
        Response[OAuth2RefreshToken | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        client_id=client_id,
        token_id=token_id,
        expand=expand,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    user_id: str,
    client_id: str,
    token_id: str,
    *,
    client: RaisingClient,
    expand: str | Unset = UNSET,
) -> OAuth2RefreshToken | None: ...


@overload
async def asyncio(
    user_id: str,
    client_id: str,
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> OAuth2RefreshToken | Error | None: ...


async def asyncio(
    user_id: str,
    client_id: str,
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
) -> OAuth2RefreshToken | Error | None:
    """Retrieve a refresh token for a client

     Retrieves a refresh token issued for the specified user and client

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id (str): ID of an existing Okta user
        client_id (str): `client_id` of the app
        token_id (str): `id` of Token
        expand (str | Unset): Valid value: `scope`. If specified, scope details are included in
            the `_embedded` attribute.

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
        OAuth2RefreshToken | Error | None
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client_id=client_id,
            token_id=token_id,
            client=client,
            expand=expand,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
