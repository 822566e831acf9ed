"""`generateApplicationKey`: POST /api/v1/apps/{appId}/credentials/keys/generate"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.json_web_key import JsonWebKey

OPERATION = Operation(
    operation_id="generateApplicationKey",
    method="POST",
    path="/api/v1/apps/{appId}/credentials/keys/generate",
    tag="ApplicationSSOCredentialKey",
    scopes=("okta.apps.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    app_id: str,
    *,
    validity_years: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["validityYears"] = validity_years

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JsonWebKey | Error | None:
    from ...models.error import Error
    from ...models.json_web_key import JsonWebKey

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
            _convert.checked(client, _convert.parse_body(client, JsonWebKey, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JsonWebKey | Error | None]:
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
    validity_years: int,
) -> Response[JsonWebKey | Error | None]:
    """Generate a key credential

     Generates a new X.509 certificate for an app key credential
    > **Note:** To update an app with the newly generated key credential, use the [Replace an
    Application](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication)
    request with the new
    [credentials.signing.kid](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication#application/replaceapplication/t=request&path=&d=0/credentials/signing/kid)
    value in the request body. You can provide just the [signing credential
    object](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication#application/replaceapplication/t=request&path=&d=0/credentials/signing)
    instead of the entire [application credential
    object](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication#application/replaceapplication/t=response&c=200&path=&d=0/credentials).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str): Application ID
        validity_years (int): Expiry years of the application key credential

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
        Response[JsonWebKey | Error | None]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        validity_years=validity_years,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    app_id: str,
    *,
    client: RaisingClient,
    validity_years: int,
) -> JsonWebKey | None: ...


@overload
def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    validity_years: int,
) -> JsonWebKey | Error | None: ...


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    validity_years: int,
) -> JsonWebKey | Error | None:
    """Generate a key credential

     Generates a new X.509 certificate for an app key credential
    > **Note:** To update an app with the newly generated key credential, use the [Replace an
    Application](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication)
    request with the new
    [credentials.signing.kid](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication#application/replaceapplication/t=request&path=&d=0/credentials/signing/kid)
    value in the request body. You can provide just the [signing credential
    object](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication#application/replaceapplication/t=request&path=&d=0/credentials/signing)
    instead of the entire [application credential
    object](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication#application/replaceapplication/t=response&c=200&path=&d=0/credentials).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str): Application ID
        validity_years (int): Expiry years of the application key credential

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
        JsonWebKey | Error | None
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        validity_years=validity_years,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    validity_years: int,
) -> Response[JsonWebKey | Error | None]:
    """Generate a key credential

     Generates a new X.509 certificate for an app key credential
    > **Note:** To update an app with the newly generated key credential, use the [Replace an
    Application](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication)
    request with the new
    [credentials.signing.kid](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication#application/replaceapplication/t=request&path=&d=0/credentials/signing/kid)
    value in the request body. You can provide just the [signing credential
    object](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication#application/replaceapplication/t=request&path=&d=0/credentials/signing)
    instead of the entire [application credential
    object](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication#application/replaceapplication/t=response&c=200&path=&d=0/credentials).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str): Application ID
        validity_years (int): Expiry years of the application key credential

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
        Response[JsonWebKey | Error | None]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        validity_years=validity_years,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    app_id: str,
    *,
    client: RaisingClient,
    validity_years: int,
) -> JsonWebKey | None: ...


@overload
async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    validity_years: int,
) -> JsonWebKey | Error | None: ...


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    validity_years: int,
) -> JsonWebKey | Error | None:
    """Generate a key credential

     Generates a new X.509 certificate for an app key credential
    > **Note:** To update an app with the newly generated key credential, use the [Replace an
    Application](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication)
    request with the new
    [credentials.signing.kid](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication#application/replaceapplication/t=request&path=&d=0/credentials/signing/kid)
    value in the request body. You can provide just the [signing credential
    object](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication#application/replaceapplication/t=request&path=&d=0/credentials/signing)
    instead of the entire [application credential
    object](https://developer.okta.com/docs/api/openapi/okta-management/management/application/replaceapplication#application/replaceapplication/t=response&c=200&path=&d=0/credentials).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str): Application ID
        validity_years (int): Expiry years of the application key credential

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
        JsonWebKey | Error | None
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            validity_years=validity_years,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
