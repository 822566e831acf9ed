"""`listApplications`: GET /api/v1/apps"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.application import Application
    from ...models.error import Error

OPERATION = Operation(
    operation_id="listApplications",
    method="GET",
    path="/api/v1/apps",
    tag="Application",
    scopes=("okta.apps.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    use_optimization: bool | Unset = UNSET,
    always_include_vpn_settings: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["after"] = after

    params["useOptimization"] = use_optimization

    params["alwaysIncludeVpnSettings"] = always_include_vpn_settings

    params["limit"] = limit

    params["filter"] = filter_

    params["expand"] = expand

    params["includeNonDeleted"] = include_non_deleted

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/apps",
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
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    use_optimization: bool | Unset = UNSET,
    always_include_vpn_settings: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = UNSET,
) -> Response[list[Application] | Error | None]:
    """List all applications

     Lists all apps in the org with pagination. A subset of apps can be returned that match a supported
    filter expression or query. The results are
    [paginated](https://developer.okta.com/docs/api/#pagination) according to the `limit` parameter. If
    there are multiple pages of results, the header contains a `next` link. Treat the link as an opaque
    value (follow it, don't parse it).

    > **Note:** To list all of a member's assigned app links, use the [List all assigned app links
    endpoint in the User Resources
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/userresources/other/listapplinks).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        q (str | Unset): Searches for apps with `name` or `label` properties that starts with the
            `q` value using the `startsWith` operation
        after (str | Unset): Specifies the
            [pagination](https://developer.okta.com/docs/api/#pagination) cursor for the next page
            of results. Treat this as an opaque value obtained through the `next` link
            relationship.
        use_optimization (bool | Unset): Specifies whether to use query optimization. If you
            specify `useOptimization=true` in the request query, the response contains a subset of
            app instance properties. Okta's default: False.
        always_include_vpn_settings (bool | Unset): Specifies whether to include the VPN
            configuration for existing notifications in the result, regardless of whether VPN
            notifications are configured Okta's default: False.
        limit (int | Unset): Specifies the number of results per page Okta's default: -1.
        filter_ (str | Unset): Filters apps with a supported expression for a subset of
            properties. Filtering supports the following limited number of properties: `id`,
            `status`, `credentials.signing.kid`, `settings.slo.enabled`, or `name`. See
            [Filter](https://developer.okta.com/docs/api/#filter).
        expand (str | Unset): An optional parameter used for link expansion to embed more
            resources in the response. Only supports `expand=user/{userId}` and must be used with
            the `user.id eq "{userId}"` filter query for the same user. Returns the assigned
            [application
            user](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/applicationusers)
            in the `_embedded` property.
        include_non_deleted (bool | Unset): Specifies whether to include non-active, but not
            deleted apps in the results Okta's default: False.

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
        q=q,
        after=after,
        use_optimization=use_optimization,
        always_include_vpn_settings=always_include_vpn_settings,
        limit=limit,
        filter_=filter_,
        expand=expand,
        include_non_deleted=include_non_deleted,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    use_optimization: bool | Unset = UNSET,
    always_include_vpn_settings: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = UNSET,
) -> list[Application] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    use_optimization: bool | Unset = UNSET,
    always_include_vpn_settings: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = UNSET,
) -> list[Application] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    use_optimization: bool | Unset = UNSET,
    always_include_vpn_settings: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = UNSET,
) -> list[Application] | Error | None:
    """List all applications

     Lists all apps in the org with pagination. A subset of apps can be returned that match a supported
    filter expression or query. The results are
    [paginated](https://developer.okta.com/docs/api/#pagination) according to the `limit` parameter. If
    there are multiple pages of results, the header contains a `next` link. Treat the link as an opaque
    value (follow it, don't parse it).

    > **Note:** To list all of a member's assigned app links, use the [List all assigned app links
    endpoint in the User Resources
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/userresources/other/listapplinks).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        q (str | Unset): Searches for apps with `name` or `label` properties that starts with the
            `q` value using the `startsWith` operation
        after (str | Unset): Specifies the
            [pagination](https://developer.okta.com/docs/api/#pagination) cursor for the next page
            of results. Treat this as an opaque value obtained through the `next` link
            relationship.
        use_optimization (bool | Unset): Specifies whether to use query optimization. If you
            specify `useOptimization=true` in the request query, the response contains a subset of
            app instance properties. Okta's default: False.
        always_include_vpn_settings (bool | Unset): Specifies whether to include the VPN
            configuration for existing notifications in the result, regardless of whether VPN
            notifications are configured Okta's default: False.
        limit (int | Unset): Specifies the number of results per page Okta's default: -1.
        filter_ (str | Unset): Filters apps with a supported expression for a subset of
            properties. Filtering supports the following limited number of properties: `id`,
            `status`, `credentials.signing.kid`, `settings.slo.enabled`, or `name`. See
            [Filter](https://developer.okta.com/docs/api/#filter).
        expand (str | Unset): An optional parameter used for link expansion to embed more
            resources in the response. Only supports `expand=user/{userId}` and must be used with
            the `user.id eq "{userId}"` filter query for the same user. Returns the assigned
            [application
            user](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/applicationusers)
            in the `_embedded` property.
        include_non_deleted (bool | Unset): Specifies whether to include non-active, but not
            deleted apps in the results Okta's default: False.

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
        client=client,
        q=q,
        after=after,
        use_optimization=use_optimization,
        always_include_vpn_settings=always_include_vpn_settings,
        limit=limit,
        filter_=filter_,
        expand=expand,
        include_non_deleted=include_non_deleted,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    use_optimization: bool | Unset = UNSET,
    always_include_vpn_settings: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = UNSET,
) -> Response[list[Application] | Error | None]:
    """List all applications

     Lists all apps in the org with pagination. A subset of apps can be returned that match a supported
    filter expression or query. The results are
    [paginated](https://developer.okta.com/docs/api/#pagination) according to the `limit` parameter. If
    there are multiple pages of results, the header contains a `next` link. Treat the link as an opaque
    value (follow it, don't parse it).

    > **Note:** To list all of a member's assigned app links, use the [List all assigned app links
    endpoint in the User Resources
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/userresources/other/listapplinks).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        q (str | Unset): Searches for apps with `name` or `label` properties that starts with the
            `q` value using the `startsWith` operation
        after (str | Unset): Specifies the
            [pagination](https://developer.okta.com/docs/api/#pagination) cursor for the next page
            of results. Treat this as an opaque value obtained through the `next` link
            relationship.
        use_optimization (bool | Unset): Specifies whether to use query optimization. If you
            specify `useOptimization=true` in the request query, the response contains a subset of
            app instance properties. Okta's default: False.
        always_include_vpn_settings (bool | Unset): Specifies whether to include the VPN
            configuration for existing notifications in the result, regardless of whether VPN
            notifications are configured Okta's default: False.
        limit (int | Unset): Specifies the number of results per page Okta's default: -1.
        filter_ (str | Unset): Filters apps with a supported expression for a subset of
            properties. Filtering supports the following limited number of properties: `id`,
            `status`, `credentials.signing.kid`, `settings.slo.enabled`, or `name`. See
            [Filter](https://developer.okta.com/docs/api/#filter).
        expand (str | Unset): An optional parameter used for link expansion to embed more
            resources in the response. Only supports `expand=user/{userId}` and must be used with
            the `user.id eq "{userId}"` filter query for the same user. Returns the assigned
            [application
            user](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/applicationusers)
            in the `_embedded` property.
        include_non_deleted (bool | Unset): Specifies whether to include non-active, but not
            deleted apps in the results Okta's default: False.

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
        q=q,
        after=after,
        use_optimization=use_optimization,
        always_include_vpn_settings=always_include_vpn_settings,
        limit=limit,
        filter_=filter_,
        expand=expand,
        include_non_deleted=include_non_deleted,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    use_optimization: bool | Unset = UNSET,
    always_include_vpn_settings: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = UNSET,
) -> list[Application] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    use_optimization: bool | Unset = UNSET,
    always_include_vpn_settings: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = UNSET,
) -> list[Application] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    use_optimization: bool | Unset = UNSET,
    always_include_vpn_settings: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = UNSET,
) -> list[Application] | Error | None:
    """List all applications

     Lists all apps in the org with pagination. A subset of apps can be returned that match a supported
    filter expression or query. The results are
    [paginated](https://developer.okta.com/docs/api/#pagination) according to the `limit` parameter. If
    there are multiple pages of results, the header contains a `next` link. Treat the link as an opaque
    value (follow it, don't parse it).

    > **Note:** To list all of a member's assigned app links, use the [List all assigned app links
    endpoint in the User Resources
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/userresources/other/listapplinks).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        q (str | Unset): Searches for apps with `name` or `label` properties that starts with the
            `q` value using the `startsWith` operation
        after (str | Unset): Specifies the
            [pagination](https://developer.okta.com/docs/api/#pagination) cursor for the next page
            of results. Treat this as an opaque value obtained through the `next` link
            relationship.
        use_optimization (bool | Unset): Specifies whether to use query optimization. If you
            specify `useOptimization=true` in the request query, the response contains a subset of
            app instance properties. Okta's default: False.
        always_include_vpn_settings (bool | Unset): Specifies whether to include the VPN
            configuration for existing notifications in the result, regardless of whether VPN
            notifications are configured Okta's default: False.
        limit (int | Unset): Specifies the number of results per page Okta's default: -1.
        filter_ (str | Unset): Filters apps with a supported expression for a subset of
            properties. Filtering supports the following limited number of properties: `id`,
            `status`, `credentials.signing.kid`, `settings.slo.enabled`, or `name`. See
            [Filter](https://developer.okta.com/docs/api/#filter).
        expand (str | Unset): An optional parameter used for link expansion to embed more
            resources in the response. Only supports `expand=user/{userId}` and must be used with
            the `user.id eq "{userId}"` filter query for the same user. Returns the assigned
            [application
            user](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/applicationusers)
            in the `_embedded` property.
        include_non_deleted (bool | Unset): Specifies whether to include non-active, but not
            deleted apps in the results Okta's default: False.

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
            client=client,
            q=q,
            after=after,
            use_optimization=use_optimization,
            always_include_vpn_settings=always_include_vpn_settings,
            limit=limit,
            filter_=filter_,
            expand=expand,
            include_non_deleted=include_non_deleted,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[Application]:
    """One 2xx response of `listApplications` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
