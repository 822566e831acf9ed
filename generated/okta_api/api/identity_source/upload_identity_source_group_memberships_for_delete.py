"""`uploadIdentitySourceGroupMembershipsForDelete`: POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-group-memberships-delete"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.bulk_group_memberships_delete_request_body import BulkGroupMembershipsDeleteRequestBody
    from ...models.error import Error

OPERATION = Operation(
    operation_id="uploadIdentitySourceGroupMembershipsForDelete",
    method="POST",
    path="/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-group-memberships-delete",
    tag="IdentitySource",
    scopes=("okta.identitySources.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    identity_source_id: str,
    session_id: str,
    *,
    body: BulkGroupMembershipsDeleteRequestBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "identitySourceId": identity_source_id,
                "sessionId": session_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    if not isinstance(body, Unset):
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
    identity_source_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkGroupMembershipsDeleteRequestBody | Unset = UNSET,
) -> Response[Error | None]:
    """Upload the group memberships to be deleted in Okta

     Uploads the group memberships that need to be deleted in Okta from the identity source for the given
    session

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.identitySources.manage.

    Args:
        identity_source_id (str): The ID of the identity source for which the session is created
        session_id (str): The ID of the identity source session
        body (BulkGroupMembershipsDeleteRequestBody | Unset):

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
        identity_source_id=identity_source_id,
        session_id=session_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    identity_source_id: str,
    session_id: str,
    *,
    client: RaisingClient,
    body: BulkGroupMembershipsDeleteRequestBody | Unset = UNSET,
) -> None: ...


@overload
def sync(
    identity_source_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkGroupMembershipsDeleteRequestBody | Unset = UNSET,
) -> Error | None: ...


def sync(
    identity_source_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkGroupMembershipsDeleteRequestBody | Unset = UNSET,
) -> Error | None:
    """Upload the group memberships to be deleted in Okta

     Uploads the group memberships that need to be deleted in Okta from the identity source for the given
    session

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.identitySources.manage.

    Args:
        identity_source_id (str): The ID of the identity source for which the session is created
        session_id (str): The ID of the identity source session
        body (BulkGroupMembershipsDeleteRequestBody | Unset):

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
        identity_source_id=identity_source_id,
        session_id=session_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    identity_source_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkGroupMembershipsDeleteRequestBody | Unset = UNSET,
) -> Response[Error | None]:
    """Upload the group memberships to be deleted in Okta

     Uploads the group memberships that need to be deleted in Okta from the identity source for the given
    session

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.identitySources.manage.

    Args:
        identity_source_id (str): The ID of the identity source for which the session is created
        session_id (str): The ID of the identity source session
        body (BulkGroupMembershipsDeleteRequestBody | Unset):

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
        identity_source_id=identity_source_id,
        session_id=session_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    identity_source_id: str,
    session_id: str,
    *,
    client: RaisingClient,
    body: BulkGroupMembershipsDeleteRequestBody | Unset = UNSET,
) -> None: ...


@overload
async def asyncio(
    identity_source_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkGroupMembershipsDeleteRequestBody | Unset = UNSET,
) -> Error | None: ...


async def asyncio(
    identity_source_id: str,
    session_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkGroupMembershipsDeleteRequestBody | Unset = UNSET,
) -> Error | None:
    """Upload the group memberships to be deleted in Okta

     Uploads the group memberships that need to be deleted in Okta from the identity source for the given
    session

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.identitySources.manage.

    Args:
        identity_source_id (str): The ID of the identity source for which the session is created
        session_id (str): The ID of the identity source session
        body (BulkGroupMembershipsDeleteRequestBody | Unset):

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
            identity_source_id=identity_source_id,
            session_id=session_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
