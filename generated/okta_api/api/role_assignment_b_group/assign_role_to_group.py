"""`assignRoleToGroup`: POST /api/v1/groups/{groupId}/roles"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.custom_role import CustomRole
    from ...models.custom_role_assignment_schema import CustomRoleAssignmentSchema
    from ...models.error import Error
    from ...models.standard_role import StandardRole
    from ...models.standard_role_assignment_schema import StandardRoleAssignmentSchema

OPERATION = Operation(
    operation_id="assignRoleToGroup",
    method="POST",
    path="/api/v1/groups/{groupId}/roles",
    tag="RoleAssignmentBGroup",
    scopes=("okta.roles.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    group_id: str,
    *,
    body: StandardRoleAssignmentSchema | CustomRoleAssignmentSchema,
    disable_notifications: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["disableNotifications"] = disable_notifications

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "groupId": group_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = _convert.dump_value(body, True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StandardRole | CustomRole | Error | None:
    from ...models.custom_role import CustomRole
    from ...models.error import Error
    from ...models.standard_role import StandardRole

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
            _convert.checked(
                client,
                _convert.parse_union(
                    (
                        StandardRole,
                        CustomRole,
                    ),
                    response.json(),
                ),
            )
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StandardRole | CustomRole | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StandardRoleAssignmentSchema | CustomRoleAssignmentSchema,
    disable_notifications: bool | Unset = UNSET,
) -> Response[StandardRole | CustomRole | Error | None]:
    """Assign a role to a group

     Assigns a [standard
    role](https://developer.okta.com/docs/api/openapi/okta-management/guides/roles/#standard-roles) to a
    group.

    You can also assign a custom role to a group, but the preferred method to assign a custom role to a
    group is to create a binding between the custom role, the resource set, and the group. See [Create a
    role resource set
    binding](https://developer.okta.com/docs/api/openapi/okta-management/management/roledresourcesetbinding/createresourcesetbinding).

    > **Notes:**
    > * The request payload is different for standard and custom role assignments.
    > * For IAM-based standard role assignments, use the request payload for standard roles. However,
    the response payload for IAM-based role assignments is similar to the custom role's assignment
    response.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        group_id (str): The `id` of the group
        disable_notifications (bool | Unset): Grants the group third-party admin status when set
            to `true` Okta's default: False.
        body (CustomRoleAssignmentSchema | StandardRoleAssignmentSchema):

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
        Response[StandardRole | CustomRole | Error | None]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        disable_notifications=disable_notifications,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    group_id: str,
    *,
    client: RaisingClient,
    body: StandardRoleAssignmentSchema | CustomRoleAssignmentSchema,
    disable_notifications: bool | Unset = UNSET,
) -> StandardRole | CustomRole | None: ...


@overload
def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StandardRoleAssignmentSchema | CustomRoleAssignmentSchema,
    disable_notifications: bool | Unset = UNSET,
) -> StandardRole | CustomRole | Error | None: ...


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StandardRoleAssignmentSchema | CustomRoleAssignmentSchema,
    disable_notifications: bool | Unset = UNSET,
) -> StandardRole | CustomRole | Error | None:
    """Assign a role to a group

     Assigns a [standard
    role](https://developer.okta.com/docs/api/openapi/okta-management/guides/roles/#standard-roles) to a
    group.

    You can also assign a custom role to a group, but the preferred method to assign a custom role to a
    group is to create a binding between the custom role, the resource set, and the group. See [Create a
    role resource set
    binding](https://developer.okta.com/docs/api/openapi/okta-management/management/roledresourcesetbinding/createresourcesetbinding).

    > **Notes:**
    > * The request payload is different for standard and custom role assignments.
    > * For IAM-based standard role assignments, use the request payload for standard roles. However,
    the response payload for IAM-based role assignments is similar to the custom role's assignment
    response.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        group_id (str): The `id` of the group
        disable_notifications (bool | Unset): Grants the group third-party admin status when set
            to `true` Okta's default: False.
        body (CustomRoleAssignmentSchema | StandardRoleAssignmentSchema):

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
        StandardRole | CustomRole | Error | None
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
        disable_notifications=disable_notifications,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StandardRoleAssignmentSchema | CustomRoleAssignmentSchema,
    disable_notifications: bool | Unset = UNSET,
) -> Response[StandardRole | CustomRole | Error | None]:
    """Assign a role to a group

     Assigns a [standard
    role](https://developer.okta.com/docs/api/openapi/okta-management/guides/roles/#standard-roles) to a
    group.

    You can also assign a custom role to a group, but the preferred method to assign a custom role to a
    group is to create a binding between the custom role, the resource set, and the group. See [Create a
    role resource set
    binding](https://developer.okta.com/docs/api/openapi/okta-management/management/roledresourcesetbinding/createresourcesetbinding).

    > **Notes:**
    > * The request payload is different for standard and custom role assignments.
    > * For IAM-based standard role assignments, use the request payload for standard roles. However,
    the response payload for IAM-based role assignments is similar to the custom role's assignment
    response.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        group_id (str): The `id` of the group
        disable_notifications (bool | Unset): Grants the group third-party admin status when set
            to `true` Okta's default: False.
        body (CustomRoleAssignmentSchema | StandardRoleAssignmentSchema):

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
        Response[StandardRole | CustomRole | Error | None]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        disable_notifications=disable_notifications,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    group_id: str,
    *,
    client: RaisingClient,
    body: StandardRoleAssignmentSchema | CustomRoleAssignmentSchema,
    disable_notifications: bool | Unset = UNSET,
) -> StandardRole | CustomRole | None: ...


@overload
async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StandardRoleAssignmentSchema | CustomRoleAssignmentSchema,
    disable_notifications: bool | Unset = UNSET,
) -> StandardRole | CustomRole | Error | None: ...


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: StandardRoleAssignmentSchema | CustomRoleAssignmentSchema,
    disable_notifications: bool | Unset = UNSET,
) -> StandardRole | CustomRole | Error | None:
    """Assign a role to a group

     Assigns a [standard
    role](https://developer.okta.com/docs/api/openapi/okta-management/guides/roles/#standard-roles) to a
    group.

    You can also assign a custom role to a group, but the preferred method to assign a custom role to a
    group is to create a binding between the custom role, the resource set, and the group. See [Create a
    role resource set
    binding](https://developer.okta.com/docs/api/openapi/okta-management/management/roledresourcesetbinding/createresourcesetbinding).

    > **Notes:**
    > * The request payload is different for standard and custom role assignments.
    > * For IAM-based standard role assignments, use the request payload for standard roles. However,
    the response payload for IAM-based role assignments is similar to the custom role's assignment
    response.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        group_id (str): The `id` of the group
        disable_notifications (bool | Unset): Grants the group third-party admin status when set
            to `true` Okta's default: False.
        body (CustomRoleAssignmentSchema | StandardRoleAssignmentSchema):

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
        StandardRole | CustomRole | Error | None
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
            disable_notifications=disable_notifications,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
