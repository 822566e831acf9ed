"""`getAllCrossAppAccessConnections`: GET /api/v1/apps/{appId}/cwo/connections"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.get_all_cross_app_access_connections_status import GetAllCrossAppAccessConnectionsStatus
    from ...models.org_cross_app_access_connection import OrgCrossAppAccessConnection

OPERATION = Operation(
    operation_id="getAllCrossAppAccessConnections",
    method="GET",
    path="/api/v1/apps/{appId}/cwo/connections",
    tag="ApplicationCrossAppAccessConnections",
    scopes=("okta.apps.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="EA",
)


def _get_kwargs(
    app_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetAllCrossAppAccessConnectionsStatus | Unset = UNSET,
    requesting_app_id: str | Unset = UNSET,
    resource_app_id: str | Unset = UNSET,
    active_apps_only: bool | Unset = UNSET,
    requesting_app_name: str | Unset = UNSET,
    resource_app_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["requestingAppId"] = requesting_app_id

    params["resourceAppId"] = resource_app_id

    params["activeAppsOnly"] = active_apps_only

    params["requestingAppName"] = requesting_app_name

    params["resourceAppName"] = resource_app_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[OrgCrossAppAccessConnection] | Error | None:
    from ...models.error import Error
    from ...models.org_cross_app_access_connection import OrgCrossAppAccessConnection

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
            _convert.checked(client, _convert.parse_response_list(client, OrgCrossAppAccessConnection, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[OrgCrossAppAccessConnection] | Error | None]:
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
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetAllCrossAppAccessConnectionsStatus | Unset = UNSET,
    requesting_app_id: str | Unset = UNSET,
    resource_app_id: str | Unset = UNSET,
    active_apps_only: bool | Unset = UNSET,
    requesting_app_name: str | Unset = UNSET,
    resource_app_name: str | Unset = UNSET,
) -> Response[list[OrgCrossAppAccessConnection] | Error | None]:
    """Retrieve all Cross App Access connections

     Retrieves inbound and outbound Cross App Access connections associated with an app

    Lifecycle: EA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str): Application ID
        after (str | Unset): Specifies the pagination cursor for the next page of connection
            results
        limit (int | Unset): Specifies the number of results to return per page. The values: * -1:
            Return all results (up to system maximum) * 0: Return an empty result set * Positive
            integer: Return up to that many results (capped at system maximum) Okta's default: -1.
        status (GetAllCrossAppAccessConnectionsStatus | Unset): Filters connections by their
            lifecycle status. When specified, only connections that match the specified status are
            returned.
        requesting_app_id (str | Unset): Filters only connections where the app with the specified
            ID is the requesting app
        resource_app_id (str | Unset): Filters only connections where the app with the specified
            ID is the requesting app
        active_apps_only (bool | Unset): When set to true, filters the result to include only
            connections where both the requesting and resource app have a status of ACTIVE
        requesting_app_name (str | Unset): Filters connections where the requesting app's name
            matches the provided search string
        resource_app_name (str | Unset): Filters connections where the resource app's name matches
            the provided search string

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
        Response[list[OrgCrossAppAccessConnection] | Error | None]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        after=after,
        limit=limit,
        status=status,
        requesting_app_id=requesting_app_id,
        resource_app_id=resource_app_id,
        active_apps_only=active_apps_only,
        requesting_app_name=requesting_app_name,
        resource_app_name=resource_app_name,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    app_id: str,
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetAllCrossAppAccessConnectionsStatus | Unset = UNSET,
    requesting_app_id: str | Unset = UNSET,
    resource_app_id: str | Unset = UNSET,
    active_apps_only: bool | Unset = UNSET,
    requesting_app_name: str | Unset = UNSET,
    resource_app_name: str | Unset = UNSET,
) -> list[OrgCrossAppAccessConnection] | None: ...


