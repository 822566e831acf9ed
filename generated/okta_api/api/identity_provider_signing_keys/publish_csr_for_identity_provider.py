"""`publishCsrForIdentityProvider`: POST /api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}/lifecycle/publish"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.id_p_key_credential import IdPKeyCredential

OPERATION = Operation(
    operation_id="publishCsrForIdentityProvider",
    method="POST",
    path="/api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}/lifecycle/publish",
    tag="IdentityProviderSigningKeys",
    scopes=("okta.idps.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=(
        "application/pkix-cert",
        "application/x-x509-ca-cert",
        "application/x-pem-file",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    idp_id: str,
    idp_csr_id: str,
    *,
    body: bytes,
    content_type: Literal[
        "application/pkix-cert",
        "application/x-x509-ca-cert",
        "application/x-pem-file",
    ] = "application/pkix-cert",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "idpId": idp_id,
                "idpCsrId": idp_csr_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["content"] = body
    if content_type not in OPERATION.content_types:
        raise ValueError(f"content_type {content_type!r} is not one of {', '.join(OPERATION.content_types)}")
    headers["Content-Type"] = content_type
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IdPKeyCredential | Error | None:
    from ...models.error import Error
    from ...models.id_p_key_credential import IdPKeyCredential

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
            _convert.checked(client, _convert.parse_body(client, IdPKeyCredential, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IdPKeyCredential | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    idp_id: str,
    idp_csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
    content_type: Literal[
        "application/pkix-cert",
        "application/x-x509-ca-cert",
        "application/x-pem-file",
    ] = "application/pkix-cert",
) -> Response[IdPKeyCredential | Error | None]:
    """Publish a certificate signing request

     Publishes the certificate signing request (CSR) with a signed X.509 certificate and adds it into the
    signing key credentials for the identity provider (IdP)
    > **Notes:**
    > * Publishing a certificate completes the lifecycle of the CSR, and it's no longer accessible.
    > * If the validity period of the certificate is less than 90 days, a 400 error response is
    returned.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.manage.

    Args:
        idp_id (str): `id` of IdP
        idp_csr_id (str): `id` of the IdP CSR
        body (File): X.509 certificate in `DER` format. The client can either post in binary or
            Base64URL-encoded. If the post is Base64URL-encoded, set the
            `Content-Transfer-Encoding` header to `base64`.
        content_type (str): The media type to send the body as: application/pkix-cert,
            application/x-x509-ca-cert, application/x-pem-file. Default: application/pkix-cert.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        ValueError: content_type is not one of the media types the operation accepts.
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        Response[IdPKeyCredential | Error | None]
    """

    kwargs = _get_kwargs(
        idp_id=idp_id,
        idp_csr_id=idp_csr_id,
        body=body,
        content_type=content_type,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    idp_id: str,
    idp_csr_id: str,
    *,
    client: RaisingClient,
    body: bytes,
    content_type: Literal[
        "application/pkix-cert",
        "application/x-x509-ca-cert",
        "application/x-pem-file",
    ] = "application/pkix-cert",
) -> IdPKeyCredential | None: ...


@overload
def sync(
    idp_id: str,
    idp_csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
    content_type: Literal[
        "application/pkix-cert",
        "application/x-x509-ca-cert",
        "application/x-pem-file",
    ] = "application/pkix-cert",
) -> IdPKeyCredential | Error | None: ...


def sync(
    idp_id: str,
    idp_csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
    content_type: Literal[
        "application/pkix-cert",
        "application/x-x509-ca-cert",
        "application/x-pem-file",
    ] = "application/pkix-cert",
) -> IdPKeyCredential | Error | None:
    """Publish a certificate signing request

     Publishes the certificate signing request (CSR) with a signed X.509 certificate and adds it into the
    signing key credentials for the identity provider (IdP)
    > **Notes:**
    > * Publishing a certificate completes the lifecycle of the CSR, and it's no longer accessible.
    > * If the validity period of the certificate is less than 90 days, a 400 error response is
    returned.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.manage.

    Args:
        idp_id (str): `id` of IdP
        idp_csr_id (str): `id` of the IdP CSR
        body (File): X.509 certificate in `DER` format. The client can either post in binary or
            Base64URL-encoded. If the post is Base64URL-encoded, set the
            `Content-Transfer-Encoding` header to `base64`.
        content_type (str): The media type to send the body as: application/pkix-cert,
            application/x-x509-ca-cert, application/x-pem-file. Default: application/pkix-cert.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        ValueError: content_type is not one of the media types the operation accepts.
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        IdPKeyCredential | Error | None
    """

    return sync_detailed(
        idp_id=idp_id,
        idp_csr_id=idp_csr_id,
        client=client,
        body=body,
        content_type=content_type,
    ).parsed


async def asyncio_detailed(
    idp_id: str,
    idp_csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
    content_type: Literal[
        "application/pkix-cert",
        "application/x-x509-ca-cert",
        "application/x-pem-file",
    ] = "application/pkix-cert",
) -> Response[IdPKeyCredential | Error | None]:
    """Publish a certificate signing request

     Publishes the certificate signing request (CSR) with a signed X.509 certificate and adds it into the
    signing key credentials for the identity provider (IdP)
    > **Notes:**
    > * Publishing a certificate completes the lifecycle of the CSR, and it's no longer accessible.
    > * If the validity period of the certificate is less than 90 days, a 400 error response is
    returned.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.manage.

    Args:
        idp_id (str): `id` of IdP
        idp_csr_id (str): `id` of the IdP CSR
        body (File): X.509 certificate in `DER` format. The client can either post in binary or
            Base64URL-encoded. If the post is Base64URL-encoded, set the
            `Content-Transfer-Encoding` header to `base64`.
        content_type (str): The media type to send the body as: application/pkix-cert,
            application/x-x509-ca-cert, application/x-pem-file. Default: application/pkix-cert.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        ValueError: content_type is not one of the media types the operation accepts.
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        Response[IdPKeyCredential | Error | None]
    """

    kwargs = _get_kwargs(
        idp_id=idp_id,
        idp_csr_id=idp_csr_id,
        body=body,
        content_type=content_type,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    idp_id: str,
    idp_csr_id: str,
    *,
    client: RaisingClient,
    body: bytes,
    content_type: Literal[
        "application/pkix-cert",
        "application/x-x509-ca-cert",
        "application/x-pem-file",
    ] = "application/pkix-cert",
) -> IdPKeyCredential | None: ...


@overload
async def asyncio(
    idp_id: str,
    idp_csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
    content_type: Literal[
        "application/pkix-cert",
        "application/x-x509-ca-cert",
        "application/x-pem-file",
    ] = "application/pkix-cert",
) -> IdPKeyCredential | Error | None: ...


async def asyncio(
    idp_id: str,
    idp_csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
    content_type: Literal[
        "application/pkix-cert",
        "application/x-x509-ca-cert",
        "application/x-pem-file",
    ] = "application/pkix-cert",
) -> IdPKeyCredential | Error | None:
    """Publish a certificate signing request

     Publishes the certificate signing request (CSR) with a signed X.509 certificate and adds it into the
    signing key credentials for the identity provider (IdP)
    > **Notes:**
    > * Publishing a certificate completes the lifecycle of the CSR, and it's no longer accessible.
    > * If the validity period of the certificate is less than 90 days, a 400 error response is
    returned.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.manage.

    Args:
        idp_id (str): `id` of IdP
        idp_csr_id (str): `id` of the IdP CSR
        body (File): X.509 certificate in `DER` format. The client can either post in binary or
            Base64URL-encoded. If the post is Base64URL-encoded, set the
            `Content-Transfer-Encoding` header to `base64`.
        content_type (str): The media type to send the body as: application/pkix-cert,
            application/x-x509-ca-cert, application/x-pem-file. Default: application/pkix-cert.

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        ValueError: content_type is not one of the media types the operation accepts.
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        IdPKeyCredential | Error | None
    """

    return (
        await asyncio_detailed(
            idp_id=idp_id,
            idp_csr_id=idp_csr_id,
            client=client,
            body=body,
            content_type=content_type,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
