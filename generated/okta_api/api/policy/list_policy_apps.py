"""`listPolicyApps`: GET /api/v1/policies/{policyId}/app"""

from __future__ import annotations

import warnings
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.application import Application
    from ...models.error import Error

OPERATION = Operation(
    operation_id="listPolicyApps",
    method="GET",
    path="/api/v1/policies/{policyId}/app",
    tag="Policy",
    scopes=("okta.policies.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
    deprecated=True,
)


def _get_kwargs(
    policy_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "policyId": policy_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[Application] | Error | None:
    from ...models.application import Application
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
            _convert.checked(client, _convert.parse_response_list(client, Application, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[Application] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Application] | Error | None]:
    """List all apps mapped to a policy

     Lists all applications mapped to a policy identified by `policyId`

    > **Note:** Use [List all resources mapped to a
    policy](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/policy/#tag/Policy/operation/listPolicyMappings)
    to list all applications mapped to a policy.

    Deprecated: Okta may remove this operation.
    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        policy_id (str): `id` of the policy

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
        Response[list[Application] | Error | None]
    """

    # stacklevel 2: the warning names the caller's line, and Python shows it once per call site.
    warnings.warn(
        "listPolicyApps (GET /api/v1/policies/{policyId}/app) is deprecated by Okta",
        DeprecationWarning,
        stacklevel=2,
    )
    kwargs = _get_kwargs(
        policy_id=policy_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    policy_id: str,
    *,
    client: RaisingClient,
) -> list[Application] | None: ...


@overload
def sync(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[Application] | Error | None: ...


def sync(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[Application] | Error | None:
    """List all apps mapped to a policy

     Lists all applications mapped to a policy identified by `policyId`

    > **Note:** Use [List all resources mapped to a
    policy](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/policy/#tag/Policy/operation/listPolicyMappings)
    to list all applications mapped to a policy.

    Deprecated: Okta may remove this operation.
    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        policy_id (str): `id` of the policy

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
        list[Application] | Error | None
    """

    # stacklevel 2: the warning names the caller's line, and Python shows it once per call site.
    warnings.warn(
        "listPolicyApps (GET /api/v1/policies/{policyId}/app) is deprecated by Okta",
        DeprecationWarning,
        stacklevel=2,
    )
    kwargs = _get_kwargs(
        policy_id=policy_id,
    )
    return _build_response(client=client, response=client.get_httpx_client().request(**kwargs)).parsed


async def asyncio_detailed(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[Application] | Error | None]:
    """List all apps mapped to a policy

     Lists all applications mapped to a policy identified by `policyId`

    > **Note:** Use [List all resources mapped to a
    policy](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/policy/#tag/Policy/operation/listPolicyMappings)
    to list all applications mapped to a policy.

    Deprecated: Okta may remove this operation.
    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        policy_id (str): `id` of the policy

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
        Response[list[Application] | Error | None]
    """

    # stacklevel 2: the warning names the caller's line, and Python shows it once per call site.
    warnings.warn(
        "listPolicyApps (GET /api/v1/policies/{policyId}/app) is deprecated by Okta",
        DeprecationWarning,
        stacklevel=2,
    )
    kwargs = _get_kwargs(
        policy_id=policy_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    policy_id: str,
    *,
    client: RaisingClient,
) -> list[Application] | None: ...


@overload
async def asyncio(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[Application] | Error | None: ...


async def asyncio(
    policy_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[Application] | Error | None:
    """List all apps mapped to a policy

     Lists all applications mapped to a policy identified by `policyId`

    > **Note:** Use [List all resources mapped to a
    policy](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/policy/#tag/Policy/operation/listPolicyMappings)
    to list all applications mapped to a policy.

    Deprecated: Okta may remove this operation.
    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.policies.read.

    Args:
        policy_id (str): `id` of the policy

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
        list[Application] | Error | None
    """

    # stacklevel 2: the warning names the caller's line, and Python shows it once per call site.
    warnings.warn(
        "listPolicyApps (GET /api/v1/policies/{policyId}/app) is deprecated by Okta",
        DeprecationWarning,
        stacklevel=2,
    )
    kwargs = _get_kwargs(
        policy_id=policy_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[Application]:
    """One 2xx response of `listPolicyApps` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
