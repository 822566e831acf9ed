"""`updateUser`: POST /api/v1/users/{id}"""

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
    from ...models.update_user_request import UpdateUserRequest
    from ...models.user import User

OPERATION = Operation(
    operation_id="updateUser",
    method="POST",
    path="/api/v1/users/{id}",
    tag="User",
    scopes=("okta.users.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    id: str,
    *,
    body: UpdateUserRequest,
    strict: bool | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    params: dict[str, Any] = {}

    params["strict"] = strict

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
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> User | Error | None:
    from ...models.error import Error
    from ...models.user import User

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
            _convert.checked(client, _convert.parse_body(client, User, response.json())) if response.content else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[User | Error | None]:
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
    body: UpdateUserRequest,
    strict: bool | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[User | Error | None]:
    """Update a user

     Updates a user's profile or credentials with partial update semantics.

    > **Important:** Use the `POST` method for partial updates. Unspecified properties are set to null
    with `PUT`.

    `profile` and `credentials` can be updated independently or together with a single request.

    > **Notes:**
    > * Currently, the user type of a user can only be changed using a full replacement `PUT` operation.
    If the request parameters of a partial update include the `type` element from the user object,
    the value must match the existing type of the user. Only admins are permitted to change the user
    type of a user; end users are not allowed to change their own user type.
    >
    > * To update a current user's profile with partial semantics, you can use the `/api/v1/users/me`
    endpoint. But, a user can only update profile properties that they have write access for. Within the
    profile, if the user tries to update the primary or the secondary email IDs, verification emails are
    sent to those email IDs, and the fields are updated only upon verification.
    >
    > * You can update user profiles of users in the `DEPROVISIONED` status if you have the **Edit
    Deactivated User Profile Updates** option turned on in the Admin Console. See [deactivated user
    profiles](https://help.okta.com/okta_help.htm?type=oie&id=edit-deactivated-users).

    If you are using this endpoint to set a password, it sets a password without validating existing
    user credentials. This is an administrative operation. For operations that validate credentials,
    refer to the [Reset
    password](https://developer.okta.com/docs/api/openapi/okta-management/management/usercred/resetpassword),
    [Start forgot password
    flow](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserCred/#tag/UserCred/operation/forgotPassword),
    and [Update
    password](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserCred/#tag/UserCred/operation/changePassword)
    endpoints.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        strict (bool | Unset): If true, validates against minimum age and history password policy
        if_match (str | Unset): The ETag value of the user's expected current state. This becomes
            a conditional request used for concurrency control. See [Conditional Requests and
            Entity
            Tags](https://developer.okta.com/docs/api/#conditional-requests-and-entity-tags).
        body (UpdateUserRequest):

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
        Response[User | Error | None]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        strict=strict,
        if_match=if_match,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    id: str,
    *,
    client: RaisingClient,
    body: UpdateUserRequest,
    strict: bool | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> User | None: ...


@overload
def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
    strict: bool | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> User | Error | None: ...


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
    strict: bool | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> User | Error | None:
    """Update a user

     Updates a user's profile or credentials with partial update semantics.

    > **Important:** Use the `POST` method for partial updates. Unspecified properties are set to null
    with `PUT`.

    `profile` and `credentials` can be updated independently or together with a single request.

    > **Notes:**
    > * Currently, the user type of a user can only be changed using a full replacement `PUT` operation.
    If the request parameters of a partial update include the `type` element from the user object,
    the value must match the existing type of the user. Only admins are permitted to change the user
    type of a user; end users are not allowed to change their own user type.
    >
    > * To update a current user's profile with partial semantics, you can use the `/api/v1/users/me`
    endpoint. But, a user can only update profile properties that they have write access for. Within the
    profile, if the user tries to update the primary or the secondary email IDs, verification emails are
    sent to those email IDs, and the fields are updated only upon verification.
    >
    > * You can update user profiles of users in the `DEPROVISIONED` status if you have the **Edit
    Deactivated User Profile Updates** option turned on in the Admin Console. See [deactivated user
    profiles](https://help.okta.com/okta_help.htm?type=oie&id=edit-deactivated-users).

    If you are using this endpoint to set a password, it sets a password without validating existing
    user credentials. This is an administrative operation. For operations that validate credentials,
    refer to the [Reset
    password](https://developer.okta.com/docs/api/openapi/okta-management/management/usercred/resetpassword),
    [Start forgot password
    flow](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserCred/#tag/UserCred/operation/forgotPassword),
    and [Update
    password](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserCred/#tag/UserCred/operation/changePassword)
    endpoints.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        strict (bool | Unset): If true, validates against minimum age and history password policy
        if_match (str | Unset): The ETag value of the user's expected current state. This becomes
            a conditional request used for concurrency control. See [Conditional Requests and
            Entity
            Tags](https://developer.okta.com/docs/api/#conditional-requests-and-entity-tags).
        body (UpdateUserRequest):

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
        User | Error | None
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        strict=strict,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
    strict: bool | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[User | Error | None]:
    """Update a user

     Updates a user's profile or credentials with partial update semantics.

    > **Important:** Use the `POST` method for partial updates. Unspecified properties are set to null
    with `PUT`.

    `profile` and `credentials` can be updated independently or together with a single request.

    > **Notes:**
    > * Currently, the user type of a user can only be changed using a full replacement `PUT` operation.
    If the request parameters of a partial update include the `type` element from the user object,
    the value must match the existing type of the user. Only admins are permitted to change the user
    type of a user; end users are not allowed to change their own user type.
    >
    > * To update a current user's profile with partial semantics, you can use the `/api/v1/users/me`
    endpoint. But, a user can only update profile properties that they have write access for. Within the
    profile, if the user tries to update the primary or the secondary email IDs, verification emails are
    sent to those email IDs, and the fields are updated only upon verification.
    >
    > * You can update user profiles of users in the `DEPROVISIONED` status if you have the **Edit
    Deactivated User Profile Updates** option turned on in the Admin Console. See [deactivated user
    profiles](https://help.okta.com/okta_help.htm?type=oie&id=edit-deactivated-users).

    If you are using this endpoint to set a password, it sets a password without validating existing
    user credentials. This is an administrative operation. For operations that validate credentials,
    refer to the [Reset
    password](https://developer.okta.com/docs/api/openapi/okta-management/management/usercred/resetpassword),
    [Start forgot password
    flow](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserCred/#tag/UserCred/operation/forgotPassword),
    and [Update
    password](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserCred/#tag/UserCred/operation/changePassword)
    endpoints.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        strict (bool | Unset): If true, validates against minimum age and history password policy
        if_match (str | Unset): The ETag value of the user's expected current state. This becomes
            a conditional request used for concurrency control. See [Conditional Requests and
            Entity
            Tags](https://developer.okta.com/docs/api/#conditional-requests-and-entity-tags).
        body (UpdateUserRequest):

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
        Response[User | Error | None]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        strict=strict,
        if_match=if_match,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    id: str,
    *,
    client: RaisingClient,
    body: UpdateUserRequest,
    strict: bool | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> User | None: ...


@overload
async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
    strict: bool | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> User | Error | None: ...


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateUserRequest,
    strict: bool | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> User | Error | None:
    """Update a user

     Updates a user's profile or credentials with partial update semantics.

    > **Important:** Use the `POST` method for partial updates. Unspecified properties are set to null
    with `PUT`.

    `profile` and `credentials` can be updated independently or together with a single request.

    > **Notes:**
    > * Currently, the user type of a user can only be changed using a full replacement `PUT` operation.
    If the request parameters of a partial update include the `type` element from the user object,
    the value must match the existing type of the user. Only admins are permitted to change the user
    type of a user; end users are not allowed to change their own user type.
    >
    > * To update a current user's profile with partial semantics, you can use the `/api/v1/users/me`
    endpoint. But, a user can only update profile properties that they have write access for. Within the
    profile, if the user tries to update the primary or the secondary email IDs, verification emails are
    sent to those email IDs, and the fields are updated only upon verification.
    >
    > * You can update user profiles of users in the `DEPROVISIONED` status if you have the **Edit
    Deactivated User Profile Updates** option turned on in the Admin Console. See [deactivated user
    profiles](https://help.okta.com/okta_help.htm?type=oie&id=edit-deactivated-users).

    If you are using this endpoint to set a password, it sets a password without validating existing
    user credentials. This is an administrative operation. For operations that validate credentials,
    refer to the [Reset
    password](https://developer.okta.com/docs/api/openapi/okta-management/management/usercred/resetpassword),
    [Start forgot password
    flow](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserCred/#tag/UserCred/operation/forgotPassword),
    and [Update
    password](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/UserCred/#tag/UserCred/operation/changePassword)
    endpoints.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        strict (bool | Unset): If true, validates against minimum age and history password policy
        if_match (str | Unset): The ETag value of the user's expected current state. This becomes
            a conditional request used for concurrency control. See [Conditional Requests and
            Entity
            Tags](https://developer.okta.com/docs/api/#conditional-requests-and-entity-tags).
        body (UpdateUserRequest):

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
        User | Error | None
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            strict=strict,
            if_match=if_match,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
