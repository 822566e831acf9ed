"""`updateGroupMembership`: POST /api/v1/directories/{appInstanceId}/groups/modify"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.agent_action import AgentAction
    from ...models.error import Error

OPERATION = Operation(
    operation_id="updateGroupMembership",
    method="POST",
    path="/api/v1/directories/{appInstanceId}/groups/modify",
    tag="DirectoriesIntegration",
    scopes=("okta.directories.groups.manage",),
    auth=("oauth2",),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    app_instance_id: str,
    *,
    body: AgentAction,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "appInstanceId": app_instance_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | None:
    from ...models.error import Error

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
    if response.status_code == 502:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 504:
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
    app_instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentAction,
) -> Response[Error | None]:
    """Update an external directory group membership

     Updates an Active Directory or LDAP  group membership directly in the Active Directory or LDAP
    server.

    You can add or remove users from groups based on their identity and access requirements. This
    ensures that changes made to user access in Okta are reflected in AD or LDAP. When you use Okta
    Access Certifications to revoke a user's membership to an AD or LDAP group, the removal is reflected
    in AD or LDAP.

    See [AD Bidirectional Group
    Management](https://help.okta.com/okta_help.htm?type=oie&id=ad-bidirectional-group-mgmt) and [LDAP
    Bidirectional Group
    Management](https://help.okta.com/okta_help.htm?type=oie&id=ldap-bidirectional-group-mgmt).

    Lifecycle: GA.
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.directories.groups.manage.

    Args:
        app_instance_id (str): ID of the Active Directory or LDAP app instance in Okta
        body (AgentAction): Details about the Active Directory or LDAP group membership update

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
        app_instance_id=app_instance_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    app_instance_id: str,
    *,
    client: RaisingClient,
    body: AgentAction,
) -> None: ...


@overload
def sync(
    app_instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentAction,
) -> Error | None: ...


def sync(
    app_instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentAction,
) -> Error | None:
    """Update an external directory group membership

     Updates an Active Directory or LDAP  group membership directly in the Active Directory or LDAP
    server.

    You can add or remove users from groups based on their identity and access requirements. This
    ensures that changes made to user access in Okta are reflected in AD or LDAP. When you use Okta
    Access Certifications to revoke a user's membership to an AD or LDAP group, the removal is reflected
    in AD or LDAP.

    See [AD Bidirectional Group
    Management](https://help.okta.com/okta_help.htm?type=oie&id=ad-bidirectional-group-mgmt) and [LDAP
    Bidirectional Group
    Management](https://help.okta.com/okta_help.htm?type=oie&id=ldap-bidirectional-group-mgmt).

    Lifecycle: GA.
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.directories.groups.manage.

    Args:
        app_instance_id (str): ID of the Active Directory or LDAP app instance in Okta
        body (AgentAction): Details about the Active Directory or LDAP group membership update

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
        app_instance_id=app_instance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentAction,
) -> Response[Error | None]:
    """Update an external directory group membership

     Updates an Active Directory or LDAP  group membership directly in the Active Directory or LDAP
    server.

    You can add or remove users from groups based on their identity and access requirements. This
    ensures that changes made to user access in Okta are reflected in AD or LDAP. When you use Okta
    Access Certifications to revoke a user's membership to an AD or LDAP group, the removal is reflected
    in AD or LDAP.

    See [AD Bidirectional Group
    Management](https://help.okta.com/okta_help.htm?type=oie&id=ad-bidirectional-group-mgmt) and [LDAP
    Bidirectional Group
    Management](https://help.okta.com/okta_help.htm?type=oie&id=ldap-bidirectional-group-mgmt).

    Lifecycle: GA.
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.directories.groups.manage.

    Args:
        app_instance_id (str): ID of the Active Directory or LDAP app instance in Okta
        body (AgentAction): Details about the Active Directory or LDAP group membership update

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
        app_instance_id=app_instance_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    app_instance_id: str,
    *,
    client: RaisingClient,
    body: AgentAction,
) -> None: ...


@overload
async def asyncio(
    app_instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentAction,
) -> Error | None: ...


async def asyncio(
    app_instance_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AgentAction,
) -> Error | None:
    """Update an external directory group membership

     Updates an Active Directory or LDAP  group membership directly in the Active Directory or LDAP
    server.

    You can add or remove users from groups based on their identity and access requirements. This
    ensures that changes made to user access in Okta are reflected in AD or LDAP. When you use Okta
    Access Certifications to revoke a user's membership to an AD or LDAP group, the removal is reflected
    in AD or LDAP.

    See [AD Bidirectional Group
    Management](https://help.okta.com/okta_help.htm?type=oie&id=ad-bidirectional-group-mgmt) and [LDAP
    Bidirectional Group
    Management](https://help.okta.com/okta_help.htm?type=oie&id=ldap-bidirectional-group-mgmt).

    Lifecycle: GA.
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.directories.groups.manage.

    Args:
        app_instance_id (str): ID of the Active Directory or LDAP app instance in Okta
        body (AgentAction): Details about the Active Directory or LDAP group membership update

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
            app_instance_id=app_instance_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
