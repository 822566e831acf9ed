"""`resetPassword`: POST /api/v1/users/{id}/lifecycle/reset_password"""

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
    from ...models.reset_password_token import ResetPasswordToken

OPERATION = Operation(
    operation_id="resetPassword",
    method="POST",
    path="/api/v1/users/{id}/lifecycle/reset_password",
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
    send_email: bool,
    revoke_sessions: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sendEmail"] = send_email

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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResetPasswordToken | Error | None:
    from ...models.error import Error
    from ...models.reset_password_token import ResetPasswordToken

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
            _convert.checked(client, _convert.parse_body(client, ResetPasswordToken, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResetPasswordToken | Error | None]:
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
    send_email: bool,
    revoke_sessions: bool | Unset = UNSET,
) -> Response[ResetPasswordToken | Error | None]:
    """Reset a password

     Resets a password. Generates a one-time token (OTT) that you can use to reset a user's password. You
    can automatically email the OTT link to the user or return the OTT to the API caller and distribute
    using a custom flow.

    This operation transitions the user to the `RECOVERY` status. The user is then not able to sign in
    or initiate a forgot password flow until they complete the reset flow.

    This operation provides an option to delete all the user's sessions. However, if the request is made
    in the context of a session owned by the specified user, that session isn't cleared.
    > **Note:** You can also use this API to convert a user with the Okta credential provider to use a
    federated provider. After this conversion, the user can't directly sign in with a password.
    > To convert a federated user back to an Okta user, use the default API call.

    If an email address is associated with multiple users, keep in mind the following to ensure a
    successful password recovery lookup:
      * Okta no longer includes deactivated users in the lookup.
      * The lookup searches sign-in IDs first, then primary email addresses, and then secondary email
    addresses.
      If `sendEmail` is `false`, returns a link for the user to reset their password.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        send_email (bool):
        revoke_sessions (bool | Unset): Revokes all user sessions, except for the current session,
            if set to `true` Okta's default: False.

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
        Response[ResetPasswordToken | Error | None]
    """

    kwargs = _get_kwargs(
        id=id,
        send_email=send_email,
        revoke_sessions=revoke_sessions,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    id: str,
    *,
    client: RaisingClient,
    send_email: bool,
    revoke_sessions: bool | Unset = UNSET,
) -> ResetPasswordToken | None: ...


@overload
def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool,
    revoke_sessions: bool | Unset = UNSET,
) -> ResetPasswordToken | Error | None: ...


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool,
    revoke_sessions: bool | Unset = UNSET,
) -> ResetPasswordToken | Error | None:
    """Reset a password

     Resets a password. Generates a one-time token (OTT) that you can use to reset a user's password. You
    can automatically email the OTT link to the user or return the OTT to the API caller and distribute
    using a custom flow.

    This operation transitions the user to the `RECOVERY` status. The user is then not able to sign in
    or initiate a forgot password flow until they complete the reset flow.

    This operation provides an option to delete all the user's sessions. However, if the request is made
    in the context of a session owned by the specified user, that session isn't cleared.
    > **Note:** You can also use this API to convert a user with the Okta credential provider to use a
    federated provider. After this conversion, the user can't directly sign in with a password.
    > To convert a federated user back to an Okta user, use the default API call.

    If an email address is associated with multiple users, keep in mind the following to ensure a
    successful password recovery lookup:
      * Okta no longer includes deactivated users in the lookup.
      * The lookup searches sign-in IDs first, then primary email addresses, and then secondary email
    addresses.
      If `sendEmail` is `false`, returns a link for the user to reset their password.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        send_email (bool):
        revoke_sessions (bool | Unset): Revokes all user sessions, except for the current session,
            if set to `true` Okta's default: False.

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
        ResetPasswordToken | Error | None
    """

    return sync_detailed(
        id=id,
        client=client,
        send_email=send_email,
        revoke_sessions=revoke_sessions,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool,
    revoke_sessions: bool | Unset = UNSET,
) -> Response[ResetPasswordToken | Error | None]:
    """Reset a password

     Resets a password. Generates a one-time token (OTT) that you can use to reset a user's password. You
    can automatically email the OTT link to the user or return the OTT to the API caller and distribute
    using a custom flow.

    This operation transitions the user to the `RECOVERY` status. The user is then not able to sign in
    or initiate a forgot password flow until they complete the reset flow.

    This operation provides an option to delete all the user's sessions. However, if the request is made
    in the context of a session owned by the specified user, that session isn't cleared.
    > **Note:** You can also use this API to convert a user with the Okta credential provider to use a
    federated provider. After this conversion, the user can't directly sign in with a password.
    > To convert a federated user back to an Okta user, use the default API call.

    If an email address is associated with multiple users, keep in mind the following to ensure a
    successful password recovery lookup:
      * Okta no longer includes deactivated users in the lookup.
      * The lookup searches sign-in IDs first, then primary email addresses, and then secondary email
    addresses.
      If `sendEmail` is `false`, returns a link for the user to reset their password.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        send_email (bool):
        revoke_sessions (bool | Unset): Revokes all user sessions, except for the current session,
            if set to `true` Okta's default: False.

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
        Response[ResetPasswordToken | Error | None]
    """

    kwargs = _get_kwargs(
        id=id,
        send_email=send_email,
        revoke_sessions=revoke_sessions,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    id: str,
    *,
    client: RaisingClient,
    send_email: bool,
    revoke_sessions: bool | Unset = UNSET,
) -> ResetPasswordToken | None: ...


@overload
async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool,
    revoke_sessions: bool | Unset = UNSET,
) -> ResetPasswordToken | Error | None: ...


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool,
    revoke_sessions: bool | Unset = UNSET,
) -> ResetPasswordToken | Error | None:
    """Reset a password

     Resets a password. Generates a one-time token (OTT) that you can use to reset a user's password. You
    can automatically email the OTT link to the user or return the OTT to the API caller and distribute
    using a custom flow.

    This operation transitions the user to the `RECOVERY` status. The user is then not able to sign in
    or initiate a forgot password flow until they complete the reset flow.

    This operation provides an option to delete all the user's sessions. However, if the request is made
    in the context of a session owned by the specified user, that session isn't cleared.
    > **Note:** You can also use this API to convert a user with the Okta credential provider to use a
    federated provider. After this conversion, the user can't directly sign in with a password.
    > To convert a federated user back to an Okta user, use the default API call.

    If an email address is associated with multiple users, keep in mind the following to ensure a
    successful password recovery lookup:
      * Okta no longer includes deactivated users in the lookup.
      * The lookup searches sign-in IDs first, then primary email addresses, and then secondary email
    addresses.
      If `sendEmail` is `false`, returns a link for the user to reset their password.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        send_email (bool):
        revoke_sessions (bool | Unset): Revokes all user sessions, except for the current session,
            if set to `true` Okta's default: False.

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
        ResetPasswordToken | Error | None
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            send_email=send_email,
            revoke_sessions=revoke_sessions,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
