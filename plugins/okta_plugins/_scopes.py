"""Okta scope rules and the local pre-send check.

Scopes look like ``okta.<resource>.<read|manage>[.self]``; the governance fragment's
resources have two segments (``okta.accessRequests.request.read``). ``manage`` implies
``read``, and a scope without ``.self`` covers its ``.self`` variant.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Protocol, runtime_checkable

from ._errors import MissingScopeError
from .types import Operation

_LEVELS = {"read": 1, "manage": 2}


@runtime_checkable
class ScopedCredential(Protocol):
    """An ``httpx.Auth`` that knows which scopes its token carries."""

    def granted_scopes(self) -> frozenset[str] | None:
        """The token's scopes, an upper bound of them before a token exists, or ``None``."""
        ...


def _parse(scope: str) -> tuple[str, int, bool] | None:
    """Split a scope into (resource, level, is_self); the resource may have several
    segments, as in the governance scope ``okta.accessRequests.request.read``."""
    parts = scope.split(".")
    is_self = parts[-1] == "self"
    if is_self:
        parts = parts[:-1]
    if len(parts) < 3 or parts[0] != "okta" or parts[-1] not in _LEVELS:
        return None
    return ".".join(parts[1:-1]), _LEVELS[parts[-1]], is_self


def scope_satisfied(required: str, granted: Collection[str]) -> bool:
    """Whether any scope in ``granted`` gives what ``required`` asks for."""
    if required in granted:
        return True
    need = _parse(required)
    if need is None:
        return False
    resource, level, is_self = need
    for scope in granted:
        have = _parse(scope)
        if have is None:
            continue
        if have[0] == resource and have[1] >= level and (is_self or not have[2]):
            return True
    return False


def missing_scopes(required: Iterable[str], granted: Collection[str]) -> tuple[str, ...]:
    """The scopes of ``required`` (all of which an operation needs) that ``granted`` lacks."""
    return tuple(scope for scope in required if not scope_satisfied(scope, granted))


def check_operation_scopes(operation: Operation | None, granted: frozenset[str] | None) -> None:
    """Raise ``MissingScopeError`` if ``operation`` needs a scope ``granted`` lacks.

    Does nothing when the operation documents no scope or the granted scopes are unknown.
    """
    if operation is None or not operation.scopes or granted is None:
        return
    if missing_scopes(operation.scopes, granted):
        raise MissingScopeError(operation.operation_id, operation.scopes, granted)
