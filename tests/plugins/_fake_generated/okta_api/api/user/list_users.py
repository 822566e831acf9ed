"""Shaped like a generated endpoint module: it only calls the client as the contract says."""

from typing import Any

import httpx

from ...client import Client
from ...types import Operation

OPERATION = Operation(
    operation_id="listUsers",
    method="GET",
    path="/api/v1/users",
    tag="User",
    scopes=("okta.users.read",),
)


def _kwargs(limit: int | None) -> dict[str, Any]:
    params = {} if limit is None else {"limit": limit}
    return {
        "method": "get",
        "url": "/api/v1/users",
        "params": params,
        "extensions": {"okta_operation": OPERATION},
    }


def sync_detailed(*, client: Client, limit: int | None = None) -> httpx.Response:
    return client.get_httpx_client().request(**_kwargs(limit))


async def asyncio_detailed(*, client: Client, limit: int | None = None) -> httpx.Response:
    return await client.get_async_httpx_client().request(**_kwargs(limit))
