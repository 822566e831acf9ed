"""`updateFeatureLifecycle`: POST /api/v1/features/{featureId}/{lifecycle}"""

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
    from ...models.feature import Feature

OPERATION = Operation(
    operation_id="updateFeatureLifecycle",
    method="POST",
    path="/api/v1/features/{featureId}/{lifecycle}",
    tag="Feature",
    scopes=("okta.features.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="GA",
)


def _get_kwargs(
    feature_id: str,
    lifecycle: str,
    *,
    mode: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mode"] = mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "featureId": feature_id,
                "lifecycle": lifecycle,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Feature | Error | None:
    from ...models.error import Error
    from ...models.feature import Feature

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
            _convert.checked(client, _convert.parse_body(client, Feature, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Feature | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    feature_id: str,
    lifecycle: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> Response[Feature | Error | None]:
    """Update a feature lifecycle

     Updates a feature's lifecycle status. Use this endpoint to enable or disable a feature for your org.

    Use the `mode=force` parameter to override dependency restrictions for a particular feature.
    Normally, you can't enable a feature if it has one or more dependencies that aren't enabled.

    When you use the `mode=force` parameter while enabling a feature, Okta first tries to enable any
    disabled features that this feature may have as dependencies. If you don't pass the `mode=force`
    parameter and the feature has dependencies that need to be enabled before the feature is enabled, a
    400 error is returned.

    When you use the `mode=force` parameter while disabling a feature, Okta first tries to disable any
    enabled features that this feature may have as dependents. If you don't pass the `mode=force`
    parameter and the feature has dependents that need to be disabled before the feature is disabled, a
    400 error is returned.

    The following chart shows the different state transitions for a feature.

    <img alt="Example"
    src="https://developer.okta.com/docs/api/images/features/update-ssfeat-flowchart.png" width="1000"/>

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.features.manage.

    Args:
        feature_id (str): `id` of the feature
        lifecycle (str): Whether to `ENABLE` or `DISABLE` the feature
        mode (str | Unset): Indicates if you want to force enable or disable a feature. Supported
            value is `force`.

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
        Response[Feature | Error | None]
    """

    kwargs = _get_kwargs(
        feature_id=feature_id,
        lifecycle=lifecycle,
        mode=mode,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    feature_id: str,
    lifecycle: str,
    *,
    client: RaisingClient,
    mode: str | Unset = UNSET,
) -> Feature | None: ...


@overload
def sync(
    feature_id: str,
    lifecycle: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> Feature | Error | None: ...


def sync(
    feature_id: str,
    lifecycle: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> Feature | Error | None:
    """Update a feature lifecycle

     Updates a feature's lifecycle status. Use this endpoint to enable or disable a feature for your org.

    Use the `mode=force` parameter to override dependency restrictions for a particular feature.
    Normally, you can't enable a feature if it has one or more dependencies that aren't enabled.

    When you use the `mode=force` parameter while enabling a feature, Okta first tries to enable any
    disabled features that this feature may have as dependencies. If you don't pass the `mode=force`
    parameter and the feature has dependencies that need to be enabled before the feature is enabled, a
    400 error is returned.

    When you use the `mode=force` parameter while disabling a feature, Okta first tries to disable any
    enabled features that this feature may have as dependents. If you don't pass the `mode=force`
    parameter and the feature has dependents that need to be disabled before the feature is disabled, a
    400 error is returned.

    The following chart shows the different state transitions for a feature.

    <img alt="Example"
    src="https://developer.okta.com/docs/api/images/features/update-ssfeat-flowchart.png" width="1000"/>

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.features.manage.

    Args:
        feature_id (str): `id` of the feature
        lifecycle (str): Whether to `ENABLE` or `DISABLE` the feature
        mode (str | Unset): Indicates if you want to force enable or disable a feature. Supported
            value is `force`.

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
        Feature | Error | None
    """

    return sync_detailed(
        feature_id=feature_id,
        lifecycle=lifecycle,
        client=client,
        mode=mode,
    ).parsed


async def asyncio_detailed(
    feature_id: str,
    lifecycle: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> Response[Feature | Error | None]:
    """Update a feature lifecycle

     Updates a feature's lifecycle status. Use this endpoint to enable or disable a feature for your org.

    Use the `mode=force` parameter to override dependency restrictions for a particular feature.
    Normally, you can't enable a feature if it has one or more dependencies that aren't enabled.

    When you use the `mode=force` parameter while enabling a feature, Okta first tries to enable any
    disabled features that this feature may have as dependencies. If you don't pass the `mode=force`
    parameter and the feature has dependencies that need to be enabled before the feature is enabled, a
    400 error is returned.

    When you use the `mode=force` parameter while disabling a feature, Okta first tries to disable any
    enabled features that this feature may have as dependents. If you don't pass the `mode=force`
    parameter and the feature has dependents that need to be disabled before the feature is disabled, a
    400 error is returned.

    The following chart shows the different state transitions for a feature.

    <img alt="Example"
    src="https://developer.okta.com/docs/api/images/features/update-ssfeat-flowchart.png" width="1000"/>

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.features.manage.

    Args:
        feature_id (str): `id` of the feature
        lifecycle (str): Whether to `ENABLE` or `DISABLE` the feature
        mode (str | Unset): Indicates if you want to force enable or disable a feature. Supported
            value is `force`.

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
        Response[Feature | Error | None]
    """

    kwargs = _get_kwargs(
        feature_id=feature_id,
        lifecycle=lifecycle,
        mode=mode,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    feature_id: str,
    lifecycle: str,
    *,
    client: RaisingClient,
    mode: str | Unset = UNSET,
) -> Feature | None: ...


@overload
async def asyncio(
    feature_id: str,
    lifecycle: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> Feature | Error | None: ...


async def asyncio(
    feature_id: str,
    lifecycle: str,
    *,
    client: AuthenticatedClient | Client,
    mode: str | Unset = UNSET,
) -> Feature | Error | None:
    """Update a feature lifecycle

     Updates a feature's lifecycle status. Use this endpoint to enable or disable a feature for your org.

    Use the `mode=force` parameter to override dependency restrictions for a particular feature.
    Normally, you can't enable a feature if it has one or more dependencies that aren't enabled.

    When you use the `mode=force` parameter while enabling a feature, Okta first tries to enable any
    disabled features that this feature may have as dependencies. If you don't pass the `mode=force`
    parameter and the feature has dependencies that need to be enabled before the feature is enabled, a
    400 error is returned.

    When you use the `mode=force` parameter while disabling a feature, Okta first tries to disable any
    enabled features that this feature may have as dependents. If you don't pass the `mode=force`
    parameter and the feature has dependents that need to be disabled before the feature is disabled, a
    400 error is returned.

    The following chart shows the different state transitions for a feature.

    <img alt="Example"
    src="https://developer.okta.com/docs/api/images/features/update-ssfeat-flowchart.png" width="1000"/>

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.features.manage.

    Args:
        feature_id (str): `id` of the feature
        lifecycle (str): Whether to `ENABLE` or `DISABLE` the feature
        mode (str | Unset): Indicates if you want to force enable or disable a feature. Supported
            value is `force`.

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
        Feature | Error | None
    """

    return (
        await asyncio_detailed(
            feature_id=feature_id,
            lifecycle=lifecycle,
            client=client,
            mode=mode,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
