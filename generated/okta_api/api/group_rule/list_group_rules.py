"""`listGroupRules`: GET /api/v1/groups/rules"""

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
    from ...models.group_rule import GroupRule
    from ...models.list_group_rules_expand import ListGroupRulesExpand

OPERATION = Operation(
    operation_id="listGroupRules",
    method="GET",
    path="/api/v1/groups/rules",
    tag="GroupRule",
    scopes=("okta.groups.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListGroupRulesExpand | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["search"] = search

    json_expand: str | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand.value

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/groups/rules",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GroupRule] | Error | None:
    from ...models.error import Error
    from ...models.group_rule import GroupRule

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
            _convert.checked(client, _convert.parse_response_list(client, GroupRule, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[GroupRule] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListGroupRulesExpand | Unset = UNSET,
) -> Response[list[GroupRule] | Error | None]:
    """List all group rules

     Lists all group rules for your org

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        limit (int | Unset): Specifies the number of rule results in a page Okta's default: 50.
        after (str | Unset): Specifies the pagination cursor for the next page of rules
        search (str | Unset): Specifies the keyword to search rules for
        expand (ListGroupRulesExpand | Unset): If specified, returns the mapping of group IDs to
            group names in the `_embedded` object.

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
        Response[list[GroupRule] | Error | None]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        search=search,
        expand=expand,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListGroupRulesExpand | Unset = UNSET,
) -> list[GroupRule] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListGroupRulesExpand | Unset = UNSET,
) -> list[GroupRule] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListGroupRulesExpand | Unset = UNSET,
) -> list[GroupRule] | Error | None:
    """List all group rules

     Lists all group rules for your org

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        limit (int | Unset): Specifies the number of rule results in a page Okta's default: 50.
        after (str | Unset): Specifies the pagination cursor for the next page of rules
        search (str | Unset): Specifies the keyword to search rules for
        expand (ListGroupRulesExpand | Unset): If specified, returns the mapping of group IDs to
            group names in the `_embedded` object.

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
        list[GroupRule] | Error | None
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        search=search,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListGroupRulesExpand | Unset = UNSET,
) -> Response[list[GroupRule] | Error | None]:
    """List all group rules

     Lists all group rules for your org

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        limit (int | Unset): Specifies the number of rule results in a page Okta's default: 50.
        after (str | Unset): Specifies the pagination cursor for the next page of rules
        search (str | Unset): Specifies the keyword to search rules for
        expand (ListGroupRulesExpand | Unset): If specified, returns the mapping of group IDs to
            group names in the `_embedded` object.

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
        Response[list[GroupRule] | Error | None]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        search=search,
        expand=expand,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListGroupRulesExpand | Unset = UNSET,
) -> list[GroupRule] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListGroupRulesExpand | Unset = UNSET,
) -> list[GroupRule] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListGroupRulesExpand | Unset = UNSET,
) -> list[GroupRule] | Error | None:
    """List all group rules

     Lists all group rules for your org

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        limit (int | Unset): Specifies the number of rule results in a page Okta's default: 50.
        after (str | Unset): Specifies the pagination cursor for the next page of rules
        search (str | Unset): Specifies the keyword to search rules for
        expand (ListGroupRulesExpand | Unset): If specified, returns the mapping of group IDs to
            group names in the `_embedded` object.

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
        list[GroupRule] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            search=search,
            expand=expand,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[GroupRule]:
    """One 2xx response of `listGroupRules` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
