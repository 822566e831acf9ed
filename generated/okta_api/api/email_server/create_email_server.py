"""`createEmailServer`: POST /api/v1/email-servers"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.base_email_server import BaseEmailServer
    from ...models.base_email_server_create import BaseEmailServerCreate
    from ...models.error import Error

OPERATION = Operation(
    operation_id="createEmailServer",
    method="POST",
    path="/api/v1/email-servers",
    tag="EmailServer",
    scopes=("okta.emailServers.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    body: BaseEmailServerCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/api/v1/email-servers",
        "extensions": {"okta_operation": OPERATION},
    }
    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BaseEmailServer | Error | None:
    from ...models.base_email_server import BaseEmailServer
    from ...models.error import Error

    if response.status_code == 400:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
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
            _convert.checked(client, _convert.parse_body(client, BaseEmailServer, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BaseEmailServer | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BaseEmailServerCreate | Unset = UNSET,
) -> Response[BaseEmailServer | Error | None]:
    """Create a custom SMTP server

     Creates a custom email SMTP server configuration for your org.

    For more information about configuring the OAuth 2.0 authentication methods, see [Custom email
    providers with OAuth 2.0](https://developer.okta.com/docs/guides/custom-smtp/main/).

    Lifecycle: GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.emailServers.manage.

    Args:
        body (BaseEmailServerCreate | Unset):

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
        Response[BaseEmailServer | Error | None]
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
    body: BaseEmailServerCreate | Unset = UNSET,
) -> BaseEmailServer | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BaseEmailServerCreate | Unset = UNSET,
) -> BaseEmailServer | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BaseEmailServerCreate | Unset = UNSET,
) -> BaseEmailServer | Error | None:
    """Create a custom SMTP server

     Creates a custom email SMTP server configuration for your org.

    For more information about configuring the OAuth 2.0 authentication methods, see [Custom email
    providers with OAuth 2.0](https://developer.okta.com/docs/guides/custom-smtp/main/).

    Lifecycle: GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.emailServers.manage.

    Args:
        body (BaseEmailServerCreate | Unset):

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
        BaseEmailServer | Error | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BaseEmailServerCreate | Unset = UNSET,
) -> Response[BaseEmailServer | Error | None]:
    """Create a custom SMTP server

     Creates a custom email SMTP server configuration for your org.

    For more information about configuring the OAuth 2.0 authentication methods, see [Custom email
    providers with OAuth 2.0](https://developer.okta.com/docs/guides/custom-smtp/main/).

    Lifecycle: GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.emailServers.manage.

    Args:
        body (BaseEmailServerCreate | Unset):

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
        Response[BaseEmailServer | Error | None]
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
    body: BaseEmailServerCreate | Unset = UNSET,
) -> BaseEmailServer | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BaseEmailServerCreate | Unset = UNSET,
) -> BaseEmailServer | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BaseEmailServerCreate | Unset = UNSET,
) -> BaseEmailServer | Error | None:
    """Create a custom SMTP server

     Creates a custom email SMTP server configuration for your org.

    For more information about configuring the OAuth 2.0 authentication methods, see [Custom email
    providers with OAuth 2.0](https://developer.okta.com/docs/guides/custom-smtp/main/).

    Lifecycle: GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.emailServers.manage.

    Args:
        body (BaseEmailServerCreate | Unset):

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
        BaseEmailServer | Error | None
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
