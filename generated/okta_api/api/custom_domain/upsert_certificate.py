"""`upsertCertificate`: PUT /api/v1/domains/{domainId}/certificate"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.domain_certificate import DomainCertificate
    from ...models.error import Error

OPERATION = Operation(
    operation_id="upsertCertificate",
    method="PUT",
    path="/api/v1/domains/{domainId}/certificate",
    tag="CustomDomain",
    scopes=("okta.domains.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    domain_id: str,
    *,
    body: DomainCertificate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": _paths.build_path(
            OPERATION,
            {
                "domainId": domain_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | None:
    from ...models.error import Error

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
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | None]:
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
    body: DomainCertificate,
) -> Response[Error | None]:
    """Upsert the custom domain's certificate

     Upserts (creates or renews) the `MANUAL` certificate for the custom domain

    > **Notes:**
    > * If the existing `certificateSourceType` is `OKTA_MANAGED`, this operation changes the source
    type to `MANUAL`. Okta no longer manages and renews certificates for this domain after you provide a
    user-managed certificate.
    > * Okta supports TLS certificates and private keys that are PEM-encoded and 2048, 3072, or 4096
    bits. See the [Custom domain guide](https://developer.okta.com/docs/guides/custom-url-domain/main/)
    for more details.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.domains.manage.

    Args:
        domain_id (str): `id` of the Domain
        body (DomainCertificate): Defines the properties of the certificate

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
        Response[Error | None]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    domain_id: str,
    *,
    client: RaisingClient,
    body: DomainCertificate,
) -> None: ...


@overload
def sync(
    domain_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DomainCertificate,
) -> Error | None: ...


def sync(
    domain_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DomainCertificate,
) -> Error | None:
    """Upsert the custom domain's certificate

     Upserts (creates or renews) the `MANUAL` certificate for the custom domain

    > **Notes:**
    > * If the existing `certificateSourceType` is `OKTA_MANAGED`, this operation changes the source
    type to `MANUAL`. Okta no longer manages and renews certificates for this domain after you provide a
    user-managed certificate.
    > * Okta supports TLS certificates and private keys that are PEM-encoded and 2048, 3072, or 4096
    bits. See the [Custom domain guide](https://developer.okta.com/docs/guides/custom-url-domain/main/)
    for more details.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.domains.manage.

    Args:
        domain_id (str): `id` of the Domain
        body (DomainCertificate): Defines the properties of the certificate

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
        Error | None
    """

    return sync_detailed(
        domain_id=domain_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    domain_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DomainCertificate,
) -> Response[Error | None]:
    """Upsert the custom domain's certificate

     Upserts (creates or renews) the `MANUAL` certificate for the custom domain

    > **Notes:**
    > * If the existing `certificateSourceType` is `OKTA_MANAGED`, this operation changes the source
    type to `MANUAL`. Okta no longer manages and renews certificates for this domain after you provide a
    user-managed certificate.
    > * Okta supports TLS certificates and private keys that are PEM-encoded and 2048, 3072, or 4096
    bits. See the [Custom domain guide](https://developer.okta.com/docs/guides/custom-url-domain/main/)
    for more details.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.domains.manage.

    Args:
        domain_id (str): `id` of the Domain
        body (DomainCertificate): Defines the properties of the certificate

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
        Response[Error | None]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    domain_id: str,
    *,
    client: RaisingClient,
    body: DomainCertificate,
) -> None: ...


@overload
async def asyncio(
    domain_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DomainCertificate,
) -> Error | None: ...


async def asyncio(
    domain_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DomainCertificate,
) -> Error | None:
    """Upsert the custom domain's certificate

     Upserts (creates or renews) the `MANUAL` certificate for the custom domain

    > **Notes:**
    > * If the existing `certificateSourceType` is `OKTA_MANAGED`, this operation changes the source
    type to `MANUAL`. Okta no longer manages and renews certificates for this domain after you provide a
    user-managed certificate.
    > * Okta supports TLS certificates and private keys that are PEM-encoded and 2048, 3072, or 4096
    bits. See the [Custom domain guide](https://developer.okta.com/docs/guides/custom-url-domain/main/)
    for more details.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.domains.manage.

    Args:
        domain_id (str): `id` of the Domain
        body (DomainCertificate): Defines the properties of the certificate

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
        Error | None
    """

    return (
        await asyncio_detailed(
            domain_id=domain_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
