"""`revokeUserSessions`: DELETE /api/v1/users/{userId}/sessions"""

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

OPERATION = Operation(
    operation_id="revokeUserSessions",
    method="DELETE",
    path="/api/v1/users/{userId}/sessions",
    tag="UserSessions",
    scopes=("okta.users.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    user_id: str,
    *,
    oauth_tokens: bool | Unset = UNSET,
    forget_devices: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["oauthTokens"] = oauth_tokens

    params["forgetDevices"] = forget_devices

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": _paths.build_path(
            OPERATION,
            {
                "userId": user_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | None:
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
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | None]:
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
    oauth_tokens: bool | Unset = UNSET,
    forget_devices: bool | Unset = UNSET,
) -> Response[Error | None]:
    """Revoke all user sessions

     Revokes all active identity provider sessions of the user. This forces the user to authenticate on
    the next operation. Optionally revokes OpenID Connect and OAuth refresh and access tokens issued to
    the user.

    You can also clear the user's remembered factors for all devices using the `forgetDevices`
    parameter. See
    [forgetDevices](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserSessions/#tag/UserSessions/operation/revokeUserSessions!in=query&path=forgetDevices&t=request).
    > **Note:** This operation doesn't clear the sessions created for web or native apps.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        oauth_tokens (bool | Unset): Revokes issued OpenID Connect and OAuth refresh and access
            tokens Okta's default: False.
        forget_devices (bool | Unset): Clears the user's remembered factors for all devices.
            **Note:** This parameter defaults to false in Classic Engine. Okta's default: True.

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
        Response[Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        oauth_tokens=oauth_tokens,
        forget_devices=forget_devices,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    user_id: str,
    *,
    client: RaisingClient,
    oauth_tokens: bool | Unset = UNSET,
    forget_devices: bool | Unset = UNSET,
) -> None: ...


@overload
def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    oauth_tokens: bool | Unset = UNSET,
    forget_devices: bool | Unset = UNSET,
) -> Error | None: ...


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    oauth_tokens: bool | Unset = UNSET,
    forget_devices: bool | Unset = UNSET,
) -> Error | None:
    """Revoke all user sessions

     Revokes all active identity provider sessions of the user. This forces the user to authenticate on
    the next operation. Optionally revokes OpenID Connect and OAuth refresh and access tokens issued to
    the user.

    You can also clear the user's remembered factors for all devices using the `forgetDevices`
    parameter. See
    [forgetDevices](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserSessions/#tag/UserSessions/operation/revokeUserSessions!in=query&path=forgetDevices&t=request).
    > **Note:** This operation doesn't clear the sessions created for web or native apps.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        oauth_tokens (bool | Unset): Revokes issued OpenID Connect and OAuth refresh and access
            tokens Okta's default: False.
        forget_devices (bool | Unset): Clears the user's remembered factors for all devices.
            **Note:** This parameter defaults to false in Classic Engine. Okta's default: True.

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
        Error | None
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        oauth_tokens=oauth_tokens,
        forget_devices=forget_devices,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    oauth_tokens: bool | Unset = UNSET,
    forget_devices: bool | Unset = UNSET,
) -> Response[Error | None]:
    """Revoke all user sessions

     Revokes all active identity provider sessions of the user. This forces the user to authenticate on
    the next operation. Optionally revokes OpenID Connect and OAuth refresh and access tokens issued to
    the user.

    You can also clear the user's remembered factors for all devices using the `forgetDevices`
    parameter. See
    [forgetDevices](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserSessions/#tag/UserSessions/operation/revokeUserSessions!in=query&path=forgetDevices&t=request).
    > **Note:** This operation doesn't clear the sessions created for web or native apps.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        oauth_tokens (bool | Unset): Revokes issued OpenID Connect and OAuth refresh and access
            tokens Okta's default: False.
        forget_devices (bool | Unset): Clears the user's remembered factors for all devices.
            **Note:** This parameter defaults to false in Classic Engine. Okta's default: True.

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
        Response[Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        oauth_tokens=oauth_tokens,
        forget_devices=forget_devices,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    user_id: str,
    *,
    client: RaisingClient,
    oauth_tokens: bool | Unset = UNSET,
    forget_devices: bool | Unset = UNSET,
) -> None: ...


@overload
async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    oauth_tokens: bool | Unset = UNSET,
    forget_devices: bool | Unset = UNSET,
) -> Error | None: ...


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    oauth_tokens: bool | Unset = UNSET,
    forget_devices: bool | Unset = UNSET,
) -> Error | None:
    """Revoke all user sessions

     Revokes all active identity provider sessions of the user. This forces the user to authenticate on
    the next operation. Optionally revokes OpenID Connect and OAuth refresh and access tokens issued to
    the user.

    You can also clear the user's remembered factors for all devices using the `forgetDevices`
    parameter. See
    [forgetDevices](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserSessions/#tag/UserSessions/operation/revokeUserSessions!in=query&path=forgetDevices&t=request).
    > **Note:** This operation doesn't clear the sessions created for web or native apps.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        oauth_tokens (bool | Unset): Revokes issued OpenID Connect and OAuth refresh and access
            tokens Okta's default: False.
        forget_devices (bool | Unset): Clears the user's remembered factors for all devices.
            **Note:** This parameter defaults to false in Classic Engine. Okta's default: True.

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
        Error | None
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            oauth_tokens=oauth_tokens,
            forget_devices=forget_devices,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
