"""`createInlineHook`: POST /api/v1/inlineHooks"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.inline_hook_create import InlineHookCreate
    from ...models.inline_hook_create_response import InlineHookCreateResponse

OPERATION = Operation(
    operation_id="createInlineHook",
    method="POST",
    path="/api/v1/inlineHooks",
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
    *,
    body: InlineHookCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": "/api/v1/inlineHooks",
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InlineHookCreateResponse | Error | None:
    from ...models.error import Error
    from ...models.inline_hook_create_response import InlineHookCreateResponse

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
            _convert.checked(client, _convert.parse_body(client, InlineHookCreateResponse, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InlineHookCreateResponse | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InlineHookCreate,
) -> Response[InlineHookCreateResponse | Error | None]:
    """Create an inline hook

     Creates an inline hook

    This endpoint creates an inline hook for your org in an `ACTIVE` status. You need to pass an inline
    hooks object in the JSON payload of your request.
    That object represents the set of required information about the inline hook that you're
    registering, including:

    * The URI of your external service endpoint
    * The type of inline hook you're registering
    * The type of authentication you're registering

    There are two authentication options that you can configure for your inline hook: HTTP headers and
    OAuth 2.0 tokens.

    HTTP headers let you specify a secret API key that you want Okta to pass to your external service
    endpoint (so that your external service can check for its presence as a security measure).

    >**Note:** The API key that you set here is unrelated to the Okta API token you must supply when
    making calls to Okta APIs.

    You can also optionally specify extra headers that you want Okta to pass to your external service
    with each call.

    To configure HTTP header authentication, see parameters for the `config` object.

    OAuth 2.0 tokens provide enhanced security between Okta and your external service. You can configure
    these tokens for the following types&mdash;client secret and private key.

    >**Note:** Your external service's endpoint needs to be a valid HTTPS endpoint. The URI you specify
    should always begin with `https://`.

    The total number of inline hooks that you can create in an Okta org is limited to 50, which is a
    combined total for any combination of inline hook types.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.inlineHooks.manage.

    Args:
        body (InlineHookCreate): An inline hook object that specifies the details of the inline
            hook

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
        Response[InlineHookCreateResponse | Error | None]
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
    body: InlineHookCreate,
) -> InlineHookCreateResponse | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    body: InlineHookCreate,
) -> InlineHookCreateResponse | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: InlineHookCreate,
) -> InlineHookCreateResponse | Error | None:
    """Create an inline hook

     Creates an inline hook

    This endpoint creates an inline hook for your org in an `ACTIVE` status. You need to pass an inline
    hooks object in the JSON payload of your request.
    That object represents the set of required information about the inline hook that you're
    registering, including:

    * The URI of your external service endpoint
    * The type of inline hook you're registering
    * The type of authentication you're registering

    There are two authentication options that you can configure for your inline hook: HTTP headers and
    OAuth 2.0 tokens.

    HTTP headers let you specify a secret API key that you want Okta to pass to your external service
    endpoint (so that your external service can check for its presence as a security measure).

    >**Note:** The API key that you set here is unrelated to the Okta API token you must supply when
    making calls to Okta APIs.

    You can also optionally specify extra headers that you want Okta to pass to your external service
    with each call.

    To configure HTTP header authentication, see parameters for the `config` object.

    OAuth 2.0 tokens provide enhanced security between Okta and your external service. You can configure
    these tokens for the following types&mdash;client secret and private key.

    >**Note:** Your external service's endpoint needs to be a valid HTTPS endpoint. The URI you specify
    should always begin with `https://`.

    The total number of inline hooks that you can create in an Okta org is limited to 50, which is a
    combined total for any combination of inline hook types.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.inlineHooks.manage.

    Args:
        body (InlineHookCreate): An inline hook object that specifies the details of the inline
            hook

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
        InlineHookCreateResponse | Error | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: InlineHookCreate,
) -> Response[InlineHookCreateResponse | Error | None]:
    """Create an inline hook

     Creates an inline hook

    This endpoint creates an inline hook for your org in an `ACTIVE` status. You need to pass an inline
    hooks object in the JSON payload of your request.
    That object represents the set of required information about the inline hook that you're
    registering, including:

    * The URI of your external service endpoint
    * The type of inline hook you're registering
    * The type of authentication you're registering

    There are two authentication options that you can configure for your inline hook: HTTP headers and
    OAuth 2.0 tokens.

    HTTP headers let you specify a secret API key that you want Okta to pass to your external service
    endpoint (so that your external service can check for its presence as a security measure).

    >**Note:** The API key that you set here is unrelated to the Okta API token you must supply when
    making calls to Okta APIs.

    You can also optionally specify extra headers that you want Okta to pass to your external service
    with each call.

    To configure HTTP header authentication, see parameters for the `config` object.

    OAuth 2.0 tokens provide enhanced security between Okta and your external service. You can configure
    these tokens for the following types&mdash;client secret and private key.

    >**Note:** Your external service's endpoint needs to be a valid HTTPS endpoint. The URI you specify
    should always begin with `https://`.

    The total number of inline hooks that you can create in an Okta org is limited to 50, which is a
    combined total for any combination of inline hook types.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.inlineHooks.manage.

    Args:
        body (InlineHookCreate): An inline hook object that specifies the details of the inline
            hook

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
        Response[InlineHookCreateResponse | Error | None]
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
    body: InlineHookCreate,
) -> InlineHookCreateResponse | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InlineHookCreate,
) -> InlineHookCreateResponse | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: InlineHookCreate,
) -> InlineHookCreateResponse | Error | None:
    """Create an inline hook

     Creates an inline hook

    This endpoint creates an inline hook for your org in an `ACTIVE` status. You need to pass an inline
    hooks object in the JSON payload of your request.
    That object represents the set of required information about the inline hook that you're
    registering, including:

    * The URI of your external service endpoint
    * The type of inline hook you're registering
    * The type of authentication you're registering

    There are two authentication options that you can configure for your inline hook: HTTP headers and
    OAuth 2.0 tokens.

    HTTP headers let you specify a secret API key that you want Okta to pass to your external service
    endpoint (so that your external service can check for its presence as a security measure).

    >**Note:** The API key that you set here is unrelated to the Okta API token you must supply when
    making calls to Okta APIs.

    You can also optionally specify extra headers that you want Okta to pass to your external service
    with each call.

    To configure HTTP header authentication, see parameters for the `config` object.

    OAuth 2.0 tokens provide enhanced security between Okta and your external service. You can configure
    these tokens for the following types&mdash;client secret and private key.

    >**Note:** Your external service's endpoint needs to be a valid HTTPS endpoint. The URI you specify
    should always begin with `https://`.

    The total number of inline hooks that you can create in an Okta org is limited to 50, which is a
    combined total for any combination of inline hook types.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.inlineHooks.manage.

    Args:
        body (InlineHookCreate): An inline hook object that specifies the details of the inline
            hook

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
        InlineHookCreateResponse | Error | None
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
