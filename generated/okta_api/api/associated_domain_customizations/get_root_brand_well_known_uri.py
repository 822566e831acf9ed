"""`getRootBrandWellKnownURI`: GET /api/v1/brands/{brandId}/well-known-uris/{path}"""

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
    from ...models.get_root_brand_well_known_uri_expand_item import GetRootBrandWellKnownUriExpandItem
    from ...models.well_known_uri_object_response import WellKnownURIObjectResponse

OPERATION = Operation(
    operation_id="getRootBrandWellKnownURI",
    method="GET",
    path="/api/v1/brands/{brandId}/well-known-uris/{path}",
    tag="AssociatedDomainCustomizations",
    scopes=("okta.brands.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="LIMITED_GA",
)


def _get_kwargs(
    brand_id: str,
    path: str,
    *,
    expand: list[GetRootBrandWellKnownUriExpandItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "brandId": brand_id,
                "path": path,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> WellKnownURIObjectResponse | Error | None:
    from ...models.error import Error
    from ...models.well_known_uri_object_response import WellKnownURIObjectResponse

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
            _convert.checked(client, _convert.parse_body(client, WellKnownURIObjectResponse, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[WellKnownURIObjectResponse | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[GetRootBrandWellKnownUriExpandItem] | Unset = UNSET,
) -> Response[WellKnownURIObjectResponse | Error | None]:
    """Retrieve the well-known URI of a specific brand

     Retrieves the well-known URI of a specific brand and well-known URI path

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.brands.read.

    Args:
        brand_id (str): The ID of the brand
        path (str): The path of the well-known URI
        expand (list[GetRootBrandWellKnownUriExpandItem] | Unset): Specifies additional metadata
            to include in the response

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
        Response[WellKnownURIObjectResponse | Error | None]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        path=path,
        expand=expand,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    brand_id: str,
    path: str,
    *,
    client: RaisingClient,
    expand: list[GetRootBrandWellKnownUriExpandItem] | Unset = UNSET,
) -> WellKnownURIObjectResponse | None: ...


@overload
def sync(
    brand_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[GetRootBrandWellKnownUriExpandItem] | Unset = UNSET,
) -> WellKnownURIObjectResponse | Error | None: ...


def sync(
    brand_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[GetRootBrandWellKnownUriExpandItem] | Unset = UNSET,
) -> WellKnownURIObjectResponse | Error | None:
    """Retrieve the well-known URI of a specific brand

     Retrieves the well-known URI of a specific brand and well-known URI path

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.brands.read.

    Args:
        brand_id (str): The ID of the brand
        path (str): The path of the well-known URI
        expand (list[GetRootBrandWellKnownUriExpandItem] | Unset): Specifies additional metadata
            to include in the response

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
        WellKnownURIObjectResponse | Error | None
    """

    return sync_detailed(
        brand_id=brand_id,
        path=path,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    brand_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[GetRootBrandWellKnownUriExpandItem] | Unset = UNSET,
) -> Response[WellKnownURIObjectResponse | Error | None]:
    """Retrieve the well-known URI of a specific brand

     Retrieves the well-known URI of a specific brand and well-known URI path

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.brands.read.

    Args:
        brand_id (str): The ID of the brand
        path (str): The path of the well-known URI
        expand (list[GetRootBrandWellKnownUriExpandItem] | Unset): Specifies additional metadata
            to include in the response

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
        Response[WellKnownURIObjectResponse | Error | None]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        path=path,
        expand=expand,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    brand_id: str,
    path: str,
    *,
    client: RaisingClient,
    expand: list[GetRootBrandWellKnownUriExpandItem] | Unset = UNSET,
) -> WellKnownURIObjectResponse | None: ...


@overload
async def asyncio(
    brand_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[GetRootBrandWellKnownUriExpandItem] | Unset = UNSET,
) -> WellKnownURIObjectResponse | Error | None: ...


async def asyncio(
    brand_id: str,
    path: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[GetRootBrandWellKnownUriExpandItem] | Unset = UNSET,
) -> WellKnownURIObjectResponse | Error | None:
    """Retrieve the well-known URI of a specific brand

     Retrieves the well-known URI of a specific brand and well-known URI path

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.brands.read.

    Args:
        brand_id (str): The ID of the brand
        path (str): The path of the well-known URI
        expand (list[GetRootBrandWellKnownUriExpandItem] | Unset): Specifies additional metadata
            to include in the response

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
        WellKnownURIObjectResponse | Error | None
    """

    return (
        await asyncio_detailed(
            brand_id=brand_id,
            path=path,
            client=client,
            expand=expand,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
