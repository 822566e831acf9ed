"""`verifyFactor`: POST /api/v1/users/{userId}/factors/{factorId}/verify"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Operation, Response, Unset

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.verify_factor_request import VerifyFactorRequest
    from ...models.verify_user_factor_response import VerifyUserFactorResponse

OPERATION = Operation(
    operation_id="verifyFactor",
    method="POST",
    path="/api/v1/users/{userId}/factors/{factorId}/verify",
    tag="UserFactor",
    scopes=("okta.users.manage",),
    auth=(
        "apiKey",
        "oauth2",
    ),
    content_types=("application/json",),
)


def _get_kwargs(
    user_id: str,
    factor_id: str,
    *,
    body: VerifyFactorRequest | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = 300,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_forwarded_for, Unset):
        headers["X-Forwarded-For"] = x_forwarded_for

    if not isinstance(user_agent, Unset):
        headers["User-Agent"] = user_agent

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["templateId"] = template_id

    params["tokenLifetimeSeconds"] = token_lifetime_seconds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "POST",
        "url": _paths.build_path(
            OPERATION,
            {
                "userId": user_id,
                "factorId": factor_id,
            },
        ),
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }
    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VerifyUserFactorResponse | None:
    from ...models.verify_user_factor_response import VerifyUserFactorResponse

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, VerifyUserFactorResponse, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VerifyUserFactorResponse | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VerifyFactorRequest | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = 300,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[VerifyUserFactorResponse | None]:
    """Okta Verify MFA Factor

     Verifies an OTP for a `token` or `token:hardware` factor

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str):
        factor_id (str):
        template_id (str | Unset):
        token_lifetime_seconds (int | Unset):  Default: 300.
        x_forwarded_for (str | Unset):
        user_agent (str | Unset):
        accept_language (str | Unset):
        body (VerifyFactorRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VerifyUserFactorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        factor_id=factor_id,
        body=body,
        template_id=template_id,
        token_lifetime_seconds=token_lifetime_seconds,
        x_forwarded_for=x_forwarded_for,
        user_agent=user_agent,
        accept_language=accept_language,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VerifyFactorRequest | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = 300,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> VerifyUserFactorResponse | None:
    """Okta Verify MFA Factor

     Verifies an OTP for a `token` or `token:hardware` factor

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str):
        factor_id (str):
        template_id (str | Unset):
        token_lifetime_seconds (int | Unset):  Default: 300.
        x_forwarded_for (str | Unset):
        user_agent (str | Unset):
        accept_language (str | Unset):
        body (VerifyFactorRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VerifyUserFactorResponse
    """

    return sync_detailed(
        user_id=user_id,
        factor_id=factor_id,
        client=client,
        body=body,
        template_id=template_id,
        token_lifetime_seconds=token_lifetime_seconds,
        x_forwarded_for=x_forwarded_for,
        user_agent=user_agent,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VerifyFactorRequest | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = 300,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[VerifyUserFactorResponse | None]:
    """Okta Verify MFA Factor

     Verifies an OTP for a `token` or `token:hardware` factor

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str):
        factor_id (str):
        template_id (str | Unset):
        token_lifetime_seconds (int | Unset):  Default: 300.
        x_forwarded_for (str | Unset):
        user_agent (str | Unset):
        accept_language (str | Unset):
        body (VerifyFactorRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VerifyUserFactorResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        factor_id=factor_id,
        body=body,
        template_id=template_id,
        token_lifetime_seconds=token_lifetime_seconds,
        x_forwarded_for=x_forwarded_for,
        user_agent=user_agent,
        accept_language=accept_language,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    factor_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VerifyFactorRequest | Unset = UNSET,
    template_id: str | Unset = UNSET,
    token_lifetime_seconds: int | Unset = 300,
    x_forwarded_for: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> VerifyUserFactorResponse | None:
    """Okta Verify MFA Factor

     Verifies an OTP for a `token` or `token:hardware` factor

    Credentials: an API token (SSWS) or an OAuth 2.0 access token.
    OAuth 2.0 scopes: okta.users.manage.

    Args:
        user_id (str):
        factor_id (str):
        template_id (str | Unset):
        token_lifetime_seconds (int | Unset):  Default: 300.
        x_forwarded_for (str | Unset):
        user_agent (str | Unset):
        accept_language (str | Unset):
        body (VerifyFactorRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VerifyUserFactorResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            factor_id=factor_id,
            client=client,
            body=body,
            template_id=template_id,
            token_lifetime_seconds=token_lifetime_seconds,
            x_forwarded_for=x_forwarded_for,
            user_agent=user_agent,
            accept_language=accept_language,
        )
    ).parsed
