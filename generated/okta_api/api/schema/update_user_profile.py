"""`updateUserProfile`: POST /api/v1/meta/schemas/user/{schemaId}"""

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
    from ...models.user_schema import UserSchema

OPERATION = Operation(
    operation_id="updateUserProfile",
    method="POST",
    path="/api/v1/meta/schemas/user/{schemaId}",
    tag="Schema",
    scopes=("okta.schemas.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
    lifecycle="GA",
    admin_roles=(
        "API_ACCESS_MANAGEMENT_ADMIN",
        "ORG_ADMIN",
        "APP_ADMIN",
    ),
)


def _get_kwargs(
    schema_id: str,
    *,
    body: UserSchema,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "schemaId": schema_id,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UserSchema | Error | None:
    from ...models.error import Error
    from ...models.user_schema import UserSchema

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
            _convert.checked(client, _convert.parse_body(client, UserSchema, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserSchema | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    schema_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserSchema,
) -> Response[UserSchema | Error | None]:
    """Update a user schema

     Updates a user schema. Use this request to update, add, or remove one or more profile properties in
    a user schema. If you specify `default` for the `schemaId`, updates will apply to the default user
    type.

    Unlike custom user profile properties, limited changes are allowed to base user profile properties
    (permissions, nullability of the `firstName` and `lastName` properties, or pattern for `login`).
    You can't remove a property from the default schema if it's being referenced as a
    [`matchAttribute`](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/identityprovider/other/createidentityprovider#other/createidentityprovider/t=request&path=policy/subject/matchattribute)
    in `SAML2` IdPs.
    Currently, all validation of SAML assertions are only performed against the default user type.

    > **Note:** You must set properties explicitly to `null` to remove them from the schema; otherwise,
    `POST` is interpreted as a partial update.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.schemas.manage.
    Admin roles: API_ACCESS_MANAGEMENT_ADMIN, ORG_ADMIN, APP_ADMIN.

    Args:
        schema_id (str): Schema ID. You can also use `default` to refer to the default user type
            schema.
        body (UserSchema):

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
        Response[UserSchema | Error | None]
    """

    kwargs = _get_kwargs(
        schema_id=schema_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    schema_id: str,
    *,
    client: RaisingClient,
    body: UserSchema,
) -> UserSchema | None: ...


@overload
def sync(
    schema_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserSchema,
) -> UserSchema | Error | None: ...


def sync(
    schema_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserSchema,
) -> UserSchema | Error | None:
    """Update a user schema

     Updates a user schema. Use this request to update, add, or remove one or more profile properties in
    a user schema. If you specify `default` for the `schemaId`, updates will apply to the default user
    type.

    Unlike custom user profile properties, limited changes are allowed to base user profile properties
    (permissions, nullability of the `firstName` and `lastName` properties, or pattern for `login`).
    You can't remove a property from the default schema if it's being referenced as a
    [`matchAttribute`](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/identityprovider/other/createidentityprovider#other/createidentityprovider/t=request&path=policy/subject/matchattribute)
    in `SAML2` IdPs.
    Currently, all validation of SAML assertions are only performed against the default user type.

    > **Note:** You must set properties explicitly to `null` to remove them from the schema; otherwise,
    `POST` is interpreted as a partial update.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.schemas.manage.
    Admin roles: API_ACCESS_MANAGEMENT_ADMIN, ORG_ADMIN, APP_ADMIN.

    Args:
        schema_id (str): Schema ID. You can also use `default` to refer to the default user type
            schema.
        body (UserSchema):

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
        UserSchema | Error | None
    """

    return sync_detailed(
        schema_id=schema_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    schema_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserSchema,
) -> Response[UserSchema | Error | None]:
    """Update a user schema

     Updates a user schema. Use this request to update, add, or remove one or more profile properties in
    a user schema. If you specify `default` for the `schemaId`, updates will apply to the default user
    type.

    Unlike custom user profile properties, limited changes are allowed to base user profile properties
    (permissions, nullability of the `firstName` and `lastName` properties, or pattern for `login`).
    You can't remove a property from the default schema if it's being referenced as a
    [`matchAttribute`](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/identityprovider/other/createidentityprovider#other/createidentityprovider/t=request&path=policy/subject/matchattribute)
    in `SAML2` IdPs.
    Currently, all validation of SAML assertions are only performed against the default user type.

    > **Note:** You must set properties explicitly to `null` to remove them from the schema; otherwise,
    `POST` is interpreted as a partial update.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.schemas.manage.
    Admin roles: API_ACCESS_MANAGEMENT_ADMIN, ORG_ADMIN, APP_ADMIN.

    Args:
        schema_id (str): Schema ID. You can also use `default` to refer to the default user type
            schema.
        body (UserSchema):

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
        Response[UserSchema | Error | None]
    """

    kwargs = _get_kwargs(
        schema_id=schema_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    schema_id: str,
    *,
    client: RaisingClient,
    body: UserSchema,
) -> UserSchema | None: ...


@overload
async def asyncio(
    schema_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserSchema,
) -> UserSchema | Error | None: ...


async def asyncio(
    schema_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserSchema,
) -> UserSchema | Error | None:
    """Update a user schema

     Updates a user schema. Use this request to update, add, or remove one or more profile properties in
    a user schema. If you specify `default` for the `schemaId`, updates will apply to the default user
    type.

    Unlike custom user profile properties, limited changes are allowed to base user profile properties
    (permissions, nullability of the `firstName` and `lastName` properties, or pattern for `login`).
    You can't remove a property from the default schema if it's being referenced as a
    [`matchAttribute`](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/identityprovider/other/createidentityprovider#other/createidentityprovider/t=request&path=policy/subject/matchattribute)
    in `SAML2` IdPs.
    Currently, all validation of SAML assertions are only performed against the default user type.

    > **Note:** You must set properties explicitly to `null` to remove them from the schema; otherwise,
    `POST` is interpreted as a partial update.

    Lifecycle: GA.
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.schemas.manage.
    Admin roles: API_ACCESS_MANAGEMENT_ADMIN, ORG_ADMIN, APP_ADMIN.

    Args:
        schema_id (str): Schema ID. You can also use `default` to refer to the default user type
            schema.
        body (UserSchema):

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
        UserSchema | Error | None
    """

    return (
        await asyncio_detailed(
            schema_id=schema_id,
            client=client,
            body=body,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
