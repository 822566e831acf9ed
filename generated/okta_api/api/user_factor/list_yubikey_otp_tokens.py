"""`listYubikeyOtpTokens`: GET /api/v1/org/factors/yubikey_token/tokens"""

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
    from ...models.list_yubikey_otp_tokens_filter import ListYubikeyOtpTokensFilter
    from ...models.list_yubikey_otp_tokens_sort_by import ListYubikeyOtpTokensSortBy
    from ...models.list_yubikey_otp_tokens_sort_order import ListYubikeyOtpTokensSortOrder
    from ...models.user_factor_yubikey_otp_token import UserFactorYubikeyOtpToken

OPERATION = Operation(
    operation_id="listYubikeyOtpTokens",
    method="GET",
    path="/api/v1/org/factors/yubikey_token/tokens",
    tag="UserFactor",
    scopes=("okta.users.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    filter_: ListYubikeyOtpTokensFilter | Unset = UNSET,
    for_download: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListYubikeyOtpTokensSortBy | Unset = UNSET,
    sort_order: ListYubikeyOtpTokensSortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["expand"] = expand

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.value

    params["filter"] = json_filter_

    params["forDownload"] = for_download

    params["limit"] = limit

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sortOrder"] = json_sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/org/factors/yubikey_token/tokens",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[UserFactorYubikeyOtpToken] | Error | None:
    from ...models.error import Error
    from ...models.user_factor_yubikey_otp_token import UserFactorYubikeyOtpToken

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
            _convert.checked(client, _convert.parse_response_list(client, UserFactorYubikeyOtpToken, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[UserFactorYubikeyOtpToken] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    filter_: ListYubikeyOtpTokensFilter | Unset = UNSET,
    for_download: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListYubikeyOtpTokensSortBy | Unset = UNSET,
    sort_order: ListYubikeyOtpTokensSortOrder | Unset = UNSET,
) -> Response[list[UserFactorYubikeyOtpToken] | Error | None]:
    """List all YubiKey OTP tokens

     Lists all YubiKey OTP tokens

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        after (str | Unset): Specifies the pagination cursor for the next page of tokens
        expand (str | Unset): Embeds the
            [user](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/user)
            resource if the YubiKey token is assigned to a user and `expand` is set to `user`
        filter_ (ListYubikeyOtpTokensFilter | Unset): The expression used to filter tokens
        for_download (bool | Unset): Returns tokens in a CSV to download instead of in the
            response. When you use this query parameter, the `limit` default changes to 1000.
            Okta's default: False.
        limit (int | Unset): Specifies the number of results per page Okta's default: 20.
        sort_by (ListYubikeyOtpTokensSortBy | Unset): The value of how the tokens are sorted
        sort_order (ListYubikeyOtpTokensSortOrder | Unset): Specifies the sort order, either `ASC`
            or `DESC`

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
        Response[list[UserFactorYubikeyOtpToken] | Error | None]
    """

    kwargs = _get_kwargs(
        after=after,
        expand=expand,
        filter_=filter_,
        for_download=for_download,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    filter_: ListYubikeyOtpTokensFilter | Unset = UNSET,
    for_download: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListYubikeyOtpTokensSortBy | Unset = UNSET,
    sort_order: ListYubikeyOtpTokensSortOrder | Unset = UNSET,
) -> list[UserFactorYubikeyOtpToken] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    filter_: ListYubikeyOtpTokensFilter | Unset = UNSET,
    for_download: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListYubikeyOtpTokensSortBy | Unset = UNSET,
    sort_order: ListYubikeyOtpTokensSortOrder | Unset = UNSET,
) -> list[UserFactorYubikeyOtpToken] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    filter_: ListYubikeyOtpTokensFilter | Unset = UNSET,
    for_download: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListYubikeyOtpTokensSortBy | Unset = UNSET,
    sort_order: ListYubikeyOtpTokensSortOrder | Unset = UNSET,
) -> list[UserFactorYubikeyOtpToken] | Error | None:
    """List all YubiKey OTP tokens

     Lists all YubiKey OTP tokens

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        after (str | Unset): Specifies the pagination cursor for the next page of tokens
        expand (str | Unset): Embeds the
            [user](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/user)
            resource if the YubiKey token is assigned to a user and `expand` is set to `user`
        filter_ (ListYubikeyOtpTokensFilter | Unset): The expression used to filter tokens
        for_download (bool | Unset): Returns tokens in a CSV to download instead of in the
            response. When you use this query parameter, the `limit` default changes to 1000.
            Okta's default: False.
        limit (int | Unset): Specifies the number of results per page Okta's default: 20.
        sort_by (ListYubikeyOtpTokensSortBy | Unset): The value of how the tokens are sorted
        sort_order (ListYubikeyOtpTokensSortOrder | Unset): Specifies the sort order, either `ASC`
            or `DESC`

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
        list[UserFactorYubikeyOtpToken] | Error | None
    """

    return sync_detailed(
        client=client,
        after=after,
        expand=expand,
        filter_=filter_,
        for_download=for_download,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    filter_: ListYubikeyOtpTokensFilter | Unset = UNSET,
    for_download: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListYubikeyOtpTokensSortBy | Unset = UNSET,
    sort_order: ListYubikeyOtpTokensSortOrder | Unset = UNSET,
) -> Response[list[UserFactorYubikeyOtpToken] | Error | None]:
    """List all YubiKey OTP tokens

     Lists all YubiKey OTP tokens

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        after (str | Unset): Specifies the pagination cursor for the next page of tokens
        expand (str | Unset): Embeds the
            [user](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/user)
            resource if the YubiKey token is assigned to a user and `expand` is set to `user`
        filter_ (ListYubikeyOtpTokensFilter | Unset): The expression used to filter tokens
        for_download (bool | Unset): Returns tokens in a CSV to download instead of in the
            response. When you use this query parameter, the `limit` default changes to 1000.
            Okta's default: False.
        limit (int | Unset): Specifies the number of results per page Okta's default: 20.
        sort_by (ListYubikeyOtpTokensSortBy | Unset): The value of how the tokens are sorted
        sort_order (ListYubikeyOtpTokensSortOrder | Unset): Specifies the sort order, either `ASC`
            or `DESC`

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
        Response[list[UserFactorYubikeyOtpToken] | Error | None]
    """

    kwargs = _get_kwargs(
        after=after,
        expand=expand,
        filter_=filter_,
        for_download=for_download,
        limit=limit,
        sort_by=sort_by,
        sort_order=sort_order,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    filter_: ListYubikeyOtpTokensFilter | Unset = UNSET,
    for_download: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListYubikeyOtpTokensSortBy | Unset = UNSET,
    sort_order: ListYubikeyOtpTokensSortOrder | Unset = UNSET,
) -> list[UserFactorYubikeyOtpToken] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    filter_: ListYubikeyOtpTokensFilter | Unset = UNSET,
    for_download: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListYubikeyOtpTokensSortBy | Unset = UNSET,
    sort_order: ListYubikeyOtpTokensSortOrder | Unset = UNSET,
) -> list[UserFactorYubikeyOtpToken] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    filter_: ListYubikeyOtpTokensFilter | Unset = UNSET,
    for_download: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort_by: ListYubikeyOtpTokensSortBy | Unset = UNSET,
    sort_order: ListYubikeyOtpTokensSortOrder | Unset = UNSET,
) -> list[UserFactorYubikeyOtpToken] | Error | None:
    """List all YubiKey OTP tokens

     Lists all YubiKey OTP tokens

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        after (str | Unset): Specifies the pagination cursor for the next page of tokens
        expand (str | Unset): Embeds the
            [user](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/user)
            resource if the YubiKey token is assigned to a user and `expand` is set to `user`
        filter_ (ListYubikeyOtpTokensFilter | Unset): The expression used to filter tokens
        for_download (bool | Unset): Returns tokens in a CSV to download instead of in the
            response. When you use this query parameter, the `limit` default changes to 1000.
            Okta's default: False.
        limit (int | Unset): Specifies the number of results per page Okta's default: 20.
        sort_by (ListYubikeyOtpTokensSortBy | Unset): The value of how the tokens are sorted
        sort_order (ListYubikeyOtpTokensSortOrder | Unset): Specifies the sort order, either `ASC`
            or `DESC`

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
        list[UserFactorYubikeyOtpToken] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            expand=expand,
            filter_=filter_,
            for_download=for_download,
            limit=limit,
            sort_by=sort_by,
            sort_order=sort_order,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[UserFactorYubikeyOtpToken]:
    """One 2xx response of `listYubikeyOtpTokens` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
