"""`listDevices`: GET /api/v1/devices"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.device_list import DeviceList
    from ...models.error import Error
    from ...models.list_devices_expand import ListDevicesExpand

OPERATION = Operation(
    operation_id="listDevices",
    method="GET",
    path="/api/v1/devices",
    tag="Device",
    scopes=("okta.devices.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="LIMITED_GA",
)


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListDevicesExpand | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    params["search"] = search

    json_expand: str | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand.value

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": "/api/v1/devices",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[DeviceList] | Error | None:
    from ...models.device_list import DeviceList
    from ...models.error import Error

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
            _convert.checked(client, _convert.parse_response_list(client, DeviceList, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[DeviceList] | Error | None]:
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
    search: str | Unset = UNSET,
    expand: ListDevicesExpand | Unset = UNSET,
) -> Response[list[DeviceList] | Error | None]:
    """List all devices

     Lists all devices with pagination support.

    >**Note:** To list all devices enrolled by a user, use the [List all devices endpoint in the User
    Resources
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/userresources/listuserdevices).

    You can return a subset of devices that match a supported search criteria using the `search` query
    parameter.
    Searches for devices based on the properties specified in the `search` parameter conforming SCIM
    filter specifications (case-insensitive). This data is eventually consistent. The API returns
    different results depending on specified queries in the request. Empty list is returned if no
    objects match `search` request.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Don't use search results directly for record updates, as the data might be stale and therefore
    overwrite newer data, resulting in data loss.

    Use an `id` lookup for records that you update to ensure your results contain the latest data.

    This operation requires [URL encoding](https://www.w3.org/TR/html4/interact/forms.html#h-17.13.4.1).
    For example, `search=profile.displayName eq "Bob"` is encoded as
    `search=profile.displayName%20eq%20%22Bob%22`.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.devices.read.

    Args:
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) for more
            information.
        limit (int | Unset): A limit on the number of objects to return (recommend `20`) Okta's
            default: 200.
        search (str | Unset): A SCIM filter expression that filters the results. Searches include
            all device `profile` properties and the device `id`, `status`, and `lastUpdated`
            properties. Searches for devices can be filtered by the contains (`co`) operator. You
            can only use `co` with these select device profile attributes: `profile.displayName`,
            `profile.serialNumber`, `profile.imei`, `profile.meid`, `profile.udid`, and
            `profile.sid`. See [Operators](https://developer.okta.com/docs/api/#operators).
        expand (ListDevicesExpand | Unset): Includes associated user details and management status
            for the device in the `_embedded` attribute

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
        Response[list[DeviceList] | Error | None]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        search=search,
        expand=expand,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListDevicesExpand | Unset = UNSET,
) -> list[DeviceList] | None: ...


@overload
def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListDevicesExpand | Unset = UNSET,
) -> list[DeviceList] | Error | None: ...


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListDevicesExpand | Unset = UNSET,
) -> list[DeviceList] | Error | None:
    """List all devices

     Lists all devices with pagination support.

    >**Note:** To list all devices enrolled by a user, use the [List all devices endpoint in the User
    Resources
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/userresources/listuserdevices).

    You can return a subset of devices that match a supported search criteria using the `search` query
    parameter.
    Searches for devices based on the properties specified in the `search` parameter conforming SCIM
    filter specifications (case-insensitive). This data is eventually consistent. The API returns
    different results depending on specified queries in the request. Empty list is returned if no
    objects match `search` request.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Don't use search results directly for record updates, as the data might be stale and therefore
    overwrite newer data, resulting in data loss.

    Use an `id` lookup for records that you update to ensure your results contain the latest data.

    This operation requires [URL encoding](https://www.w3.org/TR/html4/interact/forms.html#h-17.13.4.1).
    For example, `search=profile.displayName eq "Bob"` is encoded as
    `search=profile.displayName%20eq%20%22Bob%22`.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.devices.read.

    Args:
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) for more
            information.
        limit (int | Unset): A limit on the number of objects to return (recommend `20`) Okta's
            default: 200.
        search (str | Unset): A SCIM filter expression that filters the results. Searches include
            all device `profile` properties and the device `id`, `status`, and `lastUpdated`
            properties. Searches for devices can be filtered by the contains (`co`) operator. You
            can only use `co` with these select device profile attributes: `profile.displayName`,
            `profile.serialNumber`, `profile.imei`, `profile.meid`, `profile.udid`, and
            `profile.sid`. See [Operators](https://developer.okta.com/docs/api/#operators).
        expand (ListDevicesExpand | Unset): Includes associated user details and management status
            for the device in the `_embedded` attribute

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
        list[DeviceList] | Error | None
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
        search=search,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListDevicesExpand | Unset = UNSET,
) -> Response[list[DeviceList] | Error | None]:
    """List all devices

     Lists all devices with pagination support.

    >**Note:** To list all devices enrolled by a user, use the [List all devices endpoint in the User
    Resources
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/userresources/listuserdevices).

    You can return a subset of devices that match a supported search criteria using the `search` query
    parameter.
    Searches for devices based on the properties specified in the `search` parameter conforming SCIM
    filter specifications (case-insensitive). This data is eventually consistent. The API returns
    different results depending on specified queries in the request. Empty list is returned if no
    objects match `search` request.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Don't use search results directly for record updates, as the data might be stale and therefore
    overwrite newer data, resulting in data loss.

    Use an `id` lookup for records that you update to ensure your results contain the latest data.

    This operation requires [URL encoding](https://www.w3.org/TR/html4/interact/forms.html#h-17.13.4.1).
    For example, `search=profile.displayName eq "Bob"` is encoded as
    `search=profile.displayName%20eq%20%22Bob%22`.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.devices.read.

    Args:
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) for more
            information.
        limit (int | Unset): A limit on the number of objects to return (recommend `20`) Okta's
            default: 200.
        search (str | Unset): A SCIM filter expression that filters the results. Searches include
            all device `profile` properties and the device `id`, `status`, and `lastUpdated`
            properties. Searches for devices can be filtered by the contains (`co`) operator. You
            can only use `co` with these select device profile attributes: `profile.displayName`,
            `profile.serialNumber`, `profile.imei`, `profile.meid`, `profile.udid`, and
            `profile.sid`. See [Operators](https://developer.okta.com/docs/api/#operators).
        expand (ListDevicesExpand | Unset): Includes associated user details and management status
            for the device in the `_embedded` attribute

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
        Response[list[DeviceList] | Error | None]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        search=search,
        expand=expand,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    *,
    client: RaisingClient,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListDevicesExpand | Unset = UNSET,
) -> list[DeviceList] | None: ...


