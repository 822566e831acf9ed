"""`updateProfileMapping`: POST /api/v1/mappings/{mappingId}"""

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
    from ...models.profile_mapping import ProfileMapping
    from ...models.profile_mapping_request import ProfileMappingRequest

OPERATION = Operation(
    operation_id="updateProfileMapping",
    method="POST",
    path="/api/v1/mappings/{mappingId}",
    tag="ProfileMapping",
    scopes=("okta.profileMappings.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
)


def _get_kwargs(
    mapping_id: str,
    *,
    body: ProfileMappingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "mappingId": mapping_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ProfileMapping | Error | None:
    from ...models.error import Error
    from ...models.profile_mapping import ProfileMapping

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
            _convert.checked(client, _convert.parse_body(client, ProfileMapping, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProfileMapping | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mapping_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProfileMappingRequest,
) -> Response[ProfileMapping | Error | None]:
    """Update a profile mapping

     Updates an existing profile mapping by adding, updating, or removing one or many property mappings

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.profileMappings.manage.

    Args:
        mapping_id (str): `id` of the Mapping
        body (ProfileMappingRequest): The updated request body properties

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
        Response[ProfileMapping | Error | None]
    """

    kwargs = _get_kwargs(
        mapping_id=mapping_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    mapping_id: str,
    *,
    client: RaisingClient,
    body: ProfileMappingRequest,
) -> ProfileMapping | None: ...


@overload
def sync(
    mapping_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProfileMappingRequest,
) -> ProfileMapping | Error | None: ...


def sync(
    mapping_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProfileMappingRequest,
) -> ProfileMapping | Error | None:
    """Update a profile mapping

     Updates an existing profile mapping by adding, updating, or removing one or many property mappings

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.profileMappings.manage.

    Args:
        mapping_id (str): `id` of the Mapping
        body (ProfileMappingRequest): The updated request body properties

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
        ProfileMapping | Error | None
    """

    return sync_detailed(
        mapping_id=mapping_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    mapping_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProfileMappingRequest,
) -> Response[ProfileMapping | Error | None]:
    """Update a profile mapping

     Updates an existing profile mapping by adding, updating, or removing one or many property mappings

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.profileMappings.manage.

    Args:
        mapping_id (str): `id` of the Mapping
        body (ProfileMappingRequest): The updated request body properties

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
        Response[ProfileMapping | Error | None]
    """

    kwargs = _get_kwargs(
        mapping_id=mapping_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    mapping_id: str,
    *,
    client: RaisingClient,
    body: ProfileMappingRequest,
) -> ProfileMapping | None: ...


@overload
async def asyncio(
    mapping_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProfileMappingRequest,
) -> ProfileMapping | Error | None: ...


async def asyncio(
    mapping_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ProfileMappingRequest,
) -> ProfileMapping | Error | None:
    """Update a profile mapping

     Updates an existing profile mapping by adding, updating, or removing one or many property mappings

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.profileMappings.manage.

    Args:
        mapping_id (str): `id` of the Mapping
        body (ProfileMappingRequest): The updated request body properties

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
        ProfileMapping | Error | None
    """

    return (
        await asyncio_detailed(
            mapping_id=mapping_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
