"""`assignAppTargetToAdminRoleForGroup`: PUT /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}"""

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
    operation_id="assignAppTargetToAdminRoleForGroup",
    method="PUT",
    path="/api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}",
    tag="RoleBTargetBGroup",
    scopes=("okta.roles.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    group_id: str,
    role_assignment_id: str,
    app_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": _paths.build_path(
            OPERATION,
            {
                "groupId": group_id,
                "roleAssignmentId": role_assignment_id,
                "appName": app_name,
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
    group_id: str,
    role_assignment_id: str,
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | None]:
    """Assign a group role app target

     Assigns an OIN app target to an `APP_ADMIN` role assignment to a group. When you assign the first
    OIN app target, you reduce the scope of the role assignment. The role no longer applies to all app
    targets, but applies only to the specified target. An OIN app target that's assigned to the role
    overrides any existing instance targets of the OIN app. For example, if a user is assigned to
    administer a specific Facebook instance, a successful request to add an OIN app with `facebook` for
    `appName` makes that user the administrator for all Facebook instances.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        group_id (str): The `id` of the group
        role_assignment_id (str): The `id` of the role assignment
        app_name (str): Name of the app definition (the OIN catalog app key name)

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
        group_id=group_id,
        role_assignment_id=role_assignment_id,
        app_name=app_name,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    group_id: str,
    role_assignment_id: str,
    app_name: str,
    *,
    client: RaisingClient,
) -> None: ...


@overload
def sync(
    group_id: str,
    role_assignment_id: str,
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | None: ...


def sync(
    group_id: str,
    role_assignment_id: str,
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | None:
    """Assign a group role app target

     Assigns an OIN app target to an `APP_ADMIN` role assignment to a group. When you assign the first
    OIN app target, you reduce the scope of the role assignment. The role no longer applies to all app
    targets, but applies only to the specified target. An OIN app target that's assigned to the role
    overrides any existing instance targets of the OIN app. For example, if a user is assigned to
    administer a specific Facebook instance, a successful request to add an OIN app with `facebook` for
    `appName` makes that user the administrator for all Facebook instances.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        group_id (str): The `id` of the group
        role_assignment_id (str): The `id` of the role assignment
        app_name (str): Name of the app definition (the OIN catalog app key name)

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
        group_id=group_id,
        role_assignment_id=role_assignment_id,
        app_name=app_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    role_assignment_id: str,
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | None]:
    """Assign a group role app target

     Assigns an OIN app target to an `APP_ADMIN` role assignment to a group. When you assign the first
    OIN app target, you reduce the scope of the role assignment. The role no longer applies to all app
    targets, but applies only to the specified target. An OIN app target that's assigned to the role
    overrides any existing instance targets of the OIN app. For example, if a user is assigned to
    administer a specific Facebook instance, a successful request to add an OIN app with `facebook` for
    `appName` makes that user the administrator for all Facebook instances.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        group_id (str): The `id` of the group
        role_assignment_id (str): The `id` of the role assignment
        app_name (str): Name of the app definition (the OIN catalog app key name)

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
        group_id=group_id,
        role_assignment_id=role_assignment_id,
        app_name=app_name,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    group_id: str,
    role_assignment_id: str,
    app_name: str,
    *,
    client: RaisingClient,
) -> None: ...


@overload
async def asyncio(
    group_id: str,
    role_assignment_id: str,
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | None: ...


async def asyncio(
    group_id: str,
    role_assignment_id: str,
    app_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | None:
    """Assign a group role app target

     Assigns an OIN app target to an `APP_ADMIN` role assignment to a group. When you assign the first
    OIN app target, you reduce the scope of the role assignment. The role no longer applies to all app
    targets, but applies only to the specified target. An OIN app target that's assigned to the role
    overrides any existing instance targets of the OIN app. For example, if a user is assigned to
    administer a specific Facebook instance, a successful request to add an OIN app with `facebook` for
    `appName` makes that user the administrator for all Facebook instances.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        group_id (str): The `id` of the group
        role_assignment_id (str): The `id` of the role assignment
        app_name (str): Name of the app definition (the OIN catalog app key name)

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
            group_id=group_id,
            role_assignment_id=role_assignment_id,
            app_name=app_name,
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
