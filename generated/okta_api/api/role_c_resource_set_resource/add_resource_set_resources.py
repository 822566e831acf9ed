"""`addResourceSetResources`: PATCH /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.resource_set import ResourceSet
    from ...models.resource_set_resource_patch_request import ResourceSetResourcePatchRequest

OPERATION = Operation(
    operation_id="addResourceSetResources",
    method="PATCH",
    path="/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources",
    tag="RoleCResourceSetResource",
    scopes=("okta.roles.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    resource_set_id_or_label: str,
    *,
    body: ResourceSetResourcePatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PATCH",
        "url": _paths.build_path(
            OPERATION,
            {
                "resourceSetIdOrLabel": resource_set_id_or_label,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ResourceSet | Error | None:
    from ...models.error import Error
    from ...models.resource_set import ResourceSet

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
            _convert.checked(client, _convert.parse_body(client, ResourceSet, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResourceSet | Error | None]:
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
    body: ResourceSetResourcePatchRequest,
) -> Response[ResourceSet | Error | None]:
    """Add more resources to a resource set

     Adds more resources to a resource set

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        resource_set_id_or_label (str): `id` or `label` of the resource set
        body (ResourceSetResourcePatchRequest):

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
        Response[ResourceSet | Error | None]
    """

    kwargs = _get_kwargs(
        resource_set_id_or_label=resource_set_id_or_label,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    resource_set_id_or_label: str,
    *,
    client: RaisingClient,
    body: ResourceSetResourcePatchRequest,
) -> ResourceSet | None: ...


@overload
def sync(
    resource_set_id_or_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResourceSetResourcePatchRequest,
) -> ResourceSet | Error | None: ...


def sync(
    resource_set_id_or_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResourceSetResourcePatchRequest,
) -> ResourceSet | Error | None:
    """Add more resources to a resource set

     Adds more resources to a resource set

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        resource_set_id_or_label (str): `id` or `label` of the resource set
        body (ResourceSetResourcePatchRequest):

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
        ResourceSet | Error | None
    """

    return sync_detailed(
        resource_set_id_or_label=resource_set_id_or_label,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    resource_set_id_or_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResourceSetResourcePatchRequest,
) -> Response[ResourceSet | Error | None]:
    """Add more resources to a resource set

     Adds more resources to a resource set

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        resource_set_id_or_label (str): `id` or `label` of the resource set
        body (ResourceSetResourcePatchRequest):

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
        Response[ResourceSet | Error | None]
    """

    kwargs = _get_kwargs(
        resource_set_id_or_label=resource_set_id_or_label,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    resource_set_id_or_label: str,
    *,
    client: RaisingClient,
    body: ResourceSetResourcePatchRequest,
) -> ResourceSet | None: ...


@overload
async def asyncio(
    resource_set_id_or_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResourceSetResourcePatchRequest,
) -> ResourceSet | Error | None: ...


async def asyncio(
    resource_set_id_or_label: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResourceSetResourcePatchRequest,
) -> ResourceSet | Error | None:
    """Add more resources to a resource set

     Adds more resources to a resource set

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.roles.manage.

    Args:
        resource_set_id_or_label (str): `id` or `label` of the resource set
        body (ResourceSetResourcePatchRequest):

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
        ResourceSet | Error | None
    """

    return (
        await asyncio_detailed(
            resource_set_id_or_label=resource_set_id_or_label,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
