"""`listProfileMappings`: GET /api/v1/mappings"""

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
    from ...models.list_profile_mappings import ListProfileMappings

OPERATION = Operation(
    operation_id="listProfileMappings",
    method="GET",
    path="/api/v1/mappings",
    tag="ProfileMapping",
    scopes=("okta.profileMappings.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    source_id: str | Unset = UNSET,
    target_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    params["sourceId"] = source_id

    params["targetId"] = target_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/mappings",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ListProfileMappings] | Error | None:
    from ...models.error import Error
    from ...models.list_profile_mappings import ListProfileMappings

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
            _convert.checked(client, _convert.parse_response_list(client, ListProfileMappings, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ListProfileMappings] | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    source_id: str | Unset = UNSET,
    target_id: str | Unset = UNSET,
) -> Response[list[ListProfileMappings] | Error | None]:
    """List all profile mappings

     Lists all profile mappings in your org with
    [pagination](https://developer.okta.com/docs/api/#pagination). You can return a subset of profile
    mappings that match a supported `sourceId` and/or `targetId`.

    The results are [paginated](https://developer.okta.com/docs/api/#pagination) according to the
    `limit` parameter. If there are multiple pages of results, the Link header contains a `next` link
    that you should treat as an opaque value (follow it, don't parse it). See [Link
    Header](https://developer.okta.com/docs/api/#link-header).

    The response is a collection of profile mappings that include a subset of the profile mapping
    object's parameters. The profile mapping object describes
    the properties mapping between an Okta user and an app user profile using [JSON Schema Draft
    4](https://datatracker.ietf.org/doc/html/draft-zyp-json-schema-04).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.profileMappings.read.

    Args:
        after (str | Unset): Mapping `id` that specifies the pagination cursor for the next page
            of mappings
        limit (int | Unset): Specifies the number of results per page **Note:** If you encounter
            timeout errors with larger values, reduce the limit (for example, `50`) and use
            pagination with the `after` parameter to retrieve the results. Okta's default: 20.
        source_id (str | Unset): The user type or app instance ID that acts as the source of
            expressions in a mapping. If this parameter is included, all returned mappings have
            this as their `source.id`.
        target_id (str | Unset): The user type or app instance ID that acts as the target of
            expressions in a mapping. If this parameter is included, all returned mappings have
            this as their `target.id`.

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
        Response[list[ListProfileMappings] | Error | None]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        source_id=source_id,
        target_id=target_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    source_id: str | Unset = UNSET,
    target_id: str | Unset = UNSET,
) -> list[ListProfileMappings] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    source_id: str | Unset = UNSET,
    target_id: str | Unset = UNSET,
) -> list[ListProfileMappings] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    source_id: str | Unset = UNSET,
    target_id: str | Unset = UNSET,
) -> list[ListProfileMappings] | Error | None:
    """List all profile mappings

     Lists all profile mappings in your org with
    [pagination](https://developer.okta.com/docs/api/#pagination). You can return a subset of profile
    mappings that match a supported `sourceId` and/or `targetId`.

    The results are [paginated](https://developer.okta.com/docs/api/#pagination) according to the
    `limit` parameter. If there are multiple pages of results, the Link header contains a `next` link
    that you should treat as an opaque value (follow it, don't parse it). See [Link
    Header](https://developer.okta.com/docs/api/#link-header).

    The response is a collection of profile mappings that include a subset of the profile mapping
    object's parameters. The profile mapping object describes
    the properties mapping between an Okta user and an app user profile using [JSON Schema Draft
    4](https://datatracker.ietf.org/doc/html/draft-zyp-json-schema-04).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.profileMappings.read.

    Args:
        after (str | Unset): Mapping `id` that specifies the pagination cursor for the next page
            of mappings
        limit (int | Unset): Specifies the number of results per page **Note:** If you encounter
            timeout errors with larger values, reduce the limit (for example, `50`) and use
            pagination with the `after` parameter to retrieve the results. Okta's default: 20.
        source_id (str | Unset): The user type or app instance ID that acts as the source of
            expressions in a mapping. If this parameter is included, all returned mappings have
            this as their `source.id`.
        target_id (str | Unset): The user type or app instance ID that acts as the target of
            expressions in a mapping. If this parameter is included, all returned mappings have
            this as their `target.id`.

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
        list[ListProfileMappings] | Error | None
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
        source_id=source_id,
        target_id=target_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    source_id: str | Unset = UNSET,
    target_id: str | Unset = UNSET,
) -> Response[list[ListProfileMappings] | Error | None]:
    """List all profile mappings

     Lists all profile mappings in your org with
    [pagination](https://developer.okta.com/docs/api/#pagination). You can return a subset of profile
    mappings that match a supported `sourceId` and/or `targetId`.

    The results are [paginated](https://developer.okta.com/docs/api/#pagination) according to the
    `limit` parameter. If there are multiple pages of results, the Link header contains a `next` link
    that you should treat as an opaque value (follow it, don't parse it). See [Link
    Header](https://developer.okta.com/docs/api/#link-header).

    The response is a collection of profile mappings that include a subset of the profile mapping
    object's parameters. The profile mapping object describes
    the properties mapping between an Okta user and an app user profile using [JSON Schema Draft
    4](https://datatracker.ietf.org/doc/html/draft-zyp-json-schema-04).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.profileMappings.read.

    Args:
        after (str | Unset): Mapping `id` that specifies the pagination cursor for the next page
            of mappings
        limit (int | Unset): Specifies the number of results per page **Note:** If you encounter
            timeout errors with larger values, reduce the limit (for example, `50`) and use
            pagination with the `after` parameter to retrieve the results. Okta's default: 20.
        source_id (str | Unset): The user type or app instance ID that acts as the source of
            expressions in a mapping. If this parameter is included, all returned mappings have
            this as their `source.id`.
        target_id (str | Unset): The user type or app instance ID that acts as the target of
            expressions in a mapping. If this parameter is included, all returned mappings have
            this as their `target.id`.

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
        Response[list[ListProfileMappings] | Error | None]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        source_id=source_id,
        target_id=target_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    source_id: str | Unset = UNSET,
    target_id: str | Unset = UNSET,
) -> list[ListProfileMappings] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    source_id: str | Unset = UNSET,
    target_id: str | Unset = UNSET,
) -> list[ListProfileMappings] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    source_id: str | Unset = UNSET,
    target_id: str | Unset = UNSET,
) -> list[ListProfileMappings] | Error | None:
    """List all profile mappings

     Lists all profile mappings in your org with
    [pagination](https://developer.okta.com/docs/api/#pagination). You can return a subset of profile
    mappings that match a supported `sourceId` and/or `targetId`.

    The results are [paginated](https://developer.okta.com/docs/api/#pagination) according to the
    `limit` parameter. If there are multiple pages of results, the Link header contains a `next` link
    that you should treat as an opaque value (follow it, don't parse it). See [Link
    Header](https://developer.okta.com/docs/api/#link-header).

    The response is a collection of profile mappings that include a subset of the profile mapping
    object's parameters. The profile mapping object describes
    the properties mapping between an Okta user and an app user profile using [JSON Schema Draft
    4](https://datatracker.ietf.org/doc/html/draft-zyp-json-schema-04).

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.profileMappings.read.

    Args:
        after (str | Unset): Mapping `id` that specifies the pagination cursor for the next page
            of mappings
        limit (int | Unset): Specifies the number of results per page **Note:** If you encounter
            timeout errors with larger values, reduce the limit (for example, `50`) and use
            pagination with the `after` parameter to retrieve the results. Okta's default: 20.
        source_id (str | Unset): The user type or app instance ID that acts as the source of
            expressions in a mapping. If this parameter is included, all returned mappings have
            this as their `source.id`.
        target_id (str | Unset): The user type or app instance ID that acts as the target of
            expressions in a mapping. If this parameter is included, all returned mappings have
            this as their `target.id`.

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
        list[ListProfileMappings] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
            source_id=source_id,
            target_id=target_id,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[ListProfileMappings]:
    """One 2xx response of `listProfileMappings` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
