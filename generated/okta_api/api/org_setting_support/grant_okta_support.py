"""`grantOktaSupport`: POST /api/v1/org/privacy/oktaSupport/grant"""

from __future__ import annotations

import warnings
from http import HTTPStatus
from typing import Any

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response

OPERATION = Operation(
    operation_id="grantOktaSupport",
    method="POST",
    path="/api/v1/org/privacy/oktaSupport/grant",
    tag="OrgSettingSupport",
    scopes=("okta.orgs.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
    deprecated=True,
    admin_roles=("SUPER_ADMIN",),
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/api/v1/org/privacy/oktaSupport/grant",
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 301:
        return _convert.checked(client, response.json()) if response.content else None
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | None]:
    """Grant Okta Support access

     Grants Okta Support temporary access to your org as an administrator for eight hours

    > **Note:** This resource is deprecated. Use the [Update an Okta Support
    case](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/orgsettingsupport/other/updateoktasupportcase)
    resource to grant Okta Support access for a support case.
    > For the corresponding Okta Admin Console feature, see [Give access to Okta
    Support](https://help.okta.com/okta_help.htm?type=oie&id=settings-support-access).

    Deprecated: Okta may remove this operation.
    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.orgs.manage.
    Admin roles: SUPER_ADMIN.

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
        Response[Any | None]
    """

    # stacklevel 2: the warning names the caller's line, and Python shows it once per call site.
    warnings.warn(
        "grantOktaSupport (POST /api/v1/org/privacy/oktaSupport/grant) is deprecated by Okta",
        DeprecationWarning,
        stacklevel=2,
    )
    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | None:
    """Grant Okta Support access

     Grants Okta Support temporary access to your org as an administrator for eight hours

    > **Note:** This resource is deprecated. Use the [Update an Okta Support
    case](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/orgsettingsupport/other/updateoktasupportcase)
    resource to grant Okta Support access for a support case.
    > For the corresponding Okta Admin Console feature, see [Give access to Okta
    Support](https://help.okta.com/okta_help.htm?type=oie&id=settings-support-access).

    Deprecated: Okta may remove this operation.
    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.orgs.manage.
    Admin roles: SUPER_ADMIN.

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
        Any | None
    """

    # stacklevel 2: the warning names the caller's line, and Python shows it once per call site.
    warnings.warn(
        "grantOktaSupport (POST /api/v1/org/privacy/oktaSupport/grant) is deprecated by Okta",
        DeprecationWarning,
        stacklevel=2,
    )
    kwargs = _get_kwargs()
    return _build_response(client=client, response=client.get_httpx_client().request(**kwargs)).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | None]:
    """Grant Okta Support access

     Grants Okta Support temporary access to your org as an administrator for eight hours

    > **Note:** This resource is deprecated. Use the [Update an Okta Support
    case](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/orgsettingsupport/other/updateoktasupportcase)
    resource to grant Okta Support access for a support case.
    > For the corresponding Okta Admin Console feature, see [Give access to Okta
    Support](https://help.okta.com/okta_help.htm?type=oie&id=settings-support-access).

    Deprecated: Okta may remove this operation.
    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.orgs.manage.
    Admin roles: SUPER_ADMIN.

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
        Response[Any | None]
    """

    # stacklevel 2: the warning names the caller's line, and Python shows it once per call site.
    warnings.warn(
        "grantOktaSupport (POST /api/v1/org/privacy/oktaSupport/grant) is deprecated by Okta",
        DeprecationWarning,
        stacklevel=2,
    )
    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | None:
    """Grant Okta Support access

     Grants Okta Support temporary access to your org as an administrator for eight hours

    > **Note:** This resource is deprecated. Use the [Update an Okta Support
    case](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/orgsettingsupport/other/updateoktasupportcase)
    resource to grant Okta Support access for a support case.
    > For the corresponding Okta Admin Console feature, see [Give access to Okta
    Support](https://help.okta.com/okta_help.htm?type=oie&id=settings-support-access).

    Deprecated: Okta may remove this operation.
    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.orgs.manage.
    Admin roles: SUPER_ADMIN.

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
        Any | None
    """

    # stacklevel 2: the warning names the caller's line, and Python shows it once per call site.
    warnings.warn(
        "grantOktaSupport (POST /api/v1/org/privacy/oktaSupport/grant) is deprecated by Okta",
        DeprecationWarning,
        stacklevel=2,
    )
    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response).parsed
