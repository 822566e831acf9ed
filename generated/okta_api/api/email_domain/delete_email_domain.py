"""`deleteEmailDomain`: DELETE /api/v1/email-domains/{emailDomainId}"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.delete_email_domain_expand_item import DeleteEmailDomainExpandItem
    from ...models.error import Error

OPERATION = Operation(
    operation_id="deleteEmailDomain",
    method="DELETE",
    path="/api/v1/email-domains/{emailDomainId}",
    tag="EmailDomain",
    scopes=("okta.emailDomains.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    email_domain_id: str,
    *,
    expand: list[DeleteEmailDomainExpandItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "DELETE",
        "url": _paths.build_path(
            OPERATION,
            {
                "emailDomainId": email_domain_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | None:
    from ...models.error import Error

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
        return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    email_domain_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[DeleteEmailDomainExpandItem] | Unset = UNSET,
) -> Response[Error | None]:
    """Delete an email domain

     Deletes an Email Domain by `emailDomainId`

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.emailDomains.manage.

    Args:
        email_domain_id (str): The ID of the email domain.
        expand (list[DeleteEmailDomainExpandItem] | Unset): Specifies additional metadata to be
            included in the response

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
        Response[Error | None]
    """

    kwargs = _get_kwargs(
        email_domain_id=email_domain_id,
        expand=expand,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    email_domain_id: str,
    *,
    client: RaisingClient,
    expand: list[DeleteEmailDomainExpandItem] | Unset = UNSET,
) -> None: ...


@overload
def sync(
    email_domain_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[DeleteEmailDomainExpandItem] | Unset = UNSET,
) -> Error | None: ...


def sync(
    email_domain_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[DeleteEmailDomainExpandItem] | Unset = UNSET,
) -> Error | None:
    """Delete an email domain

     Deletes an Email Domain by `emailDomainId`

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.emailDomains.manage.

    Args:
        email_domain_id (str): The ID of the email domain.
        expand (list[DeleteEmailDomainExpandItem] | Unset): Specifies additional metadata to be
            included in the response

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
        Error | None
    """

    return sync_detailed(
        email_domain_id=email_domain_id,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    email_domain_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[DeleteEmailDomainExpandItem] | Unset = UNSET,
) -> Response[Error | None]:
    """Delete an email domain

     Deletes an Email Domain by `emailDomainId`

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.emailDomains.manage.

    Args:
        email_domain_id (str): The ID of the email domain.
        expand (list[DeleteEmailDomainExpandItem] | Unset): Specifies additional metadata to be
            included in the response

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
        Response[Error | None]
    """

    kwargs = _get_kwargs(
        email_domain_id=email_domain_id,
        expand=expand,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    email_domain_id: str,
    *,
    client: RaisingClient,
    expand: list[DeleteEmailDomainExpandItem] | Unset = UNSET,
) -> None: ...


@overload
async def asyncio(
    email_domain_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[DeleteEmailDomainExpandItem] | Unset = UNSET,
) -> Error | None: ...


async def asyncio(
    email_domain_id: str,
    *,
    client: AuthenticatedClient | Client,
    expand: list[DeleteEmailDomainExpandItem] | Unset = UNSET,
) -> Error | None:
    """Delete an email domain

     Deletes an Email Domain by `emailDomainId`

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.emailDomains.manage.

    Args:
        email_domain_id (str): The ID of the email domain.
        expand (list[DeleteEmailDomainExpandItem] | Unset): Specifies additional metadata to be
            included in the response

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
        Error | None
    """

    return (
        await asyncio_detailed(
            email_domain_id=email_domain_id,
            client=client,
            expand=expand,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
