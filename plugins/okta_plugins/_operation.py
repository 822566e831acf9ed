"""The operation description that generated endpoint functions attach to requests."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import httpx

OPERATION_EXTENSION = "okta_operation"
"""Key of ``request.extensions`` under which generated code stores its ``Operation``."""

TOKEN_REQUEST_EXTENSION = "okta_token_request"
"""Key of ``request.extensions`` marking a request an auth plugin sends to a token endpoint."""

GRANTED_SCOPES_EXTENSION = "okta_granted_scopes"
"""Key of ``request.extensions`` holding the scopes of the token a request was sent with."""


@runtime_checkable
class Operation(Protocol):
    """Structural twin of ``okta_api.types.Operation``."""

    @property
    def operation_id(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def tag(self) -> str: ...
    @property
    def scopes(self) -> tuple[str, ...]: ...


def operation_of(request: httpx.Request) -> Operation | None:
    """Return the operation a generated function attached to ``request``, if any."""
    candidate = request.extensions.get(OPERATION_EXTENSION)
    return candidate if isinstance(candidate, Operation) else None


def is_token_request(request: httpx.Request) -> bool:
    """Whether an auth plugin built ``request`` for a token endpoint."""
    return bool(request.extensions.get(TOKEN_REQUEST_EXTENSION))
