"""`createPolicySimulation`: POST /api/v1/policies/simulate"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.simulate_policy_body import SimulatePolicyBody
    from ...models.simulate_policy_evaluations import SimulatePolicyEvaluations

OPERATION = Operation(
    operation_id="createPolicySimulation",
    method="POST",
    path="/api/v1/policies/simulate",
    tag="Policy",
    scopes=("okta.policies.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="LIMITED_GA",
)


def _get_kwargs(
    *,
    body: list[SimulatePolicyBody],
    expand: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/api/v1/policies/simulate",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = _convert.dump_model_list(body, True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[SimulatePolicyEvaluations] | Error | None:
    from ...models.error import Error
    from ...models.simulate_policy_evaluations import SimulatePolicyEvaluations

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
            _convert.checked(client, _convert.parse_response_list(client, SimulatePolicyEvaluations, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[SimulatePolicyEvaluations] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[SimulatePolicyBody],
    expand: str | Unset = UNSET,
) -> Response[list[SimulatePolicyEvaluations] | Error | None]:
    """Create a policy simulation

     Creates a policy or policy rule simulation. The access simulation evaluates policy and policy rules
    based on the existing policy rule configuration.
    The evaluation result simulates what the real-world authentication flow is and what policy rules
    have been applied or matched to the authentication flow.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        expand (str | Unset): Use `expand=EVALUATED` to include a list of evaluated but not
            matched policies and policy rules. Use `expand=RULE` to include details about why a
            rule condition wasn't matched.
        body (list[SimulatePolicyBody]):

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
        Response[list[SimulatePolicyEvaluations] | Error | None]
    """

    kwargs = _get_kwargs(
        body=body,
        expand=expand,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    body: list[SimulatePolicyBody],
    expand: str | Unset = UNSET,
) -> list[SimulatePolicyEvaluations] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[SimulatePolicyBody],
    expand: str | Unset = UNSET,
) -> list[SimulatePolicyEvaluations] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[SimulatePolicyBody],
    expand: str | Unset = UNSET,
) -> list[SimulatePolicyEvaluations] | Error | None:
    """Create a policy simulation

     Creates a policy or policy rule simulation. The access simulation evaluates policy and policy rules
    based on the existing policy rule configuration.
    The evaluation result simulates what the real-world authentication flow is and what policy rules
    have been applied or matched to the authentication flow.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        expand (str | Unset): Use `expand=EVALUATED` to include a list of evaluated but not
            matched policies and policy rules. Use `expand=RULE` to include details about why a
            rule condition wasn't matched.
        body (list[SimulatePolicyBody]):

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
        list[SimulatePolicyEvaluations] | Error | None
    """

    return sync_detailed(
        client=client,
        body=body,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[SimulatePolicyBody],
    expand: str | Unset = UNSET,
) -> Response[list[SimulatePolicyEvaluations] | Error | None]:
    """Create a policy simulation

     Creates a policy or policy rule simulation. The access simulation evaluates policy and policy rules
    based on the existing policy rule configuration.
    The evaluation result simulates what the real-world authentication flow is and what policy rules
    have been applied or matched to the authentication flow.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        expand (str | Unset): Use `expand=EVALUATED` to include a list of evaluated but not
            matched policies and policy rules. Use `expand=RULE` to include details about why a
            rule condition wasn't matched.
        body (list[SimulatePolicyBody]):

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
        Response[list[SimulatePolicyEvaluations] | Error | None]
    """

    kwargs = _get_kwargs(
        body=body,
        expand=expand,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    body: list[SimulatePolicyBody],
    expand: str | Unset = UNSET,
) -> list[SimulatePolicyEvaluations] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[SimulatePolicyBody],
    expand: str | Unset = UNSET,
) -> list[SimulatePolicyEvaluations] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[SimulatePolicyBody],
    expand: str | Unset = UNSET,
) -> list[SimulatePolicyEvaluations] | Error | None:
    """Create a policy simulation

     Creates a policy or policy rule simulation. The access simulation evaluates policy and policy rules
    based on the existing policy rule configuration.
    The evaluation result simulates what the real-world authentication flow is and what policy rules
    have been applied or matched to the authentication flow.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        expand (str | Unset): Use `expand=EVALUATED` to include a list of evaluated but not
            matched policies and policy rules. Use `expand=RULE` to include details about why a
            rule condition wasn't matched.
        body (list[SimulatePolicyBody]):

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
        list[SimulatePolicyEvaluations] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            expand=expand,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[SimulatePolicyEvaluations]:
    """One 2xx response of `createPolicySimulation` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
