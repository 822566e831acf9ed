"""`createMyRequest`: POST /governance/api/v2/my/catalogs/default/entries/{entryId}/requests"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ..._arguments import check_argument
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.governance_error import GovernanceError
    from ...models.my_access_request import MyAccessRequest
    from ...models.my_access_request_create import MyAccessRequestCreate

OPERATION = Operation(
    operation_id="createMyRequest",
    method="POST",
    path="/governance/api/v2/my/catalogs/default/entries/{entryId}/requests",
    tag="MyRequests",
    scopes=("okta.accessRequests.request.manage",),
    auth=("oauth2",),
    content_types=("application/json",),
)


def _get_kwargs(
    entry_id: str,
    *,
    body: MyAccessRequestCreate,
) -> dict[str, Any]:
    check_argument("entry_id", entry_id, {"maxLength": 20, "minLength": 20, "pattern": "^[A-Za-z0-9]{20}$"})
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "entryId": entry_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MyAccessRequest | GovernanceError | None:
    from ...models.governance_error import GovernanceError
    from ...models.my_access_request import MyAccessRequest

    if response.status_code == 400:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    if response.status_code == 401:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    if response.status_code == 404:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    if response.status_code == 429:
        return (
            _convert.checked(client, _convert.parse_body(client, GovernanceError, response.json()))
            if response.content
            else None
        )
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, MyAccessRequest, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MyAccessRequest | GovernanceError | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MyAccessRequestCreate,
) -> Response[MyAccessRequest | GovernanceError | None]:
    """Request access to a catalog entry

     Submits an access request for this entry. The request is for the signed-in user unless
    `requesterFieldValues` holds an `OKTA_REQUESTED_FOR` value with another user's id (on-behalf-of
    requests must be enabled). Fill in the fields returned by getMyCatalogEntryRequestFields (or
    getMyCatalogEntryUserRequestFields); send `{}` when there are none. The request is processed
    asynchronously: read it with getMyRequest for its `status` and, once approved, its `grantStatus`.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.request.manage.

    Args:
        entry_id (str): Catalog entry id.
        body (MyAccessRequestCreate): Body of a new access request. Send `{}` when the entry has
            no requester fields.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.InvalidArgument: An argument breaks the spec's rules (its pattern or length).
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        Response[MyAccessRequest | GovernanceError | None]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    entry_id: str,
    *,
    client: RaisingClient,
    body: MyAccessRequestCreate,
) -> MyAccessRequest | None: ...


@overload
def sync(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MyAccessRequestCreate,
) -> MyAccessRequest | GovernanceError | None: ...


def sync(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MyAccessRequestCreate,
) -> MyAccessRequest | GovernanceError | None:
    """Request access to a catalog entry

     Submits an access request for this entry. The request is for the signed-in user unless
    `requesterFieldValues` holds an `OKTA_REQUESTED_FOR` value with another user's id (on-behalf-of
    requests must be enabled). Fill in the fields returned by getMyCatalogEntryRequestFields (or
    getMyCatalogEntryUserRequestFields); send `{}` when there are none. The request is processed
    asynchronously: read it with getMyRequest for its `status` and, once approved, its `grantStatus`.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.request.manage.

    Args:
        entry_id (str): Catalog entry id.
        body (MyAccessRequestCreate): Body of a new access request. Send `{}` when the entry has
            no requester fields.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.InvalidArgument: An argument breaks the spec's rules (its pattern or length).
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        MyAccessRequest | GovernanceError | None
    """

    return sync_detailed(
        entry_id=entry_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MyAccessRequestCreate,
) -> Response[MyAccessRequest | GovernanceError | None]:
    """Request access to a catalog entry

     Submits an access request for this entry. The request is for the signed-in user unless
    `requesterFieldValues` holds an `OKTA_REQUESTED_FOR` value with another user's id (on-behalf-of
    requests must be enabled). Fill in the fields returned by getMyCatalogEntryRequestFields (or
    getMyCatalogEntryUserRequestFields); send `{}` when there are none. The request is processed
    asynchronously: read it with getMyRequest for its `status` and, once approved, its `grantStatus`.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.request.manage.

    Args:
        entry_id (str): Catalog entry id.
        body (MyAccessRequestCreate): Body of a new access request. Send `{}` when the entry has
            no requester fields.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.InvalidArgument: An argument breaks the spec's rules (its pattern or length).
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        Response[MyAccessRequest | GovernanceError | None]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    entry_id: str,
    *,
    client: RaisingClient,
    body: MyAccessRequestCreate,
) -> MyAccessRequest | None: ...


@overload
async def asyncio(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MyAccessRequestCreate,
) -> MyAccessRequest | GovernanceError | None: ...


async def asyncio(
    entry_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: MyAccessRequestCreate,
) -> MyAccessRequest | GovernanceError | None:
    """Request access to a catalog entry

     Submits an access request for this entry. The request is for the signed-in user unless
    `requesterFieldValues` holds an `OKTA_REQUESTED_FOR` value with another user's id (on-behalf-of
    requests must be enabled). Fill in the fields returned by getMyCatalogEntryRequestFields (or
    getMyCatalogEntryUserRequestFields); send `{}` when there are none. The request is processed
    asynchronously: read it with getMyRequest for its `status` and, once approved, its `grantStatus`.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.request.manage.

    Args:
        entry_id (str): Catalog entry id.
        body (MyAccessRequestCreate): Body of a new access request. Send `{}` when the entry has
            no requester fields.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.InvalidArgument: An argument breaks the spec's rules (its pattern or length).
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        MyAccessRequest | GovernanceError | None
    """

    return (
        await asyncio_detailed(
            entry_id=entry_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
