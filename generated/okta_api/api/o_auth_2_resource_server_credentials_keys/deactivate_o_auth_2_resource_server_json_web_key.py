"""`deactivateOAuth2ResourceServerJsonWebKey`: POST /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}/lifecycle/deactivate"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.o_auth_2_resource_server_json_web_key import OAuth2ResourceServerJsonWebKey

OPERATION = Operation(
    operation_id="deactivateOAuth2ResourceServerJsonWebKey",
    method="POST",
    path="/api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}/lifecycle/deactivate",
    tag="OAuth2ResourceServerCredentialsKeys",
    scopes=("okta.authorizationServers.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    auth_server_id: str,
    key_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "authServerId": auth_server_id,
                "keyId": key_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuth2ResourceServerJsonWebKey | Error | None:
    from ...models.error import Error
    from ...models.o_auth_2_resource_server_json_web_key import OAuth2ResourceServerJsonWebKey

    if response.status_code == 400:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 401:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
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
            _convert.checked(client, _convert.parse_body(client, OAuth2ResourceServerJsonWebKey, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OAuth2ResourceServerJsonWebKey | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    auth_server_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OAuth2ResourceServerJsonWebKey | Error | None]:
    """Deactivate a Custom Authorization Server Public JSON Web Key

     Deactivates a custom authorization server public JSON web key by key `id`.
    > **Note:** Deactivating the active key isn't allowed if the authorization server has access token
    encryption enabled. You can activate another key, which makes the current key inactive.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.authorizationServers.manage.

    Args:
        auth_server_id (str): `id` of the Authorization Server
        key_id (str): Unique `id` of the Custom Authorization Server JSON Web Key

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
        Response[OAuth2ResourceServerJsonWebKey | Error | None]
    """

    kwargs = _get_kwargs(
        auth_server_id=auth_server_id,
        key_id=key_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    auth_server_id: str,
    key_id: str,
    *,
    client: RaisingClient,
) -> OAuth2ResourceServerJsonWebKey | None: ...


@overload
def sync(
    auth_server_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OAuth2ResourceServerJsonWebKey | Error | None: ...


def sync(
    auth_server_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OAuth2ResourceServerJsonWebKey | Error | None:
    """Deactivate a Custom Authorization Server Public JSON Web Key

     Deactivates a custom authorization server public JSON web key by key `id`.
    > **Note:** Deactivating the active key isn't allowed if the authorization server has access token
    encryption enabled. You can activate another key, which makes the current key inactive.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.authorizationServers.manage.

    Args:
        auth_server_id (str): `id` of the Authorization Server
        key_id (str): Unique `id` of the Custom Authorization Server JSON Web Key

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
        OAuth2ResourceServerJsonWebKey | Error | None
    """

    return sync_detailed(
        auth_server_id=auth_server_id,
        key_id=key_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    auth_server_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OAuth2ResourceServerJsonWebKey | Error | None]:
    """Deactivate a Custom Authorization Server Public JSON Web Key

     Deactivates a custom authorization server public JSON web key by key `id`.
    > **Note:** Deactivating the active key isn't allowed if the authorization server has access token
    encryption enabled. You can activate another key, which makes the current key inactive.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.authorizationServers.manage.

    Args:
        auth_server_id (str): `id` of the Authorization Server
        key_id (str): Unique `id` of the Custom Authorization Server JSON Web Key

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
        Response[OAuth2ResourceServerJsonWebKey | Error | None]
    """

    kwargs = _get_kwargs(
        auth_server_id=auth_server_id,
        key_id=key_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    auth_server_id: str,
    key_id: str,
    *,
    client: RaisingClient,
) -> OAuth2ResourceServerJsonWebKey | None: ...


@overload
async def asyncio(
    auth_server_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OAuth2ResourceServerJsonWebKey | Error | None: ...


async def asyncio(
    auth_server_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OAuth2ResourceServerJsonWebKey | Error | None:
    """Deactivate a Custom Authorization Server Public JSON Web Key

     Deactivates a custom authorization server public JSON web key by key `id`.
    > **Note:** Deactivating the active key isn't allowed if the authorization server has access token
    encryption enabled. You can activate another key, which makes the current key inactive.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.authorizationServers.manage.

    Args:
        auth_server_id (str): `id` of the Authorization Server
        key_id (str): Unique `id` of the Custom Authorization Server JSON Web Key

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
        OAuth2ResourceServerJsonWebKey | Error | None
    """

    return (
        await asyncio_detailed(
            auth_server_id=auth_server_id,
            key_id=key_id,
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
