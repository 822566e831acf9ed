"""`executeInlineHook`: POST /api/v1/inlineHooks/{inlineHookId}/execute"""

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
    from ...models.password_import_request_execute import PasswordImportRequestExecute
    from ...models.password_import_response import PasswordImportResponse
    from ...models.registration_inline_hook_request import RegistrationInlineHookRequest
    from ...models.registration_inline_hook_response import RegistrationInlineHookResponse
    from ...models.saml_hook_response import SAMLHookResponse
    from ...models.saml_payload_execute import SAMLPayloadExecute
    from ...models.telephony_request_execute import TelephonyRequestExecute
    from ...models.telephony_response import TelephonyResponse
    from ...models.token_hook_response import TokenHookResponse
    from ...models.token_request import TokenRequest
    from ...models.user_import_request_execute import UserImportRequestExecute
    from ...models.user_import_response import UserImportResponse

OPERATION = Operation(
    operation_id="executeInlineHook",
    method="POST",
    path="/api/v1/inlineHooks/{inlineHookId}/execute",
    tag="InlineHook",
    scopes=("okta.inlineHooks.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    inline_hook_id: str,
    *,
    body: PasswordImportRequestExecute
    | TelephonyRequestExecute
    | RegistrationInlineHookRequest
    | TokenRequest
    | SAMLPayloadExecute
    | UserImportRequestExecute,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "inlineHookId": inline_hook_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = _convert.dump_value(body, True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PasswordImportResponse
    | TelephonyResponse
    | RegistrationInlineHookResponse
    | TokenHookResponse
    | SAMLHookResponse
    | UserImportResponse
    | Error
    | None
):
    from ...models.error import Error
    from ...models.password_import_response import PasswordImportResponse
    from ...models.registration_inline_hook_response import RegistrationInlineHookResponse
    from ...models.saml_hook_response import SAMLHookResponse
    from ...models.telephony_response import TelephonyResponse
    from ...models.token_hook_response import TokenHookResponse
    from ...models.user_import_response import UserImportResponse

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
            _convert.checked(
                client,
                _convert.parse_union(
                    (
                        PasswordImportResponse,
                        TelephonyResponse,
                        RegistrationInlineHookResponse,
                        TokenHookResponse,
                        SAMLHookResponse,
                        UserImportResponse,
                    ),
                    response.json(),
                ),
            )
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PasswordImportResponse
    | TelephonyResponse
    | RegistrationInlineHookResponse
    | TokenHookResponse
    | SAMLHookResponse
    | UserImportResponse
    | Error
    | None
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inline_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PasswordImportRequestExecute
    | TelephonyRequestExecute
    | RegistrationInlineHookRequest
    | TokenRequest
    | SAMLPayloadExecute
    | UserImportRequestExecute,
) -> Response[
    PasswordImportResponse
    | TelephonyResponse
    | RegistrationInlineHookResponse
    | TokenHookResponse
    | SAMLHookResponse
    | UserImportResponse
    | Error
    | None
]:
    """Execute an inline hook

     Executes the inline hook that matches the provided `inlineHookId` by using the request body as the
    input. This inline hook sends the provided
    data through the `channel` object and returns a response if it matches the correct data contract.
    Otherwise it returns an error. You need to
    construct a JSON payload that matches the payloads that Okta would send to your external service for
    this inline hook type.

    A timeout of three seconds is enforced on all outbound requests, with one retry in the event of a
    timeout or an error response from the remote system.
    If a successful response isn't received after the request, a 400 error is returned with more
    information about what failed.

    >**Note:** This execution endpoint isn't tied to any other functionality in Okta, and you should
    only use it for testing purposes.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.inlineHooks.manage.

    Args:
        inline_hook_id (str): `id` of the inline hook
        body (PasswordImportRequestExecute | RegistrationInlineHookRequest | SAMLPayloadExecute |
            TelephonyRequestExecute | TokenRequest | UserImportRequestExecute):

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
        Response[PasswordImportResponse | TelephonyResponse | RegistrationInlineHookResponse | TokenHookResponse | SAMLHookResponse | UserImportResponse | Error | None]
    """

    kwargs = _get_kwargs(
        inline_hook_id=inline_hook_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    inline_hook_id: str,
    *,
    client: RaisingClient,
    body: PasswordImportRequestExecute
    | TelephonyRequestExecute
    | RegistrationInlineHookRequest
    | TokenRequest
    | SAMLPayloadExecute
    | UserImportRequestExecute,
) -> (
    PasswordImportResponse
    | TelephonyResponse
    | RegistrationInlineHookResponse
    | TokenHookResponse
    | SAMLHookResponse
    | UserImportResponse
    | None
): ...


@overload
def sync(
    inline_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PasswordImportRequestExecute
    | TelephonyRequestExecute
    | RegistrationInlineHookRequest
    | TokenRequest
    | SAMLPayloadExecute
    | UserImportRequestExecute,
) -> (
    PasswordImportResponse
    | TelephonyResponse
    | RegistrationInlineHookResponse
    | TokenHookResponse
    | SAMLHookResponse
    | UserImportResponse
    | Error
    | None
): ...


def sync(
    inline_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PasswordImportRequestExecute
    | TelephonyRequestExecute
    | RegistrationInlineHookRequest
    | TokenRequest
    | SAMLPayloadExecute
    | UserImportRequestExecute,
) -> (
    PasswordImportResponse
    | TelephonyResponse
    | RegistrationInlineHookResponse
    | TokenHookResponse
    | SAMLHookResponse
    | UserImportResponse
    | Error
    | None
):
    """Execute an inline hook

     Executes the inline hook that matches the provided `inlineHookId` by using the request body as the
    input. This inline hook sends the provided
    data through the `channel` object and returns a response if it matches the correct data contract.
    Otherwise it returns an error. You need to
    construct a JSON payload that matches the payloads that Okta would send to your external service for
    this inline hook type.

    A timeout of three seconds is enforced on all outbound requests, with one retry in the event of a
    timeout or an error response from the remote system.
    If a successful response isn't received after the request, a 400 error is returned with more
    information about what failed.

    >**Note:** This execution endpoint isn't tied to any other functionality in Okta, and you should
    only use it for testing purposes.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.inlineHooks.manage.

    Args:
        inline_hook_id (str): `id` of the inline hook
        body (PasswordImportRequestExecute | RegistrationInlineHookRequest | SAMLPayloadExecute |
            TelephonyRequestExecute | TokenRequest | UserImportRequestExecute):

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
        PasswordImportResponse | TelephonyResponse | RegistrationInlineHookResponse | TokenHookResponse | SAMLHookResponse | UserImportResponse | Error | None
    """

    return sync_detailed(
        inline_hook_id=inline_hook_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    inline_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PasswordImportRequestExecute
    | TelephonyRequestExecute
    | RegistrationInlineHookRequest
    | TokenRequest
    | SAMLPayloadExecute
    | UserImportRequestExecute,
) -> Response[
    PasswordImportResponse
    | TelephonyResponse
    | RegistrationInlineHookResponse
    | TokenHookResponse
    | SAMLHookResponse
    | UserImportResponse
    | Error
    | None
]:
    """Execute an inline hook

     Executes the inline hook that matches the provided `inlineHookId` by using the request body as the
    input. This inline hook sends the provided
    data through the `channel` object and returns a response if it matches the correct data contract.
    Otherwise it returns an error. You need to
    construct a JSON payload that matches the payloads that Okta would send to your external service for
    this inline hook type.

    A timeout of three seconds is enforced on all outbound requests, with one retry in the event of a
    timeout or an error response from the remote system.
    If a successful response isn't received after the request, a 400 error is returned with more
    information about what failed.

    >**Note:** This execution endpoint isn't tied to any other functionality in Okta, and you should
    only use it for testing purposes.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.inlineHooks.manage.

    Args:
        inline_hook_id (str): `id` of the inline hook
        body (PasswordImportRequestExecute | RegistrationInlineHookRequest | SAMLPayloadExecute |
            TelephonyRequestExecute | TokenRequest | UserImportRequestExecute):

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
        Response[PasswordImportResponse | TelephonyResponse | RegistrationInlineHookResponse | TokenHookResponse | SAMLHookResponse | UserImportResponse | Error | None]
    """

    kwargs = _get_kwargs(
        inline_hook_id=inline_hook_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    inline_hook_id: str,
    *,
    client: RaisingClient,
    body: PasswordImportRequestExecute
    | TelephonyRequestExecute
    | RegistrationInlineHookRequest
    | TokenRequest
    | SAMLPayloadExecute
    | UserImportRequestExecute,
) -> (
    PasswordImportResponse
    | TelephonyResponse
    | RegistrationInlineHookResponse
    | TokenHookResponse
    | SAMLHookResponse
    | UserImportResponse
    | None
): ...


@overload
async def asyncio(
    inline_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PasswordImportRequestExecute
    | TelephonyRequestExecute
    | RegistrationInlineHookRequest
    | TokenRequest
    | SAMLPayloadExecute
    | UserImportRequestExecute,
) -> (
    PasswordImportResponse
    | TelephonyResponse
    | RegistrationInlineHookResponse
    | TokenHookResponse
    | SAMLHookResponse
    | UserImportResponse
    | Error
    | None
): ...


async def asyncio(
    inline_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PasswordImportRequestExecute
    | TelephonyRequestExecute
    | RegistrationInlineHookRequest
    | TokenRequest
    | SAMLPayloadExecute
    | UserImportRequestExecute,
) -> (
    PasswordImportResponse
    | TelephonyResponse
    | RegistrationInlineHookResponse
    | TokenHookResponse
    | SAMLHookResponse
    | UserImportResponse
    | Error
    | None
):
    """Execute an inline hook

     Executes the inline hook that matches the provided `inlineHookId` by using the request body as the
    input. This inline hook sends the provided
    data through the `channel` object and returns a response if it matches the correct data contract.
    Otherwise it returns an error. You need to
    construct a JSON payload that matches the payloads that Okta would send to your external service for
    this inline hook type.

    A timeout of three seconds is enforced on all outbound requests, with one retry in the event of a
    timeout or an error response from the remote system.
    If a successful response isn't received after the request, a 400 error is returned with more
    information about what failed.

    >**Note:** This execution endpoint isn't tied to any other functionality in Okta, and you should
    only use it for testing purposes.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.inlineHooks.manage.

    Args:
        inline_hook_id (str): `id` of the inline hook
        body (PasswordImportRequestExecute | RegistrationInlineHookRequest | SAMLPayloadExecute |
            TelephonyRequestExecute | TokenRequest | UserImportRequestExecute):

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
        PasswordImportResponse | TelephonyResponse | RegistrationInlineHookResponse | TokenHookResponse | SAMLHookResponse | UserImportResponse | Error | None
    """

    return (
        await asyncio_detailed(
            inline_hook_id=inline_hook_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
