"""`listGroups`: GET /api/v1/groups"""

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
    from ...models.group import Group

OPERATION = Operation(
    operation_id="listGroups",
    method="GET",
    path="/api/v1/groups",
    tag="Group",
    scopes=("okta.groups.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["filter"] = filter_

    params["q"] = q

    params["after"] = after

    params["limit"] = limit

    params["expand"] = expand

    params["sortBy"] = sort_by

    params["sortOrder"] = sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/groups",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Group] | Error | None:
    from ...models.error import Error
    from ...models.group import Group

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
            _convert.checked(client, _convert.parse_response_list(client, Group, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Group] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> Response[list[Group] | Error | None]:
    """List all groups

     Lists all groups with pagination support.

    > **Note:** To list all groups belonging to a member, use the [List all groups endpoint in the User
    Resources
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/userresources/other/listusergroups).

    The number of groups returned depends on the specified
    [`limit`](https://developer.okta.com/docs/api/openapi/okta-management/management/group/listgroups#group/listgroups/t=request&in=query&path=limit),
    if you have a search, filter, and/or query parameter set, and if that parameter is not null. We
    recommend using a limit less than or equal to 200.

    A subset of groups can be returned that match a supported filter expression, query, or search
    criteria.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        search (str | Unset): Searches for groups with a supported
            [filtering](https://developer.okta.com/docs/api/#filter) expression for all properties
            except for `_embedded`, `_links`, and `objectClass`. Okta recommends this query
            parameter because it provides the largest range of search options and optimal
            performance. This operation supports
            [pagination](https://developer.okta.com/docs/api/#pagination). The `search` string
            requires [URL
            encoding](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). For
            example, `search=type eq "OKTA_GROUP"` is encoded as
            `search=type+eq+%22OKTA_GROUP%22`. This operation searches many properties: * Any
            group profile attribute, including imported app group profile attributes. * The
            top-level properties: `id`, `created`, `lastMembershipUpdated`, `lastUpdated`, and
            `type`. * The
            [source](https://developer.okta.com/docs/api/openapi/okta-management/management/group/listgroups#group/listgroups/t=response&c=200&path=_links/source)
            of groups with type of `APP_GROUP`, accessed as `source.id`. You can also use the
            `sortBy` and `sortOrder` parameters. Searches for groups can be filtered by the
            following operators: `sw`, `eq`, and `co`. You can only use `co` with these select
            profile attributes: `profile.name` and `profile.description`. See
            [Operators](https://developer.okta.com/docs/api/#operators).
        filter_ (str | Unset): Filter expression for groups. See
            [Filter](https://developer.okta.com/docs/api/#filter). Filtering supports the
            following limited number of properties: `id`, `type`, `lastUpdated`, and
            `lastMembershipUpdated`. **Note:** All filters must be [URL
            encoded](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). For
            example, `filter=lastUpdated gt "2013-06-01T00:00:00.000Z"` is encoded as
            `filter=lastUpdated%20gt%20%222013-06-01T00:00:00.000Z%22`. See [Special
            characters](https://developer.okta.com/docs/api/#special-characters).
        q (str | Unset): Finds a group that matches the `name` property. **Note:** Paging and
            searching are currently mutually exclusive. You can't page a query. The default limit
            for a query is 300 results. Query is intended for an auto-complete picker use case
            where users refine their search string to constrain the results.
        after (str | Unset): Specifies the pagination cursor for the next page of groups. The
            `after` cursor should be treated as an opaque value and obtained through the next link
            relation. See [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): Specifies the number of group results in a page. Okta recommends
            using a specific value other than the default or maximum. If your request times out,
            retry your request with a smaller `limit` and [page the
            results](https://developer.okta.com/docs/api/#pagination). The Okta default `Everyone`
            group isn't returned for users with a group admin role.
        expand (str | Unset): If specified, additional metadata is included in the response.
            Possible values are `stats` and `app`. This additional metadata is listed in the
            [`_embedded`](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Group/#tag/Group/operation/addGroup!c=200&path=_embedded&t=response)
            property of the response. **Note:** You can use the `stats` value to return the number
            of users within a group. This is listed as the `_embedded.stats.usersCount` value in
            the response. See this [Knowledge Base
            article](https://support.okta.com/help/s/article/Is-there-an-API-that-returns-the-number-of-users-in-a-group?language=en_US)
            for more information and an example.
        sort_by (str | Unset): Specifies the field to sort by (for search queries only). `sortBy`
            can be any single property, for example `sortBy=profile.name`. Groups with the same
            value for the `sortBy` property are ordered by `id`'. Use with `sortOrder` to control
            the order of results.
        sort_order (str | Unset): Specifies sort order: `asc` or `desc` (for search queries only).
            This parameter is ignored if `sortBy` isn't present. Okta's default: 'asc'.

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
        Response[list[Group] | Error | None]
    """

    kwargs = _get_kwargs(
        search=search,
        filter_=filter_,
        q=q,
        after=after,
        limit=limit,
        expand=expand,
        sort_by=sort_by,
        sort_order=sort_order,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> list[Group] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> list[Group] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> list[Group] | Error | None:
    """List all groups

     Lists all groups with pagination support.

    > **Note:** To list all groups belonging to a member, use the [List all groups endpoint in the User
    Resources
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/userresources/other/listusergroups).

    The number of groups returned depends on the specified
    [`limit`](https://developer.okta.com/docs/api/openapi/okta-management/management/group/listgroups#group/listgroups/t=request&in=query&path=limit),
    if you have a search, filter, and/or query parameter set, and if that parameter is not null. We
    recommend using a limit less than or equal to 200.

    A subset of groups can be returned that match a supported filter expression, query, or search
    criteria.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        search (str | Unset): Searches for groups with a supported
            [filtering](https://developer.okta.com/docs/api/#filter) expression for all properties
            except for `_embedded`, `_links`, and `objectClass`. Okta recommends this query
            parameter because it provides the largest range of search options and optimal
            performance. This operation supports
            [pagination](https://developer.okta.com/docs/api/#pagination). The `search` string
            requires [URL
            encoding](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). For
            example, `search=type eq "OKTA_GROUP"` is encoded as
            `search=type+eq+%22OKTA_GROUP%22`. This operation searches many properties: * Any
            group profile attribute, including imported app group profile attributes. * The
            top-level properties: `id`, `created`, `lastMembershipUpdated`, `lastUpdated`, and
            `type`. * The
            [source](https://developer.okta.com/docs/api/openapi/okta-management/management/group/listgroups#group/listgroups/t=response&c=200&path=_links/source)
            of groups with type of `APP_GROUP`, accessed as `source.id`. You can also use the
            `sortBy` and `sortOrder` parameters. Searches for groups can be filtered by the
            following operators: `sw`, `eq`, and `co`. You can only use `co` with these select
            profile attributes: `profile.name` and `profile.description`. See
            [Operators](https://developer.okta.com/docs/api/#operators).
        filter_ (str | Unset): Filter expression for groups. See
            [Filter](https://developer.okta.com/docs/api/#filter). Filtering supports the
            following limited number of properties: `id`, `type`, `lastUpdated`, and
            `lastMembershipUpdated`. **Note:** All filters must be [URL
            encoded](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). For
            example, `filter=lastUpdated gt "2013-06-01T00:00:00.000Z"` is encoded as
            `filter=lastUpdated%20gt%20%222013-06-01T00:00:00.000Z%22`. See [Special
            characters](https://developer.okta.com/docs/api/#special-characters).
        q (str | Unset): Finds a group that matches the `name` property. **Note:** Paging and
            searching are currently mutually exclusive. You can't page a query. The default limit
            for a query is 300 results. Query is intended for an auto-complete picker use case
            where users refine their search string to constrain the results.
        after (str | Unset): Specifies the pagination cursor for the next page of groups. The
            `after` cursor should be treated as an opaque value and obtained through the next link
            relation. See [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): Specifies the number of group results in a page. Okta recommends
            using a specific value other than the default or maximum. If your request times out,
            retry your request with a smaller `limit` and [page the
            results](https://developer.okta.com/docs/api/#pagination). The Okta default `Everyone`
            group isn't returned for users with a group admin role.
        expand (str | Unset): If specified, additional metadata is included in the response.
            Possible values are `stats` and `app`. This additional metadata is listed in the
            [`_embedded`](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Group/#tag/Group/operation/addGroup!c=200&path=_embedded&t=response)
            property of the response. **Note:** You can use the `stats` value to return the number
            of users within a group. This is listed as the `_embedded.stats.usersCount` value in
            the response. See this [Knowledge Base
            article](https://support.okta.com/help/s/article/Is-there-an-API-that-returns-the-number-of-users-in-a-group?language=en_US)
            for more information and an example.
        sort_by (str | Unset): Specifies the field to sort by (for search queries only). `sortBy`
            can be any single property, for example `sortBy=profile.name`. Groups with the same
            value for the `sortBy` property are ordered by `id`'. Use with `sortOrder` to control
            the order of results.
        sort_order (str | Unset): Specifies sort order: `asc` or `desc` (for search queries only).
            This parameter is ignored if `sortBy` isn't present. Okta's default: 'asc'.

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
        list[Group] | Error | None
    """

    return sync_detailed(
        client=client,
        search=search,
        filter_=filter_,
        q=q,
        after=after,
        limit=limit,
        expand=expand,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> Response[list[Group] | Error | None]:
    """List all groups

     Lists all groups with pagination support.

    > **Note:** To list all groups belonging to a member, use the [List all groups endpoint in the User
    Resources
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/userresources/other/listusergroups).

    The number of groups returned depends on the specified
    [`limit`](https://developer.okta.com/docs/api/openapi/okta-management/management/group/listgroups#group/listgroups/t=request&in=query&path=limit),
    if you have a search, filter, and/or query parameter set, and if that parameter is not null. We
    recommend using a limit less than or equal to 200.

    A subset of groups can be returned that match a supported filter expression, query, or search
    criteria.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        search (str | Unset): Searches for groups with a supported
            [filtering](https://developer.okta.com/docs/api/#filter) expression for all properties
            except for `_embedded`, `_links`, and `objectClass`. Okta recommends this query
            parameter because it provides the largest range of search options and optimal
            performance. This operation supports
            [pagination](https://developer.okta.com/docs/api/#pagination). The `search` string
            requires [URL
            encoding](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). For
            example, `search=type eq "OKTA_GROUP"` is encoded as
            `search=type+eq+%22OKTA_GROUP%22`. This operation searches many properties: * Any
            group profile attribute, including imported app group profile attributes. * The
            top-level properties: `id`, `created`, `lastMembershipUpdated`, `lastUpdated`, and
            `type`. * The
            [source](https://developer.okta.com/docs/api/openapi/okta-management/management/group/listgroups#group/listgroups/t=response&c=200&path=_links/source)
            of groups with type of `APP_GROUP`, accessed as `source.id`. You can also use the
            `sortBy` and `sortOrder` parameters. Searches for groups can be filtered by the
            following operators: `sw`, `eq`, and `co`. You can only use `co` with these select
            profile attributes: `profile.name` and `profile.description`. See
            [Operators](https://developer.okta.com/docs/api/#operators).
        filter_ (str | Unset): Filter expression for groups. See
            [Filter](https://developer.okta.com/docs/api/#filter). Filtering supports the
            following limited number of properties: `id`, `type`, `lastUpdated`, and
            `lastMembershipUpdated`. **Note:** All filters must be [URL
            encoded](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). For
            example, `filter=lastUpdated gt "2013-06-01T00:00:00.000Z"` is encoded as
            `filter=lastUpdated%20gt%20%222013-06-01T00:00:00.000Z%22`. See [Special
            characters](https://developer.okta.com/docs/api/#special-characters).
        q (str | Unset): Finds a group that matches the `name` property. **Note:** Paging and
            searching are currently mutually exclusive. You can't page a query. The default limit
            for a query is 300 results. Query is intended for an auto-complete picker use case
            where users refine their search string to constrain the results.
        after (str | Unset): Specifies the pagination cursor for the next page of groups. The
            `after` cursor should be treated as an opaque value and obtained through the next link
            relation. See [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): Specifies the number of group results in a page. Okta recommends
            using a specific value other than the default or maximum. If your request times out,
            retry your request with a smaller `limit` and [page the
            results](https://developer.okta.com/docs/api/#pagination). The Okta default `Everyone`
            group isn't returned for users with a group admin role.
        expand (str | Unset): If specified, additional metadata is included in the response.
            Possible values are `stats` and `app`. This additional metadata is listed in the
            [`_embedded`](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Group/#tag/Group/operation/addGroup!c=200&path=_embedded&t=response)
            property of the response. **Note:** You can use the `stats` value to return the number
            of users within a group. This is listed as the `_embedded.stats.usersCount` value in
            the response. See this [Knowledge Base
            article](https://support.okta.com/help/s/article/Is-there-an-API-that-returns-the-number-of-users-in-a-group?language=en_US)
            for more information and an example.
        sort_by (str | Unset): Specifies the field to sort by (for search queries only). `sortBy`
            can be any single property, for example `sortBy=profile.name`. Groups with the same
            value for the `sortBy` property are ordered by `id`'. Use with `sortOrder` to control
            the order of results.
        sort_order (str | Unset): Specifies sort order: `asc` or `desc` (for search queries only).
            This parameter is ignored if `sortBy` isn't present. Okta's default: 'asc'.

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
        Response[list[Group] | Error | None]
    """

    kwargs = _get_kwargs(
        search=search,
        filter_=filter_,
        q=q,
        after=after,
        limit=limit,
        expand=expand,
        sort_by=sort_by,
        sort_order=sort_order,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> list[Group] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> list[Group] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
) -> list[Group] | Error | None:
    """List all groups

     Lists all groups with pagination support.

    > **Note:** To list all groups belonging to a member, use the [List all groups endpoint in the User
    Resources
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/userresources/other/listusergroups).

    The number of groups returned depends on the specified
    [`limit`](https://developer.okta.com/docs/api/openapi/okta-management/management/group/listgroups#group/listgroups/t=request&in=query&path=limit),
    if you have a search, filter, and/or query parameter set, and if that parameter is not null. We
    recommend using a limit less than or equal to 200.

    A subset of groups can be returned that match a supported filter expression, query, or search
    criteria.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.groups.read.

    Args:
        search (str | Unset): Searches for groups with a supported
            [filtering](https://developer.okta.com/docs/api/#filter) expression for all properties
            except for `_embedded`, `_links`, and `objectClass`. Okta recommends this query
            parameter because it provides the largest range of search options and optimal
            performance. This operation supports
            [pagination](https://developer.okta.com/docs/api/#pagination). The `search` string
            requires [URL
            encoding](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). For
            example, `search=type eq "OKTA_GROUP"` is encoded as
            `search=type+eq+%22OKTA_GROUP%22`. This operation searches many properties: * Any
            group profile attribute, including imported app group profile attributes. * The
            top-level properties: `id`, `created`, `lastMembershipUpdated`, `lastUpdated`, and
            `type`. * The
            [source](https://developer.okta.com/docs/api/openapi/okta-management/management/group/listgroups#group/listgroups/t=response&c=200&path=_links/source)
            of groups with type of `APP_GROUP`, accessed as `source.id`. You can also use the
            `sortBy` and `sortOrder` parameters. Searches for groups can be filtered by the
            following operators: `sw`, `eq`, and `co`. You can only use `co` with these select
            profile attributes: `profile.name` and `profile.description`. See
            [Operators](https://developer.okta.com/docs/api/#operators).
        filter_ (str | Unset): Filter expression for groups. See
            [Filter](https://developer.okta.com/docs/api/#filter). Filtering supports the
            following limited number of properties: `id`, `type`, `lastUpdated`, and
            `lastMembershipUpdated`. **Note:** All filters must be [URL
            encoded](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). For
            example, `filter=lastUpdated gt "2013-06-01T00:00:00.000Z"` is encoded as
            `filter=lastUpdated%20gt%20%222013-06-01T00:00:00.000Z%22`. See [Special
            characters](https://developer.okta.com/docs/api/#special-characters).
        q (str | Unset): Finds a group that matches the `name` property. **Note:** Paging and
            searching are currently mutually exclusive. You can't page a query. The default limit
            for a query is 300 results. Query is intended for an auto-complete picker use case
            where users refine their search string to constrain the results.
        after (str | Unset): Specifies the pagination cursor for the next page of groups. The
            `after` cursor should be treated as an opaque value and obtained through the next link
            relation. See [Pagination](https://developer.okta.com/docs/api/#pagination).
        limit (int | Unset): Specifies the number of group results in a page. Okta recommends
            using a specific value other than the default or maximum. If your request times out,
            retry your request with a smaller `limit` and [page the
            results](https://developer.okta.com/docs/api/#pagination). The Okta default `Everyone`
            group isn't returned for users with a group admin role.
        expand (str | Unset): If specified, additional metadata is included in the response.
            Possible values are `stats` and `app`. This additional metadata is listed in the
            [`_embedded`](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/Group/#tag/Group/operation/addGroup!c=200&path=_embedded&t=response)
            property of the response. **Note:** You can use the `stats` value to return the number
            of users within a group. This is listed as the `_embedded.stats.usersCount` value in
            the response. See this [Knowledge Base
            article](https://support.okta.com/help/s/article/Is-there-an-API-that-returns-the-number-of-users-in-a-group?language=en_US)
            for more information and an example.
        sort_by (str | Unset): Specifies the field to sort by (for search queries only). `sortBy`
            can be any single property, for example `sortBy=profile.name`. Groups with the same
            value for the `sortBy` property are ordered by `id`'. Use with `sortOrder` to control
            the order of results.
        sort_order (str | Unset): Specifies sort order: `asc` or `desc` (for search queries only).
            This parameter is ignored if `sortBy` isn't present. Okta's default: 'asc'.

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
        list[Group] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            filter_=filter_,
            q=q,
            after=after,
            limit=limit,
            expand=expand,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[Group]:
    """One 2xx response of `listGroups` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
