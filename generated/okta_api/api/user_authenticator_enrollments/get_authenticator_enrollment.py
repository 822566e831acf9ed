"""`getAuthenticatorEnrollment`: GET /api/v1/users/{userId}/authenticator-enrollments/{enrollmentId}"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, overload

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client, RaisingClient
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.authenticator_enrollment import AuthenticatorEnrollment
    from ...models.error import Error
    from ...models.get_authenticator_enrollment_disclose_identifiers_item import (
        GetAuthenticatorEnrollmentDiscloseIdentifiersItem,
    )

OPERATION = Operation(
    operation_id="getAuthenticatorEnrollment",
    method="GET",
    path="/api/v1/users/{userId}/authenticator-enrollments/{enrollmentId}",
    tag="UserAuthenticatorEnrollments",
    scopes=("okta.users.read",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    lifecycle="LIMITED_GA",
)


def _get_kwargs(
    user_id: str,
    enrollment_id: str,
    *,
    disclose_identifiers: list[GetAuthenticatorEnrollmentDiscloseIdentifiersItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_disclose_identifiers: list[str] | Unset = UNSET
    if not isinstance(disclose_identifiers, Unset):
        json_disclose_identifiers = []
        for disclose_identifiers_item_data in disclose_identifiers:
            disclose_identifiers_item = disclose_identifiers_item_data.value
            json_disclose_identifiers.append(disclose_identifiers_item)

    params["discloseIdentifiers"] = json_disclose_identifiers

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "GET",
        "url": _paths.build_path(
            OPERATION,
            {
                "userId": user_id,
                "enrollmentId": enrollment_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuthenticatorEnrollment | Error | None:
    from ...models.authenticator_enrollment import AuthenticatorEnrollment
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
            _convert.checked(client, _convert.parse_body(client, AuthenticatorEnrollment, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuthenticatorEnrollment | Error | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    enrollment_id: str,
    *,
    client: AuthenticatedClient | Client,
    disclose_identifiers: list[GetAuthenticatorEnrollmentDiscloseIdentifiersItem] | Unset = UNSET,
) -> Response[AuthenticatorEnrollment | Error | None]:
    """Retrieve an authenticator enrollment

     Retrieves a user's authenticator enrollment by `enrollmentId`

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id (str): ID of an existing Okta user
        enrollment_id (str): Unique identifier of an enrollment
        disclose_identifiers (list[GetAuthenticatorEnrollmentDiscloseIdentifiersItem] | Unset):
            Indicates whether or not the identifier of an authenticator enrollment is disclosed or
            anonymized. If it's included in the operation query, then the identifier of the
            authenticator enrollment (the actual phone number, for example) is included in the
            response.

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
        Response[AuthenticatorEnrollment | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        enrollment_id=enrollment_id,
        disclose_identifiers=disclose_identifiers,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
def sync(
    user_id: str,
    enrollment_id: str,
    *,
    client: RaisingClient,
    disclose_identifiers: list[GetAuthenticatorEnrollmentDiscloseIdentifiersItem] | Unset = UNSET,
) -> AuthenticatorEnrollment | None: ...


@overload
def sync(
    user_id: str,
    enrollment_id: str,
    *,
    client: AuthenticatedClient | Client,
    disclose_identifiers: list[GetAuthenticatorEnrollmentDiscloseIdentifiersItem] | Unset = UNSET,
) -> AuthenticatorEnrollment | Error | None: ...


def sync(
    user_id: str,
    enrollment_id: str,
    *,
    client: AuthenticatedClient | Client,
    disclose_identifiers: list[GetAuthenticatorEnrollmentDiscloseIdentifiersItem] | Unset = UNSET,
) -> AuthenticatorEnrollment | Error | None:
    """Retrieve an authenticator enrollment

     Retrieves a user's authenticator enrollment by `enrollmentId`

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id (str): ID of an existing Okta user
        enrollment_id (str): Unique identifier of an enrollment
        disclose_identifiers (list[GetAuthenticatorEnrollmentDiscloseIdentifiersItem] | Unset):
            Indicates whether or not the identifier of an authenticator enrollment is disclosed or
            anonymized. If it's included in the operation query, then the identifier of the
            authenticator enrollment (the actual phone number, for example) is included in the
            response.

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
        AuthenticatorEnrollment | Error | None
    """

    return sync_detailed(
        user_id=user_id,
        enrollment_id=enrollment_id,
        client=client,
        disclose_identifiers=disclose_identifiers,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    enrollment_id: str,
    *,
    client: AuthenticatedClient | Client,
    disclose_identifiers: list[GetAuthenticatorEnrollmentDiscloseIdentifiersItem] | Unset = UNSET,
) -> Response[AuthenticatorEnrollment | Error | None]:
    """Retrieve an authenticator enrollment

     Retrieves a user's authenticator enrollment by `enrollmentId`

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id (str): ID of an existing Okta user
        enrollment_id (str): Unique identifier of an enrollment
        disclose_identifiers (list[GetAuthenticatorEnrollmentDiscloseIdentifiersItem] | Unset):
            Indicates whether or not the identifier of an authenticator enrollment is disclosed or
            anonymized. If it's included in the operation query, then the identifier of the
            authenticator enrollment (the actual phone number, for example) is included in the
            response.

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
        Response[AuthenticatorEnrollment | Error | None]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        enrollment_id=enrollment_id,
        disclose_identifiers=disclose_identifiers,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


@overload
async def asyncio(
    user_id: str,
    enrollment_id: str,
    *,
    client: RaisingClient,
    disclose_identifiers: list[GetAuthenticatorEnrollmentDiscloseIdentifiersItem] | Unset = UNSET,
) -> AuthenticatorEnrollment | None: ...


@overload
async def asyncio(
    user_id: str,
    enrollment_id: str,
    *,
    client: AuthenticatedClient | Client,
    disclose_identifiers: list[GetAuthenticatorEnrollmentDiscloseIdentifiersItem] | Unset = UNSET,
) -> AuthenticatorEnrollment | Error | None: ...


async def asyncio(
    user_id: str,
    enrollment_id: str,
    *,
    client: AuthenticatedClient | Client,
    disclose_identifiers: list[GetAuthenticatorEnrollmentDiscloseIdentifiersItem] | Unset = UNSET,
) -> AuthenticatorEnrollment | Error | None:
    """Retrieve an authenticator enrollment

     Retrieves a user's authenticator enrollment by `enrollmentId`

    Lifecycle: LIMITED_GA (SKUs: Okta Identity Engine).
    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.read.

    Args:
        user_id (str): ID of an existing Okta user
        enrollment_id (str): Unique identifier of an enrollment
        disclose_identifiers (list[GetAuthenticatorEnrollmentDiscloseIdentifiersItem] | Unset):
            Indicates whether or not the identifier of an authenticator enrollment is disclosed or
            anonymized. If it's included in the operation query, then the identifier of the
            authenticator enrollment (the actual phone number, for example) is included in the
            response.

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
        AuthenticatorEnrollment | Error | None
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            enrollment_id=enrollment_id,
            client=client,
            disclose_identifiers=disclose_identifiers,
        )
    ).parsed


# The entry points `okta_api._endpoint` documents; the runtime uses these, never the private helpers above.
build_request = _get_kwargs
parse_response = _parse_response
