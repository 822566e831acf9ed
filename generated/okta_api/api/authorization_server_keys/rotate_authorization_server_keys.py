"""`rotateAuthorizationServerKeys`: POST /api/v1/authorizationServers/{authServerId}/credentials/lifecycle/keyRotate"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.authorization_server_json_web_key import AuthorizationServerJsonWebKey
    from ...models.error import Error
    from ...models.jwk_use import JwkUse

OPERATION = Operation(
    operation_id="rotateAuthorizationServerKeys",
    method="POST",
    path="/api/v1/authorizationServers/{authServerId}/credentials/lifecycle/keyRotate",
    tag="AuthorizationServerKeys",
    scopes=("okta.authorizationServers.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    auth_server_id: str,
    *,
    body: JwkUse,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "authServerId": auth_server_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[AuthorizationServerJsonWebKey] | Error | None:
    from ...models.authorization_server_json_web_key import AuthorizationServerJsonWebKey
    from ...models.error import Error

    if response.status_code == 400:
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
            _convert.checked(
                client, _convert.parse_response_list(client, AuthorizationServerJsonWebKey, response.json())
            )
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[AuthorizationServerJsonWebKey] | Error | None]:
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
    body: JwkUse,
) -> Response[list[AuthorizationServerJsonWebKey] | Error | None]:
    """Rotate all credential keys

     Rotates the current Keys for a Custom Authorization Server. If you rotate Keys,
    the `ACTIVE` Key becomes the `EXPIRED` Key, the `NEXT` Key becomes the `ACTIVE` Key,
    and the Custom Authorization Server immediately begins using the new active
    Key to sign tokens.

    > **Note:** Okta rotates your Keys automatically in `AUTO` mode. You can rotate Keys
    yourself in either mode. If Keys are rotated manually, you should invalidate any intermediate cache.
    and fetch the Keys again using the Keys endpoint.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.authorizationServers.manage.

    Args:
        auth_server_id (str): `id` of the Authorization Server
        body (JwkUse):

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
        Response[list[AuthorizationServerJsonWebKey] | Error | None]
    """

    kwargs = _get_kwargs(
        auth_server_id=auth_server_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    auth_server_id: str,
    *,
    client: RaisingClient,
    body: JwkUse,
) -> list[AuthorizationServerJsonWebKey] | None: ...


@overload
def sync(
    auth_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JwkUse,
) -> list[AuthorizationServerJsonWebKey] | Error | None: ...


def sync(
    auth_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JwkUse,
) -> list[AuthorizationServerJsonWebKey] | Error | None:
    """Rotate all credential keys

     Rotates the current Keys for a Custom Authorization Server. If you rotate Keys,
    the `ACTIVE` Key becomes the `EXPIRED` Key, the `NEXT` Key becomes the `ACTIVE` Key,
    and the Custom Authorization Server immediately begins using the new active
    Key to sign tokens.

    > **Note:** Okta rotates your Keys automatically in `AUTO` mode. You can rotate Keys
    yourself in either mode. If Keys are rotated manually, you should invalidate any intermediate cache.
    and fetch the Keys again using the Keys endpoint.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.authorizationServers.manage.

    Args:
        auth_server_id (str): `id` of the Authorization Server
        body (JwkUse):

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
        list[AuthorizationServerJsonWebKey] | Error | None
    """

    return sync_detailed(
        auth_server_id=auth_server_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    auth_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JwkUse,
) -> Response[list[AuthorizationServerJsonWebKey] | Error | None]:
    """Rotate all credential keys

     Rotates the current Keys for a Custom Authorization Server. If you rotate Keys,
    the `ACTIVE` Key becomes the `EXPIRED` Key, the `NEXT` Key becomes the `ACTIVE` Key,
    and the Custom Authorization Server immediately begins using the new active
    Key to sign tokens.

    > **Note:** Okta rotates your Keys automatically in `AUTO` mode. You can rotate Keys
    yourself in either mode. If Keys are rotated manually, you should invalidate any intermediate cache.
    and fetch the Keys again using the Keys endpoint.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.authorizationServers.manage.

    Args:
        auth_server_id (str): `id` of the Authorization Server
        body (JwkUse):

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
        Response[list[AuthorizationServerJsonWebKey] | Error | None]
    """

    kwargs = _get_kwargs(
        auth_server_id=auth_server_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    auth_server_id: str,
    *,
    client: RaisingClient,
    body: JwkUse,
) -> list[AuthorizationServerJsonWebKey] | None: ...


@overload
async def asyncio(
    auth_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JwkUse,
) -> list[AuthorizationServerJsonWebKey] | Error | None: ...


async def asyncio(
    auth_server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: JwkUse,
) -> list[AuthorizationServerJsonWebKey] | Error | None:
    """Rotate all credential keys

     Rotates the current Keys for a Custom Authorization Server. If you rotate Keys,
    the `ACTIVE` Key becomes the `EXPIRED` Key, the `NEXT` Key becomes the `ACTIVE` Key,
    and the Custom Authorization Server immediately begins using the new active
    Key to sign tokens.

    > **Note:** Okta rotates your Keys automatically in `AUTO` mode. You can rotate Keys
    yourself in either mode. If Keys are rotated manually, you should invalidate any intermediate cache.
    and fetch the Keys again using the Keys endpoint.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.authorizationServers.manage.

    Args:
        auth_server_id (str): `id` of the Authorization Server
        body (JwkUse):

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
        list[AuthorizationServerJsonWebKey] | Error | None
    """

    return (
        await asyncio_detailed(
            auth_server_id=auth_server_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Page[AuthorizationServerJsonWebKey]:
    """One 2xx response of `rotateAuthorizationServerKeys` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
