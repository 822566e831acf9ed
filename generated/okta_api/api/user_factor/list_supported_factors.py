"""`listSupportedFactors`: GET /api/v1/users/{userId}/factors/catalog"""

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
    from ...models.user_factor_supported import UserFactorSupported

OPERATION = Operation(
    operation_id="listSupportedFactors",
    method="GET",
    path="/api/v1/users/{userId}/factors/catalog",
    tag="UserFactor",
    scopes=("okta.users.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "userId": user_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[UserFactorSupported] | Error | None:
    from ...models.error import Error
    from ...models.user_factor_supported import UserFactorSupported

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
            _convert.checked(client, _convert.parse_response_list(client, UserFactorSupported, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[UserFactorSupported] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[UserFactorSupported] | Error | None]:
    """List all supported factors

     Lists all the supported factors that can be enrolled for the specified user that are included in the
    highest priority [authenticator enrollment
    policy](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/policy/) that
    applies to the user.

    Only factors that are `REQUIRED` or `OPTIONAL` in the highest priority authenticator enrollment
    policy can be returned.

    > **Note:** When admins use this endpoint for other users, the authenticator enrollment policy
    that's evaluated can vary depending on how client-specific conditions are configured in the rules of
    an authenticator enrollment policy. The client-specific conditions of the admin's client are used
    during policy evaluation instead of the client-specific conditions of the user. This can affect
    which authenticator enrollment policy is evaluated and which factors are returned.
    >
    > For example, an admin in Europe lists all supported factors for a user in North America. The
    network zone of the admin's client (in Europe) is used during policy evaluation instead of the
    network zone of the user (in North America).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id (str): ID of an existing Okta user

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
        Response[list[UserFactorSupported] | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    user_id: str,
    *,
    client: RaisingClient,
) -> list[UserFactorSupported] | None: ...


@overload
def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[UserFactorSupported] | Error | None: ...


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[UserFactorSupported] | Error | None:
    """List all supported factors

     Lists all the supported factors that can be enrolled for the specified user that are included in the
    highest priority [authenticator enrollment
    policy](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/policy/) that
    applies to the user.

    Only factors that are `REQUIRED` or `OPTIONAL` in the highest priority authenticator enrollment
    policy can be returned.

    > **Note:** When admins use this endpoint for other users, the authenticator enrollment policy
    that's evaluated can vary depending on how client-specific conditions are configured in the rules of
    an authenticator enrollment policy. The client-specific conditions of the admin's client are used
    during policy evaluation instead of the client-specific conditions of the user. This can affect
    which authenticator enrollment policy is evaluated and which factors are returned.
    >
    > For example, an admin in Europe lists all supported factors for a user in North America. The
    network zone of the admin's client (in Europe) is used during policy evaluation instead of the
    network zone of the user (in North America).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id (str): ID of an existing Okta user

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
        list[UserFactorSupported] | Error | None
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[UserFactorSupported] | Error | None]:
    """List all supported factors

     Lists all the supported factors that can be enrolled for the specified user that are included in the
    highest priority [authenticator enrollment
    policy](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/policy/) that
    applies to the user.

    Only factors that are `REQUIRED` or `OPTIONAL` in the highest priority authenticator enrollment
    policy can be returned.

    > **Note:** When admins use this endpoint for other users, the authenticator enrollment policy
    that's evaluated can vary depending on how client-specific conditions are configured in the rules of
    an authenticator enrollment policy. The client-specific conditions of the admin's client are used
    during policy evaluation instead of the client-specific conditions of the user. This can affect
    which authenticator enrollment policy is evaluated and which factors are returned.
    >
    > For example, an admin in Europe lists all supported factors for a user in North America. The
    network zone of the admin's client (in Europe) is used during policy evaluation instead of the
    network zone of the user (in North America).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id (str): ID of an existing Okta user

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
        Response[list[UserFactorSupported] | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    user_id: str,
    *,
    client: RaisingClient,
) -> list[UserFactorSupported] | None: ...


@overload
async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[UserFactorSupported] | Error | None: ...


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[UserFactorSupported] | Error | None:
    """List all supported factors

     Lists all the supported factors that can be enrolled for the specified user that are included in the
    highest priority [authenticator enrollment
    policy](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/policy/) that
    applies to the user.

    Only factors that are `REQUIRED` or `OPTIONAL` in the highest priority authenticator enrollment
    policy can be returned.

    > **Note:** When admins use this endpoint for other users, the authenticator enrollment policy
    that's evaluated can vary depending on how client-specific conditions are configured in the rules of
    an authenticator enrollment policy. The client-specific conditions of the admin's client are used
    during policy evaluation instead of the client-specific conditions of the user. This can affect
    which authenticator enrollment policy is evaluated and which factors are returned.
    >
    > For example, an admin in Europe lists all supported factors for a user in North America. The
    network zone of the admin's client (in Europe) is used during policy evaluation instead of the
    network zone of the user (in North America).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id (str): ID of an existing Okta user

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
        list[UserFactorSupported] | Error | None
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[UserFactorSupported]:
    """One 2xx response of `listSupportedFactors` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
