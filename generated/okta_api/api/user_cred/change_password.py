"""`changePassword`: POST /api/v1/users/{userId}/credentials/change_password"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.change_password_request import ChangePasswordRequest
    from ...models.error import Error
    from ...models.user_credentials import UserCredentials

OPERATION = Operation(
    operation_id="changePassword",
    method="POST",
    path="/api/v1/users/{userId}/credentials/change_password",
    tag="UserCred",
    scopes=("okta.users.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    user_id: str,
    *,
    body: ChangePasswordRequest,
    strict: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["strict"] = strict

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
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserCredentials | Error | None:
    from ...models.error import Error
    from ...models.user_credentials import UserCredentials

    if response.status_code == 400:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
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
            _convert.checked(client, _convert.parse_body(client, UserCredentials, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserCredentials | Error | None]:
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
    body: ChangePasswordRequest,
    strict: bool | Unset = UNSET,
) -> Response[UserCredentials | Error | None]:
    """Update password

     Updates a user's password by validating the user's current password.

    This operation provides an option to delete all the sessions of the specified user. However, if the
    request is made in the context of a session owned by the specified user, that session isn't cleared.

    You can only perform this operation on users in `STAGED`, `ACTIVE`, `PASSWORD_EXPIRED`, or
    `RECOVERY` status that have a valid [password
    credential](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/createUser!path=credentials/password&t=request).

    The user transitions to `ACTIVE` status when successfully invoked in `RECOVERY` status.

    > **Note:** The Okta account management policy doesn't support the
    `/users/{userId}/credentials/change_password` endpoint. See [Configure an Okta account management
    policy](https://developer.okta.com/docs/guides/okta-account-management-policy/main/).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        strict (bool | Unset): If true, validates against the password minimum age policy Okta's
            default: False.
        body (ChangePasswordRequest):

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
        Response[UserCredentials | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        strict=strict,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    user_id: str,
    *,
    client: RaisingClient,
    body: ChangePasswordRequest,
    strict: bool | Unset = UNSET,
) -> UserCredentials | None: ...


@overload
def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangePasswordRequest,
    strict: bool | Unset = UNSET,
) -> UserCredentials | Error | None: ...


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangePasswordRequest,
    strict: bool | Unset = UNSET,
) -> UserCredentials | Error | None:
    """Update password

     Updates a user's password by validating the user's current password.

    This operation provides an option to delete all the sessions of the specified user. However, if the
    request is made in the context of a session owned by the specified user, that session isn't cleared.

    You can only perform this operation on users in `STAGED`, `ACTIVE`, `PASSWORD_EXPIRED`, or
    `RECOVERY` status that have a valid [password
    credential](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/createUser!path=credentials/password&t=request).

    The user transitions to `ACTIVE` status when successfully invoked in `RECOVERY` status.

    > **Note:** The Okta account management policy doesn't support the
    `/users/{userId}/credentials/change_password` endpoint. See [Configure an Okta account management
    policy](https://developer.okta.com/docs/guides/okta-account-management-policy/main/).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        strict (bool | Unset): If true, validates against the password minimum age policy Okta's
            default: False.
        body (ChangePasswordRequest):

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
        UserCredentials | Error | None
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
        strict=strict,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangePasswordRequest,
    strict: bool | Unset = UNSET,
) -> Response[UserCredentials | Error | None]:
    """Update password

     Updates a user's password by validating the user's current password.

    This operation provides an option to delete all the sessions of the specified user. However, if the
    request is made in the context of a session owned by the specified user, that session isn't cleared.

    You can only perform this operation on users in `STAGED`, `ACTIVE`, `PASSWORD_EXPIRED`, or
    `RECOVERY` status that have a valid [password
    credential](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/createUser!path=credentials/password&t=request).

    The user transitions to `ACTIVE` status when successfully invoked in `RECOVERY` status.

    > **Note:** The Okta account management policy doesn't support the
    `/users/{userId}/credentials/change_password` endpoint. See [Configure an Okta account management
    policy](https://developer.okta.com/docs/guides/okta-account-management-policy/main/).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        strict (bool | Unset): If true, validates against the password minimum age policy Okta's
            default: False.
        body (ChangePasswordRequest):

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
        Response[UserCredentials | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
        strict=strict,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    user_id: str,
    *,
    client: RaisingClient,
    body: ChangePasswordRequest,
    strict: bool | Unset = UNSET,
) -> UserCredentials | None: ...


@overload
async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangePasswordRequest,
    strict: bool | Unset = UNSET,
) -> UserCredentials | Error | None: ...


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ChangePasswordRequest,
    strict: bool | Unset = UNSET,
) -> UserCredentials | Error | None:
    """Update password

     Updates a user's password by validating the user's current password.

    This operation provides an option to delete all the sessions of the specified user. However, if the
    request is made in the context of a session owned by the specified user, that session isn't cleared.

    You can only perform this operation on users in `STAGED`, `ACTIVE`, `PASSWORD_EXPIRED`, or
    `RECOVERY` status that have a valid [password
    credential](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/createUser!path=credentials/password&t=request).

    The user transitions to `ACTIVE` status when successfully invoked in `RECOVERY` status.

    > **Note:** The Okta account management policy doesn't support the
    `/users/{userId}/credentials/change_password` endpoint. See [Configure an Okta account management
    policy](https://developer.okta.com/docs/guides/okta-account-management-policy/main/).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        strict (bool | Unset): If true, validates against the password minimum age policy Okta's
            default: False.
        body (ChangePasswordRequest):

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
        UserCredentials | Error | None
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
            strict=strict,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
