"""`unassignAppInstanceTargetFromAdminRoleForUser`: DELETE /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}"""

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

OPERATION = Operation(
    operation_id="unassignAppInstanceTargetFromAdminRoleForUser",
    method="DELETE",
    path="/api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}",
    tag="RoleBTargetAdmin",
    scopes=("okta.roles.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    user_id: str,
    role_assignment_id: str,
    app_name: str,
    app_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": _paths.build_path(
            OPERATION,
            {
                "userId": user_id,
                "roleAssignmentId": role_assignment_id,
                "appName": app_name,
                "appId": app_id,
            },
        ),
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
    role_assignment_id: str,
    app_name: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | None]:
    """Unassign an admin role app instance target

     Unassigns an app instance target from an `APP_ADMIN` role assignment to an admin user.

    > **Note:** You can't remove the last app instance target from a role assignment since this causes
    an exception.
    > If you need a role assignment that applies to all apps, delete the `APP_ADMIN` role assignment and
    recreate a new one.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        user_id (str): ID of an existing Okta user
        role_assignment_id (str): The `id` of the role assignment
        app_name (str): Name of the app definition (the OIN catalog app key name)
        app_id (str): Application ID

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
        role_assignment_id=role_assignment_id,
        app_name=app_name,
        app_id=app_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    user_id: str,
    role_assignment_id: str,
    app_name: str,
    app_id: str,
    *,
    client: RaisingClient,
) -> None: ...


@overload
def sync(
    user_id: str,
    role_assignment_id: str,
    app_name: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | None: ...


def sync(
    user_id: str,
    role_assignment_id: str,
    app_name: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | None:
    """Unassign an admin role app instance target

     Unassigns an app instance target from an `APP_ADMIN` role assignment to an admin user.

    > **Note:** You can't remove the last app instance target from a role assignment since this causes
    an exception.
    > If you need a role assignment that applies to all apps, delete the `APP_ADMIN` role assignment and
    recreate a new one.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        user_id (str): ID of an existing Okta user
        role_assignment_id (str): The `id` of the role assignment
        app_name (str): Name of the app definition (the OIN catalog app key name)
        app_id (str): Application ID

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
        role_assignment_id=role_assignment_id,
        app_name=app_name,
        app_id=app_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    role_assignment_id: str,
    app_name: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | None]:
    """Unassign an admin role app instance target

     Unassigns an app instance target from an `APP_ADMIN` role assignment to an admin user.

    > **Note:** You can't remove the last app instance target from a role assignment since this causes
    an exception.
    > If you need a role assignment that applies to all apps, delete the `APP_ADMIN` role assignment and
    recreate a new one.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        user_id (str): ID of an existing Okta user
        role_assignment_id (str): The `id` of the role assignment
        app_name (str): Name of the app definition (the OIN catalog app key name)
        app_id (str): Application ID

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
        role_assignment_id=role_assignment_id,
        app_name=app_name,
        app_id=app_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    user_id: str,
    role_assignment_id: str,
    app_name: str,
    app_id: str,
    *,
    client: RaisingClient,
) -> None: ...


@overload
async def asyncio(
    user_id: str,
    role_assignment_id: str,
    app_name: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | None: ...


async def asyncio(
    user_id: str,
    role_assignment_id: str,
    app_name: str,
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | None:
    """Unassign an admin role app instance target

     Unassigns an app instance target from an `APP_ADMIN` role assignment to an admin user.

    > **Note:** You can't remove the last app instance target from a role assignment since this causes
    an exception.
    > If you need a role assignment that applies to all apps, delete the `APP_ADMIN` role assignment and
    recreate a new one.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        user_id (str): ID of an existing Okta user
        role_assignment_id (str): The `id` of the role assignment
        app_name (str): Name of the app definition (the OIN catalog app key name)
        app_id (str): Application ID

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
            role_assignment_id=role_assignment_id,
            app_name=app_name,
            app_id=app_id,
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
