"""`replaceLogStream`: PUT /api/v1/logStreams/{logStreamId}"""

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
    from ...models.log_stream import LogStream
    from ...models.log_stream_put_schema import LogStreamPutSchema

OPERATION = Operation(
    operation_id="replaceLogStream",
    method="PUT",
    path="/api/v1/logStreams/{logStreamId}",
    tag="LogStream",
    scopes=("okta.logStreams.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    log_stream_id: str,
    *,
    body: LogStreamPutSchema,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": _paths.build_path(
            OPERATION,
            {
                "logStreamId": log_stream_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LogStream | Error | None:
    from ...models.error import Error
    from ...models.log_stream import LogStream

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
            _convert.checked(client, _convert.parse_body(client, LogStream, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LogStream | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    log_stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LogStreamPutSchema,
) -> Response[LogStream | Error | None]:
    """Replace a log stream

     Replaces the log stream object properties for a given ID.

    This operation is typically used to update the configuration of a log stream.
    Depending on the type of log stream you want to update, certain properties can't be modified after
    the log stream is initially created.
    Use the [Retrieve the log stream schema for the schema
    type](https://developer.okta.com/docs/api/openapi/okta-management/management/schema/getlogstreamschema)
    request to determine which properties you can update for the specific log stream type.
    Log stream properties with the `"writeOnce" : true` attribute can't be updated after creation.
    You must still specify these `writeOnce` properties in the request body with the original values in
    the PUT request.

    > **Note:** You don't have to specify properties that have both the `"writeOnce": true` and the
    `"writeOnly": true` attributes in the PUT request body. These property values are ignored even if
    you add them in the PUT request body.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.manage.

    Args:
        log_stream_id (str): Unique identifier for the log stream
        body (LogStreamPutSchema):

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
        Response[LogStream | Error | None]
    """

    kwargs = _get_kwargs(
        log_stream_id=log_stream_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    log_stream_id: str,
    *,
    client: RaisingClient,
    body: LogStreamPutSchema,
) -> LogStream | None: ...


@overload
def sync(
    log_stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LogStreamPutSchema,
) -> LogStream | Error | None: ...


def sync(
    log_stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LogStreamPutSchema,
) -> LogStream | Error | None:
    """Replace a log stream

     Replaces the log stream object properties for a given ID.

    This operation is typically used to update the configuration of a log stream.
    Depending on the type of log stream you want to update, certain properties can't be modified after
    the log stream is initially created.
    Use the [Retrieve the log stream schema for the schema
    type](https://developer.okta.com/docs/api/openapi/okta-management/management/schema/getlogstreamschema)
    request to determine which properties you can update for the specific log stream type.
    Log stream properties with the `"writeOnce" : true` attribute can't be updated after creation.
    You must still specify these `writeOnce` properties in the request body with the original values in
    the PUT request.

    > **Note:** You don't have to specify properties that have both the `"writeOnce": true` and the
    `"writeOnly": true` attributes in the PUT request body. These property values are ignored even if
    you add them in the PUT request body.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.manage.

    Args:
        log_stream_id (str): Unique identifier for the log stream
        body (LogStreamPutSchema):

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
        LogStream | Error | None
    """

    return sync_detailed(
        log_stream_id=log_stream_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    log_stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LogStreamPutSchema,
) -> Response[LogStream | Error | None]:
    """Replace a log stream

     Replaces the log stream object properties for a given ID.

    This operation is typically used to update the configuration of a log stream.
    Depending on the type of log stream you want to update, certain properties can't be modified after
    the log stream is initially created.
    Use the [Retrieve the log stream schema for the schema
    type](https://developer.okta.com/docs/api/openapi/okta-management/management/schema/getlogstreamschema)
    request to determine which properties you can update for the specific log stream type.
    Log stream properties with the `"writeOnce" : true` attribute can't be updated after creation.
    You must still specify these `writeOnce` properties in the request body with the original values in
    the PUT request.

    > **Note:** You don't have to specify properties that have both the `"writeOnce": true` and the
    `"writeOnly": true` attributes in the PUT request body. These property values are ignored even if
    you add them in the PUT request body.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.manage.

    Args:
        log_stream_id (str): Unique identifier for the log stream
        body (LogStreamPutSchema):

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
        Response[LogStream | Error | None]
    """

    kwargs = _get_kwargs(
        log_stream_id=log_stream_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    log_stream_id: str,
    *,
    client: RaisingClient,
    body: LogStreamPutSchema,
) -> LogStream | None: ...


@overload
async def asyncio(
    log_stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LogStreamPutSchema,
) -> LogStream | Error | None: ...


async def asyncio(
    log_stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LogStreamPutSchema,
) -> LogStream | Error | None:
    """Replace a log stream

     Replaces the log stream object properties for a given ID.

    This operation is typically used to update the configuration of a log stream.
    Depending on the type of log stream you want to update, certain properties can't be modified after
    the log stream is initially created.
    Use the [Retrieve the log stream schema for the schema
    type](https://developer.okta.com/docs/api/openapi/okta-management/management/schema/getlogstreamschema)
    request to determine which properties you can update for the specific log stream type.
    Log stream properties with the `"writeOnce" : true` attribute can't be updated after creation.
    You must still specify these `writeOnce` properties in the request body with the original values in
    the PUT request.

    > **Note:** You don't have to specify properties that have both the `"writeOnce": true` and the
    `"writeOnly": true` attributes in the PUT request body. These property values are ignored even if
    you add them in the PUT request body.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.manage.

    Args:
        log_stream_id (str): Unique identifier for the log stream
        body (LogStreamPutSchema):

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
        LogStream | Error | None
    """

    return (
        await asyncio_detailed(
            log_stream_id=log_stream_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
