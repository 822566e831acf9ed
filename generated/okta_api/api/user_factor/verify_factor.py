"""`verifyFactor`: POST /api/v1/users/{userId}/factors/{factorId}/verify"""

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
    from ...models.user_factor_verify_request_type_0 import UserFactorVerifyRequestType0
    from ...models.user_factor_verify_request_type_1 import UserFactorVerifyRequestType1
    from ...models.user_factor_verify_request_type_2 import UserFactorVerifyRequestType2
    from ...models.user_factor_verify_request_type_3 import UserFactorVerifyRequestType3
    from ...models.user_factor_verify_request_type_4 import UserFactorVerifyRequestType4
    from ...models.user_factor_verify_request_type_5 import UserFactorVerifyRequestType5
    from ...models.user_factor_verify_request_type_6 import UserFactorVerifyRequestType6
    from ...models.user_factor_verify_request_type_7 import UserFactorVerifyRequestType7
    from ...models.user_factor_verify_request_type_8 import UserFactorVerifyRequestType8
    from ...models.user_factor_verify_request_type_9 import UserFactorVerifyRequestType9
    from ...models.user_factor_verify_request_type_10 import UserFactorVerifyRequestType10
    from ...models.user_factor_verify_response import UserFactorVerifyResponse
    from ...models.user_factor_verify_response_waiting import UserFactorVerifyResponseWaiting

