"""`replaceSecurityEventsProviderInstance`: PUT /api/v1/security-events-providers/{securityEventProviderId}"""

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
    from ...models.security_events_provider_request import SecurityEventsProviderRequest
    from ...models.security_events_provider_response import SecurityEventsProviderResponse

OPERATION = Operation(
    operation_id="replaceSecurityEventsProviderInstance",
    method="PUT",
    path="/api/v1/security-events-providers/{securityEventProviderId}",
    tag="SSFReceiver",
    scopes=("okta.securityEventsProviders.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="LIMITED_GA",
)


def _get_kwargs(
    security_event_provider_id: str,
    *,
    body: SecurityEventsProviderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": _paths.build_path(
            OPERATION,
            {
                "securityEventProviderId": security_event_provider_id,
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
) -> SecurityEventsProviderResponse | Error | None:
    from ...models.error import Error
    from ...models.security_events_provider_response import SecurityEventsProviderResponse

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
            _convert.checked(client, _convert.parse_body(client, SecurityEventsProviderResponse, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SecurityEventsProviderResponse | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    security_event_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecurityEventsProviderRequest,
) -> Response[SecurityEventsProviderResponse | Error | None]:
    """Replace a security events provider

     Replaces a security events provider instance specified by `id`

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.securityEventsProviders.manage.

    Args:
        security_event_provider_id (str): `id` of the security events provider instance
        body (SecurityEventsProviderRequest): The request schema for creating or updating a
            security events provider. The `settings` must match one of the schemas.

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
        Response[SecurityEventsProviderResponse | Error | None]
    """

    kwargs = _get_kwargs(
        security_event_provider_id=security_event_provider_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    security_event_provider_id: str,
    *,
    client: RaisingClient,
    body: SecurityEventsProviderRequest,
) -> SecurityEventsProviderResponse | None: ...


@overload
def sync(
    security_event_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecurityEventsProviderRequest,
) -> SecurityEventsProviderResponse | Error | None: ...


def sync(
    security_event_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecurityEventsProviderRequest,
) -> SecurityEventsProviderResponse | Error | None:
    """Replace a security events provider

     Replaces a security events provider instance specified by `id`

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.securityEventsProviders.manage.

    Args:
        security_event_provider_id (str): `id` of the security events provider instance
        body (SecurityEventsProviderRequest): The request schema for creating or updating a
            security events provider. The `settings` must match one of the schemas.

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
        SecurityEventsProviderResponse | Error | None
    """

    return sync_detailed(
        security_event_provider_id=security_event_provider_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    security_event_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecurityEventsProviderRequest,
) -> Response[SecurityEventsProviderResponse | Error | None]:
    """Replace a security events provider

     Replaces a security events provider instance specified by `id`

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.securityEventsProviders.manage.

    Args:
        security_event_provider_id (str): `id` of the security events provider instance
        body (SecurityEventsProviderRequest): The request schema for creating or updating a
            security events provider. The `settings` must match one of the schemas.

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
        Response[SecurityEventsProviderResponse | Error | None]
    """

    kwargs = _get_kwargs(
        security_event_provider_id=security_event_provider_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    security_event_provider_id: str,
    *,
    client: RaisingClient,
    body: SecurityEventsProviderRequest,
) -> SecurityEventsProviderResponse | None: ...


@overload
async def asyncio(
    security_event_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecurityEventsProviderRequest,
) -> SecurityEventsProviderResponse | Error | None: ...


async def asyncio(
    security_event_provider_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SecurityEventsProviderRequest,
) -> SecurityEventsProviderResponse | Error | None:
    """Replace a security events provider

     Replaces a security events provider instance specified by `id`

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.securityEventsProviders.manage.

    Args:
        security_event_provider_id (str): `id` of the security events provider instance
        body (SecurityEventsProviderRequest): The request schema for creating or updating a
            security events provider. The `settings` must match one of the schemas.

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
        SecurityEventsProviderResponse | Error | None
    """

    return (
        await asyncio_detailed(
            security_event_provider_id=security_event_provider_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
