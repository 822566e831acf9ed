"""`createUser`: POST /api/v1/users"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.create_user_request import CreateUserRequest
    from ...models.error import Error
    from ...models.user import User
    from ...models.user_next_login import UserNextLogin

OPERATION = Operation(
    operation_id="createUser",
    method="POST",
    path="/api/v1/users",
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
    *,
    body: CreateUserRequest,
    activate: bool | Unset = UNSET,
    provider: bool | Unset = UNSET,
    next_login: UserNextLogin | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["activate"] = activate

    params["provider"] = provider

    json_next_login: str | Unset = UNSET
    if not isinstance(next_login, Unset):
        json_next_login = next_login.value

    params["nextLogin"] = json_next_login

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/api/v1/users",
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
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
    activate: bool | Unset = UNSET,
    provider: bool | Unset = UNSET,
    next_login: UserNextLogin | Unset = UNSET,
) -> Response[User | Error | None]:
    """Create a user

     Creates a new user in your Okta org with or without credentials.<br>
    > **Legal Disclaimer**
    >
    > After a user is added to the Okta directory, they receive an activation email. As part of signing
    up for this service,
    > you agreed not to use Okta's service/product to spam and/or send unsolicited messages.
    > Please refrain from adding unrelated accounts to the directory as Okta is not responsible for, and
    disclaims any and all
    > liability associated with, the activation email's content. You, and you alone, bear responsibility
    for the emails sent to any recipients.

    All responses return the created user. Activation of a user is an asynchronous operation. The system
    performs group reconciliation during activation and assigns the user to all apps via direct or
    indirect relationships (group memberships).
    * The user's `transitioningToStatus` property is `ACTIVE` during activation to indicate that the
    user hasn't completed the asynchronous operation.
    * The user's `status` is `ACTIVE` when the activation process is complete.

    The user is emailed a one-time activation token if activated without a password.

    > **Note:** If the user is assigned to an app that is configured for provisioning, the activation
    process triggers downstream provisioning to the app.  It is possible for a user to sign in before
    these apps have been successfully provisioned for the user.

    > **Important:** Do not generate or send a one-time activation token when activating users with an
    assigned password. Users should sign in with their assigned password.

    For more information about the various scenarios of creating a user listed in the examples, see the
    [User creation
    scenarios](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/user/section/user-status#section/User-creation-scenarios)
    section.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        activate (bool | Unset): Executes an [activation
            lifecycle](https://developer.okta.com/docs/api/openapi/okta-management/management/userlifecycle/activateuser)
            operation when creating the user Okta's default: True.
        provider (bool | Unset): Indicates whether to create a user with a specified
            authentication provider. Okta's default: False.
        next_login (UserNextLogin | Unset): With `activate=true`, if `nextLogin=changePassword`, a
            user is created, activated, and the password is set to `EXPIRED`. The user must change
            it the next time they sign in.
        body (CreateUserRequest):

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
        body=body,
        activate=activate,
        provider=provider,
        next_login=next_login,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    body: CreateUserRequest,
    activate: bool | Unset = UNSET,
    provider: bool | Unset = UNSET,
    next_login: UserNextLogin | Unset = UNSET,
) -> User | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
    activate: bool | Unset = UNSET,
    provider: bool | Unset = UNSET,
    next_login: UserNextLogin | Unset = UNSET,
) -> User | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
    activate: bool | Unset = UNSET,
    provider: bool | Unset = UNSET,
    next_login: UserNextLogin | Unset = UNSET,
) -> User | Error | None:
    """Create a user

     Creates a new user in your Okta org with or without credentials.<br>
    > **Legal Disclaimer**
    >
    > After a user is added to the Okta directory, they receive an activation email. As part of signing
    up for this service,
    > you agreed not to use Okta's service/product to spam and/or send unsolicited messages.
    > Please refrain from adding unrelated accounts to the directory as Okta is not responsible for, and
    disclaims any and all
    > liability associated with, the activation email's content. You, and you alone, bear responsibility
    for the emails sent to any recipients.

    All responses return the created user. Activation of a user is an asynchronous operation. The system
    performs group reconciliation during activation and assigns the user to all apps via direct or
    indirect relationships (group memberships).
    * The user's `transitioningToStatus` property is `ACTIVE` during activation to indicate that the
    user hasn't completed the asynchronous operation.
    * The user's `status` is `ACTIVE` when the activation process is complete.

    The user is emailed a one-time activation token if activated without a password.

    > **Note:** If the user is assigned to an app that is configured for provisioning, the activation
    process triggers downstream provisioning to the app.  It is possible for a user to sign in before
    these apps have been successfully provisioned for the user.

    > **Important:** Do not generate or send a one-time activation token when activating users with an
    assigned password. Users should sign in with their assigned password.

    For more information about the various scenarios of creating a user listed in the examples, see the
    [User creation
    scenarios](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/user/section/user-status#section/User-creation-scenarios)
    section.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        activate (bool | Unset): Executes an [activation
            lifecycle](https://developer.okta.com/docs/api/openapi/okta-management/management/userlifecycle/activateuser)
            operation when creating the user Okta's default: True.
        provider (bool | Unset): Indicates whether to create a user with a specified
            authentication provider. Okta's default: False.
        next_login (UserNextLogin | Unset): With `activate=true`, if `nextLogin=changePassword`, a
            user is created, activated, and the password is set to `EXPIRED`. The user must change
            it the next time they sign in.
        body (CreateUserRequest):

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
        client=client,
        body=body,
        activate=activate,
        provider=provider,
        next_login=next_login,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
    activate: bool | Unset = UNSET,
    provider: bool | Unset = UNSET,
    next_login: UserNextLogin | Unset = UNSET,
) -> Response[User | Error | None]:
    """Create a user

     Creates a new user in your Okta org with or without credentials.<br>
    > **Legal Disclaimer**
    >
    > After a user is added to the Okta directory, they receive an activation email. As part of signing
    up for this service,
    > you agreed not to use Okta's service/product to spam and/or send unsolicited messages.
    > Please refrain from adding unrelated accounts to the directory as Okta is not responsible for, and
    disclaims any and all
    > liability associated with, the activation email's content. You, and you alone, bear responsibility
    for the emails sent to any recipients.

    All responses return the created user. Activation of a user is an asynchronous operation. The system
    performs group reconciliation during activation and assigns the user to all apps via direct or
    indirect relationships (group memberships).
    * The user's `transitioningToStatus` property is `ACTIVE` during activation to indicate that the
    user hasn't completed the asynchronous operation.
    * The user's `status` is `ACTIVE` when the activation process is complete.

    The user is emailed a one-time activation token if activated without a password.

    > **Note:** If the user is assigned to an app that is configured for provisioning, the activation
    process triggers downstream provisioning to the app.  It is possible for a user to sign in before
    these apps have been successfully provisioned for the user.

    > **Important:** Do not generate or send a one-time activation token when activating users with an
    assigned password. Users should sign in with their assigned password.

    For more information about the various scenarios of creating a user listed in the examples, see the
    [User creation
    scenarios](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/user/section/user-status#section/User-creation-scenarios)
    section.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        activate (bool | Unset): Executes an [activation
            lifecycle](https://developer.okta.com/docs/api/openapi/okta-management/management/userlifecycle/activateuser)
            operation when creating the user Okta's default: True.
        provider (bool | Unset): Indicates whether to create a user with a specified
            authentication provider. Okta's default: False.
        next_login (UserNextLogin | Unset): With `activate=true`, if `nextLogin=changePassword`, a
            user is created, activated, and the password is set to `EXPIRED`. The user must change
            it the next time they sign in.
        body (CreateUserRequest):

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
        body=body,
        activate=activate,
        provider=provider,
        next_login=next_login,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    body: CreateUserRequest,
    activate: bool | Unset = UNSET,
    provider: bool | Unset = UNSET,
    next_login: UserNextLogin | Unset = UNSET,
) -> User | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
    activate: bool | Unset = UNSET,
    provider: bool | Unset = UNSET,
    next_login: UserNextLogin | Unset = UNSET,
) -> User | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserRequest,
    activate: bool | Unset = UNSET,
    provider: bool | Unset = UNSET,
    next_login: UserNextLogin | Unset = UNSET,
) -> User | Error | None:
    """Create a user

     Creates a new user in your Okta org with or without credentials.<br>
    > **Legal Disclaimer**
    >
    > After a user is added to the Okta directory, they receive an activation email. As part of signing
    up for this service,
    > you agreed not to use Okta's service/product to spam and/or send unsolicited messages.
    > Please refrain from adding unrelated accounts to the directory as Okta is not responsible for, and
    disclaims any and all
    > liability associated with, the activation email's content. You, and you alone, bear responsibility
    for the emails sent to any recipients.

    All responses return the created user. Activation of a user is an asynchronous operation. The system
    performs group reconciliation during activation and assigns the user to all apps via direct or
    indirect relationships (group memberships).
    * The user's `transitioningToStatus` property is `ACTIVE` during activation to indicate that the
    user hasn't completed the asynchronous operation.
    * The user's `status` is `ACTIVE` when the activation process is complete.

    The user is emailed a one-time activation token if activated without a password.

    > **Note:** If the user is assigned to an app that is configured for provisioning, the activation
    process triggers downstream provisioning to the app.  It is possible for a user to sign in before
    these apps have been successfully provisioned for the user.

    > **Important:** Do not generate or send a one-time activation token when activating users with an
    assigned password. Users should sign in with their assigned password.

    For more information about the various scenarios of creating a user listed in the examples, see the
    [User creation
    scenarios](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/user/section/user-status#section/User-creation-scenarios)
    section.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        activate (bool | Unset): Executes an [activation
            lifecycle](https://developer.okta.com/docs/api/openapi/okta-management/management/userlifecycle/activateuser)
            operation when creating the user Okta's default: True.
        provider (bool | Unset): Indicates whether to create a user with a specified
            authentication provider. Okta's default: False.
        next_login (UserNextLogin | Unset): With `activate=true`, if `nextLogin=changePassword`, a
            user is created, activated, and the password is set to `EXPIRED`. The user must change
            it the next time they sign in.
        body (CreateUserRequest):

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
            client=client,
            body=body,
            activate=activate,
            provider=provider,
            next_login=next_login,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
