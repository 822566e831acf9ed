"""`getSsfStreams`: GET /api/v1/ssf/stream"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.stream_configuration import StreamConfiguration

OPERATION = Operation(
    operation_id="getSsfStreams",
    method="GET",
    path="/api/v1/ssf/stream",
    tag="SSFTransmitter",
    scopes=("ssf.read",),
    auth=("oauth2",),
    lifecycle="LIMITED_GA",
)


def _get_kwargs(
    *,
    stream_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["stream_id"] = stream_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/ssf/stream",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[StreamConfiguration] | StreamConfiguration | Error | None:
    from ...models.error import Error
    from ...models.stream_configuration import StreamConfiguration

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
            _convert.checked(client, _convert.parse_union((StreamConfiguration,), response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[StreamConfiguration] | StreamConfiguration | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    stream_id: str | Unset = UNSET,
) -> Response[list[StreamConfiguration] | StreamConfiguration | Error | None]:
    """Retrieve the SSF stream configuration(s)

     Retrieves either a list of all known SSF stream configurations or the individual configuration if
    specified by ID.

    As stream configurations are tied to a client ID, you can only view the stream associated with the
    client ID of the request OAuth 2.0 access token.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: ssf.read.

    Args:
        stream_id (str | Unset): The ID of the specified SSF stream configuration

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
        Response[list[StreamConfiguration] | StreamConfiguration | Error | None]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    stream_id: str | Unset = UNSET,
) -> list[StreamConfiguration] | StreamConfiguration | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    stream_id: str | Unset = UNSET,
) -> list[StreamConfiguration] | StreamConfiguration | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    stream_id: str | Unset = UNSET,
) -> list[StreamConfiguration] | StreamConfiguration | Error | None:
    """Retrieve the SSF stream configuration(s)

     Retrieves either a list of all known SSF stream configurations or the individual configuration if
    specified by ID.

    As stream configurations are tied to a client ID, you can only view the stream associated with the
    client ID of the request OAuth 2.0 access token.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: ssf.read.

    Args:
        stream_id (str | Unset): The ID of the specified SSF stream configuration

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
        list[StreamConfiguration] | StreamConfiguration | Error | None
    """

    return sync_detailed(
        client=client,
        stream_id=stream_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    stream_id: str | Unset = UNSET,
) -> Response[list[StreamConfiguration] | StreamConfiguration | Error | None]:
    """Retrieve the SSF stream configuration(s)

     Retrieves either a list of all known SSF stream configurations or the individual configuration if
    specified by ID.

    As stream configurations are tied to a client ID, you can only view the stream associated with the
    client ID of the request OAuth 2.0 access token.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: ssf.read.

    Args:
        stream_id (str | Unset): The ID of the specified SSF stream configuration

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
        Response[list[StreamConfiguration] | StreamConfiguration | Error | None]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    stream_id: str | Unset = UNSET,
) -> list[StreamConfiguration] | StreamConfiguration | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    stream_id: str | Unset = UNSET,
) -> list[StreamConfiguration] | StreamConfiguration | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    stream_id: str | Unset = UNSET,
) -> list[StreamConfiguration] | StreamConfiguration | Error | None:
    """Retrieve the SSF stream configuration(s)

     Retrieves either a list of all known SSF stream configurations or the individual configuration if
    specified by ID.

    As stream configurations are tied to a client ID, you can only view the stream associated with the
    client ID of the request OAuth 2.0 access token.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: ssf.read.

    Args:
        stream_id (str | Unset): The ID of the specified SSF stream configuration

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
        list[StreamConfiguration] | StreamConfiguration | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            stream_id=stream_id,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
