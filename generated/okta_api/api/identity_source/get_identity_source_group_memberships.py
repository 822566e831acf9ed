"""`getIdentitySourceGroupMemberships`: GET /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership"""

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
    from ...models.group_memberships_response_schema import GroupMembershipsResponseSchema

OPERATION = Operation(
    operation_id="getIdentitySourceGroupMemberships",
    method="GET",
    path="/api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership",
    tag="IdentitySource",
    scopes=("okta.identitySources.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    identity_source_id: str,
    group_or_external_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "identitySourceId": identity_source_id,
                "groupOrExternalId": group_or_external_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupMembershipsResponseSchema | Error | None:
    from ...models.error import Error
    from ...models.group_memberships_response_schema import GroupMembershipsResponseSchema

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
            _convert.checked(client, _convert.parse_body(client, GroupMembershipsResponseSchema, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GroupMembershipsResponseSchema | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    identity_source_id: str,
    group_or_external_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GroupMembershipsResponseSchema | Error | None]:
    """Retrieve the memberships for the given identity source group

     Retrieves the group memberships for the given identity source group in the given identity source
    instance

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.identitySources.read.

    Args:
        identity_source_id (str): The ID of the identity source for which the session is created
        group_or_external_id (str): The Okta group ID or external ID of the identity source group
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): Specifies the number of group membership results in a page. Okta
            recommends using a specific value other than the default or maximum. If your request
            times out, retry your request with a smaller `limit` and [page the
            results](https://developer.okta.com/docs/api/#pagination).

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
        Response[GroupMembershipsResponseSchema | Error | None]
    """

    kwargs = _get_kwargs(
        identity_source_id=identity_source_id,
        group_or_external_id=group_or_external_id,
        after=after,
        limit=limit,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    identity_source_id: str,
    group_or_external_id: str,
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GroupMembershipsResponseSchema | None: ...


@overload
def sync(
    identity_source_id: str,
    group_or_external_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GroupMembershipsResponseSchema | Error | None: ...


def sync(
    identity_source_id: str,
    group_or_external_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GroupMembershipsResponseSchema | Error | None:
    """Retrieve the memberships for the given identity source group

     Retrieves the group memberships for the given identity source group in the given identity source
    instance

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.identitySources.read.

    Args:
        identity_source_id (str): The ID of the identity source for which the session is created
        group_or_external_id (str): The Okta group ID or external ID of the identity source group
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): Specifies the number of group membership results in a page. Okta
            recommends using a specific value other than the default or maximum. If your request
            times out, retry your request with a smaller `limit` and [page the
            results](https://developer.okta.com/docs/api/#pagination).

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
        GroupMembershipsResponseSchema | Error | None
    """

    return sync_detailed(
        identity_source_id=identity_source_id,
        group_or_external_id=group_or_external_id,
        client=client,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    identity_source_id: str,
    group_or_external_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[GroupMembershipsResponseSchema | Error | None]:
    """Retrieve the memberships for the given identity source group

     Retrieves the group memberships for the given identity source group in the given identity source
    instance

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.identitySources.read.

    Args:
        identity_source_id (str): The ID of the identity source for which the session is created
        group_or_external_id (str): The Okta group ID or external ID of the identity source group
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): Specifies the number of group membership results in a page. Okta
            recommends using a specific value other than the default or maximum. If your request
            times out, retry your request with a smaller `limit` and [page the
            results](https://developer.okta.com/docs/api/#pagination).

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
        Response[GroupMembershipsResponseSchema | Error | None]
    """

    kwargs = _get_kwargs(
        identity_source_id=identity_source_id,
        group_or_external_id=group_or_external_id,
        after=after,
        limit=limit,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    identity_source_id: str,
    group_or_external_id: str,
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GroupMembershipsResponseSchema | None: ...


@overload
async def asyncio(
    identity_source_id: str,
    group_or_external_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GroupMembershipsResponseSchema | Error | None: ...


async def asyncio(
    identity_source_id: str,
    group_or_external_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> GroupMembershipsResponseSchema | Error | None:
    """Retrieve the memberships for the given identity source group

     Retrieves the group memberships for the given identity source group in the given identity source
    instance

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.identitySources.read.

    Args:
        identity_source_id (str): The ID of the identity source for which the session is created
        group_or_external_id (str): The Okta group ID or external ID of the identity source group
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) and [Link
            header](https://developer.okta.com/docs/api/#link-header).
        limit (int | Unset): Specifies the number of group membership results in a page. Okta
            recommends using a specific value other than the default or maximum. If your request
            times out, retry your request with a smaller `limit` and [page the
            results](https://developer.okta.com/docs/api/#pagination).

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
        GroupMembershipsResponseSchema | Error | None
    """

    return (
        await asyncio_detailed(
            identity_source_id=identity_source_id,
            group_or_external_id=group_or_external_id,
            client=client,
            after=after,
            limit=limit,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