@overload
async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListDevicesExpand | Unset = UNSET,
) -> list[DeviceList] | Error | None: ...


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    search: str | Unset = UNSET,
    expand: ListDevicesExpand | Unset = UNSET,
) -> list[DeviceList] | Error | None:
    """List all devices

     Lists all devices with pagination support.

    >**Note:** To list all devices enrolled by a user, use the [List all devices endpoint in the User
    Resources
    API](https://developer.okta.com/docs/api/openapi/okta-management/management/userresources/listuserdevices).

    You can return a subset of devices that match a supported search criteria using the `search` query
    parameter.
    Searches for devices based on the properties specified in the `search` parameter conforming SCIM
    filter specifications (case-insensitive). This data is eventually consistent. The API returns
    different results depending on specified queries in the request. Empty list is returned if no
    objects match `search` request.

    > **Note:** The `search` parameter results are sourced from an eventually consistent datasource and
    may not reflect the latest information.

    Don't use search results directly for record updates, as the data might be stale and therefore
    overwrite newer data, resulting in data loss.

    Use an `id` lookup for records that you update to ensure your results contain the latest data.

    This operation requires [URL encoding](https://www.w3.org/TR/html4/interact/forms.html#h-17.13.4.1).
    For example, `search=profile.displayName eq "Bob"` is encoded as
    `search=profile.displayName%20eq%20%22Bob%22`.

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.devices.read.

    Args:
        after (str | Unset): The cursor to use for pagination. It is an opaque string that
            specifies your current location in the list and is obtained from the `Link` response
            header. See [Pagination](https://developer.okta.com/docs/api/#pagination) for more
            information.
        limit (int | Unset): A limit on the number of objects to return (recommend `20`) Okta's
            default: 200.
        search (str | Unset): A SCIM filter expression that filters the results. Searches include
            all device `profile` properties and the device `id`, `status`, and `lastUpdated`
            properties. Searches for devices can be filtered by the contains (`co`) operator. You
            can only use `co` with these select device profile attributes: `profile.displayName`,
            `profile.serialNumber`, `profile.imei`, `profile.meid`, `profile.udid`, and
            `profile.sid`. See [Operators](https://developer.okta.com/docs/api/#operators).
        expand (ListDevicesExpand | Unset): Includes associated user details and management status
            for the device in the `_embedded` attribute

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
        list[DeviceList] | Error | None
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
            search=search,
            expand=expand,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response

from ..._endpoint import Page  # noqa: E402


def parse_page(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Page[DeviceList]:
    """One 2xx response of `listDevices` as a page of items, for `okta_client.paginate`."""
    parsed = _parse_response(client=client, response=response)
    if isinstance(parsed, list):
        return Page(parsed)
    return Page.without_items(parsed, OPERATION)
