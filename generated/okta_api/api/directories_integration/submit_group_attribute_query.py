"""`submitGroupAttributeQuery`: POST /api/v1/directories/{appInstanceId}/groups/{groupId}/query"""

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
    from ...models.group_query_request import GroupQueryRequest
    from ...models.group_query_response import GroupQueryResponse

OPERATION = Operation(
    operation_id="submitGroupAttributeQuery",
    method="POST",
    path="/api/v1/directories/{appInstanceId}/groups/{groupId}/query",
    tag="DirectoriesIntegration",
    scopes=("okta.directories.groups.read",),
    auth=("oauth2",),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    app_instance_id: str,
    group_id: str,
    *,
    body: GroupQueryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "appInstanceId": app_instance_id,
                "groupId": group_id,
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
) -> GroupQueryResponse | Error | None:
    from ...models.error import Error
    from ...models.group_query_response import GroupQueryResponse

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
    if response.status_code == 502:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 504:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, GroupQueryResponse, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GroupQueryResponse | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_instance_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupQueryRequest,
) -> Response[GroupQueryResponse | Error | None]:
    """Submit a query for AD Group

     Submits a query search on the on-premises agent to asynchronously fetch specific Active Directory
    (AD) attributes for a group.
    Returns a `resultId` that is used to poll for the results.

    Lifecycle: GA.
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.directories.groups.read.

    Args:
        app_instance_id (str): ID of the AD instance in Okta
        group_id (str): ID of the Okta group
        body (GroupQueryRequest):

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
        Response[GroupQueryResponse | Error | None]
    """

    kwargs = _get_kwargs(
        app_instance_id=app_instance_id,
        group_id=group_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    app_instance_id: str,
    group_id: str,
    *,
    client: RaisingClient,
    body: GroupQueryRequest,
) -> GroupQueryResponse | None: ...


@overload
def sync(
    app_instance_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupQueryRequest,
) -> GroupQueryResponse | Error | None: ...


def sync(
    app_instance_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupQueryRequest,
) -> GroupQueryResponse | Error | None:
    """Submit a query for AD Group

     Submits a query search on the on-premises agent to asynchronously fetch specific Active Directory
    (AD) attributes for a group.
    Returns a `resultId` that is used to poll for the results.

    Lifecycle: GA.
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.directories.groups.read.

    Args:
        app_instance_id (str): ID of the AD instance in Okta
        group_id (str): ID of the Okta group
        body (GroupQueryRequest):

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
        GroupQueryResponse | Error | None
    """

    return sync_detailed(
        app_instance_id=app_instance_id,
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_instance_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupQueryRequest,
) -> Response[GroupQueryResponse | Error | None]:
    """Submit a query for AD Group

     Submits a query search on the on-premises agent to asynchronously fetch specific Active Directory
    (AD) attributes for a group.
    Returns a `resultId` that is used to poll for the results.

    Lifecycle: GA.
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.directories.groups.read.

    Args:
        app_instance_id (str): ID of the AD instance in Okta
        group_id (str): ID of the Okta group
        body (GroupQueryRequest):

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
        Response[GroupQueryResponse | Error | None]
    """

    kwargs = _get_kwargs(
        app_instance_id=app_instance_id,
        group_id=group_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    app_instance_id: str,
    group_id: str,
    *,
    client: RaisingClient,
    body: GroupQueryRequest,
) -> GroupQueryResponse | None: ...


@overload
async def asyncio(
    app_instance_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupQueryRequest,
) -> GroupQueryResponse | Error | None: ...


async def asyncio(
    app_instance_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GroupQueryRequest,
) -> GroupQueryResponse | Error | None:
    """Submit a query for AD Group

     Submits a query search on the on-premises agent to asynchronously fetch specific Active Directory
    (AD) attributes for a group.
    Returns a `resultId` that is used to poll for the results.

    Lifecycle: GA.
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.directories.groups.read.

    Args:
        app_instance_id (str): ID of the AD instance in Okta
        group_id (str): ID of the Okta group
        body (GroupQueryRequest):

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
        GroupQueryResponse | Error | None
    """

    return (
        await asyncio_detailed(
            app_instance_id=app_instance_id,
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
