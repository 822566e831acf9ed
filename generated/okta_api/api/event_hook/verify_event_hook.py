"""`verifyEventHook`: POST /api/v1/eventHooks/{eventHookId}/lifecycle/verify"""

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
    from ...models.event_hook import EventHook

OPERATION = Operation(
    operation_id="verifyEventHook",
    method="POST",
    path="/api/v1/eventHooks/{eventHookId}/lifecycle/verify",
    tag="EventHook",
    scopes=("okta.eventHooks.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    event_hook_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "eventHookId": event_hook_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EventHook | Error | None:
    from ...models.error import Error
    from ...models.event_hook import EventHook

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
            _convert.checked(client, _convert.parse_body(client, EventHook, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EventHook | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EventHook | Error | None]:
    """Verify an event hook

     Verifies that the event hook matches the provided `eventHookId`. To verify ownership, your endpoint
    must send information back to Okta in JSON format. See [Event
    hooks](https://developer.okta.com/docs/concepts/event-hooks/#one-time-verification-request).

    Only `ACTIVE` and `VERIFIED` event hooks can receive events from Okta.

    If a response is not received within 3 seconds, the outbound request times out. One retry is
    attempted after a timeout or error response.
    If a successful response still isn't received, this operation returns a 400 error with more
    information about the failure.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.eventHooks.manage.

    Args:
        event_hook_id (str): `id` of the Event Hook

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
        Response[EventHook | Error | None]
    """

    kwargs = _get_kwargs(
        event_hook_id=event_hook_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    event_hook_id: str,
    *,
    client: RaisingClient,
) -> EventHook | None: ...


@overload
def sync(
    event_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EventHook | Error | None: ...


def sync(
    event_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EventHook | Error | None:
    """Verify an event hook

     Verifies that the event hook matches the provided `eventHookId`. To verify ownership, your endpoint
    must send information back to Okta in JSON format. See [Event
    hooks](https://developer.okta.com/docs/concepts/event-hooks/#one-time-verification-request).

    Only `ACTIVE` and `VERIFIED` event hooks can receive events from Okta.

    If a response is not received within 3 seconds, the outbound request times out. One retry is
    attempted after a timeout or error response.
    If a successful response still isn't received, this operation returns a 400 error with more
    information about the failure.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.eventHooks.manage.

    Args:
        event_hook_id (str): `id` of the Event Hook

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
        EventHook | Error | None
    """

    return sync_detailed(
        event_hook_id=event_hook_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    event_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EventHook | Error | None]:
    """Verify an event hook

     Verifies that the event hook matches the provided `eventHookId`. To verify ownership, your endpoint
    must send information back to Okta in JSON format. See [Event
    hooks](https://developer.okta.com/docs/concepts/event-hooks/#one-time-verification-request).

    Only `ACTIVE` and `VERIFIED` event hooks can receive events from Okta.

    If a response is not received within 3 seconds, the outbound request times out. One retry is
    attempted after a timeout or error response.
    If a successful response still isn't received, this operation returns a 400 error with more
    information about the failure.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.eventHooks.manage.

    Args:
        event_hook_id (str): `id` of the Event Hook

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
        Response[EventHook | Error | None]
    """

    kwargs = _get_kwargs(
        event_hook_id=event_hook_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    event_hook_id: str,
    *,
    client: RaisingClient,
) -> EventHook | None: ...


@overload
async def asyncio(
    event_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EventHook | Error | None: ...


async def asyncio(
    event_hook_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EventHook | Error | None:
    """Verify an event hook

     Verifies that the event hook matches the provided `eventHookId`. To verify ownership, your endpoint
    must send information back to Okta in JSON format. See [Event
    hooks](https://developer.okta.com/docs/concepts/event-hooks/#one-time-verification-request).

    Only `ACTIVE` and `VERIFIED` event hooks can receive events from Okta.

    If a response is not received within 3 seconds, the outbound request times out. One retry is
    attempted after a timeout or error response.
    If a successful response still isn't received, this operation returns a 400 error with more
    information about the failure.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.eventHooks.manage.

    Args:
        event_hook_id (str): `id` of the Event Hook

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
        EventHook | Error | None
    """

    return (
        await asyncio_detailed(
            event_hook_id=event_hook_id,
            client=client,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
