"""`replaceCustomizedSignInPage`: PUT /api/v1/brands/{brandId}/pages/sign-in/customized"""

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
    from ...models.sign_in_page import SignInPage

OPERATION = Operation(
    operation_id="replaceCustomizedSignInPage",
    method="PUT",
    path="/api/v1/brands/{brandId}/pages/sign-in/customized",
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
    body: SignInPage,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SignInPage | Error | None:
    from ...models.error import Error
    from ...models.sign_in_page import SignInPage

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
            _convert.checked(client, _convert.parse_body(client, SignInPage, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SignInPage | Error | None]:
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
    body: SignInPage,
) -> Response[SignInPage | Error | None]:
    """Replace the customized sign-in page

     Replaces the customized sign-in page. The customized sign-in page appears in your live environment.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.brands.manage.

    Args:
        brand_id (str): The ID of the brand
        body (SignInPage):

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
        Response[SignInPage | Error | None]
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
    body: SignInPage,
) -> SignInPage | None: ...


@overload
def sync(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignInPage,
) -> SignInPage | Error | None: ...


def sync(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignInPage,
) -> SignInPage | Error | None:
    """Replace the customized sign-in page

     Replaces the customized sign-in page. The customized sign-in page appears in your live environment.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.brands.manage.

    Args:
        brand_id (str): The ID of the brand
        body (SignInPage):

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
        SignInPage | Error | None
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
    body: SignInPage,
) -> Response[SignInPage | Error | None]:
    """Replace the customized sign-in page

     Replaces the customized sign-in page. The customized sign-in page appears in your live environment.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.brands.manage.

    Args:
        brand_id (str): The ID of the brand
        body (SignInPage):

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
        Response[SignInPage | Error | None]
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
    body: SignInPage,
) -> SignInPage | None: ...


@overload
async def asyncio(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignInPage,
) -> SignInPage | Error | None: ...


async def asyncio(
    brand_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SignInPage,
) -> SignInPage | Error | None:
    """Replace the customized sign-in page

     Replaces the customized sign-in page. The customized sign-in page appears in your live environment.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.brands.manage.

    Args:
        brand_id (str): The ID of the brand
        body (SignInPage):

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
        SignInPage | Error | None
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
