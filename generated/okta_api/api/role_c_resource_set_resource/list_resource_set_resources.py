"""`listResourceSetResources`: GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources"""

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
    from ...models.resource_set_resources import ResourceSetResources

OPERATION = Operation(
    operation_id="listResourceSetResources",
    method="GET",
    path="/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources",
    tag="RoleCResourceSetResource",
    scopes=("okta.roles.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    resource_set_id_or_label: str,
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
                "resourceSetIdOrLabel": resource_set_id_or_label,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResourceSetResources | Error | None:
    from ...models.error import Error
    from ...models.resource_set_resources import ResourceSetResources

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
            _convert.checked(client, _convert.parse_body(client, ResourceSetResources, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResourceSetResources | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    resource_set_id_or_label: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ResourceSetResources | Error | None]:
    """List all resource set resources

     Lists all resources for the resource set

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.read.

    Args:
        resource_set_id_or_label (str): `id` or `label` of the resource set
        after (str | Unset): Specifies the pagination cursor for the next page of targets
        limit (int | Unset): Specifies the number of results returned. Defaults to `100`. Okta's
            default: 100.

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
        Response[ResourceSetResources | Error | None]
    """

    kwargs = _get_kwargs(
        resource_set_id_or_label=resource_set_id_or_label,
        after=after,
        limit=limit,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    resource_set_id_or_label: str,
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ResourceSetResources | None: ...


@overload
def sync(
    resource_set_id_or_label: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ResourceSetResources | Error | None: ...


def sync(
    resource_set_id_or_label: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ResourceSetResources | Error | None:
    """List all resource set resources

     Lists all resources for the resource set

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.read.

    Args:
        resource_set_id_or_label (str): `id` or `label` of the resource set
        after (str | Unset): Specifies the pagination cursor for the next page of targets
        limit (int | Unset): Specifies the number of results returned. Defaults to `100`. Okta's
            default: 100.

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
        ResourceSetResources | Error | None
    """

    return sync_detailed(
        resource_set_id_or_label=resource_set_id_or_label,
        client=client,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    resource_set_id_or_label: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ResourceSetResources | Error | None]:
    """List all resource set resources

     Lists all resources for the resource set

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.read.

    Args:
        resource_set_id_or_label (str): `id` or `label` of the resource set
        after (str | Unset): Specifies the pagination cursor for the next page of targets
        limit (int | Unset): Specifies the number of results returned. Defaults to `100`. Okta's
            default: 100.

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
        Response[ResourceSetResources | Error | None]
    """

    kwargs = _get_kwargs(
        resource_set_id_or_label=resource_set_id_or_label,
        after=after,
        limit=limit,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    resource_set_id_or_label: str,
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ResourceSetResources | None: ...


@overload
async def asyncio(
    resource_set_id_or_label: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ResourceSetResources | Error | None: ...


async def asyncio(
    resource_set_id_or_label: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ResourceSetResources | Error | None:
    """List all resource set resources

     Lists all resources for the resource set

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.read.

    Args:
        resource_set_id_or_label (str): `id` or `label` of the resource set
        after (str | Unset): Specifies the pagination cursor for the next page of targets
        limit (int | Unset): Specifies the number of results returned. Defaults to `100`. Okta's
            default: 100.

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
        ResourceSetResources | Error | None
    """

    return (
        await asyncio_detailed(
            resource_set_id_or_label=resource_set_id_or_label,
            client=client,
            after=after,
            limit=limit,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
