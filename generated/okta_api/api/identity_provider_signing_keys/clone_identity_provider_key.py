"""`cloneIdentityProviderKey`: POST /api/v1/idps/{idpId}/credentials/keys/{kid}/clone"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.id_p_key_credential import IdPKeyCredential

OPERATION = Operation(
    operation_id="cloneIdentityProviderKey",
    method="POST",
    path="/api/v1/idps/{idpId}/credentials/keys/{kid}/clone",
    tag="IdentityProviderSigningKeys",
    scopes=("okta.idps.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    idp_id: str,
    kid: str,
    *,
    target_idp_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["targetIdpId"] = target_idp_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "idpId": idp_id,
                "kid": kid,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IdPKeyCredential | Error | None:
    from ...models.error import Error
    from ...models.id_p_key_credential import IdPKeyCredential

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
    kid: str,
    *,
    client: AuthenticatedClient | Client,
    target_idp_id: str,
) -> Response[IdPKeyCredential | Error | None]:
    """Clone a signing key credential for IdP

     Clones an X.509 certificate for an identity provider (IdP) signing key credential from a source IdP
    to target IdP
    > **Caution:** Sharing certificates isn't a recommended security practice.

    > **Note:** If the key is already present in the list of key credentials for the target IdP, you
    receive a 400 error response.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.manage.

    Args:
        idp_id (str): `id` of IdP
        kid (str): Unique `id` of the IdP key credential
        target_idp_id (str): `id` of the target IdP

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
        Response[IdPKeyCredential | Error | None]
    """

    kwargs = _get_kwargs(
        idp_id=idp_id,
        kid=kid,
        target_idp_id=target_idp_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    idp_id: str,
    kid: str,
    *,
    client: RaisingClient,
    target_idp_id: str,
) -> IdPKeyCredential | None: ...


@overload
def sync(
    idp_id: str,
    kid: str,
    *,
    client: AuthenticatedClient | Client,
    target_idp_id: str,
) -> IdPKeyCredential | Error | None: ...


def sync(
    idp_id: str,
    kid: str,
    *,
    client: AuthenticatedClient | Client,
    target_idp_id: str,
) -> IdPKeyCredential | Error | None:
    """Clone a signing key credential for IdP

     Clones an X.509 certificate for an identity provider (IdP) signing key credential from a source IdP
    to target IdP
    > **Caution:** Sharing certificates isn't a recommended security practice.

    > **Note:** If the key is already present in the list of key credentials for the target IdP, you
    receive a 400 error response.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.manage.

    Args:
        idp_id (str): `id` of IdP
        kid (str): Unique `id` of the IdP key credential
        target_idp_id (str): `id` of the target IdP

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
        IdPKeyCredential | Error | None
    """

    return sync_detailed(
        idp_id=idp_id,
        kid=kid,
        client=client,
        target_idp_id=target_idp_id,
    ).parsed


async def asyncio_detailed(
    idp_id: str,
    kid: str,
    *,
    client: AuthenticatedClient | Client,
    target_idp_id: str,
) -> Response[IdPKeyCredential | Error | None]:
    """Clone a signing key credential for IdP

     Clones an X.509 certificate for an identity provider (IdP) signing key credential from a source IdP
    to target IdP
    > **Caution:** Sharing certificates isn't a recommended security practice.

    > **Note:** If the key is already present in the list of key credentials for the target IdP, you
    receive a 400 error response.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.manage.

    Args:
        idp_id (str): `id` of IdP
        kid (str): Unique `id` of the IdP key credential
        target_idp_id (str): `id` of the target IdP

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
        Response[IdPKeyCredential | Error | None]
    """

    kwargs = _get_kwargs(
        idp_id=idp_id,
        kid=kid,
        target_idp_id=target_idp_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    idp_id: str,
    kid: str,
    *,
    client: RaisingClient,
    target_idp_id: str,
) -> IdPKeyCredential | None: ...


@overload
async def asyncio(
    idp_id: str,
    kid: str,
    *,
    client: AuthenticatedClient | Client,
    target_idp_id: str,
) -> IdPKeyCredential | Error | None: ...


async def asyncio(
    idp_id: str,
    kid: str,
    *,
    client: AuthenticatedClient | Client,
    target_idp_id: str,
) -> IdPKeyCredential | Error | None:
    """Clone a signing key credential for IdP

     Clones an X.509 certificate for an identity provider (IdP) signing key credential from a source IdP
    to target IdP
    > **Caution:** Sharing certificates isn't a recommended security practice.

    > **Note:** If the key is already present in the list of key credentials for the target IdP, you
    receive a 400 error response.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.idps.manage.

    Args:
        idp_id (str): `id` of IdP
        kid (str): Unique `id` of the IdP key credential
        target_idp_id (str): `id` of the target IdP

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
        IdPKeyCredential | Error | None
    """

    return (
        await asyncio_detailed(
            idp_id=idp_id,
            kid=kid,
            client=client,
            target_idp_id=target_idp_id,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
