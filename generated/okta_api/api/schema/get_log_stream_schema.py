"""`getLogStreamSchema`: GET /api/v1/meta/schemas/logStream/{logStreamType}"""

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
    from ...models.log_stream_schema import LogStreamSchema

OPERATION = Operation(
    operation_id="getLogStreamSchema",
    method="GET",
    path="/api/v1/meta/schemas/logStream/{logStreamType}",
    tag="Schema",
    scopes=("okta.logStreams.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
    admin_roles=("SUPER_ADMIN",),
)


def _get_kwargs(
    log_stream_type: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "logStreamType": log_stream_type,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LogStreamSchema | Error | None:
    from ...models.error import Error
    from ...models.log_stream_schema import LogStreamSchema

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
            _convert.checked(client, _convert.parse_body(client, LogStreamSchema, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LogStreamSchema | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    log_stream_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LogStreamSchema | Error | None]:
    """Retrieve the log stream schema for the schema type

     Retrieves the schema for a log stream type. The `logStreamType` element in the URL specifies the log
    stream type, which is either `aws_eventbridge` or `splunk_cloud_logstreaming`. Use the
    `aws_eventbridge` literal to retrieve the AWS EventBridge type schema, and use the
    `splunk_cloud_logstreaming` literal retrieve the Splunk Cloud type schema.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.
    Admin roles: SUPER_ADMIN.

    Args:
        log_stream_type (str): Specifies the streaming provider used Supported providers: *
            `aws_eventbridge` ([AWS EventBridge](https://aws.amazon.com/eventbridge)) *
            `splunk_cloud_logstreaming` ([Splunk
            Cloud](https://www.splunk.com/en_us/software/splunk-cloud-platform.html)) Select the
            provider type to see provider-specific configurations in the `settings` property:

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
        Response[LogStreamSchema | Error | None]
    """

    kwargs = _get_kwargs(
        log_stream_type=log_stream_type,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    log_stream_type: str,
    *,
    client: RaisingClient,
) -> LogStreamSchema | None: ...


@overload
def sync(
    log_stream_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> LogStreamSchema | Error | None: ...


def sync(
    log_stream_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> LogStreamSchema | Error | None:
    """Retrieve the log stream schema for the schema type

     Retrieves the schema for a log stream type. The `logStreamType` element in the URL specifies the log
    stream type, which is either `aws_eventbridge` or `splunk_cloud_logstreaming`. Use the
    `aws_eventbridge` literal to retrieve the AWS EventBridge type schema, and use the
    `splunk_cloud_logstreaming` literal retrieve the Splunk Cloud type schema.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.
    Admin roles: SUPER_ADMIN.

    Args:
        log_stream_type (str): Specifies the streaming provider used Supported providers: *
            `aws_eventbridge` ([AWS EventBridge](https://aws.amazon.com/eventbridge)) *
            `splunk_cloud_logstreaming` ([Splunk
            Cloud](https://www.splunk.com/en_us/software/splunk-cloud-platform.html)) Select the
            provider type to see provider-specific configurations in the `settings` property:

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
        LogStreamSchema | Error | None
    """

    return sync_detailed(
        log_stream_type=log_stream_type,
        client=client,
    ).parsed


async def asyncio_detailed(
    log_stream_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LogStreamSchema | Error | None]:
    """Retrieve the log stream schema for the schema type

     Retrieves the schema for a log stream type. The `logStreamType` element in the URL specifies the log
    stream type, which is either `aws_eventbridge` or `splunk_cloud_logstreaming`. Use the
    `aws_eventbridge` literal to retrieve the AWS EventBridge type schema, and use the
    `splunk_cloud_logstreaming` literal retrieve the Splunk Cloud type schema.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.
    Admin roles: SUPER_ADMIN.

    Args:
        log_stream_type (str): Specifies the streaming provider used Supported providers: *
            `aws_eventbridge` ([AWS EventBridge](https://aws.amazon.com/eventbridge)) *
            `splunk_cloud_logstreaming` ([Splunk
            Cloud](https://www.splunk.com/en_us/software/splunk-cloud-platform.html)) Select the
            provider type to see provider-specific configurations in the `settings` property:

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
        Response[LogStreamSchema | Error | None]
    """

    kwargs = _get_kwargs(
        log_stream_type=log_stream_type,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    log_stream_type: str,
    *,
    client: RaisingClient,
) -> LogStreamSchema | None: ...


@overload
async def asyncio(
    log_stream_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> LogStreamSchema | Error | None: ...


async def asyncio(
    log_stream_type: str,
    *,
    client: AuthenticatedClient | Client,
) -> LogStreamSchema | Error | None:
    """Retrieve the log stream schema for the schema type

     Retrieves the schema for a log stream type. The `logStreamType` element in the URL specifies the log
    stream type, which is either `aws_eventbridge` or `splunk_cloud_logstreaming`. Use the
    `aws_eventbridge` literal to retrieve the AWS EventBridge type schema, and use the
    `splunk_cloud_logstreaming` literal retrieve the Splunk Cloud type schema.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.logStreams.read.
    Admin roles: SUPER_ADMIN.

    Args:
        log_stream_type (str): Specifies the streaming provider used Supported providers: *
            `aws_eventbridge` ([AWS EventBridge](https://aws.amazon.com/eventbridge)) *
            `splunk_cloud_logstreaming` ([Splunk
            Cloud](https://www.splunk.com/en_us/software/splunk-cloud-platform.html)) Select the
            provider type to see provider-specific configurations in the `settings` property:

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
        LogStreamSchema | Error | None
    """

    return (
        await asyncio_detailed(
            log_stream_type=log_stream_type,
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
