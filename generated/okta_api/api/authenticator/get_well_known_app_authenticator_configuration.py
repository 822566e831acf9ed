"""`getWellKnownAppAuthenticatorConfiguration`: GET /.well-known/app-authenticator-configuration"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.well_known_app_authenticator_configuration import WellKnownAppAuthenticatorConfiguration

OPERATION = Operation(
    operation_id="getWellKnownAppAuthenticatorConfiguration",
    method="GET",
    path="/.well-known/app-authenticator-configuration",
    tag="Authenticator",
    scopes=(),
    auth=("none",),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    oauth_client_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["oauthClientId"] = oauth_client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/.well-known/app-authenticator-configuration",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[WellKnownAppAuthenticatorConfiguration] | Error | None:
    from ...models.error import Error
    from ...models.well_known_app_authenticator_configuration import WellKnownAppAuthenticatorConfiguration

    if response.status_code == 400:
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
            _convert.checked(
                client, _convert.parse_response_list(client, WellKnownAppAuthenticatorConfiguration, response.json())
            )
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[WellKnownAppAuthenticatorConfiguration] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    oauth_client_id: str,
) -> Response[list[WellKnownAppAuthenticatorConfiguration] | Error | None]:
    """Retrieve the well-known app authenticator configuration

     Retrieves the well-known app authenticator configuration. Includes an app authenticator's settings,
    supported methods, and other details.

    Lifecycle: GA.
    Credentials: none needed.

    Args:
        oauth_client_id (str): Filters app authenticator configurations by `oauthClientId`

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
        Response[list[WellKnownAppAuthenticatorConfiguration] | Error | None]
    """

    kwargs = _get_kwargs(
        oauth_client_id=oauth_client_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    oauth_client_id: str,
) -> list[WellKnownAppAuthenticatorConfiguration] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    oauth_client_id: str,
) -> list[WellKnownAppAuthenticatorConfiguration] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    oauth_client_id: str,
) -> list[WellKnownAppAuthenticatorConfiguration] | Error | None:
    """Retrieve the well-known app authenticator configuration

     Retrieves the well-known app authenticator configuration. Includes an app authenticator's settings,
    supported methods, and other details.

    Lifecycle: GA.
    Credentials: none needed.

    Args:
        oauth_client_id (str): Filters app authenticator configurations by `oauthClientId`

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
        list[WellKnownAppAuthenticatorConfiguration] | Error | None
    """

    return sync_detailed(
        client=client,
        oauth_client_id=oauth_client_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    oauth_client_id: str,
) -> Response[list[WellKnownAppAuthenticatorConfiguration] | Error | None]:
    """Retrieve the well-known app authenticator configuration

     Retrieves the well-known app authenticator configuration. Includes an app authenticator's settings,
    supported methods, and other details.

    Lifecycle: GA.
    Credentials: none needed.

    Args:
        oauth_client_id (str): Filters app authenticator configurations by `oauthClientId`

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
        Response[list[WellKnownAppAuthenticatorConfiguration] | Error | None]
    """

    kwargs = _get_kwargs(
        oauth_client_id=oauth_client_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    oauth_client_id: str,
) -> list[WellKnownAppAuthenticatorConfiguration] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    oauth_client_id: str,
) -> list[WellKnownAppAuthenticatorConfiguration] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    oauth_client_id: str,
) -> list[WellKnownAppAuthenticatorConfiguration] | Error | None:
    """Retrieve the well-known app authenticator configuration

     Retrieves the well-known app authenticator configuration. Includes an app authenticator's settings,
    supported methods, and other details.

    Lifecycle: GA.
    Credentials: none needed.

    Args:
        oauth_client_id (str): Filters app authenticator configurations by `oauthClientId`

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
        list[WellKnownAppAuthenticatorConfiguration] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            oauth_client_id=oauth_client_id,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Page[WellKnownAppAuthenticatorConfiguration]:
    """One 2xx response of `getWellKnownAppAuthenticatorConfiguration` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
