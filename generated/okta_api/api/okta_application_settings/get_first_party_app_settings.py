"""`getFirstPartyAppSettings`: GET /api/v1/first-party-app-settings/{appName}"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.admin_console_settings import AdminConsoleSettings
    from ...models.error import Error

OPERATION = Operation(
    operation_id="getFirstPartyAppSettings",
    method="GET",
    path="/api/v1/first-party-app-settings/{appName}",
    tag="OktaApplicationSettings",
    scopes=("okta.apps.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    app_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "appName": app_name,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdminConsoleSettings | Error | None:
    from ...models.admin_console_settings import AdminConsoleSettings
    from ...models.error import Error

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
            _convert.checked(client, _convert.parse_body(client, AdminConsoleSettings, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AdminConsoleSettings | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AdminConsoleSettings | Error | None]:
    """Retrieve the Okta application settings

     Retrieves the settings for an Okta app (also known as an Okta first-party app)

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_name (str): The key name for the Okta app.<br> Supported apps: * Okta Admin Console
            (`admin-console`)

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
        Response[AdminConsoleSettings | Error | None]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    app_name: str,
    *,
    client: RaisingClient,
) -> AdminConsoleSettings | None: ...


@overload
def sync(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> AdminConsoleSettings | Error | None: ...


def sync(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> AdminConsoleSettings | Error | None:
    """Retrieve the Okta application settings

     Retrieves the settings for an Okta app (also known as an Okta first-party app)

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_name (str): The key name for the Okta app.<br> Supported apps: * Okta Admin Console
            (`admin-console`)

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
        AdminConsoleSettings | Error | None
    """

    return sync_detailed(
        app_name=app_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AdminConsoleSettings | Error | None]:
    """Retrieve the Okta application settings

     Retrieves the settings for an Okta app (also known as an Okta first-party app)

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_name (str): The key name for the Okta app.<br> Supported apps: * Okta Admin Console
            (`admin-console`)

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
        Response[AdminConsoleSettings | Error | None]
    """

    kwargs = _get_kwargs(
        app_name=app_name,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    app_name: str,
    *,
    client: RaisingClient,
) -> AdminConsoleSettings | None: ...


@overload
async def asyncio(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> AdminConsoleSettings | Error | None: ...


async def asyncio(
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> AdminConsoleSettings | Error | None:
    """Retrieve the Okta application settings

     Retrieves the settings for an Okta app (also known as an Okta first-party app)

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_name (str): The key name for the Okta app.<br> Supported apps: * Okta Admin Console
            (`admin-console`)

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
        AdminConsoleSettings | Error | None
    """

    return (
        await asyncio_detailed(
            app_name=app_name,
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
