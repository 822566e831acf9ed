"""`listApplications`: GET /api/v1/apps"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client
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
    use_optimization: bool | Unset = False,
    always_include_vpn_settings: bool | Unset = False,
    limit: int | Unset = -1,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = False,
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
    use_optimization: bool | Unset = False,
    always_include_vpn_settings: bool | Unset = False,
    limit: int | Unset = -1,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = False,
) -> Response[list[Application] | Error | None]:
    """List all applications

     Lists all apps in the org with pagination. A subset of apps can be returned that match a supported
    filter expression or query. The results are [paginated](/#pagination) according to the `limit`
    parameter. If there are multiple pages of results, the header contains a `next` link. Treat the link
    as an opaque value (follow it, don't parse it).

    > **Note:** To list all of a member's assigned app links, use the [List all assigned app links
    endpoint in the User Resources API](https://developer.okta.com/docs/api/openapi/okta-
    management/management/tags/userresources/other/listapplinks).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        q (str | Unset):  Example: Okta.
        after (str | Unset):  Example: 16278919418571.
        use_optimization (bool | Unset):  Default: False.
        always_include_vpn_settings (bool | Unset):  Default: False.
        limit (int | Unset):  Default: -1.
        filter_ (str | Unset):
        expand (str | Unset):  Example: user/0oa1gjh63g214q0Hq0g4.
        include_non_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Application]]
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


def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    use_optimization: bool | Unset = False,
    always_include_vpn_settings: bool | Unset = False,
    limit: int | Unset = -1,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = False,
) -> list[Application] | Error | None:
    """List all applications

     Lists all apps in the org with pagination. A subset of apps can be returned that match a supported
    filter expression or query. The results are [paginated](/#pagination) according to the `limit`
    parameter. If there are multiple pages of results, the header contains a `next` link. Treat the link
    as an opaque value (follow it, don't parse it).

    > **Note:** To list all of a member's assigned app links, use the [List all assigned app links
    endpoint in the User Resources API](https://developer.okta.com/docs/api/openapi/okta-
    management/management/tags/userresources/other/listapplinks).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        q (str | Unset):  Example: Okta.
        after (str | Unset):  Example: 16278919418571.
        use_optimization (bool | Unset):  Default: False.
        always_include_vpn_settings (bool | Unset):  Default: False.
        limit (int | Unset):  Default: -1.
        filter_ (str | Unset):
        expand (str | Unset):  Example: user/0oa1gjh63g214q0Hq0g4.
        include_non_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Application]
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
    use_optimization: bool | Unset = False,
    always_include_vpn_settings: bool | Unset = False,
    limit: int | Unset = -1,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = False,
) -> Response[list[Application] | Error | None]:
    """List all applications

     Lists all apps in the org with pagination. A subset of apps can be returned that match a supported
    filter expression or query. The results are [paginated](/#pagination) according to the `limit`
    parameter. If there are multiple pages of results, the header contains a `next` link. Treat the link
    as an opaque value (follow it, don't parse it).

    > **Note:** To list all of a member's assigned app links, use the [List all assigned app links
    endpoint in the User Resources API](https://developer.okta.com/docs/api/openapi/okta-
    management/management/tags/userresources/other/listapplinks).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        q (str | Unset):  Example: Okta.
        after (str | Unset):  Example: 16278919418571.
        use_optimization (bool | Unset):  Default: False.
        always_include_vpn_settings (bool | Unset):  Default: False.
        limit (int | Unset):  Default: -1.
        filter_ (str | Unset):
        expand (str | Unset):  Example: user/0oa1gjh63g214q0Hq0g4.
        include_non_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Application]]
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


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    after: str | Unset = UNSET,
    use_optimization: bool | Unset = False,
    always_include_vpn_settings: bool | Unset = False,
    limit: int | Unset = -1,
    filter_: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    include_non_deleted: bool | Unset = False,
) -> list[Application] | Error | None:
    """List all applications

     Lists all apps in the org with pagination. A subset of apps can be returned that match a supported
    filter expression or query. The results are [paginated](/#pagination) according to the `limit`
    parameter. If there are multiple pages of results, the header contains a `next` link. Treat the link
    as an opaque value (follow it, don't parse it).

    > **Note:** To list all of a member's assigned app links, use the [List all assigned app links
    endpoint in the User Resources API](https://developer.okta.com/docs/api/openapi/okta-
    management/management/tags/userresources/other/listapplinks).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.read.

    Args:
        q (str | Unset):  Example: Okta.
        after (str | Unset):  Example: 16278919418571.
        use_optimization (bool | Unset):  Default: False.
        always_include_vpn_settings (bool | Unset):  Default: False.
        limit (int | Unset):  Default: -1.
        filter_ (str | Unset):
        expand (str | Unset):  Example: user/0oa1gjh63g214q0Hq0g4.
        include_non_deleted (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Application]
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
