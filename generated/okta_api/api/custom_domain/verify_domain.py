"""`verifyDomain`: POST /api/v1/domains/{domainId}/verify"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.domain_response import DomainResponse
    from ...models.error import Error

OPERATION = Operation(
    operation_id="verifyDomain",
    method="POST",
    path="/api/v1/domains/{domainId}/verify",
    tag="CustomDomain",
    scopes=("okta.domains.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    domain_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "domainId": domain_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DomainResponse | Error | None:
    from ...models.domain_response import DomainResponse
    from ...models.error import Error

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
            _convert.checked(client, _convert.parse_body(client, DomainResponse, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DomainResponse | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    domain_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DomainResponse | Error | None]:
    """Verify a custom domain

     Verifies the custom domain and validity of DNS records by `domainId`. Verify your custom domain to
    confirm that you own or control the domain and that you have properly configured the required DNS
    records. Furthermore, if the `certificateSourceType` in the domain is `OKTA_MANAGED`, then an
    attempt is made to obtain and install a certificate. After a certificate is obtained and installed
    by Okta, Okta manages the certificate including certificate renewal.

    Verify your custom domain after you've [created
    it](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/CustomDomain/#tag/CustomDomain/operation/createCustomDomain)
    and after you've added your DNS records to your domain provider. Okta doesn't verify your domain
    automatically. You must use the API to verify your custom domain if you change your DNS records or
    if you encounter issues with domain validation.

    > **Note:** DNS record changes can take time to propagate. If you recently updated your DNS records,
    you may need to wait before verifying your custom domain. If you encounter issues with domain
    verification, double-check your DNS records and ensure that they're correctly configured. See
    [Update your DNS
    records](https://developer.okta.com/docs/guides/custom-url-domain/main/#update-your-dns-txt).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.domains.manage.

    Args:
        domain_id (str): `id` of the Domain

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
        Response[DomainResponse | Error | None]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    domain_id: str,
    *,
    client: RaisingClient,
) -> DomainResponse | None: ...


@overload
def sync(
    domain_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DomainResponse | Error | None: ...


def sync(
    domain_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DomainResponse | Error | None:
    """Verify a custom domain

     Verifies the custom domain and validity of DNS records by `domainId`. Verify your custom domain to
    confirm that you own or control the domain and that you have properly configured the required DNS
    records. Furthermore, if the `certificateSourceType` in the domain is `OKTA_MANAGED`, then an
    attempt is made to obtain and install a certificate. After a certificate is obtained and installed
    by Okta, Okta manages the certificate including certificate renewal.

    Verify your custom domain after you've [created
    it](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/CustomDomain/#tag/CustomDomain/operation/createCustomDomain)
    and after you've added your DNS records to your domain provider. Okta doesn't verify your domain
    automatically. You must use the API to verify your custom domain if you change your DNS records or
    if you encounter issues with domain validation.

    > **Note:** DNS record changes can take time to propagate. If you recently updated your DNS records,
    you may need to wait before verifying your custom domain. If you encounter issues with domain
    verification, double-check your DNS records and ensure that they're correctly configured. See
    [Update your DNS
    records](https://developer.okta.com/docs/guides/custom-url-domain/main/#update-your-dns-txt).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.domains.manage.

    Args:
        domain_id (str): `id` of the Domain

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
        DomainResponse | Error | None
    """

    return sync_detailed(
        domain_id=domain_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    domain_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DomainResponse | Error | None]:
    """Verify a custom domain

     Verifies the custom domain and validity of DNS records by `domainId`. Verify your custom domain to
    confirm that you own or control the domain and that you have properly configured the required DNS
    records. Furthermore, if the `certificateSourceType` in the domain is `OKTA_MANAGED`, then an
    attempt is made to obtain and install a certificate. After a certificate is obtained and installed
    by Okta, Okta manages the certificate including certificate renewal.

    Verify your custom domain after you've [created
    it](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/CustomDomain/#tag/CustomDomain/operation/createCustomDomain)
    and after you've added your DNS records to your domain provider. Okta doesn't verify your domain
    automatically. You must use the API to verify your custom domain if you change your DNS records or
    if you encounter issues with domain validation.

    > **Note:** DNS record changes can take time to propagate. If you recently updated your DNS records,
    you may need to wait before verifying your custom domain. If you encounter issues with domain
    verification, double-check your DNS records and ensure that they're correctly configured. See
    [Update your DNS
    records](https://developer.okta.com/docs/guides/custom-url-domain/main/#update-your-dns-txt).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.domains.manage.

    Args:
        domain_id (str): `id` of the Domain

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
        Response[DomainResponse | Error | None]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    domain_id: str,
    *,
    client: RaisingClient,
) -> DomainResponse | None: ...


@overload
async def asyncio(
    domain_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DomainResponse | Error | None: ...


async def asyncio(
    domain_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DomainResponse | Error | None:
    """Verify a custom domain

     Verifies the custom domain and validity of DNS records by `domainId`. Verify your custom domain to
    confirm that you own or control the domain and that you have properly configured the required DNS
    records. Furthermore, if the `certificateSourceType` in the domain is `OKTA_MANAGED`, then an
    attempt is made to obtain and install a certificate. After a certificate is obtained and installed
    by Okta, Okta manages the certificate including certificate renewal.

    Verify your custom domain after you've [created
    it](https://developer.okta.com/docs/api/openapi/okta-management/management/tag/CustomDomain/#tag/CustomDomain/operation/createCustomDomain)
    and after you've added your DNS records to your domain provider. Okta doesn't verify your domain
    automatically. You must use the API to verify your custom domain if you change your DNS records or
    if you encounter issues with domain validation.

    > **Note:** DNS record changes can take time to propagate. If you recently updated your DNS records,
    you may need to wait before verifying your custom domain. If you encounter issues with domain
    verification, double-check your DNS records and ensure that they're correctly configured. See
    [Update your DNS
    records](https://developer.okta.com/docs/guides/custom-url-domain/main/#update-your-dns-txt).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.domains.manage.

    Args:
        domain_id (str): `id` of the Domain

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
        DomainResponse | Error | None
    """

    return (
        await asyncio_detailed(
            domain_id=domain_id,
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
