"""`sendTestEmail`: POST /api/v1/brands/{brandId}/templates/email/{templateName}/test"""

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

OPERATION = Operation(
    operation_id="sendTestEmail",
    method="POST",
    path="/api/v1/brands/{brandId}/templates/email/{templateName}/test",
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
        "method": "POST",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | None:
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
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> Response[Error | None]:
    """Send a test email

     Sends a test email to the current user's primary and secondary email addresses. The email content is
    selected based on the following priority:
    1. The email customization for the language specified in the `language` query parameter
    <x-lifecycle class="ea"></x-lifecycle> If Custom languages for Okta Email Templates is enabled and
    the `language` parameter is an additional language, the test email uses the customization
    corresponding to the language.
    2. The email template's default customization
    3. The email template's default content, translated to the current user's language

    You can only send customized test emails if you've configured a custom email domain. If you don't
    have a custom email domain, test emails use the Okta default template and are sent from the Okta
    email domain.

    > **Note:** Super admins can view customized email templates with the **Send a test email** request.
    However, when custom email templates are sent to super admins as part of actual email notification
    flows, the customizations aren't applied. Instead, the default email template is used. This only
    applies to super admins.

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
        Response[Error | None]
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
) -> None: ...


@overload
def sync(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> Error | None: ...


def sync(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> Error | None:
    """Send a test email

     Sends a test email to the current user's primary and secondary email addresses. The email content is
    selected based on the following priority:
    1. The email customization for the language specified in the `language` query parameter
    <x-lifecycle class="ea"></x-lifecycle> If Custom languages for Okta Email Templates is enabled and
    the `language` parameter is an additional language, the test email uses the customization
    corresponding to the language.
    2. The email template's default customization
    3. The email template's default content, translated to the current user's language

    You can only send customized test emails if you've configured a custom email domain. If you don't
    have a custom email domain, test emails use the Okta default template and are sent from the Okta
    email domain.

    > **Note:** Super admins can view customized email templates with the **Send a test email** request.
    However, when custom email templates are sent to super admins as part of actual email notification
    flows, the customizations aren't applied. Instead, the default email template is used. This only
    applies to super admins.

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
        Error | None
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
) -> Response[Error | None]:
    """Send a test email

     Sends a test email to the current user's primary and secondary email addresses. The email content is
    selected based on the following priority:
    1. The email customization for the language specified in the `language` query parameter
    <x-lifecycle class="ea"></x-lifecycle> If Custom languages for Okta Email Templates is enabled and
    the `language` parameter is an additional language, the test email uses the customization
    corresponding to the language.
    2. The email template's default customization
    3. The email template's default content, translated to the current user's language

    You can only send customized test emails if you've configured a custom email domain. If you don't
    have a custom email domain, test emails use the Okta default template and are sent from the Okta
    email domain.

    > **Note:** Super admins can view customized email templates with the **Send a test email** request.
    However, when custom email templates are sent to super admins as part of actual email notification
    flows, the customizations aren't applied. Instead, the default email template is used. This only
    applies to super admins.

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
        Response[Error | None]
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
) -> None: ...


@overload
async def asyncio(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> Error | None: ...


async def asyncio(
    brand_id: str,
    template_name: str,
    *,
    client: AuthenticatedClient | Client,
    language: str | Unset = UNSET,
) -> Error | None:
    """Send a test email

     Sends a test email to the current user's primary and secondary email addresses. The email content is
    selected based on the following priority:
    1. The email customization for the language specified in the `language` query parameter
    <x-lifecycle class="ea"></x-lifecycle> If Custom languages for Okta Email Templates is enabled and
    the `language` parameter is an additional language, the test email uses the customization
    corresponding to the language.
    2. The email template's default customization
    3. The email template's default content, translated to the current user's language

    You can only send customized test emails if you've configured a custom email domain. If you don't
    have a custom email domain, test emails use the Okta default template and are sent from the Okta
    email domain.

    > **Note:** Super admins can view customized email templates with the **Send a test email** request.
    However, when custom email templates are sent to super admins as part of actual email notification
    flows, the customizations aren't applied. Instead, the default email template is used. This only
    applies to super admins.

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
        Error | None
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
