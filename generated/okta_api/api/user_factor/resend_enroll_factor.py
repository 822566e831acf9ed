"""`resendEnrollFactor`: POST /api/v1/users/{userId}/factors/{factorId}/resend"""

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
    from ...models.resend_user_factor import ResendUserFactor

OPERATION = Operation(
    operation_id="resendEnrollFactor",
    method="POST",
    path="/api/v1/users/{userId}/factors/{factorId}/resend",
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
    body: ResendUserFactor,
    template_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["templateId"] = template_id

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
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResendUserFactor | Error | None:
    from ...models.error import Error
    from ...models.resend_user_factor import ResendUserFactor

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
            _convert.checked(client, _convert.parse_body(client, ResendUserFactor, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResendUserFactor | Error | None]:
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
    body: ResendUserFactor,
    template_id: str | Unset = UNSET,
) -> Response[ResendUserFactor | Error | None]:
    """Resend a factor enrollment

     Resends an `sms`, `call`, or `email` factor challenge as part of an enrollment flow.

    For `call` and `sms` factors, Okta enforces a rate limit of one OTP challenge per device every 30
    seconds. You can configure your `sms` and `call` factors to use a third-party telephony provider.
    See the [Telephony inline hook
    reference](https://developer.okta.com/docs/reference/telephony-hook/). Okta alternates between SMS
    providers with every resend request to ensure delivery of SMS and Call OTPs across different
    carriers.

    > **Note:** Resend operations aren't allowed after a factor exceeds the activation rate limit. See
    Activate a factor.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        factor_id (str): ID of an existing user factor
        template_id (str | Unset): ID of an existing custom SMS template. See the SMS Templates
            API. This parameter is only used by `sms` factors.
        body (ResendUserFactor):

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
        Response[ResendUserFactor | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        factor_id=factor_id,
        body=body,
        template_id=template_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    user_id: str,
    factor_id: str,
    *,
    client: RaisingClient,
    body: ResendUserFactor,
    template_id: str | Unset = UNSET,
) -> ResendUserFactor | None: ...


@overload
def sync(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResendUserFactor,
    template_id: str | Unset = UNSET,
) -> ResendUserFactor | Error | None: ...


def sync(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResendUserFactor,
    template_id: str | Unset = UNSET,
) -> ResendUserFactor | Error | None:
    """Resend a factor enrollment

     Resends an `sms`, `call`, or `email` factor challenge as part of an enrollment flow.

    For `call` and `sms` factors, Okta enforces a rate limit of one OTP challenge per device every 30
    seconds. You can configure your `sms` and `call` factors to use a third-party telephony provider.
    See the [Telephony inline hook
    reference](https://developer.okta.com/docs/reference/telephony-hook/). Okta alternates between SMS
    providers with every resend request to ensure delivery of SMS and Call OTPs across different
    carriers.

    > **Note:** Resend operations aren't allowed after a factor exceeds the activation rate limit. See
    Activate a factor.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        factor_id (str): ID of an existing user factor
        template_id (str | Unset): ID of an existing custom SMS template. See the SMS Templates
            API. This parameter is only used by `sms` factors.
        body (ResendUserFactor):

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
        ResendUserFactor | Error | None
    """

    return sync_detailed(
        user_id=user_id,
        factor_id=factor_id,
        client=client,
        body=body,
        template_id=template_id,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResendUserFactor,
    template_id: str | Unset = UNSET,
) -> Response[ResendUserFactor | Error | None]:
    """Resend a factor enrollment

     Resends an `sms`, `call`, or `email` factor challenge as part of an enrollment flow.

    For `call` and `sms` factors, Okta enforces a rate limit of one OTP challenge per device every 30
    seconds. You can configure your `sms` and `call` factors to use a third-party telephony provider.
    See the [Telephony inline hook
    reference](https://developer.okta.com/docs/reference/telephony-hook/). Okta alternates between SMS
    providers with every resend request to ensure delivery of SMS and Call OTPs across different
    carriers.

    > **Note:** Resend operations aren't allowed after a factor exceeds the activation rate limit. See
    Activate a factor.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        factor_id (str): ID of an existing user factor
        template_id (str | Unset): ID of an existing custom SMS template. See the SMS Templates
            API. This parameter is only used by `sms` factors.
        body (ResendUserFactor):

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
        Response[ResendUserFactor | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        factor_id=factor_id,
        body=body,
        template_id=template_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    user_id: str,
    factor_id: str,
    *,
    client: RaisingClient,
    body: ResendUserFactor,
    template_id: str | Unset = UNSET,
) -> ResendUserFactor | None: ...


@overload
async def asyncio(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResendUserFactor,
    template_id: str | Unset = UNSET,
) -> ResendUserFactor | Error | None: ...


async def asyncio(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ResendUserFactor,
    template_id: str | Unset = UNSET,
) -> ResendUserFactor | Error | None:
    """Resend a factor enrollment

     Resends an `sms`, `call`, or `email` factor challenge as part of an enrollment flow.

    For `call` and `sms` factors, Okta enforces a rate limit of one OTP challenge per device every 30
    seconds. You can configure your `sms` and `call` factors to use a third-party telephony provider.
    See the [Telephony inline hook
    reference](https://developer.okta.com/docs/reference/telephony-hook/). Okta alternates between SMS
    providers with every resend request to ensure delivery of SMS and Call OTPs across different
    carriers.

    > **Note:** Resend operations aren't allowed after a factor exceeds the activation rate limit. See
    Activate a factor.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str): ID of an existing Okta user
        factor_id (str): ID of an existing user factor
        template_id (str | Unset): ID of an existing custom SMS template. See the SMS Templates
            API. This parameter is only used by `sms` factors.
        body (ResendUserFactor):

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
        ResendUserFactor | Error | None
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            factor_id=factor_id,
            client=client,
            body=body,
            template_id=template_id,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
