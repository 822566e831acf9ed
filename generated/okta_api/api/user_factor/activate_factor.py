"""`activateFactor`: POST /api/v1/users/{userId}/factors/{factorId}/lifecycle/activate"""

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
    from ...models.user_factor_activate_request_type_0 import UserFactorActivateRequestType0
    from ...models.user_factor_activate_request_type_1 import UserFactorActivateRequestType1
    from ...models.user_factor_activate_request_type_2 import UserFactorActivateRequestType2
    from ...models.user_factor_activate_request_type_3 import UserFactorActivateRequestType3
    from ...models.user_factor_activate_request_type_4 import UserFactorActivateRequestType4
    from ...models.user_factor_activate_request_type_5 import UserFactorActivateRequestType5
    from ...models.user_factor_activate_request_type_6 import UserFactorActivateRequestType6
    from ...models.user_factor_activate_response import UserFactorActivateResponse

OPERATION = Operation(
    operation_id="activateFactor",
    method="POST",
    path="/api/v1/users/{userId}/factors/{factorId}/lifecycle/activate",
    tag="UserFactor",
    scopes=("okta.users.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    user_id: str,
    factor_id: str,
    *,
    body: UserFactorActivateRequestType0
    | UserFactorActivateRequestType1
    | UserFactorActivateRequestType2
    | UserFactorActivateRequestType3
    | UserFactorActivateRequestType4
    | UserFactorActivateRequestType5
    | UserFactorActivateRequestType6
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "userId": user_id,
                "factorId": factor_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    if not isinstance(body, Unset):
        _kwargs["json"] = _convert.dump_value(body, True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserFactorActivateResponse | Error | None:
    from ...models.error import Error
    from ...models.user_factor_activate_response import UserFactorActivateResponse

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
            _convert.checked(client, _convert.parse_body(client, UserFactorActivateResponse, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserFactorActivateResponse | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactorActivateRequestType0
    | UserFactorActivateRequestType1
    | UserFactorActivateRequestType2
    | UserFactorActivateRequestType3
    | UserFactorActivateRequestType4
    | UserFactorActivateRequestType5
    | UserFactorActivateRequestType6
    | Unset = UNSET,
) -> Response[UserFactorActivateResponse | Error | None]:
    """Activate a factor

     Activates a factor. Some factors (`call`, `email`, `push`, `sms`, `token:software:totp`, `u2f`, and
    `webauthn`) require activation to complete the enrollment process.

    Okta enforces a rate limit of five activation attempts within five minutes. After a user exceeds the
    rate limit, Okta returns an error message.

    > **Notes:**
    > * If the user exceeds their SMS, call, or email factor activation rate limit, then an OTP resend
    request isn't allowed for the same factor.
    > * You can't use the Factors API to activate Okta FastPass (`signed_nonce`) for a user. See
    [Configure Okta FastPass](https://help.okta.com/okta_help.htm?type=oie&id=ext-fp-configure).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        factor_id (str): ID of an existing user factor
        body (Unset | UserFactorActivateRequestType0 | UserFactorActivateRequestType1 |
            UserFactorActivateRequestType2 | UserFactorActivateRequestType3 |
            UserFactorActivateRequestType4 | UserFactorActivateRequestType5 |
            UserFactorActivateRequestType6):

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
        Response[UserFactorActivateResponse | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        factor_id=factor_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    user_id: str,
    factor_id: str,
    *,
    client: RaisingClient,
    body: UserFactorActivateRequestType0
    | UserFactorActivateRequestType1
    | UserFactorActivateRequestType2
    | UserFactorActivateRequestType3
    | UserFactorActivateRequestType4
    | UserFactorActivateRequestType5
    | UserFactorActivateRequestType6
    | Unset = UNSET,
) -> UserFactorActivateResponse | None: ...


@overload
def sync(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactorActivateRequestType0
    | UserFactorActivateRequestType1
    | UserFactorActivateRequestType2
    | UserFactorActivateRequestType3
    | UserFactorActivateRequestType4
    | UserFactorActivateRequestType5
    | UserFactorActivateRequestType6
    | Unset = UNSET,
) -> UserFactorActivateResponse | Error | None: ...


def sync(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactorActivateRequestType0
    | UserFactorActivateRequestType1
    | UserFactorActivateRequestType2
    | UserFactorActivateRequestType3
    | UserFactorActivateRequestType4
    | UserFactorActivateRequestType5
    | UserFactorActivateRequestType6
    | Unset = UNSET,
) -> UserFactorActivateResponse | Error | None:
    """Activate a factor

     Activates a factor. Some factors (`call`, `email`, `push`, `sms`, `token:software:totp`, `u2f`, and
    `webauthn`) require activation to complete the enrollment process.

    Okta enforces a rate limit of five activation attempts within five minutes. After a user exceeds the
    rate limit, Okta returns an error message.

    > **Notes:**
    > * If the user exceeds their SMS, call, or email factor activation rate limit, then an OTP resend
    request isn't allowed for the same factor.
    > * You can't use the Factors API to activate Okta FastPass (`signed_nonce`) for a user. See
    [Configure Okta FastPass](https://help.okta.com/okta_help.htm?type=oie&id=ext-fp-configure).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        factor_id (str): ID of an existing user factor
        body (Unset | UserFactorActivateRequestType0 | UserFactorActivateRequestType1 |
            UserFactorActivateRequestType2 | UserFactorActivateRequestType3 |
            UserFactorActivateRequestType4 | UserFactorActivateRequestType5 |
            UserFactorActivateRequestType6):

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
        UserFactorActivateResponse | Error | None
    """

    return sync_detailed(
        user_id=user_id,
        factor_id=factor_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactorActivateRequestType0
    | UserFactorActivateRequestType1
    | UserFactorActivateRequestType2
    | UserFactorActivateRequestType3
    | UserFactorActivateRequestType4
    | UserFactorActivateRequestType5
    | UserFactorActivateRequestType6
    | Unset = UNSET,
) -> Response[UserFactorActivateResponse | Error | None]:
    """Activate a factor

     Activates a factor. Some factors (`call`, `email`, `push`, `sms`, `token:software:totp`, `u2f`, and
    `webauthn`) require activation to complete the enrollment process.

    Okta enforces a rate limit of five activation attempts within five minutes. After a user exceeds the
    rate limit, Okta returns an error message.

    > **Notes:**
    > * If the user exceeds their SMS, call, or email factor activation rate limit, then an OTP resend
    request isn't allowed for the same factor.
    > * You can't use the Factors API to activate Okta FastPass (`signed_nonce`) for a user. See
    [Configure Okta FastPass](https://help.okta.com/okta_help.htm?type=oie&id=ext-fp-configure).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        factor_id (str): ID of an existing user factor
        body (Unset | UserFactorActivateRequestType0 | UserFactorActivateRequestType1 |
            UserFactorActivateRequestType2 | UserFactorActivateRequestType3 |
            UserFactorActivateRequestType4 | UserFactorActivateRequestType5 |
            UserFactorActivateRequestType6):

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
        Response[UserFactorActivateResponse | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        factor_id=factor_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    user_id: str,
    factor_id: str,
    *,
    client: RaisingClient,
    body: UserFactorActivateRequestType0
    | UserFactorActivateRequestType1
    | UserFactorActivateRequestType2
    | UserFactorActivateRequestType3
    | UserFactorActivateRequestType4
    | UserFactorActivateRequestType5
    | UserFactorActivateRequestType6
    | Unset = UNSET,
) -> UserFactorActivateResponse | None: ...


@overload
async def asyncio(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactorActivateRequestType0
    | UserFactorActivateRequestType1
    | UserFactorActivateRequestType2
    | UserFactorActivateRequestType3
    | UserFactorActivateRequestType4
    | UserFactorActivateRequestType5
    | UserFactorActivateRequestType6
    | Unset = UNSET,
) -> UserFactorActivateResponse | Error | None: ...


async def asyncio(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactorActivateRequestType0
    | UserFactorActivateRequestType1
    | UserFactorActivateRequestType2
    | UserFactorActivateRequestType3
    | UserFactorActivateRequestType4
    | UserFactorActivateRequestType5
    | UserFactorActivateRequestType6
    | Unset = UNSET,
) -> UserFactorActivateResponse | Error | None:
    """Activate a factor

     Activates a factor. Some factors (`call`, `email`, `push`, `sms`, `token:software:totp`, `u2f`, and
    `webauthn`) require activation to complete the enrollment process.

    Okta enforces a rate limit of five activation attempts within five minutes. After a user exceeds the
    rate limit, Okta returns an error message.

    > **Notes:**
    > * If the user exceeds their SMS, call, or email factor activation rate limit, then an OTP resend
    request isn't allowed for the same factor.
    > * You can't use the Factors API to activate Okta FastPass (`signed_nonce`) for a user. See
    [Configure Okta FastPass](https://help.okta.com/okta_help.htm?type=oie&id=ext-fp-configure).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        factor_id (str): ID of an existing user factor
        body (Unset | UserFactorActivateRequestType0 | UserFactorActivateRequestType1 |
            UserFactorActivateRequestType2 | UserFactorActivateRequestType3 |
            UserFactorActivateRequestType4 | UserFactorActivateRequestType5 |
            UserFactorActivateRequestType6):

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
        UserFactorActivateResponse | Error | None
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            factor_id=factor_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
