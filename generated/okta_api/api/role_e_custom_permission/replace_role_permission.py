"""`replaceRolePermission`: PUT /api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.create_update_iam_role_permission_request import CreateUpdateIamRolePermissionRequest
    from ...models.error import Error
    from ...models.permission import Permission

OPERATION = Operation(
    operation_id="replaceRolePermission",
    method="PUT",
    path="/api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}",
    tag="RoleECustomPermission",
    scopes=("okta.roles.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    role_id_or_label: str,
    permission_type: str,
    *,
    body: CreateUpdateIamRolePermissionRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": _paths.build_path(
            OPERATION,
            {
                "roleIdOrLabel": role_id_or_label,
                "permissionType": permission_type,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Permission | Error | None:
    from ...models.error import Error
    from ...models.permission import Permission

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
            _convert.checked(client, _convert.parse_body(client, Permission, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Permission | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    role_id_or_label: str,
    permission_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUpdateIamRolePermissionRequest | Unset = UNSET,
) -> Response[Permission | Error | None]:
    """Replace a custom role permission

     Replaces a permission (specified by `permissionType`) for a custom role

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        role_id_or_label (str): `id` or `label` of the role
        permission_type (str): An Okta
            [permission](https://developer.okta.com/docs/api/openapi/okta-management/guides/permissions)
        body (CreateUpdateIamRolePermissionRequest | Unset):

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
        Response[Permission | Error | None]
    """

    kwargs = _get_kwargs(
        role_id_or_label=role_id_or_label,
        permission_type=permission_type,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    role_id_or_label: str,
    permission_type: str,
    *,
    client: RaisingClient,
    body: CreateUpdateIamRolePermissionRequest | Unset = UNSET,
) -> Permission | None: ...


@overload
def sync(
    role_id_or_label: str,
    permission_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUpdateIamRolePermissionRequest | Unset = UNSET,
) -> Permission | Error | None: ...


def sync(
    role_id_or_label: str,
    permission_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUpdateIamRolePermissionRequest | Unset = UNSET,
) -> Permission | Error | None:
    """Replace a custom role permission

     Replaces a permission (specified by `permissionType`) for a custom role

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        role_id_or_label (str): `id` or `label` of the role
        permission_type (str): An Okta
            [permission](https://developer.okta.com/docs/api/openapi/okta-management/guides/permissions)
        body (CreateUpdateIamRolePermissionRequest | Unset):

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
        Permission | Error | None
    """

    return sync_detailed(
        role_id_or_label=role_id_or_label,
        permission_type=permission_type,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    role_id_or_label: str,
    permission_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUpdateIamRolePermissionRequest | Unset = UNSET,
) -> Response[Permission | Error | None]:
    """Replace a custom role permission

     Replaces a permission (specified by `permissionType`) for a custom role

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        role_id_or_label (str): `id` or `label` of the role
        permission_type (str): An Okta
            [permission](https://developer.okta.com/docs/api/openapi/okta-management/guides/permissions)
        body (CreateUpdateIamRolePermissionRequest | Unset):

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
        Response[Permission | Error | None]
    """

    kwargs = _get_kwargs(
        role_id_or_label=role_id_or_label,
        permission_type=permission_type,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    role_id_or_label: str,
    permission_type: str,
    *,
    client: RaisingClient,
    body: CreateUpdateIamRolePermissionRequest | Unset = UNSET,
) -> Permission | None: ...


@overload
async def asyncio(
    role_id_or_label: str,
    permission_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUpdateIamRolePermissionRequest | Unset = UNSET,
) -> Permission | Error | None: ...


async def asyncio(
    role_id_or_label: str,
    permission_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateUpdateIamRolePermissionRequest | Unset = UNSET,
) -> Permission | Error | None:
    """Replace a custom role permission

     Replaces a permission (specified by `permissionType`) for a custom role

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        role_id_or_label (str): `id` or `label` of the role
        permission_type (str): An Okta
            [permission](https://developer.okta.com/docs/api/openapi/okta-management/guides/permissions)
        body (CreateUpdateIamRolePermissionRequest | Unset):

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
        Permission | Error | None
    """

    return (
        await asyncio_detailed(
            role_id_or_label=role_id_or_label,
            permission_type=permission_type,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