@overload
def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetAllCrossAppAccessConnectionsStatus | Unset = UNSET,
    requesting_app_id: str | Unset = UNSET,
    resource_app_id: str | Unset = UNSET,
    active_apps_only: bool | Unset = UNSET,
    requesting_app_name: str | Unset = UNSET,
    resource_app_name: str | Unset = UNSET,
) -> list[OrgCrossAppAccessConnection] | Error | None: ...


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetAllCrossAppAccessConnectionsStatus | Unset = UNSET,
    requesting_app_id: str | Unset = UNSET,
    resource_app_id: str | Unset = UNSET,
    active_apps_only: bool | Unset = UNSET,
    requesting_app_name: str | Unset = UNSET,
    resource_app_name: str | Unset = UNSET,
) -> list[OrgCrossAppAccessConnection] | Error | None:
    """Retrieve all Cross App Access connections

     Retrieves inbound and outbound Cross App Access connections associated with an app

    Lifecycle: EA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str): Application ID
        after (str | Unset): Specifies the pagination cursor for the next page of connection
            results
        limit (int | Unset): Specifies the number of results to return per page. The values: * -1:
            Return all results (up to system maximum) * 0: Return an empty result set * Positive
            integer: Return up to that many results (capped at system maximum) Okta's default: -1.
        status (GetAllCrossAppAccessConnectionsStatus | Unset): Filters connections by their
            lifecycle status. When specified, only connections that match the specified status are
            returned.
        requesting_app_id (str | Unset): Filters only connections where the app with the specified
            ID is the requesting app
        resource_app_id (str | Unset): Filters only connections where the app with the specified
            ID is the requesting app
        active_apps_only (bool | Unset): When set to true, filters the result to include only
            connections where both the requesting and resource app have a status of ACTIVE
        requesting_app_name (str | Unset): Filters connections where the requesting app's name
            matches the provided search string
        resource_app_name (str | Unset): Filters connections where the resource app's name matches
            the provided search string

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
        list[OrgCrossAppAccessConnection] | Error | None
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        after=after,
        limit=limit,
        status=status,
        requesting_app_id=requesting_app_id,
        resource_app_id=resource_app_id,
        active_apps_only=active_apps_only,
        requesting_app_name=requesting_app_name,
        resource_app_name=resource_app_name,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetAllCrossAppAccessConnectionsStatus | Unset = UNSET,
    requesting_app_id: str | Unset = UNSET,
    resource_app_id: str | Unset = UNSET,
    active_apps_only: bool | Unset = UNSET,
    requesting_app_name: str | Unset = UNSET,
    resource_app_name: str | Unset = UNSET,
) -> Response[list[OrgCrossAppAccessConnection] | Error | None]:
    """Retrieve all Cross App Access connections

     Retrieves inbound and outbound Cross App Access connections associated with an app

    Lifecycle: EA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str): Application ID
        after (str | Unset): Specifies the pagination cursor for the next page of connection
            results
        limit (int | Unset): Specifies the number of results to return per page. The values: * -1:
            Return all results (up to system maximum) * 0: Return an empty result set * Positive
            integer: Return up to that many results (capped at system maximum) Okta's default: -1.
        status (GetAllCrossAppAccessConnectionsStatus | Unset): Filters connections by their
            lifecycle status. When specified, only connections that match the specified status are
            returned.
        requesting_app_id (str | Unset): Filters only connections where the app with the specified
            ID is the requesting app
        resource_app_id (str | Unset): Filters only connections where the app with the specified
            ID is the requesting app
        active_apps_only (bool | Unset): When set to true, filters the result to include only
            connections where both the requesting and resource app have a status of ACTIVE
        requesting_app_name (str | Unset): Filters connections where the requesting app's name
            matches the provided search string
        resource_app_name (str | Unset): Filters connections where the resource app's name matches
            the provided search string

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
        Response[list[OrgCrossAppAccessConnection] | Error | None]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        after=after,
        limit=limit,
        status=status,
        requesting_app_id=requesting_app_id,
        resource_app_id=resource_app_id,
        active_apps_only=active_apps_only,
        requesting_app_name=requesting_app_name,
        resource_app_name=resource_app_name,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    app_id: str,
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetAllCrossAppAccessConnectionsStatus | Unset = UNSET,
    requesting_app_id: str | Unset = UNSET,
    resource_app_id: str | Unset = UNSET,
    active_apps_only: bool | Unset = UNSET,
    requesting_app_name: str | Unset = UNSET,
    resource_app_name: str | Unset = UNSET,
) -> list[OrgCrossAppAccessConnection] | None: ...


@overload
async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetAllCrossAppAccessConnectionsStatus | Unset = UNSET,
    requesting_app_id: str | Unset = UNSET,
    resource_app_id: str | Unset = UNSET,
    active_apps_only: bool | Unset = UNSET,
    requesting_app_name: str | Unset = UNSET,
    resource_app_name: str | Unset = UNSET,
) -> list[OrgCrossAppAccessConnection] | Error | None: ...


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetAllCrossAppAccessConnectionsStatus | Unset = UNSET,
    requesting_app_id: str | Unset = UNSET,
    resource_app_id: str | Unset = UNSET,
    active_apps_only: bool | Unset = UNSET,
    requesting_app_name: str | Unset = UNSET,
    resource_app_name: str | Unset = UNSET,
) -> list[OrgCrossAppAccessConnection] | Error | None:
    """Retrieve all Cross App Access connections

     Retrieves inbound and outbound Cross App Access connections associated with an app

    Lifecycle: EA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        app_id (str): Application ID
        after (str | Unset): Specifies the pagination cursor for the next page of connection
            results
        limit (int | Unset): Specifies the number of results to return per page. The values: * -1:
            Return all results (up to system maximum) * 0: Return an empty result set * Positive
            integer: Return up to that many results (capped at system maximum) Okta's default: -1.
        status (GetAllCrossAppAccessConnectionsStatus | Unset): Filters connections by their
            lifecycle status. When specified, only connections that match the specified status are
            returned.
        requesting_app_id (str | Unset): Filters only connections where the app with the specified
            ID is the requesting app
        resource_app_id (str | Unset): Filters only connections where the app with the specified
            ID is the requesting app
        active_apps_only (bool | Unset): When set to true, filters the result to include only
            connections where both the requesting and resource app have a status of ACTIVE
        requesting_app_name (str | Unset): Filters connections where the requesting app's name
            matches the provided search string
        resource_app_name (str | Unset): Filters connections where the resource app's name matches
            the provided search string

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
        list[OrgCrossAppAccessConnection] | Error | None
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            after=after,
            limit=limit,
            status=status,
            requesting_app_id=requesting_app_id,
            resource_app_id=resource_app_id,
            active_apps_only=active_apps_only,
            requesting_app_name=requesting_app_name,
            resource_app_name=resource_app_name,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[OrgCrossAppAccessConnection]:
    """One 2xx response of `getAllCrossAppAccessConnections` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
