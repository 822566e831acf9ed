"""`updateOktaSupportCase`: PATCH /api/v1/org/privacy/oktaSupport/cases/{caseNumber}"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.okta_support_case import OktaSupportCase

OPERATION = Operation(
    operation_id="updateOktaSupportCase",
    method="PATCH",
    path="/api/v1/org/privacy/oktaSupport/cases/{caseNumber}",
    tag="OrgSettingSupport",
    scopes=("okta.orgs.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
    iam_permissions=("okta.support.cases.manage",),
    admin_roles=("SUPER_ADMIN",),
)


def _get_kwargs(
    case_number: str,
    *,
    body: OktaSupportCase | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PATCH",
        "url": _paths.build_path(
            OPERATION,
            {
                "caseNumber": case_number,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OktaSupportCase | Error | None:
    from ...models.error import Error
    from ...models.okta_support_case import OktaSupportCase

    if response.status_code == 403:
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
            _convert.checked(client, _convert.parse_body(client, OktaSupportCase, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OktaSupportCase | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    case_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: OktaSupportCase | Unset = UNSET,
) -> Response[OktaSupportCase | Error | None]:
    """Update an Okta Support case

     Updates access to the org for an Okta Support case:

    * You can enable, disable, or extend access to your org for an Okta Support case.

    * You can approve Okta Support access to your org for self-assigned cases. A self-assigned case is
    created and assigned by the same Okta Support user.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.orgs.manage.
    Admin permissions: okta.support.cases.manage.
    Admin roles: SUPER_ADMIN.

    Args:
        case_number (str): Okta Support case number
        body (OktaSupportCase | Unset):

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
        Response[OktaSupportCase | Error | None]
    """

    kwargs = _get_kwargs(
        case_number=case_number,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    case_number: str,
    *,
    client: RaisingClient,
    body: OktaSupportCase | Unset = UNSET,
) -> OktaSupportCase | None: ...


@overload
def sync(
    case_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: OktaSupportCase | Unset = UNSET,
) -> OktaSupportCase | Error | None: ...


def sync(
    case_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: OktaSupportCase | Unset = UNSET,
) -> OktaSupportCase | Error | None:
    """Update an Okta Support case

     Updates access to the org for an Okta Support case:

    * You can enable, disable, or extend access to your org for an Okta Support case.

    * You can approve Okta Support access to your org for self-assigned cases. A self-assigned case is
    created and assigned by the same Okta Support user.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.orgs.manage.
    Admin permissions: okta.support.cases.manage.
    Admin roles: SUPER_ADMIN.

    Args:
        case_number (str): Okta Support case number
        body (OktaSupportCase | Unset):

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
        OktaSupportCase | Error | None
    """

    return sync_detailed(
        case_number=case_number,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    case_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: OktaSupportCase | Unset = UNSET,
) -> Response[OktaSupportCase | Error | None]:
    """Update an Okta Support case

     Updates access to the org for an Okta Support case:

    * You can enable, disable, or extend access to your org for an Okta Support case.

    * You can approve Okta Support access to your org for self-assigned cases. A self-assigned case is
    created and assigned by the same Okta Support user.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.orgs.manage.
    Admin permissions: okta.support.cases.manage.
    Admin roles: SUPER_ADMIN.

    Args:
        case_number (str): Okta Support case number
        body (OktaSupportCase | Unset):

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
        Response[OktaSupportCase | Error | None]
    """

    kwargs = _get_kwargs(
        case_number=case_number,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    case_number: str,
    *,
    client: RaisingClient,
    body: OktaSupportCase | Unset = UNSET,
) -> OktaSupportCase | None: ...


@overload
async def asyncio(
    case_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: OktaSupportCase | Unset = UNSET,
) -> OktaSupportCase | Error | None: ...


async def asyncio(
    case_number: str,
    *,
    client: AuthenticatedClient | Client,
    body: OktaSupportCase | Unset = UNSET,
) -> OktaSupportCase | Error | None:
    """Update an Okta Support case

     Updates access to the org for an Okta Support case:

    * You can enable, disable, or extend access to your org for an Okta Support case.

    * You can approve Okta Support access to your org for self-assigned cases. A self-assigned case is
    created and assigned by the same Okta Support user.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.orgs.manage.
    Admin permissions: okta.support.cases.manage.
    Admin roles: SUPER_ADMIN.

    Args:
        case_number (str): Okta Support case number
        body (OktaSupportCase | Unset):

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
        OktaSupportCase | Error | None
    """

    return (
        await asyncio_detailed(
            case_number=case_number,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
