"""`publishCsrFromApplication`: POST /api/v1/apps/{appId}/credentials/csrs/{csrId}/lifecycle/publish"""

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
    from ...models.json_web_key import JsonWebKey

OPERATION = Operation(
    operation_id="publishCsrFromApplication",
    method="POST",
    path="/api/v1/apps/{appId}/credentials/csrs/{csrId}/lifecycle/publish",
    tag="ApplicationSSOCredentialKey",
    scopes=("okta.apps.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=(
        "application/x-x509-ca-cert",
        "application/pkix-cert",
        "application/x-pem-file",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    app_id: str,
    csr_id: str,
    *,
    body: bytes,
    content_type: Literal[
        "application/x-x509-ca-cert",
        "application/pkix-cert",
        "application/x-pem-file",
    ] = "application/x-x509-ca-cert",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "appId": app_id,
                "csrId": csr_id,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JsonWebKey | Error | None:
    from ...models.error import Error
    from ...models.json_web_key import JsonWebKey

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
            _convert.checked(client, _convert.parse_body(client, JsonWebKey, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JsonWebKey | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    app_id: str,
    csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
    content_type: Literal[
        "application/x-x509-ca-cert",
        "application/pkix-cert",
        "application/x-pem-file",
    ] = "application/x-x509-ca-cert",
) -> Response[JsonWebKey | Error | None]:
    """Publish a certificate signing request

     Publishes a certificate signing request (CSR) for the app with a signed X.509 certificate and adds
    it into the application key credentials.
    > **Note:** Publishing a certificate completes the lifecycle of the CSR and it's no longer
    accessible.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str): Application ID
        csr_id (str): `id` of the CSR
        body (File): X.509 certificate in `CER` format. The client can either post in binary or
            Base64URL-encoded. If the post is Base64URL-encoded, set the
            `Content-Transfer-Encoding` header to `base64`.
        content_type (str): The media type to send the body as: application/x-x509-ca-cert,
            application/pkix-cert, application/x-pem-file. Default: application/x-x509-ca-cert.

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
        Response[JsonWebKey | Error | None]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        csr_id=csr_id,
        body=body,
        content_type=content_type,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    app_id: str,
    csr_id: str,
    *,
    client: RaisingClient,
    body: bytes,
    content_type: Literal[
        "application/x-x509-ca-cert",
        "application/pkix-cert",
        "application/x-pem-file",
    ] = "application/x-x509-ca-cert",
) -> JsonWebKey | None: ...


@overload
def sync(
    app_id: str,
    csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
    content_type: Literal[
        "application/x-x509-ca-cert",
        "application/pkix-cert",
        "application/x-pem-file",
    ] = "application/x-x509-ca-cert",
) -> JsonWebKey | Error | None: ...


def sync(
    app_id: str,
    csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
    content_type: Literal[
        "application/x-x509-ca-cert",
        "application/pkix-cert",
        "application/x-pem-file",
    ] = "application/x-x509-ca-cert",
) -> JsonWebKey | Error | None:
    """Publish a certificate signing request

     Publishes a certificate signing request (CSR) for the app with a signed X.509 certificate and adds
    it into the application key credentials.
    > **Note:** Publishing a certificate completes the lifecycle of the CSR and it's no longer
    accessible.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str): Application ID
        csr_id (str): `id` of the CSR
        body (File): X.509 certificate in `CER` format. The client can either post in binary or
            Base64URL-encoded. If the post is Base64URL-encoded, set the
            `Content-Transfer-Encoding` header to `base64`.
        content_type (str): The media type to send the body as: application/x-x509-ca-cert,
            application/pkix-cert, application/x-pem-file. Default: application/x-x509-ca-cert.

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
        JsonWebKey | Error | None
    """

    return sync_detailed(
        app_id=app_id,
        csr_id=csr_id,
        client=client,
        body=body,
        content_type=content_type,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
    content_type: Literal[
        "application/x-x509-ca-cert",
        "application/pkix-cert",
        "application/x-pem-file",
    ] = "application/x-x509-ca-cert",
) -> Response[JsonWebKey | Error | None]:
    """Publish a certificate signing request

     Publishes a certificate signing request (CSR) for the app with a signed X.509 certificate and adds
    it into the application key credentials.
    > **Note:** Publishing a certificate completes the lifecycle of the CSR and it's no longer
    accessible.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str): Application ID
        csr_id (str): `id` of the CSR
        body (File): X.509 certificate in `CER` format. The client can either post in binary or
            Base64URL-encoded. If the post is Base64URL-encoded, set the
            `Content-Transfer-Encoding` header to `base64`.
        content_type (str): The media type to send the body as: application/x-x509-ca-cert,
            application/pkix-cert, application/x-pem-file. Default: application/x-x509-ca-cert.

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
        Response[JsonWebKey | Error | None]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        csr_id=csr_id,
        body=body,
        content_type=content_type,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    app_id: str,
    csr_id: str,
    *,
    client: RaisingClient,
    body: bytes,
    content_type: Literal[
        "application/x-x509-ca-cert",
        "application/pkix-cert",
        "application/x-pem-file",
    ] = "application/x-x509-ca-cert",
) -> JsonWebKey | None: ...


@overload
async def asyncio(
    app_id: str,
    csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
    content_type: Literal[
        "application/x-x509-ca-cert",
        "application/pkix-cert",
        "application/x-pem-file",
    ] = "application/x-x509-ca-cert",
) -> JsonWebKey | Error | None: ...


async def asyncio(
    app_id: str,
    csr_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: bytes,
    content_type: Literal[
        "application/x-x509-ca-cert",
        "application/pkix-cert",
        "application/x-pem-file",
    ] = "application/x-x509-ca-cert",
) -> JsonWebKey | Error | None:
    """Publish a certificate signing request

     Publishes a certificate signing request (CSR) for the app with a signed X.509 certificate and adds
    it into the application key credentials.
    > **Note:** Publishing a certificate completes the lifecycle of the CSR and it's no longer
    accessible.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str): Application ID
        csr_id (str): `id` of the CSR
        body (File): X.509 certificate in `CER` format. The client can either post in binary or
            Base64URL-encoded. If the post is Base64URL-encoded, set the
            `Content-Transfer-Encoding` header to `base64`.
        content_type (str): The media type to send the body as: application/x-x509-ca-cert,
            application/pkix-cert, application/x-pem-file. Default: application/x-x509-ca-cert.

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
        JsonWebKey | Error | None
    """

    return (
        await asyncio_detailed(
            app_id=app_id,
            csr_id=csr_id,
            client=client,
            body=body,
            content_type=content_type,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
