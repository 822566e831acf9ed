"""`listSmsTemplates`: GET /api/v1/templates/sms"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.error import Error
    from ...models.sms_template import SmsTemplate
    from ...models.sms_template_type import SmsTemplateType

OPERATION = Operation(
    operation_id="listSmsTemplates",
    method="GET",
    path="/api/v1/templates/sms",
    tag="Template",
    scopes=("okta.templates.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    template_type: SmsTemplateType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_template_type: str | Unset = UNSET
    if not isinstance(template_type, Unset):
        json_template_type = template_type.value

    params["templateType"] = json_template_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/templates/sms",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[SmsTemplate] | Error | None:
    from ...models.error import Error
    from ...models.sms_template import SmsTemplate

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
            _convert.checked(client, _convert.parse_response_list(client, SmsTemplate, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[SmsTemplate] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    template_type: SmsTemplateType | Unset = UNSET,
) -> Response[list[SmsTemplate] | Error | None]:
    """List all SMS templates

     Lists all custom SMS templates. A subset of templates can be returned that match a template type.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.templates.read.

    Args:
        template_type (SmsTemplateType | Unset): Type of the Template

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
        Response[list[SmsTemplate] | Error | None]
    """

    kwargs = _get_kwargs(
        template_type=template_type,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    template_type: SmsTemplateType | Unset = UNSET,
) -> list[SmsTemplate] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    template_type: SmsTemplateType | Unset = UNSET,
) -> list[SmsTemplate] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    template_type: SmsTemplateType | Unset = UNSET,
) -> list[SmsTemplate] | Error | None:
    """List all SMS templates

     Lists all custom SMS templates. A subset of templates can be returned that match a template type.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.templates.read.

    Args:
        template_type (SmsTemplateType | Unset): Type of the Template

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
        list[SmsTemplate] | Error | None
    """

    return sync_detailed(
        client=client,
        template_type=template_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    template_type: SmsTemplateType | Unset = UNSET,
) -> Response[list[SmsTemplate] | Error | None]:
    """List all SMS templates

     Lists all custom SMS templates. A subset of templates can be returned that match a template type.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.templates.read.

    Args:
        template_type (SmsTemplateType | Unset): Type of the Template

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
        Response[list[SmsTemplate] | Error | None]
    """

    kwargs = _get_kwargs(
        template_type=template_type,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    template_type: SmsTemplateType | Unset = UNSET,
) -> list[SmsTemplate] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    template_type: SmsTemplateType | Unset = UNSET,
) -> list[SmsTemplate] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    template_type: SmsTemplateType | Unset = UNSET,
) -> list[SmsTemplate] | Error | None:
    """List all SMS templates

     Lists all custom SMS templates. A subset of templates can be returned that match a template type.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.templates.read.

    Args:
        template_type (SmsTemplateType | Unset): Type of the Template

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
        list[SmsTemplate] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            template_type=template_type,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[SmsTemplate]:
    """One 2xx response of `listSmsTemplates` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