OPERATION = Operation(
    operation_id="verifyFactor",
    method="POST",
    path="/api/v1/users/{userId}/factors/{factorId}/verify",
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
    body: UserFactorVerifyRequestType0
    | UserFactorVerifyRequestType1
    | UserFactorVerifyRequestType2
    | UserFactorVerifyRequestType3
    | UserFactorVerifyRequestType4
    | UserFactorVerifyRequestType5
    | UserFactorVerifyRequestType6
    | UserFactorVerifyRequestType7
    | UserFactorVerifyRequestType8
    | UserFactorVerifyRequestType9
    | UserFactorVerifyRequestType10
    | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_forwarded_for, Unset):
        headers["X-Forwarded-For"] = x_forwarded_for

    if not isinstance(user_agent, Unset):
        headers["User-Agent"] = user_agent

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["templateId"] = template_id

    params["tokenLifetimeSeconds"] = token_lifetime_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "userId": user_id,
                "factorId": factor_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    if not isinstance(body, Unset):
        _kwargs["json"] = _convert.dump_value(body, True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | Error | None:
    from ...models.error import Error
    from ...models.user_factor_verify_response import UserFactorVerifyResponse
    from ...models.user_factor_verify_response_waiting import UserFactorVerifyResponseWaiting

    if response.status_code == 201:
        return (
            _convert.checked(client, _convert.parse_body(client, UserFactorVerifyResponseWaiting, response.json()))
            if response.content
            else None
        )
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
            _convert.checked(client, _convert.parse_body(client, UserFactorVerifyResponse, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | Error | None]:
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
    body: UserFactorVerifyRequestType0
    | UserFactorVerifyRequestType1
    | UserFactorVerifyRequestType2
    | UserFactorVerifyRequestType3
    | UserFactorVerifyRequestType4
    | UserFactorVerifyRequestType5
    | UserFactorVerifyRequestType6
    | UserFactorVerifyRequestType7
    | UserFactorVerifyRequestType8
    | UserFactorVerifyRequestType9
    | UserFactorVerifyRequestType10
    | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | Error | None]:
    """Verify a factor

     Verifies an OTP for a factor. Some factors (`call`, `email`, `push`, `sms`, `u2f`, and `webauthn`)
    must first issue a challenge before you can verify the factor. Do this by making a request without a
    body. After a challenge is issued, make another request to verify the factor.

    > **Notes:**
    > - You can send standard push challenges or number matching push challenges to Okta Verify `push`
    factor enrollments. Use a [request
    body](https://developer.okta.com/docs/api/openapi/okta-management/management/userfactor/verifyfactor!path=2/useNumberMatchingChallenge&t=request)
    for number matching push challenges.
    > - To verify a `push` factor, use the **poll** link returned when you issue the challenge. See
    [Retrieve a factor transaction
    status](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/userfactor/other/getfactortransactionstatus).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        factor_id (str): ID of an existing user factor
        template_id (str | Unset): ID of an existing custom SMS template. See the SMS Templates
            API. This parameter is only used by `sms` factors.
        token_lifetime_seconds (int | Unset): Defines how long the token remains valid Okta's
            default: 300.
        x_forwarded_for (str | Unset): Public IP address for the user agent
        user_agent (str | Unset): Type of user agent detected when the request is made. Required
            to verify `push` factors.
        accept_language (str | Unset): An ISO 639-1 two-letter language code that defines a
            localized message to send. This parameter is only used by `sms` factors. If a
            localized message doesn't exist or the `templateId` is incorrect, the default template
            is used instead.
        body (Unset | UserFactorVerifyRequestType0 | UserFactorVerifyRequestType1 |
            UserFactorVerifyRequestType10 | UserFactorVerifyRequestType2 |
            UserFactorVerifyRequestType3 | UserFactorVerifyRequestType4 |
            UserFactorVerifyRequestType5 | UserFactorVerifyRequestType6 |
            UserFactorVerifyRequestType7 | UserFactorVerifyRequestType8 |
            UserFactorVerifyRequestType9):

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
        Response[UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        factor_id=factor_id,
        body=body,
        template_id=template_id,
        token_lifetime_seconds=token_lifetime_seconds,
        x_forwarded_for=x_forwarded_for,
        user_agent=user_agent,
        accept_language=accept_language,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    user_id: str,
    factor_id: str,
    *,
    client: RaisingClient,
    body: UserFactorVerifyRequestType0
    | UserFactorVerifyRequestType1
    | UserFactorVerifyRequestType2
    | UserFactorVerifyRequestType3
    | UserFactorVerifyRequestType4
    | UserFactorVerifyRequestType5
    | UserFactorVerifyRequestType6
    | UserFactorVerifyRequestType7
    | UserFactorVerifyRequestType8
    | UserFactorVerifyRequestType9
    | UserFactorVerifyRequestType10
    | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | None: ...


@overload
def sync(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactorVerifyRequestType0
    | UserFactorVerifyRequestType1
    | UserFactorVerifyRequestType2
    | UserFactorVerifyRequestType3
    | UserFactorVerifyRequestType4
    | UserFactorVerifyRequestType5
    | UserFactorVerifyRequestType6
    | UserFactorVerifyRequestType7
    | UserFactorVerifyRequestType8
    | UserFactorVerifyRequestType9
    | UserFactorVerifyRequestType10
    | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | Error | None: ...


def sync(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactorVerifyRequestType0
    | UserFactorVerifyRequestType1
    | UserFactorVerifyRequestType2
    | UserFactorVerifyRequestType3
    | UserFactorVerifyRequestType4
    | UserFactorVerifyRequestType5
    | UserFactorVerifyRequestType6
    | UserFactorVerifyRequestType7
    | UserFactorVerifyRequestType8
    | UserFactorVerifyRequestType9
    | UserFactorVerifyRequestType10
    | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | Error | None:
    """Verify a factor

     Verifies an OTP for a factor. Some factors (`call`, `email`, `push`, `sms`, `u2f`, and `webauthn`)
    must first issue a challenge before you can verify the factor. Do this by making a request without a
    body. After a challenge is issued, make another request to verify the factor.

    > **Notes:**
    > - You can send standard push challenges or number matching push challenges to Okta Verify `push`
    factor enrollments. Use a [request
    body](https://developer.okta.com/docs/api/openapi/okta-management/management/userfactor/verifyfactor!path=2/useNumberMatchingChallenge&t=request)
    for number matching push challenges.
    > - To verify a `push` factor, use the **poll** link returned when you issue the challenge. See
    [Retrieve a factor transaction
    status](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/userfactor/other/getfactortransactionstatus).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        factor_id (str): ID of an existing user factor
        template_id (str | Unset): ID of an existing custom SMS template. See the SMS Templates
            API. This parameter is only used by `sms` factors.
        token_lifetime_seconds (int | Unset): Defines how long the token remains valid Okta's
            default: 300.
        x_forwarded_for (str | Unset): Public IP address for the user agent
        user_agent (str | Unset): Type of user agent detected when the request is made. Required
            to verify `push` factors.
        accept_language (str | Unset): An ISO 639-1 two-letter language code that defines a
            localized message to send. This parameter is only used by `sms` factors. If a
            localized message doesn't exist or the `templateId` is incorrect, the default template
            is used instead.
        body (Unset | UserFactorVerifyRequestType0 | UserFactorVerifyRequestType1 |
            UserFactorVerifyRequestType10 | UserFactorVerifyRequestType2 |
            UserFactorVerifyRequestType3 | UserFactorVerifyRequestType4 |
            UserFactorVerifyRequestType5 | UserFactorVerifyRequestType6 |
            UserFactorVerifyRequestType7 | UserFactorVerifyRequestType8 |
            UserFactorVerifyRequestType9):

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
        UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | Error | None
    """

    return sync_detailed(
        user_id=user_id,
        factor_id=factor_id,
        client=client,
        body=body,
        template_id=template_id,
        token_lifetime_seconds=token_lifetime_seconds,
        x_forwarded_for=x_forwarded_for,
        user_agent=user_agent,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactorVerifyRequestType0
    | UserFactorVerifyRequestType1
    | UserFactorVerifyRequestType2
    | UserFactorVerifyRequestType3
    | UserFactorVerifyRequestType4
    | UserFactorVerifyRequestType5
    | UserFactorVerifyRequestType6
    | UserFactorVerifyRequestType7
    | UserFactorVerifyRequestType8
    | UserFactorVerifyRequestType9
    | UserFactorVerifyRequestType10
    | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | Error | None]:
    """Verify a factor

     Verifies an OTP for a factor. Some factors (`call`, `email`, `push`, `sms`, `u2f`, and `webauthn`)
    must first issue a challenge before you can verify the factor. Do this by making a request without a
    body. After a challenge is issued, make another request to verify the factor.

    > **Notes:**
    > - You can send standard push challenges or number matching push challenges to Okta Verify `push`
    factor enrollments. Use a [request
    body](https://developer.okta.com/docs/api/openapi/okta-management/management/userfactor/verifyfactor!path=2/useNumberMatchingChallenge&t=request)
    for number matching push challenges.
    > - To verify a `push` factor, use the **poll** link returned when you issue the challenge. See
    [Retrieve a factor transaction
    status](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/userfactor/other/getfactortransactionstatus).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        factor_id (str): ID of an existing user factor
        template_id (str | Unset): ID of an existing custom SMS template. See the SMS Templates
            API. This parameter is only used by `sms` factors.
        token_lifetime_seconds (int | Unset): Defines how long the token remains valid Okta's
            default: 300.
        x_forwarded_for (str | Unset): Public IP address for the user agent
        user_agent (str | Unset): Type of user agent detected when the request is made. Required
            to verify `push` factors.
        accept_language (str | Unset): An ISO 639-1 two-letter language code that defines a
            localized message to send. This parameter is only used by `sms` factors. If a
            localized message doesn't exist or the `templateId` is incorrect, the default template
            is used instead.
        body (Unset | UserFactorVerifyRequestType0 | UserFactorVerifyRequestType1 |
            UserFactorVerifyRequestType10 | UserFactorVerifyRequestType2 |
            UserFactorVerifyRequestType3 | UserFactorVerifyRequestType4 |
            UserFactorVerifyRequestType5 | UserFactorVerifyRequestType6 |
            UserFactorVerifyRequestType7 | UserFactorVerifyRequestType8 |
            UserFactorVerifyRequestType9):

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
        Response[UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        factor_id=factor_id,
        body=body,
        template_id=template_id,
        token_lifetime_seconds=token_lifetime_seconds,
        x_forwarded_for=x_forwarded_for,
        user_agent=user_agent,
        accept_language=accept_language,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    user_id: str,
    factor_id: str,
    *,
    client: RaisingClient,
    body: UserFactorVerifyRequestType0
    | UserFactorVerifyRequestType1
    | UserFactorVerifyRequestType2
    | UserFactorVerifyRequestType3
    | UserFactorVerifyRequestType4
    | UserFactorVerifyRequestType5
    | UserFactorVerifyRequestType6
    | UserFactorVerifyRequestType7
    | UserFactorVerifyRequestType8
    | UserFactorVerifyRequestType9
    | UserFactorVerifyRequestType10
    | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | None: ...


@overload
async def asyncio(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactorVerifyRequestType0
    | UserFactorVerifyRequestType1
    | UserFactorVerifyRequestType2
    | UserFactorVerifyRequestType3
    | UserFactorVerifyRequestType4
    | UserFactorVerifyRequestType5
    | UserFactorVerifyRequestType6
    | UserFactorVerifyRequestType7
    | UserFactorVerifyRequestType8
    | UserFactorVerifyRequestType9
    | UserFactorVerifyRequestType10
    | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | Error | None: ...


async def asyncio(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserFactorVerifyRequestType0
    | UserFactorVerifyRequestType1
    | UserFactorVerifyRequestType2
    | UserFactorVerifyRequestType3
    | UserFactorVerifyRequestType4
    | UserFactorVerifyRequestType5
    | UserFactorVerifyRequestType6
    | UserFactorVerifyRequestType7
    | UserFactorVerifyRequestType8
    | UserFactorVerifyRequestType9
    | UserFactorVerifyRequestType10
    | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = UNSET,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | Error | None:
    """Verify a factor

     Verifies an OTP for a factor. Some factors (`call`, `email`, `push`, `sms`, `u2f`, and `webauthn`)
    must first issue a challenge before you can verify the factor. Do this by making a request without a
    body. After a challenge is issued, make another request to verify the factor.

    > **Notes:**
    > - You can send standard push challenges or number matching push challenges to Okta Verify `push`
    factor enrollments. Use a [request
    body](https://developer.okta.com/docs/api/openapi/okta-management/management/userfactor/verifyfactor!path=2/useNumberMatchingChallenge&t=request)
    for number matching push challenges.
    > - To verify a `push` factor, use the **poll** link returned when you issue the challenge. See
    [Retrieve a factor transaction
    status](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/userfactor/other/getfactortransactionstatus).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        factor_id (str): ID of an existing user factor
        template_id (str | Unset): ID of an existing custom SMS template. See the SMS Templates
            API. This parameter is only used by `sms` factors.
        token_lifetime_seconds (int | Unset): Defines how long the token remains valid Okta's
            default: 300.
        x_forwarded_for (str | Unset): Public IP address for the user agent
        user_agent (str | Unset): Type of user agent detected when the request is made. Required
            to verify `push` factors.
        accept_language (str | Unset): An ISO 639-1 two-letter language code that defines a
            localized message to send. This parameter is only used by `sms` factors. If a
            localized message doesn't exist or the `templateId` is incorrect, the default template
            is used instead.
        body (Unset | UserFactorVerifyRequestType0 | UserFactorVerifyRequestType1 |
            UserFactorVerifyRequestType10 | UserFactorVerifyRequestType2 |
            UserFactorVerifyRequestType3 | UserFactorVerifyRequestType4 |
            UserFactorVerifyRequestType5 | UserFactorVerifyRequestType6 |
            UserFactorVerifyRequestType7 | UserFactorVerifyRequestType8 |
            UserFactorVerifyRequestType9):

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
        UserFactorVerifyResponse | UserFactorVerifyResponseWaiting | Error | None
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            factor_id=factor_id,
            client=client,
            body=body,
            template_id=template_id,
            token_lifetime_seconds=token_lifetime_seconds,
            x_forwarded_for=x_forwarded_for,
            user_agent=user_agent,
            accept_language=accept_language,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
