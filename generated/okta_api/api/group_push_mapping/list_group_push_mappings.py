"""`listGroupPushMappings`: GET /api/v1/apps/{appId}/group-push/mappings"""

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
    from ...models.group_push_mapping import GroupPushMapping
    from ...models.group_push_mapping_status import GroupPushMappingStatus

OPERATION = Operation(
    operation_id="listGroupPushMappings",
    method="GET",
    path="/api/v1/apps/{appId}/group-push/mappings",
    tag="GroupPushMapping",
    scopes=(
        "okta.apps.read",
        "okta.groups.read",
    ),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    app_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_updated: str | Unset = UNSET,
    source_group_id: str | Unset = UNSET,
    status: GroupPushMappingStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    params["lastUpdated"] = last_updated

    params["sourceGroupId"] = source_group_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

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
) -> list[GroupPushMapping] | Error | None:
    from ...models.error import Error
    from ...models.group_push_mapping import GroupPushMapping

    if response.status_code == 401:
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
            _convert.checked(client, _convert.parse_response_list(client, GroupPushMapping, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[GroupPushMapping] | Error | None]:
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
    last_updated: str | Unset = UNSET,
    source_group_id: str | Unset = UNSET,
    status: GroupPushMappingStatus | Unset = UNSET,
) -> Response[list[GroupPushMapping] | Error | None]:
    """List all group push mappings

     Lists all group push mappings with pagination support

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read, okta.groups.read.

    Args:
        app_id (str): Application ID
        after (str | Unset): Specifies the pagination cursor for the next page of mappings
        limit (int | Unset): Specifies the number of results returned Okta's default: 100.
        last_updated (str | Unset): Filters group push mappings by last updated date. The
            `lastUpdated` parameter supports the following format: `YYYY-MM-DDTHH:mm:ssZ`. This
            filters mappings updated on or after the specified date and time in UTC. If you don't
            specify a value, all group push mappings are returned.
        source_group_id (str | Unset): Filters group push mappings by source group ID. If you
            don't specify a value, all group push mappings are returned.
        status (GroupPushMappingStatus | Unset): Filters group push mappings by status. If you
            don't specify a value, all group push mappings are returned.

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
        Response[list[GroupPushMapping] | Error | None]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        after=after,
        limit=limit,
        last_updated=last_updated,
        source_group_id=source_group_id,
        status=status,
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
    last_updated: str | Unset = UNSET,
    source_group_id: str | Unset = UNSET,
    status: GroupPushMappingStatus | Unset = UNSET,
) -> list[GroupPushMapping] | None: ...


@overload
def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_updated: str | Unset = UNSET,
    source_group_id: str | Unset = UNSET,
    status: GroupPushMappingStatus | Unset = UNSET,
) -> list[GroupPushMapping] | Error | None: ...


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_updated: str | Unset = UNSET,
    source_group_id: str | Unset = UNSET,
    status: GroupPushMappingStatus | Unset = UNSET,
) -> list[GroupPushMapping] | Error | None:
    """List all group push mappings

     Lists all group push mappings with pagination support

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read, okta.groups.read.

    Args:
        app_id (str): Application ID
        after (str | Unset): Specifies the pagination cursor for the next page of mappings
        limit (int | Unset): Specifies the number of results returned Okta's default: 100.
        last_updated (str | Unset): Filters group push mappings by last updated date. The
            `lastUpdated` parameter supports the following format: `YYYY-MM-DDTHH:mm:ssZ`. This
            filters mappings updated on or after the specified date and time in UTC. If you don't
            specify a value, all group push mappings are returned.
        source_group_id (str | Unset): Filters group push mappings by source group ID. If you
            don't specify a value, all group push mappings are returned.
        status (GroupPushMappingStatus | Unset): Filters group push mappings by status. If you
            don't specify a value, all group push mappings are returned.

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
        list[GroupPushMapping] | Error | None
    """

    return sync_detailed(
        app_id=app_id,
        client=client,
        after=after,
        limit=limit,
        last_updated=last_updated,
        source_group_id=source_group_id,
        status=status,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_updated: str | Unset = UNSET,
    source_group_id: str | Unset = UNSET,
    status: GroupPushMappingStatus | Unset = UNSET,
) -> Response[list[GroupPushMapping] | Error | None]:
    """List all group push mappings

     Lists all group push mappings with pagination support

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read, okta.groups.read.

    Args:
        app_id (str): Application ID
        after (str | Unset): Specifies the pagination cursor for the next page of mappings
        limit (int | Unset): Specifies the number of results returned Okta's default: 100.
        last_updated (str | Unset): Filters group push mappings by last updated date. The
            `lastUpdated` parameter supports the following format: `YYYY-MM-DDTHH:mm:ssZ`. This
            filters mappings updated on or after the specified date and time in UTC. If you don't
            specify a value, all group push mappings are returned.
        source_group_id (str | Unset): Filters group push mappings by source group ID. If you
            don't specify a value, all group push mappings are returned.
        status (GroupPushMappingStatus | Unset): Filters group push mappings by status. If you
            don't specify a value, all group push mappings are returned.

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
        Response[list[GroupPushMapping] | Error | None]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        after=after,
        limit=limit,
        last_updated=last_updated,
        source_group_id=source_group_id,
        status=status,
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
    last_updated: str | Unset = UNSET,
    source_group_id: str | Unset = UNSET,
    status: GroupPushMappingStatus | Unset = UNSET,
) -> list[GroupPushMapping] | None: ...


@overload
async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_updated: str | Unset = UNSET,
    source_group_id: str | Unset = UNSET,
    status: GroupPushMappingStatus | Unset = UNSET,
) -> list[GroupPushMapping] | Error | None: ...


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    last_updated: str | Unset = UNSET,
    source_group_id: str | Unset = UNSET,
    status: GroupPushMappingStatus | Unset = UNSET,
) -> list[GroupPushMapping] | Error | None:
    """List all group push mappings

     Lists all group push mappings with pagination support

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read, okta.groups.read.

    Args:
        app_id (str): Application ID
        after (str | Unset): Specifies the pagination cursor for the next page of mappings
        limit (int | Unset): Specifies the number of results returned Okta's default: 100.
        last_updated (str | Unset): Filters group push mappings by last updated date. The
            `lastUpdated` parameter supports the following format: `YYYY-MM-DDTHH:mm:ssZ`. This
            filters mappings updated on or after the specified date and time in UTC. If you don't
            specify a value, all group push mappings are returned.
        source_group_id (str | Unset): Filters group push mappings by source group ID. If you
            don't specify a value, all group push mappings are returned.
        status (GroupPushMappingStatus | Unset): Filters group push mappings by status. If you
            don't specify a value, all group push mappings are returned.

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
        list[GroupPushMapping] | Error | None
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            client=client,
            after=after,
            limit=limit,
            last_updated=last_updated,
            source_group_id=source_group_id,
            status=status,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[GroupPushMapping]:
    """One 2xx response of `listGroupPushMappings` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
