"""`uploadApplicationLogo`: POST /api/v1/apps/{appId}/logo"""

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
    from ...models.upload_application_logo_body import UploadApplicationLogoBody

OPERATION = Operation(
    operation_id="uploadApplicationLogo",
    method="POST",
    path="/api/v1/apps/{appId}/logo",
    tag="ApplicationLogos",
    scopes=("okta.apps.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("multipart/form-data",),
    lifecycle="GA",
)


def _get_kwargs(
    app_id: str,
    *,
    body: UploadApplicationLogoBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "appId": app_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    if not isinstance(body, Unset):
        _kwargs["files"] = _convert.dump_multipart(body)
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | None:
    from ...models.error import Error

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
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadApplicationLogoBody | Unset = UNSET,
) -> Response[Error | None]:
    """Upload an application logo

     Uploads a logo for the app instance.
    If the app already has a logo, this operation replaces the previous logo.

    The logo is visible in the Admin Console as an icon for your app instance.
    If you have one `appLink` object configured, this logo also appears in the End-User Dashboard as an
    icon for your app.
    > **Note:** If you have multiple `appLink` objects, use the Admin Console to add logos for each app
    link.
    > You can't use the API to add logos for multiple app links.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str): Application ID
        body (UploadApplicationLogoBody | Unset):

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
        app_id=app_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    app_id: str,
    *,
    client: RaisingClient,
    body: UploadApplicationLogoBody | Unset = UNSET,
) -> None: ...


@overload
def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadApplicationLogoBody | Unset = UNSET,
) -> Error | None: ...


def sync(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadApplicationLogoBody | Unset = UNSET,
) -> Error | None:
    """Upload an application logo

     Uploads a logo for the app instance.
    If the app already has a logo, this operation replaces the previous logo.

    The logo is visible in the Admin Console as an icon for your app instance.
    If you have one `appLink` object configured, this logo also appears in the End-User Dashboard as an
    icon for your app.
    > **Note:** If you have multiple `appLink` objects, use the Admin Console to add logos for each app
    link.
    > You can't use the API to add logos for multiple app links.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str): Application ID
        body (UploadApplicationLogoBody | Unset):

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
        app_id=app_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadApplicationLogoBody | Unset = UNSET,
) -> Response[Error | None]:
    """Upload an application logo

     Uploads a logo for the app instance.
    If the app already has a logo, this operation replaces the previous logo.

    The logo is visible in the Admin Console as an icon for your app instance.
    If you have one `appLink` object configured, this logo also appears in the End-User Dashboard as an
    icon for your app.
    > **Note:** If you have multiple `appLink` objects, use the Admin Console to add logos for each app
    link.
    > You can't use the API to add logos for multiple app links.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str): Application ID
        body (UploadApplicationLogoBody | Unset):

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
        app_id=app_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    app_id: str,
    *,
    client: RaisingClient,
    body: UploadApplicationLogoBody | Unset = UNSET,
) -> None: ...


@overload
async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadApplicationLogoBody | Unset = UNSET,
) -> Error | None: ...


async def asyncio(
    app_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UploadApplicationLogoBody | Unset = UNSET,
) -> Error | None:
    """Upload an application logo

     Uploads a logo for the app instance.
    If the app already has a logo, this operation replaces the previous logo.

    The logo is visible in the Admin Console as an icon for your app instance.
    If you have one `appLink` object configured, this logo also appears in the End-User Dashboard as an
    icon for your app.
    > **Note:** If you have multiple `appLink` objects, use the Admin Console to add logos for each app
    link.
    > You can't use the API to add logos for multiple app links.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.apps.manage.

    Args:
        app_id (str): Application ID
        body (UploadApplicationLogoBody | Unset):

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
            app_id=app_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
