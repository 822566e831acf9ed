"""`publishSecurityEventTokens`: POST /security/api/v1/security-events"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.security_event_token_error import SecurityEventTokenError

OPERATION = Operation(
    operation_id="publishSecurityEventTokens",
    method="POST",
    path="/security/api/v1/security-events",
    tag="SSFSecurityEventToken",
    scopes=(),
    auth=("none",),
    content_types=("application/secevent+jwt",),
    lifecycle="LIMITED_GA",
)


def _get_kwargs(
    *,
    body: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/security/api/v1/security-events",
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["content"] = body.encode("ascii")
    headers["Content-Type"] = "application/secevent+jwt"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SecurityEventTokenError | None:
    from ...models.security_event_token_error import SecurityEventTokenError

    if response.status_code == 400:
        return (
            _convert.checked(client, _convert.parse_body(client, SecurityEventTokenError, response.json()))
            if response.content
            else None
        )
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SecurityEventTokenError | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> Response[SecurityEventTokenError | None]:
    """Publish a security event token

     Publishes a security event token (SET) sent by a security events provider. After the token is
    verified, Okta ingests the event and performs any appropriate action.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: none needed.

    Args:
        body (str):

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
        Response[SecurityEventTokenError | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    body: str,
) -> None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> SecurityEventTokenError | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> SecurityEventTokenError | None:
    """Publish a security event token

     Publishes a security event token (SET) sent by a security events provider. After the token is
    verified, Okta ingests the event and performs any appropriate action.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: none needed.

    Args:
        body (str):

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
        SecurityEventTokenError | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> Response[SecurityEventTokenError | None]:
    """Publish a security event token

     Publishes a security event token (SET) sent by a security events provider. After the token is
    verified, Okta ingests the event and performs any appropriate action.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: none needed.

    Args:
        body (str):

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
        Response[SecurityEventTokenError | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    body: str,
) -> None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> SecurityEventTokenError | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: str,
) -> SecurityEventTokenError | None:
    """Publish a security event token

     Publishes a security event token (SET) sent by a security events provider. After the token is
    verified, Okta ingests the event and performs any appropriate action.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: none needed.

    Args:
        body (str):

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
        SecurityEventTokenError | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
