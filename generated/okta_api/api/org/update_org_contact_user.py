"""`updateOrgContactUser`: PUT /api/v1/org/contacts/{contactType}"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import _convert, _paths, errors
from ...client import AuthenticatedClient, Client
from ...types import Operation, Response

# Models load when a response is parsed, not when the operation is imported.
if TYPE_CHECKING:
    from ...models.org_contact_user import OrgContactUser
    from ...models.user_id_string import UserIdString

OPERATION = Operation(
    operation_id="updateOrgContactUser",
    method="PUT",
    path="/api/v1/org/contacts/{contactType}",
    tag="Org",
    scopes=(),
    auth=("apiKey",),
    content_types=("application/json",),
)


def _get_kwargs(
    contact_type: str,
    *,
    body: UserIdString,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "PUT",
        "url": _paths.build_path(
            OPERATION,
            {
                "contactType": contact_type,
            },
        ),
        "extensions": {"okta_operation": OPERATION},
    }
    _kwargs["json"] = body.to_dict(omit_read_only=True)
    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OrgContactUser | None:
    from ...models.org_contact_user import OrgContactUser

    # Okta answers 201 where the spec says 200 (and the reverse): any 2xx reads as the documented success.
    if 200 <= response.status_code < 300:
        return (
            _convert.checked(client, _convert.parse_body(client, OrgContactUser, response.json()))
            if response.content
            else None
        )
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrgContactUser | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserIdString,
) -> Response[OrgContactUser | None]:
    """Okta Update org contact user

     Updates the User associated with the specified Contact Type.

    Credentials: an API token (SSWS).

    Args:
        contact_type (str):
        body (UserIdString):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrgContactUser]
    """

    kwargs = _get_kwargs(
        contact_type=contact_type,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    contact_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserIdString,
) -> OrgContactUser | None:
    """Okta Update org contact user

     Updates the User associated with the specified Contact Type.

    Credentials: an API token (SSWS).

    Args:
        contact_type (str):
        body (UserIdString):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrgContactUser
    """

    return sync_detailed(
        contact_type=contact_type,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contact_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserIdString,
) -> Response[OrgContactUser | None]:
    """Okta Update org contact user

     Updates the User associated with the specified Contact Type.

    Credentials: an API token (SSWS).

    Args:
        contact_type (str):
        body (UserIdString):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrgContactUser]
    """

    kwargs = _get_kwargs(
        contact_type=contact_type,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    contact_type: str,
    *,
    client: AuthenticatedClient | Client,
    body: UserIdString,
) -> OrgContactUser | None:
    """Okta Update org contact user

     Updates the User associated with the specified Contact Type.

    Credentials: an API token (SSWS).

    Args:
        contact_type (str):
        body (UserIdString):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrgContactUser
    """

    return (
        await asyncio_detailed(
            contact_type=contact_type,
            client=client,
            body=body,
        )
    ).parsed
