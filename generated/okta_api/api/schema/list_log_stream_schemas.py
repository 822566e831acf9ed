"""`listLogStreamSchemas`: GET /api/v1/meta/schemas/logStream"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.log_stream_schema import LogStreamSchema

OPERATION = Operation(
    operation_id="listLogStreamSchemas",
    method="GET",
    path="/api/v1/meta/schemas/logStream",
    tag="Schema",
    scopes=("okta.logStreams.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
    admin_roles=("SUPER_ADMIN",),
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/meta/schemas/logStream",
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[LogStreamSchema] | Error | None:
    from ...models.error import Error
    from ...models.log_stream_schema import LogStreamSchema

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
            _convert.checked(client, _convert.parse_response_list(client, LogStreamSchema, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[LogStreamSchema] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[LogStreamSchema] | Error | None]:
    """List the log stream schemas

     Lists the schema for all log stream types visible for this org

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.
    Admin roles: SUPER_ADMIN.

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
        Response[list[LogStreamSchema] | Error | None]
    """

    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
) -> list[LogStreamSchema] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[LogStreamSchema] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> list[LogStreamSchema] | Error | None:
    """List the log stream schemas

     Lists the schema for all log stream types visible for this org

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.
    Admin roles: SUPER_ADMIN.

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
        list[LogStreamSchema] | Error | None
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[LogStreamSchema] | Error | None]:
    """List the log stream schemas

     Lists the schema for all log stream types visible for this org

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.
    Admin roles: SUPER_ADMIN.

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
        Response[list[LogStreamSchema] | Error | None]
    """

    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
) -> list[LogStreamSchema] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[LogStreamSchema] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> list[LogStreamSchema] | Error | None:
    """List the log stream schemas

     Lists the schema for all log stream types visible for this org

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.
    Admin roles: SUPER_ADMIN.

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
        list[LogStreamSchema] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[LogStreamSchema]:
    """One 2xx response of `listLogStreamSchemas` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
