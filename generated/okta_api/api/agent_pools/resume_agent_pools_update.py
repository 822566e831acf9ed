"""`resumeAgentPoolsUpdate`: POST /api/v1/agentPools/{poolId}/updates/{updateId}/resume"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.agent_pool_update import AgentPoolUpdate
    from ...models.error import Error

OPERATION = Operation(
    operation_id="resumeAgentPoolsUpdate",
    method="POST",
    path="/api/v1/agentPools/{poolId}/updates/{updateId}/resume",
    tag="AgentPools",
    scopes=("okta.agentPools.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    pool_id: str,
    update_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "poolId": pool_id,
                "updateId": update_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentPoolUpdate | Error | None:
    from ...models.agent_pool_update import AgentPoolUpdate
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
            _convert.checked(client, _convert.parse_body(client, AgentPoolUpdate, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentPoolUpdate | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    pool_id: str,
    update_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AgentPoolUpdate | Error | None]:
    """Resume an agent pool update

     Resumes a running or queued agent pool update

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.agentPools.manage.

    Args:
        pool_id (str): ID of the agent pool for which the settings apply to
        update_id (str): ID of the update

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
        Response[AgentPoolUpdate | Error | None]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        update_id=update_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    pool_id: str,
    update_id: str,
    *,
    client: RaisingClient,
) -> AgentPoolUpdate | None: ...


@overload
def sync(
    pool_id: str,
    update_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgentPoolUpdate | Error | None: ...


def sync(
    pool_id: str,
    update_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgentPoolUpdate | Error | None:
    """Resume an agent pool update

     Resumes a running or queued agent pool update

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.agentPools.manage.

    Args:
        pool_id (str): ID of the agent pool for which the settings apply to
        update_id (str): ID of the update

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
        AgentPoolUpdate | Error | None
    """

    return sync_detailed(
        pool_id=pool_id,
        update_id=update_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    pool_id: str,
    update_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AgentPoolUpdate | Error | None]:
    """Resume an agent pool update

     Resumes a running or queued agent pool update

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.agentPools.manage.

    Args:
        pool_id (str): ID of the agent pool for which the settings apply to
        update_id (str): ID of the update

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
        Response[AgentPoolUpdate | Error | None]
    """

    kwargs = _get_kwargs(
        pool_id=pool_id,
        update_id=update_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    pool_id: str,
    update_id: str,
    *,
    client: RaisingClient,
) -> AgentPoolUpdate | None: ...


@overload
async def asyncio(
    pool_id: str,
    update_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgentPoolUpdate | Error | None: ...


async def asyncio(
    pool_id: str,
    update_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AgentPoolUpdate | Error | None:
    """Resume an agent pool update

     Resumes a running or queued agent pool update

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.agentPools.manage.

    Args:
        pool_id (str): ID of the agent pool for which the settings apply to
        update_id (str): ID of the update

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
        AgentPoolUpdate | Error | None
    """

    return (
        await asyncio_detailed(
            pool_id=pool_id,
            update_id=update_id,
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
