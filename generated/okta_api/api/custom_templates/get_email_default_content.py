"""`getEmailDefaultContent`: GET /api/v1/brands/{brandId}/templates/email/{templateName}/default-content"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.email_default_content import EmailDefaultContent
    from ...models.error import Error

OPERATION = Operation(
    operation_id="getEmailDefaultContent",
    method="GET",
    path="/api/v1/brands/{brandId}/templates/email/{templateName}/default-content",
    tag="CustomTemplates",
    scopes=("okta.templates.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    brand_id: str,
    template_name: str,
    *,
    language: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["language"] = language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "brandId": brand_id,
                "templateName": template_name,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailDefaultContent | Error | None:
    from ...models.email_default_content import EmailDefaultContent
    from ...models.error import Error

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
            _convert.checked(client, _convert.parse_body(client, EmailDefaultContent, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmailDefaultContent | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> Response[EmailDefaultContent | Error | None]:
    """Retrieve an email template default content

     Retrieves an email template's default content

    <x-lifecycle class="ea"></x-lifecycle> Defaults to the current user's language given the following:
    - Custom languages for Okta Email Templates is enabled
    - An additional language is specified for the `language` parameter

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.templates.read.

    Args:
        brand_id (str): The ID of the brand
        template_name (str): The name of the email template
        language (str | Unset): The language to use for the email. Defaults to the current user's
            language if unspecified.

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
        Response[EmailDefaultContent | Error | None]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        template_name=template_name,
        language=language,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    brand_id: str,
    template_name: str,
    *,
    client: RaisingClient,
    language: str | Unset = UNSET,
) -> EmailDefaultContent | None: ...


@overload
def sync(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> EmailDefaultContent | Error | None: ...


def sync(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> EmailDefaultContent | Error | None:
    """Retrieve an email template default content

     Retrieves an email template's default content

    <x-lifecycle class="ea"></x-lifecycle> Defaults to the current user's language given the following:
    - Custom languages for Okta Email Templates is enabled
    - An additional language is specified for the `language` parameter

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.templates.read.

    Args:
        brand_id (str): The ID of the brand
        template_name (str): The name of the email template
        language (str | Unset): The language to use for the email. Defaults to the current user's
            language if unspecified.

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
        EmailDefaultContent | Error | None
    """

    return sync_detailed(
        brand_id=brand_id,
        template_name=template_name,
        client=client,
        language=language,
    ).parsed


async def asyncio_detailed(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> Response[EmailDefaultContent | Error | None]:
    """Retrieve an email template default content

     Retrieves an email template's default content

    <x-lifecycle class="ea"></x-lifecycle> Defaults to the current user's language given the following:
    - Custom languages for Okta Email Templates is enabled
    - An additional language is specified for the `language` parameter

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.templates.read.

    Args:
        brand_id (str): The ID of the brand
        template_name (str): The name of the email template
        language (str | Unset): The language to use for the email. Defaults to the current user's
            language if unspecified.

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
        Response[EmailDefaultContent | Error | None]
    """

    kwargs = _get_kwargs(
        brand_id=brand_id,
        template_name=template_name,
        language=language,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    brand_id: str,
    template_name: str,
    *,
    client: RaisingClient,
    language: str | Unset = UNSET,
) -> EmailDefaultContent | None: ...


@overload
async def asyncio(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> EmailDefaultContent | Error | None: ...


async def asyncio(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> EmailDefaultContent | Error | None:
    """Retrieve an email template default content

     Retrieves an email template's default content

    <x-lifecycle class="ea"></x-lifecycle> Defaults to the current user's language given the following:
    - Custom languages for Okta Email Templates is enabled
    - An additional language is specified for the `language` parameter

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.templates.read.

    Args:
        brand_id (str): The ID of the brand
        template_name (str): The name of the email template
        language (str | Unset): The language to use for the email. Defaults to the current user's
            language if unspecified.

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
        EmailDefaultContent | Error | None
    """

    return (
        await asyncio_detailed(
            brand_id=brand_id,
            template_name=template_name,
            client=client,
            language=language,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
