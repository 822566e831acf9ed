"""`getDRStatusForDomain`: GET /api/v1/dr/status/{domain}"""

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
    from ...models.get_dr_status_for_domain_response_200 import GetDrStatusForDomainResponse200

OPERATION = Operation(
    operation_id="getDRStatusForDomain",
    method="GET",
    path="/api/v1/dr/status/{domain}",
    tag="DisasterRecovery",
    scopes=("okta.dr.read",),
    auth=("oauth2",),
    lifecycle="EA",
)


def _get_kwargs(
    domain: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "domain": domain,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetDrStatusForDomainResponse200 | Error | None:
    from ...models.error import Error
    from ...models.get_dr_status_for_domain_response_200 import GetDrStatusForDomainResponse200

    if response.status_code == 400:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 401:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 403:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 429:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    if response.status_code == 500:
        return (
            _convert.checked(client, _convert.parse_body(client, Error, response.json())) if response.content else None
        )
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, GetDrStatusForDomainResponse200, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetDrStatusForDomainResponse200 | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetDrStatusForDomainResponse200 | Error | None]:
    """Retrieve the disaster recovery status for a domain

     Retrieves the failover or failback status for the domain specified in the request path

    Lifecycle: EA.
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.dr.read.

    Args:
        domain (str): The Okta domain name of your org or one of your custom domains

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
        Response[GetDrStatusForDomainResponse200 | Error | None]
    """

    kwargs = _get_kwargs(
        domain=domain,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    domain: str,
    *,
    client: RaisingClient,
) -> GetDrStatusForDomainResponse200 | None: ...


@overload
def sync(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetDrStatusForDomainResponse200 | Error | None: ...


def sync(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetDrStatusForDomainResponse200 | Error | None:
    """Retrieve the disaster recovery status for a domain

     Retrieves the failover or failback status for the domain specified in the request path

    Lifecycle: EA.
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.dr.read.

    Args:
        domain (str): The Okta domain name of your org or one of your custom domains

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
        GetDrStatusForDomainResponse200 | Error | None
    """

    return sync_detailed(
        domain=domain,
        client=client,
    ).parsed


async def asyncio_detailed(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetDrStatusForDomainResponse200 | Error | None]:
    """Retrieve the disaster recovery status for a domain

     Retrieves the failover or failback status for the domain specified in the request path

    Lifecycle: EA.
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.dr.read.

    Args:
        domain (str): The Okta domain name of your org or one of your custom domains

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
        Response[GetDrStatusForDomainResponse200 | Error | None]
    """

    kwargs = _get_kwargs(
        domain=domain,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    domain: str,
    *,
    client: RaisingClient,
) -> GetDrStatusForDomainResponse200 | None: ...


@overload
async def asyncio(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetDrStatusForDomainResponse200 | Error | None: ...


async def asyncio(
    domain: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetDrStatusForDomainResponse200 | Error | None:
    """Retrieve the disaster recovery status for a domain

     Retrieves the failover or failback status for the domain specified in the request path

    Lifecycle: EA.
    Credentials: an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.dr.read.

    Args:
        domain (str): The Okta domain name of your org or one of your custom domains

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
        GetDrStatusForDomainResponse200 | Error | None
    """

    return (
        await asyncio_detailed(
            domain=domain,
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
