"""`replaceSignOutPageSettings`: PUT /api/v1/brands/{brandId}/pages/sign-out/customized"""

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
    from ...models.hosted_page import HostedPage

OPERATION = Operation(
    operation_id="replaceSignOutPageSettings",
    method="PUT",
    path="/api/v1/brands/{brandId}/pages/sign-out/customized",
    tag="CustomPages",
    scopes=("okta.brands.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    brand_id: str,
    *,
    body: HostedPage,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": _paths.build_path(
            OPERATION,
            {
                "brandId": brand_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HostedPage | Error | None:
    from ...models.error import Error
    from ...models.hosted_page import HostedPage

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
            _convert.checked(client, _convert.parse_body(client, HostedPage, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HostedPage | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: HostedPage,
) -> Response[HostedPage | Error | None]:
    """Replace the sign-out page settings

     Replaces the sign-out page settings

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.brands.manage.

    Args:
        brand_id (str): The ID of the brand
        body (HostedPage):

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
        Response[HostedPage | Error | None]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    brand_id: str,
    *,
    client: RaisingClient,
    body: HostedPage,
) -> HostedPage | None: ...


@overload
def sync(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: HostedPage,
) -> HostedPage | Error | None: ...


def sync(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: HostedPage,
) -> HostedPage | Error | None:
    """Replace the sign-out page settings

     Replaces the sign-out page settings

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.brands.manage.

    Args:
        brand_id (str): The ID of the brand
        body (HostedPage):

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
        HostedPage | Error | None
    """

    return sync_detailed(
        brand_id=brand_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: HostedPage,
) -> Response[HostedPage | Error | None]:
    """Replace the sign-out page settings

     Replaces the sign-out page settings

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.brands.manage.

    Args:
        brand_id (str): The ID of the brand
        body (HostedPage):

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
        Response[HostedPage | Error | None]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    brand_id: str,
    *,
    client: RaisingClient,
    body: HostedPage,
) -> HostedPage | None: ...


@overload
async def asyncio(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: HostedPage,
) -> HostedPage | Error | None: ...


async def asyncio(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: HostedPage,
) -> HostedPage | Error | None:
    """Replace the sign-out page settings

     Replaces the sign-out page settings

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.brands.manage.

    Args:
        brand_id (str): The ID of the brand
        body (HostedPage):

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
        HostedPage | Error | None
    """

    return (
        await asyncio_detailed(
            brand_id=brand_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
