"""The operation description that generated endpoint functions attach to requests."""

from __future__ import annotations

from typing import cast

import httpx

# Generated code stores its ``OPERATION`` under this key of ``request.extensions`` (okta_api._endpoint).
from okta_api._endpoint import OPERATION_EXTENSION as OPERATION_EXTENSION

from .types import Operation

TOKEN_REQUEST_EXTENSION = "okta_token_request"
"""Key of ``request.extensions`` marking a request an auth plugin sends to a token endpoint."""

GRANTED_SCOPES_EXTENSION = "okta_granted_scopes"
"""Key of ``request.extensions`` holding the scopes of the token a request was sent with."""


_MEMBERS = tuple(name for name in vars(Operation) if not name.startswith("_"))
_OPERATION_TYPES: set[type] = set()
"""Types that define every member of ``Operation`` themselves, so each instance of them is one."""


def as_operation(candidate: object) -> Operation | None:
    """``candidate`` if it has the shape of an ``Operation``, else ``None``."""
    if candidate is None:
        return None
    kind = type(candidate)
    # isinstance against a runtime-checkable Protocol costs about 7 us (it walks the members each
    # time), and every request asks several times; a type that decides it is asked once.
    if kind in _OPERATION_TYPES:
        return cast(Operation, candidate)
    if not isinstance(candidate, Operation):
        return None
    if all(hasattr(kind, name) for name in _MEMBERS):
        _OPERATION_TYPES.add(kind)
    return candidate


def operation_of(request: httpx.Request) -> Operation | None:
    """Return the operation a generated function attached to ``request``, if any."""
    return as_operation(request.extensions.get(OPERATION_EXTENSION))


def is_token_request(request: httpx.Request) -> bool:
    """Whether an auth plugin built ``request`` for a token endpoint."""
    return bool(request.extensions.get(TOKEN_REQUEST_EXTENSION))
