"""`replaceUserType`: PUT /api/v1/meta/types/user/{typeId}"""

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
    from ...models.user_type import UserType
    from ...models.user_type_put_request import UserTypePutRequest

OPERATION = Operation(
    operation_id="replaceUserType",
    method="PUT",
    path="/api/v1/meta/types/user/{typeId}",
    tag="UserType",
    scopes=("okta.userTypes.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    type_id: str,
    *,
    body: UserTypePutRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": _paths.build_path(
            OPERATION,
            {
                "typeId": type_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UserType | Error | None:
    from ...models.error import Error
    from ...models.user_type import UserType

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
        return (
            _convert.checked(client, _convert.parse_body(client, UserType, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserType | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserTypePutRequest | Unset = UNSET,
) -> Response[UserType | Error | None]:
    """Replace a user type

     Replaces an existing user type. This operation is a full update.
    > **Note**: The `name` of an existing user type can't be changed, but must be part of the request
    body. You can only replace the `displayName` and `description` elements.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.userTypes.manage.

    Args:
        type_id (str): The unique key for the user type
        body (UserTypePutRequest | Unset):

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
        Response[UserType | Error | None]
    """

    kwargs = _get_kwargs(
        type_id=type_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    type_id: str,
    *,
    client: RaisingClient,
    body: UserTypePutRequest | Unset = UNSET,
) -> UserType | None: ...


@overload
def sync(
    type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserTypePutRequest | Unset = UNSET,
) -> UserType | Error | None: ...


def sync(
    type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserTypePutRequest | Unset = UNSET,
) -> UserType | Error | None:
    """Replace a user type

     Replaces an existing user type. This operation is a full update.
    > **Note**: The `name` of an existing user type can't be changed, but must be part of the request
    body. You can only replace the `displayName` and `description` elements.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.userTypes.manage.

    Args:
        type_id (str): The unique key for the user type
        body (UserTypePutRequest | Unset):

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
        UserType | Error | None
    """

    return sync_detailed(
        type_id=type_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserTypePutRequest | Unset = UNSET,
) -> Response[UserType | Error | None]:
    """Replace a user type

     Replaces an existing user type. This operation is a full update.
    > **Note**: The `name` of an existing user type can't be changed, but must be part of the request
    body. You can only replace the `displayName` and `description` elements.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.userTypes.manage.

    Args:
        type_id (str): The unique key for the user type
        body (UserTypePutRequest | Unset):

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
        Response[UserType | Error | None]
    """

    kwargs = _get_kwargs(
        type_id=type_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    type_id: str,
    *,
    client: RaisingClient,
    body: UserTypePutRequest | Unset = UNSET,
) -> UserType | None: ...


@overload
async def asyncio(
    type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserTypePutRequest | Unset = UNSET,
) -> UserType | Error | None: ...


async def asyncio(
    type_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserTypePutRequest | Unset = UNSET,
) -> UserType | Error | None:
    """Replace a user type

     Replaces an existing user type. This operation is a full update.
    > **Note**: The `name` of an existing user type can't be changed, but must be part of the request
    body. You can only replace the `displayName` and `description` elements.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.userTypes.manage.

    Args:
        type_id (str): The unique key for the user type
        body (UserTypePutRequest | Unset):

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
        UserType | Error | None
    """

    return (
        await asyncio_detailed(
            type_id=type_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
