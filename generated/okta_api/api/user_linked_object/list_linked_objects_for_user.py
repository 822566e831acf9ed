"""`listLinkedObjectsForUser`: GET /api/v1/users/{userIdOrLogin}/linkedObjects/{relationshipName}"""

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
    from ...models.response_links import ResponseLinks

OPERATION = Operation(
    operation_id="listLinkedObjectsForUser",
    method="GET",
    path="/api/v1/users/{userIdOrLogin}/linkedObjects/{relationshipName}",
    tag="UserLinkedObject",
    scopes=("okta.users.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    user_id_or_login: str,
    relationship_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "userIdOrLogin": user_id_or_login,
                "relationshipName": relationship_name,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ResponseLinks] | Error | None:
    from ...models.error import Error
    from ...models.response_links import ResponseLinks

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
            _convert.checked(client, _convert.parse_response_list(client, ResponseLinks, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ResponseLinks] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id_or_login: str,
    relationship_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[ResponseLinks] | Error | None]:
    """List the primary or all of the associated linked object values

     Lists either the `self` link for the primary user or all associated users in the relationship
    specified by `relationshipName`. If the specified user isn't associated in any relationship, an
    empty array is returned.

    Use `me` instead of `id` to specify the current session user.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id_or_login (str): If for the `self` link, this is the ID of the user for whom you
            want to get the primary user ID. If for the `associated` relation, this is the user ID
            or login value of the user assigned the associated relationship. This can be `me` to
            represent the current session user.
        relationship_name (str): Name of the `primary` or `associated` relationship being queried

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
        Response[list[ResponseLinks] | Error | None]
    """

    kwargs = _get_kwargs(
        user_id_or_login=user_id_or_login,
        relationship_name=relationship_name,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    user_id_or_login: str,
    relationship_name: str,
    *,
    client: RaisingClient,
) -> list[ResponseLinks] | None: ...


@overload
def sync(
    user_id_or_login: str,
    relationship_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[ResponseLinks] | Error | None: ...


def sync(
    user_id_or_login: str,
    relationship_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[ResponseLinks] | Error | None:
    """List the primary or all of the associated linked object values

     Lists either the `self` link for the primary user or all associated users in the relationship
    specified by `relationshipName`. If the specified user isn't associated in any relationship, an
    empty array is returned.

    Use `me` instead of `id` to specify the current session user.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id_or_login (str): If for the `self` link, this is the ID of the user for whom you
            want to get the primary user ID. If for the `associated` relation, this is the user ID
            or login value of the user assigned the associated relationship. This can be `me` to
            represent the current session user.
        relationship_name (str): Name of the `primary` or `associated` relationship being queried

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
        list[ResponseLinks] | Error | None
    """

    return sync_detailed(
        user_id_or_login=user_id_or_login,
        relationship_name=relationship_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id_or_login: str,
    relationship_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[ResponseLinks] | Error | None]:
    """List the primary or all of the associated linked object values

     Lists either the `self` link for the primary user or all associated users in the relationship
    specified by `relationshipName`. If the specified user isn't associated in any relationship, an
    empty array is returned.

    Use `me` instead of `id` to specify the current session user.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id_or_login (str): If for the `self` link, this is the ID of the user for whom you
            want to get the primary user ID. If for the `associated` relation, this is the user ID
            or login value of the user assigned the associated relationship. This can be `me` to
            represent the current session user.
        relationship_name (str): Name of the `primary` or `associated` relationship being queried

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
        Response[list[ResponseLinks] | Error | None]
    """

    kwargs = _get_kwargs(
        user_id_or_login=user_id_or_login,
        relationship_name=relationship_name,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    user_id_or_login: str,
    relationship_name: str,
    *,
    client: RaisingClient,
) -> list[ResponseLinks] | None: ...


@overload
async def asyncio(
    user_id_or_login: str,
    relationship_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[ResponseLinks] | Error | None: ...


async def asyncio(
    user_id_or_login: str,
    relationship_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[ResponseLinks] | Error | None:
    """List the primary or all of the associated linked object values

     Lists either the `self` link for the primary user or all associated users in the relationship
    specified by `relationshipName`. If the specified user isn't associated in any relationship, an
    empty array is returned.

    Use `me` instead of `id` to specify the current session user.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id_or_login (str): If for the `self` link, this is the ID of the user for whom you
            want to get the primary user ID. If for the `associated` relation, this is the user ID
            or login value of the user assigned the associated relationship. This can be `me` to
            represent the current session user.
        relationship_name (str): Name of the `primary` or `associated` relationship being queried

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
        list[ResponseLinks] | Error | None
    """

    return (
        await asyncio_detailed(
            user_id_or_login=user_id_or_login,
            relationship_name=relationship_name,
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[ResponseLinks]:
    """One 2xx response of `listLinkedObjectsForUser` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
