"""`getOktaManagedUserAccount`: GET /privileged-access/api/v1/okta-service-accounts/{id}"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ..._arguments import check_argument
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.okta_managed_user_account_response import OktaManagedUserAccountResponse

OPERATION = Operation(
    operation_id="getOktaManagedUserAccount",
    method="GET",
    path="/privileged-access/api/v1/okta-service-accounts/{id}",
    tag="OktaManagedUserAccount",
    scopes=("okta.serviceAccounts.okta.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
    admin_roles=("SUPER_ADMIN",),
)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:
    check_argument(
        "id", id, {"pattern": "(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"}
    )

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "id": id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OktaManagedUserAccountResponse | Error | None:
    from ...models.error import Error
    from ...models.okta_managed_user_account_response import OktaManagedUserAccountResponse

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
            _convert.checked(client, _convert.parse_body(client, OktaManagedUserAccountResponse, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OktaManagedUserAccountResponse | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OktaManagedUserAccountResponse | Error | None]:
    """Retrieve an Okta managed user account

     Retrieves an Okta managed user account specified by ID

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.serviceAccounts.okta.read.
    Admin roles: SUPER_ADMIN.

    Args:
        id (str): ID of an existing Okta managed user account

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.InvalidArgument: An argument breaks the spec's rules (its pattern or length).
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        Response[OktaManagedUserAccountResponse | Error | None]
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    id: str,
    *,
    client: RaisingClient,
) -> OktaManagedUserAccountResponse | None: ...


@overload
def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OktaManagedUserAccountResponse | Error | None: ...


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OktaManagedUserAccountResponse | Error | None:
    """Retrieve an Okta managed user account

     Retrieves an Okta managed user account specified by ID

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.serviceAccounts.okta.read.
    Admin roles: SUPER_ADMIN.

    Args:
        id (str): ID of an existing Okta managed user account

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.InvalidArgument: An argument breaks the spec's rules (its pattern or length).
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        OktaManagedUserAccountResponse | Error | None
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[OktaManagedUserAccountResponse | Error | None]:
    """Retrieve an Okta managed user account

     Retrieves an Okta managed user account specified by ID

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.serviceAccounts.okta.read.
    Admin roles: SUPER_ADMIN.

    Args:
        id (str): ID of an existing Okta managed user account

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.InvalidArgument: An argument breaks the spec's rules (its pattern or length).
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        Response[OktaManagedUserAccountResponse | Error | None]
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    id: str,
    *,
    client: RaisingClient,
) -> OktaManagedUserAccountResponse | None: ...


@overload
async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OktaManagedUserAccountResponse | Error | None: ...


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> OktaManagedUserAccountResponse | Error | None:
    """Retrieve an Okta managed user account

     Retrieves an Okta managed user account specified by ID

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.serviceAccounts.okta.read.
    Admin roles: SUPER_ADMIN.

    Args:
        id (str): ID of an existing Okta managed user account

    Raises:
        okta_client.OktaApiError: Okta answered with an error status (through OktaClient). The
            subclass names the status: BadRequestError (400), UnauthorizedError (401),
            ForbiddenError (403), NotFoundError (404), ConflictError (409), RateLimitError (429,
            once retries are spent), ServerError (5xx).
        okta_client.OktaTransportError: The request could not be sent or its answer not read
            (through OktaClient); OktaTimeoutError when it timed out.
        errors.InvalidArgument: An argument breaks the spec's rules (its pattern or length).
        errors.UnexpectedStatus: With the plain generated Client only, when
            raise_on_unexpected_status is set and Okta answers with a status the spec does not
            document.
        httpx.TimeoutException: With the plain generated Client only, when the request takes
            longer than its timeout.

    Returns:
        OktaManagedUserAccountResponse | Error | None
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
