"""`getRoleTargetsByUserIdAndRoleId`: GET /api/v1/users/{userId}/roles/{roleIdOrEncodedRoleId}/targets"""

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
    from ...models.get_role_targets_by_user_id_and_role_id_assignment_type import (
        GetRoleTargetsByUserIdAndRoleIdAssignmentType,
    )
    from ...models.role_target import RoleTarget

OPERATION = Operation(
    operation_id="getRoleTargetsByUserIdAndRoleId",
    method="GET",
    path="/api/v1/users/{userId}/roles/{roleIdOrEncodedRoleId}/targets",
    tag="RoleBTargetAdmin",
    scopes=("okta.roles.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    user_id: str,
    role_id_or_encoded_role_id: str,
    *,
    assignment_type: GetRoleTargetsByUserIdAndRoleIdAssignmentType | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_assignment_type: str | Unset = UNSET
    if not isinstance(assignment_type, Unset):
        json_assignment_type = assignment_type.value

    params["assignmentType"] = json_assignment_type

    params["after"] = after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "userId": user_id,
                "roleIdOrEncodedRoleId": role_id_or_encoded_role_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[RoleTarget] | Error | None:
    from ...models.error import Error
    from ...models.role_target import RoleTarget

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
            _convert.checked(client, _convert.parse_response_list(client, RoleTarget, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[RoleTarget] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    role_id_or_encoded_role_id: str,
    *,
    client: AuthenticatedClient | Client,
    assignment_type: GetRoleTargetsByUserIdAndRoleIdAssignmentType | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[RoleTarget] | Error | None]:
    """Retrieve a role target by assignment type

     Retrieves all role targets for an `APP_ADMIN`, `USER_ADMIN`, `HELP_DESK_ADMIN`, or
    `GROUP_MEMBERSHIP_ADMIN` role assignment to an admin user by user or group assignment type.
    If the role isn't scoped to specific group targets or any app targets, an empty array `[]` is
    returned.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.read.

    Args:
        user_id (str): ID of an existing Okta user
        role_id_or_encoded_role_id (str): The `id` of the role or Base32 encoded `id` of the role
            name
        assignment_type (GetRoleTargetsByUserIdAndRoleIdAssignmentType | Unset): Specifies the
            assignment type of the user
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.

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
        Response[list[RoleTarget] | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        role_id_or_encoded_role_id=role_id_or_encoded_role_id,
        assignment_type=assignment_type,
        after=after,
        limit=limit,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    user_id: str,
    role_id_or_encoded_role_id: str,
    *,
    client: RaisingClient,
    assignment_type: GetRoleTargetsByUserIdAndRoleIdAssignmentType | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[RoleTarget] | None: ...


@overload
def sync(
    user_id: str,
    role_id_or_encoded_role_id: str,
    *,
    client: AuthenticatedClient | Client,
    assignment_type: GetRoleTargetsByUserIdAndRoleIdAssignmentType | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[RoleTarget] | Error | None: ...


def sync(
    user_id: str,
    role_id_or_encoded_role_id: str,
    *,
    client: AuthenticatedClient | Client,
    assignment_type: GetRoleTargetsByUserIdAndRoleIdAssignmentType | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[RoleTarget] | Error | None:
    """Retrieve a role target by assignment type

     Retrieves all role targets for an `APP_ADMIN`, `USER_ADMIN`, `HELP_DESK_ADMIN`, or
    `GROUP_MEMBERSHIP_ADMIN` role assignment to an admin user by user or group assignment type.
    If the role isn't scoped to specific group targets or any app targets, an empty array `[]` is
    returned.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.read.

    Args:
        user_id (str): ID of an existing Okta user
        role_id_or_encoded_role_id (str): The `id` of the role or Base32 encoded `id` of the role
            name
        assignment_type (GetRoleTargetsByUserIdAndRoleIdAssignmentType | Unset): Specifies the
            assignment type of the user
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.

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
        list[RoleTarget] | Error | None
    """

    return sync_detailed(
        user_id=user_id,
        role_id_or_encoded_role_id=role_id_or_encoded_role_id,
        client=client,
        assignment_type=assignment_type,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    role_id_or_encoded_role_id: str,
    *,
    client: AuthenticatedClient | Client,
    assignment_type: GetRoleTargetsByUserIdAndRoleIdAssignmentType | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[list[RoleTarget] | Error | None]:
    """Retrieve a role target by assignment type

     Retrieves all role targets for an `APP_ADMIN`, `USER_ADMIN`, `HELP_DESK_ADMIN`, or
    `GROUP_MEMBERSHIP_ADMIN` role assignment to an admin user by user or group assignment type.
    If the role isn't scoped to specific group targets or any app targets, an empty array `[]` is
    returned.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.read.

    Args:
        user_id (str): ID of an existing Okta user
        role_id_or_encoded_role_id (str): The `id` of the role or Base32 encoded `id` of the role
            name
        assignment_type (GetRoleTargetsByUserIdAndRoleIdAssignmentType | Unset): Specifies the
            assignment type of the user
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.

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
        Response[list[RoleTarget] | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        role_id_or_encoded_role_id=role_id_or_encoded_role_id,
        assignment_type=assignment_type,
        after=after,
        limit=limit,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    user_id: str,
    role_id_or_encoded_role_id: str,
    *,
    client: RaisingClient,
    assignment_type: GetRoleTargetsByUserIdAndRoleIdAssignmentType | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[RoleTarget] | None: ...


@overload
async def asyncio(
    user_id: str,
    role_id_or_encoded_role_id: str,
    *,
    client: AuthenticatedClient | Client,
    assignment_type: GetRoleTargetsByUserIdAndRoleIdAssignmentType | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[RoleTarget] | Error | None: ...


async def asyncio(
    user_id: str,
    role_id_or_encoded_role_id: str,
    *,
    client: AuthenticatedClient | Client,
    assignment_type: GetRoleTargetsByUserIdAndRoleIdAssignmentType | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> list[RoleTarget] | Error | None:
    """Retrieve a role target by assignment type

     Retrieves all role targets for an `APP_ADMIN`, `USER_ADMIN`, `HELP_DESK_ADMIN`, or
    `GROUP_MEMBERSHIP_ADMIN` role assignment to an admin user by user or group assignment type.
    If the role isn't scoped to specific group targets or any app targets, an empty array `[]` is
    returned.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.read.

    Args:
        user_id (str): ID of an existing Okta user
        role_id_or_encoded_role_id (str): The `id` of the role or Base32 encoded `id` of the role
            name
        assignment_type (GetRoleTargetsByUserIdAndRoleIdAssignmentType | Unset): Specifies the
            assignment type of the user
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): A limit on the number of objects to return Okta's default: 20.

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
        list[RoleTarget] | Error | None
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            role_id_or_encoded_role_id=role_id_or_encoded_role_id,
            client=client,
            assignment_type=assignment_type,
            after=after,
            limit=limit,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[RoleTarget]:
    """One 2xx response of `getRoleTargetsByUserIdAndRoleId` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
