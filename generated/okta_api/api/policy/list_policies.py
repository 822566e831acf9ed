"""`listPolicies`: GET /api/v1/policies"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.policy import Policy
    from ...models.policy_type import PolicyType

OPERATION = Operation(
    operation_id="listPolicies",
    method="GET",
    path="/api/v1/policies",
    tag="Policy",
    scopes=("okta.policies.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    type_: PolicyType,
    status: str | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_ = type_.value
    params["type"] = json_type_

    params["status"] = status

    params["q"] = q

    params["expand"] = expand

    params["sortBy"] = sort_by

    params["limit"] = limit

    params["resourceId"] = resource_id

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/policies",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> list[Policy] | Error | None:
    from ...models.error import Error
    from ...models.policy import Policy

    if response.status_code == 403:
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
            _convert.checked(client, _convert.parse_response_list(client, Policy, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Policy] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: PolicyType,
    status: str | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[list[Policy] | Error | None]:
    """List all policies

     Lists all policies with the specified type

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        type_ (PolicyType): Specifies the type of policy to return
        status (str | Unset): Refines the query by the `status` of the policy - `ACTIVE` or
            `INACTIVE`
        q (str | Unset): Refines the query by policy name prefix (startWith method) passed in as
            `q=string`
        expand (str | Unset): Okta's default: ''.
        sort_by (str | Unset): Refines the query by sorting on the policy `name` in ascending
            order
        limit (str | Unset): Defines the number of policies returned, see
            [Pagination](https://developer.okta.com/docs/api/#pagination)
        resource_id (str | Unset): Reference to the associated authorization server
        after (str | Unset): End page cursor for pagination, see
            [Pagination](https://developer.okta.com/docs/api/#pagination)

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
        Response[list[Policy] | Error | None]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        q=q,
        expand=expand,
        sort_by=sort_by,
        limit=limit,
        resource_id=resource_id,
        after=after,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    type_: PolicyType,
    status: str | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> list[Policy] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: PolicyType,
    status: str | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> list[Policy] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    type_: PolicyType,
    status: str | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> list[Policy] | Error | None:
    """List all policies

     Lists all policies with the specified type

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        type_ (PolicyType): Specifies the type of policy to return
        status (str | Unset): Refines the query by the `status` of the policy - `ACTIVE` or
            `INACTIVE`
        q (str | Unset): Refines the query by policy name prefix (startWith method) passed in as
            `q=string`
        expand (str | Unset): Okta's default: ''.
        sort_by (str | Unset): Refines the query by sorting on the policy `name` in ascending
            order
        limit (str | Unset): Defines the number of policies returned, see
            [Pagination](https://developer.okta.com/docs/api/#pagination)
        resource_id (str | Unset): Reference to the associated authorization server
        after (str | Unset): End page cursor for pagination, see
            [Pagination](https://developer.okta.com/docs/api/#pagination)

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
        list[Policy] | Error | None
    """

    return sync_detailed(
        client=client,
        type_=type_,
        status=status,
        q=q,
        expand=expand,
        sort_by=sort_by,
        limit=limit,
        resource_id=resource_id,
        after=after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: PolicyType,
    status: str | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[list[Policy] | Error | None]:
    """List all policies

     Lists all policies with the specified type

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        type_ (PolicyType): Specifies the type of policy to return
        status (str | Unset): Refines the query by the `status` of the policy - `ACTIVE` or
            `INACTIVE`
        q (str | Unset): Refines the query by policy name prefix (startWith method) passed in as
            `q=string`
        expand (str | Unset): Okta's default: ''.
        sort_by (str | Unset): Refines the query by sorting on the policy `name` in ascending
            order
        limit (str | Unset): Defines the number of policies returned, see
            [Pagination](https://developer.okta.com/docs/api/#pagination)
        resource_id (str | Unset): Reference to the associated authorization server
        after (str | Unset): End page cursor for pagination, see
            [Pagination](https://developer.okta.com/docs/api/#pagination)

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
        Response[list[Policy] | Error | None]
    """

    kwargs = _get_kwargs(
        type_=type_,
        status=status,
        q=q,
        expand=expand,
        sort_by=sort_by,
        limit=limit,
        resource_id=resource_id,
        after=after,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    type_: PolicyType,
    status: str | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> list[Policy] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: PolicyType,
    status: str | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> list[Policy] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type_: PolicyType,
    status: str | Unset = UNSET,
    q: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    sort_by: str | Unset = UNSET,
    limit: str | Unset = UNSET,
    resource_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
) -> list[Policy] | Error | None:
    """List all policies

     Lists all policies with the specified type

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        type_ (PolicyType): Specifies the type of policy to return
        status (str | Unset): Refines the query by the `status` of the policy - `ACTIVE` or
            `INACTIVE`
        q (str | Unset): Refines the query by policy name prefix (startWith method) passed in as
            `q=string`
        expand (str | Unset): Okta's default: ''.
        sort_by (str | Unset): Refines the query by sorting on the policy `name` in ascending
            order
        limit (str | Unset): Defines the number of policies returned, see
            [Pagination](https://developer.okta.com/docs/api/#pagination)
        resource_id (str | Unset): Reference to the associated authorization server
        after (str | Unset): End page cursor for pagination, see
            [Pagination](https://developer.okta.com/docs/api/#pagination)

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
        list[Policy] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            status=status,
            q=q,
            expand=expand,
            sort_by=sort_by,
            limit=limit,
            resource_id=resource_id,
            after=after,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[Policy]:
    """One 2xx response of `listPolicies` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
