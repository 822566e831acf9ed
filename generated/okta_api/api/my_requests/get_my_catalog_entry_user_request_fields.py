"""`getMyCatalogEntryUserRequestFields`: GET /governance/api/v2/my/catalogs/default/entries/{entryId}/users/{userId}/request-fields"""

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
    from ...models.my_catalog_entry_request_fields import MyCatalogEntryRequestFields

OPERATION = Operation(
    operation_id="getMyCatalogEntryUserRequestFields",
    method="GET",
    path="/governance/api/v2/my/catalogs/default/entries/{entryId}/users/{userId}/request-fields",
    tag="MyRequests",
    scopes=("okta.accessRequests.catalog.read",),
    auth=("oauth2",),
)


def _get_kwargs(
    entry_id: str,
    user_id: str,
) -> dict[str, Any]:
    check_argument("entry_id", entry_id, {"maxLength": 20, "minLength": 20, "pattern": "^[A-Za-z0-9]{20}$"})
    check_argument("user_id", user_id, {"maxLength": 20, "minLength": 20, "pattern": "^[A-Za-z0-9]{20}$"})

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "entryId": entry_id,
                "userId": user_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MyCatalogEntryRequestFields | GovernanceError | None:
    from ...models.governance_error import GovernanceError
    from ...models.my_catalog_entry_request_fields import MyCatalogEntryRequestFields

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
            _convert.checked(client, _convert.parse_body(client, MyCatalogEntryRequestFields, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MyCatalogEntryRequestFields | GovernanceError | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    entry_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MyCatalogEntryRequestFields | GovernanceError | None]:
    """Get the fields to fill in when I request an entry for another user

     Returns the requester fields for a request of this entry made by the signed-in user on behalf of
    `userId`, and `metadata.riskAssessment` when the request could cause a separation-of-duties
    conflict. The list includes the `OKTA_REQUESTED_FOR` field (type `OKTA_USER_ID`, no preset value):
    send that user's id as its value.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        entry_id (str): Catalog entry id.
        user_id (str): Okta user id of the user the request would be for.

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
        Response[MyCatalogEntryRequestFields | GovernanceError | None]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        user_id=user_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    entry_id: str,
    user_id: str,
    *,
    client: RaisingClient,
) -> MyCatalogEntryRequestFields | None: ...


@overload
def sync(
    entry_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MyCatalogEntryRequestFields | GovernanceError | None: ...


def sync(
    entry_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MyCatalogEntryRequestFields | GovernanceError | None:
    """Get the fields to fill in when I request an entry for another user

     Returns the requester fields for a request of this entry made by the signed-in user on behalf of
    `userId`, and `metadata.riskAssessment` when the request could cause a separation-of-duties
    conflict. The list includes the `OKTA_REQUESTED_FOR` field (type `OKTA_USER_ID`, no preset value):
    send that user's id as its value.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        entry_id (str): Catalog entry id.
        user_id (str): Okta user id of the user the request would be for.

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
        MyCatalogEntryRequestFields | GovernanceError | None
    """

    return sync_detailed(
        entry_id=entry_id,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    entry_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MyCatalogEntryRequestFields | GovernanceError | None]:
    """Get the fields to fill in when I request an entry for another user

     Returns the requester fields for a request of this entry made by the signed-in user on behalf of
    `userId`, and `metadata.riskAssessment` when the request could cause a separation-of-duties
    conflict. The list includes the `OKTA_REQUESTED_FOR` field (type `OKTA_USER_ID`, no preset value):
    send that user's id as its value.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        entry_id (str): Catalog entry id.
        user_id (str): Okta user id of the user the request would be for.

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
        Response[MyCatalogEntryRequestFields | GovernanceError | None]
    """

    kwargs = _get_kwargs(
        entry_id=entry_id,
        user_id=user_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    entry_id: str,
    user_id: str,
    *,
    client: RaisingClient,
) -> MyCatalogEntryRequestFields | None: ...


@overload
async def asyncio(
    entry_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MyCatalogEntryRequestFields | GovernanceError | None: ...


async def asyncio(
    entry_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MyCatalogEntryRequestFields | GovernanceError | None:
    """Get the fields to fill in when I request an entry for another user

     Returns the requester fields for a request of this entry made by the signed-in user on behalf of
    `userId`, and `metadata.riskAssessment` when the request could cause a separation-of-duties
    conflict. The list includes the `OKTA_REQUESTED_FOR` field (type `OKTA_USER_ID`, no preset value):
    send that user's id as its value.

    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.accessRequests.catalog.read.

    Args:
        entry_id (str): Catalog entry id.
        user_id (str): Okta user id of the user the request would be for.

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
        MyCatalogEntryRequestFields | GovernanceError | None
    """

    return (
        await asyncio_detailed(
            entry_id=entry_id,
            user_id=user_id,
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
