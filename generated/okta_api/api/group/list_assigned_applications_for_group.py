"""`listAssignedApplicationsForGroup`: GET /api/v1/groups/{groupId}/apps"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.application import Application
    from ...models.error import Error

OPERATION = Operation(
    operation_id="listAssignedApplicationsForGroup",
    method="GET",
    path="/api/v1/groups/{groupId}/apps",
    tag="Group",
    scopes=("okta.groups.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    group_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "groupId": group_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Application] | Error | None:
    from ...models.application import Application
    from ...models.error import Error

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
            _convert.checked(client, _convert.parse_response_list(client, Application, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Application] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[Application] | Error | None]:
    """List all assigned apps

     Lists all apps that are assigned to a group. See [Application Groups
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/applicationgroups/).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        group_id (str): The `id` of the group
        after (str | Unset): Specifies the pagination cursor for the next page of apps
        limit (int | Unset): Specifies the number of app results for a page Okta's default: 20.

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
        Response[list[Application] | Error | None]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        after=after,
        limit=limit,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    group_id: str,
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[Application] | None: ...


@overload
def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[Application] | Error | None: ...


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[Application] | Error | None:
    """List all assigned apps

     Lists all apps that are assigned to a group. See [Application Groups
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/applicationgroups/).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        group_id (str): The `id` of the group
        after (str | Unset): Specifies the pagination cursor for the next page of apps
        limit (int | Unset): Specifies the number of app results for a page Okta's default: 20.

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
        list[Application] | Error | None
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[Application] | Error | None]:
    """List all assigned apps

     Lists all apps that are assigned to a group. See [Application Groups
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/applicationgroups/).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        group_id (str): The `id` of the group
        after (str | Unset): Specifies the pagination cursor for the next page of apps
        limit (int | Unset): Specifies the number of app results for a page Okta's default: 20.

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
        Response[list[Application] | Error | None]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        after=after,
        limit=limit,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    group_id: str,
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[Application] | None: ...


@overload
async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[Application] | Error | None: ...


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[Application] | Error | None:
    """List all assigned apps

     Lists all apps that are assigned to a group. See [Application Groups
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/applicationgroups/).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        group_id (str): The `id` of the group
        after (str | Unset): Specifies the pagination cursor for the next page of apps
        limit (int | Unset): Specifies the number of app results for a page Okta's default: 20.

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
        list[Application] | Error | None
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            after=after,
            limit=limit,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[Application]:
    """One 2xx response of `listAssignedApplicationsForGroup` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
