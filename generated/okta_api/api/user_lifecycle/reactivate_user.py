"""`reactivateUser`: POST /api/v1/users/{id}/lifecycle/reactivate"""

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
    from ...models.user_activation_token import UserActivationToken

OPERATION = Operation(
    operation_id="reactivateUser",
    method="POST",
    path="/api/v1/users/{id}/lifecycle/reactivate",
    tag="UserLifecycle",
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
                "id": id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserActivationToken | Error | None:
    from ...models.error import Error
    from ...models.user_activation_token import UserActivationToken

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
            _convert.checked(client, _convert.parse_body(client, UserActivationToken, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserActivationToken | Error | None]:
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
    send_email: bool | Unset = UNSET,
) -> Response[UserActivationToken | Error | None]:
    """Reactivate a user

     Reactivates a user.

    Perform this operation only on users with a `PROVISIONED` or `RECOVERY`
    [status](https://developer.okta.com/docs/api/openapi/okta-management/management/user/listusers#user/listusers/t=response&c=200&path=status).
    This operation restarts the activation workflow if for some reason the user activation wasn't
    completed when using the `activationToken` from [Activate
    User](https://developer.okta.com/docs/api/openapi/okta-management/management/userlifecycle/activateuser).

    Users that don't have a password must complete the flow by completing the [Reset
    password](https://developer.okta.com/docs/api/openapi/okta-management/management/usercred/resetpassword)
    flow and MFA enrollment steps to transition the user to `ACTIVE` status.

    If `sendEmail` is `false`, returns an activation link for the user to set up their account. The
    activation token can be used to create a custom activation link.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        send_email (bool | Unset): Sends an activation email to the user if `true` Okta's default:
            False.

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
        Response[UserActivationToken | Error | None]
    """

    kwargs = _get_kwargs(
        id=id,
        send_email=send_email,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    id: str,
    *,
    client: RaisingClient,
    send_email: bool | Unset = UNSET,
) -> UserActivationToken | None: ...


@overload
def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = UNSET,
) -> UserActivationToken | Error | None: ...


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = UNSET,
) -> UserActivationToken | Error | None:
    """Reactivate a user

     Reactivates a user.

    Perform this operation only on users with a `PROVISIONED` or `RECOVERY`
    [status](https://developer.okta.com/docs/api/openapi/okta-management/management/user/listusers#user/listusers/t=response&c=200&path=status).
    This operation restarts the activation workflow if for some reason the user activation wasn't
    completed when using the `activationToken` from [Activate
    User](https://developer.okta.com/docs/api/openapi/okta-management/management/userlifecycle/activateuser).

    Users that don't have a password must complete the flow by completing the [Reset
    password](https://developer.okta.com/docs/api/openapi/okta-management/management/usercred/resetpassword)
    flow and MFA enrollment steps to transition the user to `ACTIVE` status.

    If `sendEmail` is `false`, returns an activation link for the user to set up their account. The
    activation token can be used to create a custom activation link.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        send_email (bool | Unset): Sends an activation email to the user if `true` Okta's default:
            False.

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
        UserActivationToken | Error | None
    """

    return sync_detailed(
        id=id,
        client=client,
        send_email=send_email,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = UNSET,
) -> Response[UserActivationToken | Error | None]:
    """Reactivate a user

     Reactivates a user.

    Perform this operation only on users with a `PROVISIONED` or `RECOVERY`
    [status](https://developer.okta.com/docs/api/openapi/okta-management/management/user/listusers#user/listusers/t=response&c=200&path=status).
    This operation restarts the activation workflow if for some reason the user activation wasn't
    completed when using the `activationToken` from [Activate
    User](https://developer.okta.com/docs/api/openapi/okta-management/management/userlifecycle/activateuser).

    Users that don't have a password must complete the flow by completing the [Reset
    password](https://developer.okta.com/docs/api/openapi/okta-management/management/usercred/resetpassword)
    flow and MFA enrollment steps to transition the user to `ACTIVE` status.

    If `sendEmail` is `false`, returns an activation link for the user to set up their account. The
    activation token can be used to create a custom activation link.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        send_email (bool | Unset): Sends an activation email to the user if `true` Okta's default:
            False.

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
        Response[UserActivationToken | Error | None]
    """

    kwargs = _get_kwargs(
        id=id,
        send_email=send_email,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    id: str,
    *,
    client: RaisingClient,
    send_email: bool | Unset = UNSET,
) -> UserActivationToken | None: ...


@overload
async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = UNSET,
) -> UserActivationToken | Error | None: ...


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    send_email: bool | Unset = UNSET,
) -> UserActivationToken | Error | None:
    """Reactivate a user

     Reactivates a user.

    Perform this operation only on users with a `PROVISIONED` or `RECOVERY`
    [status](https://developer.okta.com/docs/api/openapi/okta-management/management/user/listusers#user/listusers/t=response&c=200&path=status).
    This operation restarts the activation workflow if for some reason the user activation wasn't
    completed when using the `activationToken` from [Activate
    User](https://developer.okta.com/docs/api/openapi/okta-management/management/userlifecycle/activateuser).

    Users that don't have a password must complete the flow by completing the [Reset
    password](https://developer.okta.com/docs/api/openapi/okta-management/management/usercred/resetpassword)
    flow and MFA enrollment steps to transition the user to `ACTIVE` status.

    If `sendEmail` is `false`, returns an activation link for the user to set up their account. The
    activation token can be used to create a custom activation link.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        id (str): An ID, login, or login shortname (as long as the shortname is unambiguous) of an
            existing Okta user
        send_email (bool | Unset): Sends an activation email to the user if `true` Okta's default:
            False.

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
        UserActivationToken | Error | None
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            send_email=send_email,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
