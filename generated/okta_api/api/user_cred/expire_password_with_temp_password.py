"""`expirePasswordWithTempPassword`: POST /api/v1/users/{id}/lifecycle/expire_password_with_temp_password"""

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
    from ...models.temp_password_2 import TempPassword2

OPERATION = Operation(
    operation_id="expirePasswordWithTempPassword",
    method="POST",
    path="/api/v1/users/{id}/lifecycle/expire_password_with_temp_password",
    tag="UserCred",
    scopes=("okta.users.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    id: str,
    *,
    revoke_sessions: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["revokeSessions"] = revoke_sessions

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "id": id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TempPassword2 | Error | None:
    from ...models.error import Error
    from ...models.temp_password_2 import TempPassword2

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
            _convert.checked(client, _convert.parse_body(client, TempPassword2, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TempPassword2 | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    revoke_sessions: bool | Unset = UNSET,
) -> Response[TempPassword2 | Error | None]:
    """Expire the password with a temporary password

     Expires the password and resets the user's password to a temporary password. This operation
    transitions the user status to `PASSWORD_EXPIRED` so that the user must change their password the
    next time that they sign in.
    The user's password is reset to a temporary password that's returned, and then the user's password
    is expired.
    If `revokeSessions` is included in the request with a value of `true`, the user's current
    outstanding sessions are revoked and require re-authentication.

    If you have integrated Okta with your on-premises Active Directory (AD), then setting a user's
    password as expired in Okta also expires the password in AD.
    When the user tries to sign in to Okta, delegated authentication finds the password-expired status
    in AD, and the user is presented with the password-expired page where they can change their
    password.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        revoke_sessions (bool | Unset): Revokes the user's existing sessions if `true` Okta's
            default: False.

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
        Response[TempPassword2 | Error | None]
    """

    kwargs = _get_kwargs(
        id=id,
        revoke_sessions=revoke_sessions,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    id: str,
    *,
    client: RaisingClient,
    revoke_sessions: bool | Unset = UNSET,
) -> TempPassword2 | None: ...


@overload
def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    revoke_sessions: bool | Unset = UNSET,
) -> TempPassword2 | Error | None: ...


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    revoke_sessions: bool | Unset = UNSET,
) -> TempPassword2 | Error | None:
    """Expire the password with a temporary password

     Expires the password and resets the user's password to a temporary password. This operation
    transitions the user status to `PASSWORD_EXPIRED` so that the user must change their password the
    next time that they sign in.
    The user's password is reset to a temporary password that's returned, and then the user's password
    is expired.
    If `revokeSessions` is included in the request with a value of `true`, the user's current
    outstanding sessions are revoked and require re-authentication.

    If you have integrated Okta with your on-premises Active Directory (AD), then setting a user's
    password as expired in Okta also expires the password in AD.
    When the user tries to sign in to Okta, delegated authentication finds the password-expired status
    in AD, and the user is presented with the password-expired page where they can change their
    password.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        revoke_sessions (bool | Unset): Revokes the user's existing sessions if `true` Okta's
            default: False.

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
        TempPassword2 | Error | None
    """

    return sync_detailed(
        id=id,
        client=client,
        revoke_sessions=revoke_sessions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    revoke_sessions: bool | Unset = UNSET,
) -> Response[TempPassword2 | Error | None]:
    """Expire the password with a temporary password

     Expires the password and resets the user's password to a temporary password. This operation
    transitions the user status to `PASSWORD_EXPIRED` so that the user must change their password the
    next time that they sign in.
    The user's password is reset to a temporary password that's returned, and then the user's password
    is expired.
    If `revokeSessions` is included in the request with a value of `true`, the user's current
    outstanding sessions are revoked and require re-authentication.

    If you have integrated Okta with your on-premises Active Directory (AD), then setting a user's
    password as expired in Okta also expires the password in AD.
    When the user tries to sign in to Okta, delegated authentication finds the password-expired status
    in AD, and the user is presented with the password-expired page where they can change their
    password.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        revoke_sessions (bool | Unset): Revokes the user's existing sessions if `true` Okta's
            default: False.

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
        Response[TempPassword2 | Error | None]
    """

    kwargs = _get_kwargs(
        id=id,
        revoke_sessions=revoke_sessions,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    id: str,
    *,
    client: RaisingClient,
    revoke_sessions: bool | Unset = UNSET,
) -> TempPassword2 | None: ...


@overload
async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    revoke_sessions: bool | Unset = UNSET,
) -> TempPassword2 | Error | None: ...


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    revoke_sessions: bool | Unset = UNSET,
) -> TempPassword2 | Error | None:
    """Expire the password with a temporary password

     Expires the password and resets the user's password to a temporary password. This operation
    transitions the user status to `PASSWORD_EXPIRED` so that the user must change their password the
    next time that they sign in.
    The user's password is reset to a temporary password that's returned, and then the user's password
    is expired.
    If `revokeSessions` is included in the request with a value of `true`, the user's current
    outstanding sessions are revoked and require re-authentication.

    If you have integrated Okta with your on-premises Active Directory (AD), then setting a user's
    password as expired in Okta also expires the password in AD.
    When the user tries to sign in to Okta, delegated authentication finds the password-expired status
    in AD, and the user is presented with the password-expired page where they can change their
    password.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        revoke_sessions (bool | Unset): Revokes the user's existing sessions if `true` Okta's
            default: False.

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
        TempPassword2 | Error | None
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            revoke_sessions=revoke_sessions,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
