"""`forgotPassword`: POST /api/v1/users/{userId}/credentials/forgot_password"""

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
    from ...models.forgot_password_response import ForgotPasswordResponse

OPERATION = Operation(
    operation_id="forgotPassword",
    method="POST",
    path="/api/v1/users/{userId}/credentials/forgot_password",
    tag="UserCred",
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
    send_email: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sendEmail"] = send_email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ForgotPasswordResponse | Error | None:
    from ...models.error import Error
    from ...models.forgot_password_response import ForgotPasswordResponse

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
            _convert.checked(client, _convert.parse_body(client, ForgotPasswordResponse, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ForgotPasswordResponse | Error | None]:
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
    send_email: bool | Unset = UNSET,
) -> Response[ForgotPasswordResponse | Error | None]:
    """Start forgot password flow

     Starts the forgot password flow.

    Generates a one-time token (OTT) that you can use to reset a user's password.

    The user must validate their security question's answer when visiting the reset link. Perform this
    operation only on users with an `ACTIVE` status and
    a valid [recovery question
    credential](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/createUser!path=credentials/recovery_question&t=request).

    > **Note:** If you have migrated to Identity Engine, you can allow users to recover passwords with
    any enrolled MFA authenticator. See [Self-service account
    recovery](https://help.okta.com/oie/en-us/content/topics/identity-engine/authenticators/configure-sspr.htm?cshid=ext-config-sspr).

    If an email address is associated with multiple users, keep in mind the following to ensure a
    successful password recovery lookup:
      * Okta no longer includes deactivated users in the lookup.
      * The lookup searches sign-in IDs first, then primary email addresses, and then secondary email
    addresses.

    If `sendEmail` is `false`, returns a link for the user to reset their password. This operation
    doesn't affect the status of the user.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        send_email (bool | Unset): Sends a forgot password email to the user if `true` Okta's
            default: True.

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
        Response[ForgotPasswordResponse | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        send_email=send_email,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    user_id: str,
    *,
    client: RaisingClient,
    send_email: bool | Unset = UNSET,
) -> ForgotPasswordResponse | None: ...


@overload
def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = UNSET,
) -> ForgotPasswordResponse | Error | None: ...


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = UNSET,
) -> ForgotPasswordResponse | Error | None:
    """Start forgot password flow

     Starts the forgot password flow.

    Generates a one-time token (OTT) that you can use to reset a user's password.

    The user must validate their security question's answer when visiting the reset link. Perform this
    operation only on users with an `ACTIVE` status and
    a valid [recovery question
    credential](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/createUser!path=credentials/recovery_question&t=request).

    > **Note:** If you have migrated to Identity Engine, you can allow users to recover passwords with
    any enrolled MFA authenticator. See [Self-service account
    recovery](https://help.okta.com/oie/en-us/content/topics/identity-engine/authenticators/configure-sspr.htm?cshid=ext-config-sspr).

    If an email address is associated with multiple users, keep in mind the following to ensure a
    successful password recovery lookup:
      * Okta no longer includes deactivated users in the lookup.
      * The lookup searches sign-in IDs first, then primary email addresses, and then secondary email
    addresses.

    If `sendEmail` is `false`, returns a link for the user to reset their password. This operation
    doesn't affect the status of the user.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        send_email (bool | Unset): Sends a forgot password email to the user if `true` Okta's
            default: True.

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
        ForgotPasswordResponse | Error | None
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        send_email=send_email,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = UNSET,
) -> Response[ForgotPasswordResponse | Error | None]:
    """Start forgot password flow

     Starts the forgot password flow.

    Generates a one-time token (OTT) that you can use to reset a user's password.

    The user must validate their security question's answer when visiting the reset link. Perform this
    operation only on users with an `ACTIVE` status and
    a valid [recovery question
    credential](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/createUser!path=credentials/recovery_question&t=request).

    > **Note:** If you have migrated to Identity Engine, you can allow users to recover passwords with
    any enrolled MFA authenticator. See [Self-service account
    recovery](https://help.okta.com/oie/en-us/content/topics/identity-engine/authenticators/configure-sspr.htm?cshid=ext-config-sspr).

    If an email address is associated with multiple users, keep in mind the following to ensure a
    successful password recovery lookup:
      * Okta no longer includes deactivated users in the lookup.
      * The lookup searches sign-in IDs first, then primary email addresses, and then secondary email
    addresses.

    If `sendEmail` is `false`, returns a link for the user to reset their password. This operation
    doesn't affect the status of the user.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        send_email (bool | Unset): Sends a forgot password email to the user if `true` Okta's
            default: True.

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
        Response[ForgotPasswordResponse | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        send_email=send_email,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    user_id: str,
    *,
    client: RaisingClient,
    send_email: bool | Unset = UNSET,
) -> ForgotPasswordResponse | None: ...


@overload
async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = UNSET,
) -> ForgotPasswordResponse | Error | None: ...


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = UNSET,
) -> ForgotPasswordResponse | Error | None:
    """Start forgot password flow

     Starts the forgot password flow.

    Generates a one-time token (OTT) that you can use to reset a user's password.

    The user must validate their security question's answer when visiting the reset link. Perform this
    operation only on users with an `ACTIVE` status and
    a valid [recovery question
    credential](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/createUser!path=credentials/recovery_question&t=request).

    > **Note:** If you have migrated to Identity Engine, you can allow users to recover passwords with
    any enrolled MFA authenticator. See [Self-service account
    recovery](https://help.okta.com/oie/en-us/content/topics/identity-engine/authenticators/configure-sspr.htm?cshid=ext-config-sspr).

    If an email address is associated with multiple users, keep in mind the following to ensure a
    successful password recovery lookup:
      * Okta no longer includes deactivated users in the lookup.
      * The lookup searches sign-in IDs first, then primary email addresses, and then secondary email
    addresses.

    If `sendEmail` is `false`, returns a link for the user to reset their password. This operation
    doesn't affect the status of the user.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        send_email (bool | Unset): Sends a forgot password email to the user if `true` Okta's
            default: True.

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
        ForgotPasswordResponse | Error | None
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            send_email=send_email,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
