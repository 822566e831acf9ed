"""`listUsers`: GET /api/v1/users"""

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
    from ...models.user import User

OPERATION = Operation(
    operation_id="listUsers",
    method="GET",
    path="/api/v1/users",
    tag="User",
    scopes=("okta.users.read",),
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
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["search"] = search

    params["filter"] = filter_

    params["q"] = q

    params["after"] = after

    params["limit"] = limit

    params["sortBy"] = sort_by

    params["sortOrder"] = sort_order

    params["fields"] = fields

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/users",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[User] | Error | None:
    from ...models.error import Error
    from ...models.user import User

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
            _convert.checked(client, _convert.parse_response_list(client, User, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[User] | Error | None]:
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
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[list[User] | Error | None]:
    """List all users

     Lists users in your org, with pagination in most cases.

    A subset of users can be returned that match a supported filter expression or search criteria.
    Different results are returned depending on specified queries in the request.

    > **Notes:**
    >  * This operation omits users that have a status of `DEPROVISIONED` in the response. To return all
    users, use a filter or search query instead.
    >  * The `search` parameter results are sourced from an eventually consistent datasource and may not
    reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        search (str | Unset): Searches for users with a supported filtering expression for most
            properties. Okta recommends this query parameter because it provides the largest range
            of search options and optimal performance. **Note:** Using an overly complex or long
            search query can result in an error. This operation supports
            [pagination](https://developer.okta.com/docs/api/#pagination). Use an ID lookup for
            records that you update to ensure your results contain the latest data. Returned users
            include those with the `DEPROVISIONED` status. Property names in the search parameter
            are case sensitive, whereas operators (`eq`, `sw`, and so on) and string values are
            case insensitive. Unlike with user logins, diacritical marks are significant in search
            string values: a search for `isaac.brock` finds `Isaac.Brock`, but doesn't find a
            property whose value is `isáàc.bröck`. This operation requires [URL
            encoding](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). See
            [Special characters](https://developer.okta.com/docs/api/#special-characters). This
            operation searches many properties: * Any user profile attribute, including
            custom-defined attributes * The top-level properties: `id`, `status`, `created`,
            `activated`, `statusChanged`, and `lastUpdated` * The [user
            type](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserType/#tag/UserType/operation/updateUserType)
            accessed as `type.id` * Properties that have array values **Note:** <x-lifecycle
            class="ea"></x-lifecycle> The ability to search by user classification is available as
            an [Early
            Access](https://developer.okta.com/docs/api/openapi/okta-management/guides/release-lifecycle/#early-access-ea)
            feature. The `classification.type` property cannot be used in conjunction with other
            search terms. You can search using `classification.type eq "LITE"` or
            `classification.type eq "STANDARD"`. You can also use `sortBy` and `sortOrder`
            parameters. The `ne` (not equal) operator isn't supported, but you can obtain the same
            result by using `lt ... or ... gt`. For example, to see all users except those that
            have a status of `STAGED`, use `(status lt "STAGED" or status gt "STAGED")`. You can
            search properties that are arrays. If any element matches the search term, the entire
            array (object) is returned. Okta follows the [SCIM Protocol
            Specification](https://tools.ietf.org/html/rfc7644#section-3.4.2.2) for searching
            arrays. You can search multiple arrays, multiple values in an array, as well as using
            the standard logical and filtering operators. See
            [Filter](https://developer.okta.com/docs/reference/core-okta-api/#filter). Searches
            for users can be filtered by the following operators: `sw`, `eq`, and `co`. You can
            only use `co` with these select user profile attributes: `profile.firstName`,
            `profile.lastName`, `profile.email`, and `profile.login`. See
            [Operators](https://developer.okta.com/docs/api/#operators).
        filter_ (str | Unset): Filters users with a supported expression for a subset of
            properties. **Note:** Returned users include those with the `DEPROVISIONED` status.
            This requires [URL
            encoding](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). For
            example, `filter=lastUpdated gt "2013-06-01T00:00:00.000Z"` is encoded as
            `filter=lastUpdated%20gt%20%222013-06-01T00:00:00.000Z%22`. Filtering is
            case-sensitive for property names and query values, while operators are
            case-insensitive. Filtering supports the following limited number of properties:
            `status`, `lastUpdated`, `id`, `profile.login`, `profile.email`, `profile.firstName`,
            and `profile.lastName`. Additionally, filtering supports only the equal `eq` operator
            from the standard Okta API filtering semantics, except in the case of the
            `lastUpdated` property. This property can also use the inequality operators (`gt`,
            `ge`, `lt`, and `le`). For logical operators, only the logical operators `and` and
            `or` are supported. The `not` operator isn't supported. See
            [Filter](https://developer.okta.com/docs/api/#filter) and
            [Operators](https://developer.okta.com/docs/api/#operators).
        q (str | Unset): Finds users who match the specified query. Use the `q` parameter for
            simple queries, such as a lookup of users by name when creating a people picker. The
            value of `q` is matched against `firstName`, `lastName`, or `email`. This performs a
            `startsWith` match, but this is an implementation detail and can change without
            notice. You don't need to specify `firstName`, `lastName`, or `email`. **Notes:** *
            Using the `q` parameter in a request omits users that have a status of
            `DEPROVISIONED`. To return all users, use a `filter` or `search` query instead. * This
            doesn't support pagination, but you can use `limit`. * This isn't designed for large
            data sets. For optimal performance, use the `search` parameter instead.
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): Specifies the number of results returned. Defaults to 10 if `q` is
            provided. You can use `limit` with `after` to define the cursor location in the data
            set and manage the user records per page. Okta's default: 200.
        sort_by (str | Unset): Specifies the field to sort by (for search queries only). This can
            be any single property, for example `sortBy=profile.lastName`. Users with the same
            value for the `sortBy` property are ordered by `id`. Use with `sortOrder` to control
            the order of results.
        sort_order (str | Unset): Specifies sort order: `asc` or `desc` (for search queries only).
            This parameter is ignored if `sortBy` isn't present. Okta's default: 'asc'.
        fields (str | Unset): Specifies a select set of user properties to query. Any other
            properties will be filtered out of the returned users. This is often called field
            projections in APIs, which can reduce payload size, improve performance, and limit
            unneccessary data exposure. Requested fields should be comma-separated. Comma-separate
            the fields and place sub-fields in the profile object inside a `profile:()` directive,
            for example `profile:(firstName, city)`. The `id` field is always included, regardless
            of whether it's specified in the `fields` parameter.
        expand (str | Unset): <x-lifecycle-container><x-lifecycle
            class="ea"></x-lifecycle></x-lifecycle-container>A parameter to include metadata in
            the `_embedded` property. Supported value: `classification`.

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
        Response[list[User] | Error | None]
    """

    kwargs = _get_kwargs(
        search=search,
        filter_=filter_,
        q=q,
        after=after,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        fields=fields,
        expand=expand,
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
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[User] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[User] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[User] | Error | None:
    """List all users

     Lists users in your org, with pagination in most cases.

    A subset of users can be returned that match a supported filter expression or search criteria.
    Different results are returned depending on specified queries in the request.

    > **Notes:**
    >  * This operation omits users that have a status of `DEPROVISIONED` in the response. To return all
    users, use a filter or search query instead.
    >  * The `search` parameter results are sourced from an eventually consistent datasource and may not
    reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        search (str | Unset): Searches for users with a supported filtering expression for most
            properties. Okta recommends this query parameter because it provides the largest range
            of search options and optimal performance. **Note:** Using an overly complex or long
            search query can result in an error. This operation supports
            [pagination](https://developer.okta.com/docs/api/#pagination). Use an ID lookup for
            records that you update to ensure your results contain the latest data. Returned users
            include those with the `DEPROVISIONED` status. Property names in the search parameter
            are case sensitive, whereas operators (`eq`, `sw`, and so on) and string values are
            case insensitive. Unlike with user logins, diacritical marks are significant in search
            string values: a search for `isaac.brock` finds `Isaac.Brock`, but doesn't find a
            property whose value is `isáàc.bröck`. This operation requires [URL
            encoding](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). See
            [Special characters](https://developer.okta.com/docs/api/#special-characters). This
            operation searches many properties: * Any user profile attribute, including
            custom-defined attributes * The top-level properties: `id`, `status`, `created`,
            `activated`, `statusChanged`, and `lastUpdated` * The [user
            type](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserType/#tag/UserType/operation/updateUserType)
            accessed as `type.id` * Properties that have array values **Note:** <x-lifecycle
            class="ea"></x-lifecycle> The ability to search by user classification is available as
            an [Early
            Access](https://developer.okta.com/docs/api/openapi/okta-management/guides/release-lifecycle/#early-access-ea)
            feature. The `classification.type` property cannot be used in conjunction with other
            search terms. You can search using `classification.type eq "LITE"` or
            `classification.type eq "STANDARD"`. You can also use `sortBy` and `sortOrder`
            parameters. The `ne` (not equal) operator isn't supported, but you can obtain the same
            result by using `lt ... or ... gt`. For example, to see all users except those that
            have a status of `STAGED`, use `(status lt "STAGED" or status gt "STAGED")`. You can
            search properties that are arrays. If any element matches the search term, the entire
            array (object) is returned. Okta follows the [SCIM Protocol
            Specification](https://tools.ietf.org/html/rfc7644#section-3.4.2.2) for searching
            arrays. You can search multiple arrays, multiple values in an array, as well as using
            the standard logical and filtering operators. See
            [Filter](https://developer.okta.com/docs/reference/core-okta-api/#filter). Searches
            for users can be filtered by the following operators: `sw`, `eq`, and `co`. You can
            only use `co` with these select user profile attributes: `profile.firstName`,
            `profile.lastName`, `profile.email`, and `profile.login`. See
            [Operators](https://developer.okta.com/docs/api/#operators).
        filter_ (str | Unset): Filters users with a supported expression for a subset of
            properties. **Note:** Returned users include those with the `DEPROVISIONED` status.
            This requires [URL
            encoding](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). For
            example, `filter=lastUpdated gt "2013-06-01T00:00:00.000Z"` is encoded as
            `filter=lastUpdated%20gt%20%222013-06-01T00:00:00.000Z%22`. Filtering is
            case-sensitive for property names and query values, while operators are
            case-insensitive. Filtering supports the following limited number of properties:
            `status`, `lastUpdated`, `id`, `profile.login`, `profile.email`, `profile.firstName`,
            and `profile.lastName`. Additionally, filtering supports only the equal `eq` operator
            from the standard Okta API filtering semantics, except in the case of the
            `lastUpdated` property. This property can also use the inequality operators (`gt`,
            `ge`, `lt`, and `le`). For logical operators, only the logical operators `and` and
            `or` are supported. The `not` operator isn't supported. See
            [Filter](https://developer.okta.com/docs/api/#filter) and
            [Operators](https://developer.okta.com/docs/api/#operators).
        q (str | Unset): Finds users who match the specified query. Use the `q` parameter for
            simple queries, such as a lookup of users by name when creating a people picker. The
            value of `q` is matched against `firstName`, `lastName`, or `email`. This performs a
            `startsWith` match, but this is an implementation detail and can change without
            notice. You don't need to specify `firstName`, `lastName`, or `email`. **Notes:** *
            Using the `q` parameter in a request omits users that have a status of
            `DEPROVISIONED`. To return all users, use a `filter` or `search` query instead. * This
            doesn't support pagination, but you can use `limit`. * This isn't designed for large
            data sets. For optimal performance, use the `search` parameter instead.
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): Specifies the number of results returned. Defaults to 10 if `q` is
            provided. You can use `limit` with `after` to define the cursor location in the data
            set and manage the user records per page. Okta's default: 200.
        sort_by (str | Unset): Specifies the field to sort by (for search queries only). This can
            be any single property, for example `sortBy=profile.lastName`. Users with the same
            value for the `sortBy` property are ordered by `id`. Use with `sortOrder` to control
            the order of results.
        sort_order (str | Unset): Specifies sort order: `asc` or `desc` (for search queries only).
            This parameter is ignored if `sortBy` isn't present. Okta's default: 'asc'.
        fields (str | Unset): Specifies a select set of user properties to query. Any other
            properties will be filtered out of the returned users. This is often called field
            projections in APIs, which can reduce payload size, improve performance, and limit
            unneccessary data exposure. Requested fields should be comma-separated. Comma-separate
            the fields and place sub-fields in the profile object inside a `profile:()` directive,
            for example `profile:(firstName, city)`. The `id` field is always included, regardless
            of whether it's specified in the `fields` parameter.
        expand (str | Unset): <x-lifecycle-container><x-lifecycle
            class="ea"></x-lifecycle></x-lifecycle-container>A parameter to include metadata in
            the `_embedded` property. Supported value: `classification`.

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
        list[User] | Error | None
    """

    return sync_detailed(
        client=client,
        search=search,
        filter_=filter_,
        q=q,
        after=after,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        fields=fields,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[list[User] | Error | None]:
    """List all users

     Lists users in your org, with pagination in most cases.

    A subset of users can be returned that match a supported filter expression or search criteria.
    Different results are returned depending on specified queries in the request.

    > **Notes:**
    >  * This operation omits users that have a status of `DEPROVISIONED` in the response. To return all
    users, use a filter or search query instead.
    >  * The `search` parameter results are sourced from an eventually consistent datasource and may not
    reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        search (str | Unset): Searches for users with a supported filtering expression for most
            properties. Okta recommends this query parameter because it provides the largest range
            of search options and optimal performance. **Note:** Using an overly complex or long
            search query can result in an error. This operation supports
            [pagination](https://developer.okta.com/docs/api/#pagination). Use an ID lookup for
            records that you update to ensure your results contain the latest data. Returned users
            include those with the `DEPROVISIONED` status. Property names in the search parameter
            are case sensitive, whereas operators (`eq`, `sw`, and so on) and string values are
            case insensitive. Unlike with user logins, diacritical marks are significant in search
            string values: a search for `isaac.brock` finds `Isaac.Brock`, but doesn't find a
            property whose value is `isáàc.bröck`. This operation requires [URL
            encoding](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). See
            [Special characters](https://developer.okta.com/docs/api/#special-characters). This
            operation searches many properties: * Any user profile attribute, including
            custom-defined attributes * The top-level properties: `id`, `status`, `created`,
            `activated`, `statusChanged`, and `lastUpdated` * The [user
            type](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserType/#tag/UserType/operation/updateUserType)
            accessed as `type.id` * Properties that have array values **Note:** <x-lifecycle
            class="ea"></x-lifecycle> The ability to search by user classification is available as
            an [Early
            Access](https://developer.okta.com/docs/api/openapi/okta-management/guides/release-lifecycle/#early-access-ea)
            feature. The `classification.type` property cannot be used in conjunction with other
            search terms. You can search using `classification.type eq "LITE"` or
            `classification.type eq "STANDARD"`. You can also use `sortBy` and `sortOrder`
            parameters. The `ne` (not equal) operator isn't supported, but you can obtain the same
            result by using `lt ... or ... gt`. For example, to see all users except those that
            have a status of `STAGED`, use `(status lt "STAGED" or status gt "STAGED")`. You can
            search properties that are arrays. If any element matches the search term, the entire
            array (object) is returned. Okta follows the [SCIM Protocol
            Specification](https://tools.ietf.org/html/rfc7644#section-3.4.2.2) for searching
            arrays. You can search multiple arrays, multiple values in an array, as well as using
            the standard logical and filtering operators. See
            [Filter](https://developer.okta.com/docs/reference/core-okta-api/#filter). Searches
            for users can be filtered by the following operators: `sw`, `eq`, and `co`. You can
            only use `co` with these select user profile attributes: `profile.firstName`,
            `profile.lastName`, `profile.email`, and `profile.login`. See
            [Operators](https://developer.okta.com/docs/api/#operators).
        filter_ (str | Unset): Filters users with a supported expression for a subset of
            properties. **Note:** Returned users include those with the `DEPROVISIONED` status.
            This requires [URL
            encoding](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). For
            example, `filter=lastUpdated gt "2013-06-01T00:00:00.000Z"` is encoded as
            `filter=lastUpdated%20gt%20%222013-06-01T00:00:00.000Z%22`. Filtering is
            case-sensitive for property names and query values, while operators are
            case-insensitive. Filtering supports the following limited number of properties:
            `status`, `lastUpdated`, `id`, `profile.login`, `profile.email`, `profile.firstName`,
            and `profile.lastName`. Additionally, filtering supports only the equal `eq` operator
            from the standard Okta API filtering semantics, except in the case of the
            `lastUpdated` property. This property can also use the inequality operators (`gt`,
            `ge`, `lt`, and `le`). For logical operators, only the logical operators `and` and
            `or` are supported. The `not` operator isn't supported. See
            [Filter](https://developer.okta.com/docs/api/#filter) and
            [Operators](https://developer.okta.com/docs/api/#operators).
        q (str | Unset): Finds users who match the specified query. Use the `q` parameter for
            simple queries, such as a lookup of users by name when creating a people picker. The
            value of `q` is matched against `firstName`, `lastName`, or `email`. This performs a
            `startsWith` match, but this is an implementation detail and can change without
            notice. You don't need to specify `firstName`, `lastName`, or `email`. **Notes:** *
            Using the `q` parameter in a request omits users that have a status of
            `DEPROVISIONED`. To return all users, use a `filter` or `search` query instead. * This
            doesn't support pagination, but you can use `limit`. * This isn't designed for large
            data sets. For optimal performance, use the `search` parameter instead.
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): Specifies the number of results returned. Defaults to 10 if `q` is
            provided. You can use `limit` with `after` to define the cursor location in the data
            set and manage the user records per page. Okta's default: 200.
        sort_by (str | Unset): Specifies the field to sort by (for search queries only). This can
            be any single property, for example `sortBy=profile.lastName`. Users with the same
            value for the `sortBy` property are ordered by `id`. Use with `sortOrder` to control
            the order of results.
        sort_order (str | Unset): Specifies sort order: `asc` or `desc` (for search queries only).
            This parameter is ignored if `sortBy` isn't present. Okta's default: 'asc'.
        fields (str | Unset): Specifies a select set of user properties to query. Any other
            properties will be filtered out of the returned users. This is often called field
            projections in APIs, which can reduce payload size, improve performance, and limit
            unneccessary data exposure. Requested fields should be comma-separated. Comma-separate
            the fields and place sub-fields in the profile object inside a `profile:()` directive,
            for example `profile:(firstName, city)`. The `id` field is always included, regardless
            of whether it's specified in the `fields` parameter.
        expand (str | Unset): <x-lifecycle-container><x-lifecycle
            class="ea"></x-lifecycle></x-lifecycle-container>A parameter to include metadata in
            the `_embedded` property. Supported value: `classification`.

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
        Response[list[User] | Error | None]
    """

    kwargs = _get_kwargs(
        search=search,
        filter_=filter_,
        q=q,
        after=after,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
        fields=fields,
        expand=expand,
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
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[User] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[User] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    sort_order: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> list[User] | Error | None:
    """List all users

     Lists users in your org, with pagination in most cases.

    A subset of users can be returned that match a supported filter expression or search criteria.
    Different results are returned depending on specified queries in the request.

    > **Notes:**
    >  * This operation omits users that have a status of `DEPROVISIONED` in the response. To return all
    users, use a filter or search query instead.
    >  * The `search` parameter results are sourced from an eventually consistent datasource and may not
    reflect the latest information.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        search (str | Unset): Searches for users with a supported filtering expression for most
            properties. Okta recommends this query parameter because it provides the largest range
            of search options and optimal performance. **Note:** Using an overly complex or long
            search query can result in an error. This operation supports
            [pagination](https://developer.okta.com/docs/api/#pagination). Use an ID lookup for
            records that you update to ensure your results contain the latest data. Returned users
            include those with the `DEPROVISIONED` status. Property names in the search parameter
            are case sensitive, whereas operators (`eq`, `sw`, and so on) and string values are
            case insensitive. Unlike with user logins, diacritical marks are significant in search
            string values: a search for `isaac.brock` finds `Isaac.Brock`, but doesn't find a
            property whose value is `isáàc.bröck`. This operation requires [URL
            encoding](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). See
            [Special characters](https://developer.okta.com/docs/api/#special-characters). This
            operation searches many properties: * Any user profile attribute, including
            custom-defined attributes * The top-level properties: `id`, `status`, `created`,
            `activated`, `statusChanged`, and `lastUpdated` * The [user
            type](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserType/#tag/UserType/operation/updateUserType)
            accessed as `type.id` * Properties that have array values **Note:** <x-lifecycle
            class="ea"></x-lifecycle> The ability to search by user classification is available as
            an [Early
            Access](https://developer.okta.com/docs/api/openapi/okta-management/guides/release-lifecycle/#early-access-ea)
            feature. The `classification.type` property cannot be used in conjunction with other
            search terms. You can search using `classification.type eq "LITE"` or
            `classification.type eq "STANDARD"`. You can also use `sortBy` and `sortOrder`
            parameters. The `ne` (not equal) operator isn't supported, but you can obtain the same
            result by using `lt ... or ... gt`. For example, to see all users except those that
            have a status of `STAGED`, use `(status lt "STAGED" or status gt "STAGED")`. You can
            search properties that are arrays. If any element matches the search term, the entire
            array (object) is returned. Okta follows the [SCIM Protocol
            Specification](https://tools.ietf.org/html/rfc7644#section-3.4.2.2) for searching
            arrays. You can search multiple arrays, multiple values in an array, as well as using
            the standard logical and filtering operators. See
            [Filter](https://developer.okta.com/docs/reference/core-okta-api/#filter). Searches
            for users can be filtered by the following operators: `sw`, `eq`, and `co`. You can
            only use `co` with these select user profile attributes: `profile.firstName`,
            `profile.lastName`, `profile.email`, and `profile.login`. See
            [Operators](https://developer.okta.com/docs/api/#operators).
        filter_ (str | Unset): Filters users with a supported expression for a subset of
            properties. **Note:** Returned users include those with the `DEPROVISIONED` status.
            This requires [URL
            encoding](https://developer.mozilla.org/en-US/docs/Glossary/Percent-encoding). For
            example, `filter=lastUpdated gt "2013-06-01T00:00:00.000Z"` is encoded as
            `filter=lastUpdated%20gt%20%222013-06-01T00:00:00.000Z%22`. Filtering is
            case-sensitive for property names and query values, while operators are
            case-insensitive. Filtering supports the following limited number of properties:
            `status`, `lastUpdated`, `id`, `profile.login`, `profile.email`, `profile.firstName`,
            and `profile.lastName`. Additionally, filtering supports only the equal `eq` operator
            from the standard Okta API filtering semantics, except in the case of the
            `lastUpdated` property. This property can also use the inequality operators (`gt`,
            `ge`, `lt`, and `le`). For logical operators, only the logical operators `and` and
            `or` are supported. The `not` operator isn't supported. See
            [Filter](https://developer.okta.com/docs/api/#filter) and
            [Operators](https://developer.okta.com/docs/api/#operators).
        q (str | Unset): Finds users who match the specified query. Use the `q` parameter for
            simple queries, such as a lookup of users by name when creating a people picker. The
            value of `q` is matched against `firstName`, `lastName`, or `email`. This performs a
            `startsWith` match, but this is an implementation detail and can change without
            notice. You don't need to specify `firstName`, `lastName`, or `email`. **Notes:** *
            Using the `q` parameter in a request omits users that have a status of
            `DEPROVISIONED`. To return all users, use a `filter` or `search` query instead. * This
            doesn't support pagination, but you can use `limit`. * This isn't designed for large
            data sets. For optimal performance, use the `search` parameter instead.
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): Specifies the number of results returned. Defaults to 10 if `q` is
            provided. You can use `limit` with `after` to define the cursor location in the data
            set and manage the user records per page. Okta's default: 200.
        sort_by (str | Unset): Specifies the field to sort by (for search queries only). This can
            be any single property, for example `sortBy=profile.lastName`. Users with the same
            value for the `sortBy` property are ordered by `id`. Use with `sortOrder` to control
            the order of results.
        sort_order (str | Unset): Specifies sort order: `asc` or `desc` (for search queries only).
            This parameter is ignored if `sortBy` isn't present. Okta's default: 'asc'.
        fields (str | Unset): Specifies a select set of user properties to query. Any other
            properties will be filtered out of the returned users. This is often called field
            projections in APIs, which can reduce payload size, improve performance, and limit
            unneccessary data exposure. Requested fields should be comma-separated. Comma-separate
            the fields and place sub-fields in the profile object inside a `profile:()` directive,
            for example `profile:(firstName, city)`. The `id` field is always included, regardless
            of whether it's specified in the `fields` parameter.
        expand (str | Unset): <x-lifecycle-container><x-lifecycle
            class="ea"></x-lifecycle></x-lifecycle-container>A parameter to include metadata in
            the `_embedded` property. Supported value: `classification`.

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
        list[User] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            search=search,
            filter_=filter_,
            q=q,
            after=after,
            limit=limit,
            sort_by=sort_by,
            sort_order=sort_order,
            fields=fields,
            expand=expand,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[User]:
    """One 2xx response of `listUsers` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
