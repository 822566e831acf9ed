"""`bulkRemoveEmailAddressBounces`: POST /api/v1/org/email/bounces/remove-list"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.bounces_remove_list_obj import BouncesRemoveListObj
    from ...models.bounces_remove_list_result import BouncesRemoveListResult
    from ...models.error import Error

OPERATION = Operation(
    operation_id="bulkRemoveEmailAddressBounces",
    method="POST",
    path="/api/v1/org/email/bounces/remove-list",
    tag="EmailCustomization",
    scopes=("okta.orgs.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    body: BouncesRemoveListObj | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/api/v1/org/email/bounces/remove-list",
        "extensions": {"okta_operation": OPERATION},
    }
    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BouncesRemoveListResult | Error | None:
    from ...models.bounces_remove_list_result import BouncesRemoveListResult
    from ...models.error import Error

    if response.status_code == 400:
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
    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, BouncesRemoveListResult, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BouncesRemoveListResult | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BouncesRemoveListObj | Unset = UNSET,
) -> Response[BouncesRemoveListResult | Error | None]:
    """Remove bounced emails

     Removes emails from an email service bounce list.

    The emails submitted in this operation are removed from the bounce list by an asynchronous job.
    Any email address that passes validation is accepted for the removal process, even if there are
    other email addresses in the request that failed validation.

    > **Note:** If there are validation errors for all email addresses, a `200 OK` HTTP status is still
    returned.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.orgs.manage.

    Args:
        body (BouncesRemoveListObj | Unset):

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
        Response[BouncesRemoveListResult | Error | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    body: BouncesRemoveListObj | Unset = UNSET,
) -> BouncesRemoveListResult | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BouncesRemoveListObj | Unset = UNSET,
) -> BouncesRemoveListResult | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BouncesRemoveListObj | Unset = UNSET,
) -> BouncesRemoveListResult | Error | None:
    """Remove bounced emails

     Removes emails from an email service bounce list.

    The emails submitted in this operation are removed from the bounce list by an asynchronous job.
    Any email address that passes validation is accepted for the removal process, even if there are
    other email addresses in the request that failed validation.

    > **Note:** If there are validation errors for all email addresses, a `200 OK` HTTP status is still
    returned.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.orgs.manage.

    Args:
        body (BouncesRemoveListObj | Unset):

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
        BouncesRemoveListResult | Error | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BouncesRemoveListObj | Unset = UNSET,
) -> Response[BouncesRemoveListResult | Error | None]:
    """Remove bounced emails

     Removes emails from an email service bounce list.

    The emails submitted in this operation are removed from the bounce list by an asynchronous job.
    Any email address that passes validation is accepted for the removal process, even if there are
    other email addresses in the request that failed validation.

    > **Note:** If there are validation errors for all email addresses, a `200 OK` HTTP status is still
    returned.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.orgs.manage.

    Args:
        body (BouncesRemoveListObj | Unset):

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
        Response[BouncesRemoveListResult | Error | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    body: BouncesRemoveListObj | Unset = UNSET,
) -> BouncesRemoveListResult | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BouncesRemoveListObj | Unset = UNSET,
) -> BouncesRemoveListResult | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BouncesRemoveListObj | Unset = UNSET,
) -> BouncesRemoveListResult | Error | None:
    """Remove bounced emails

     Removes emails from an email service bounce list.

    The emails submitted in this operation are removed from the bounce list by an asynchronous job.
    Any email address that passes validation is accepted for the removal process, even if there are
    other email addresses in the request that failed validation.

    > **Note:** If there are validation errors for all email addresses, a `200 OK` HTTP status is still
    returned.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.orgs.manage.

    Args:
        body (BouncesRemoveListObj | Unset):

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
        BouncesRemoveListResult | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
