"""Okta scope rules, the local pre-send check, and the built-in 403 explainer plugin.

Scopes look like ``okta.<resource>.<read|manage>[.self]``: ``manage`` implies
``read``, and a scope without ``.self`` covers its ``.self`` variant.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Protocol, runtime_checkable

import httpx

from ._config import OktaConfig
from ._operation import GRANTED_SCOPES_EXTENSION, Operation
from .errors import InsufficientScopeError, MissingScopeError
from .hookspecs import hookimpl

_LEVELS = {"read": 1, "manage": 2}


@runtime_checkable
class ScopedCredential(Protocol):
    """An ``httpx.Auth`` that knows which scopes its token carries."""

    def granted_scopes(self) -> frozenset[str] | None:
        """The token's scopes, an upper bound of them before a token exists, or ``None``."""
        ...


def _parse(scope: str) -> tuple[str, int, bool] | None:
    parts = scope.split(".")
    is_self = parts[-1] == "self"
    if is_self:
        parts = parts[:-1]
    if len(parts) != 3 or parts[0] != "okta" or parts[2] not in _LEVELS:
        return None
    return parts[1], _LEVELS[parts[2]], is_self


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


def credential_scopes(credential: object) -> frozenset[str] | None:
    """The scopes ``credential`` reports, or ``None`` when it does not know."""
    if isinstance(credential, ScopedCredential):
        return credential.granted_scopes()
    return None


def check_operation_scopes(operation: Operation | None, granted: frozenset[str] | None) -> None:
    """Raise ``MissingScopeError`` if ``operation`` needs a scope ``granted`` lacks.

    Does nothing when the operation documents no scope or the granted scopes are unknown.
    """
    if operation is None or not operation.scopes or granted is None:
        return
    if missing_scopes(operation.scopes, granted):
        raise MissingScopeError(operation.operation_id, operation.scopes, granted)


@hookimpl(trylast=True)
def okta_observe_response(
    request: httpx.Request,
    response: httpx.Response,
    operation: Operation | None,
    config: OktaConfig,
) -> None:
    """Turn a 403 on an operation with documented scopes into ``InsufficientScopeError``."""
    if response.status_code != 403 or operation is None or not operation.scopes:
        return
    granted = request.extensions.get(GRANTED_SCOPES_EXTENSION)
    raise InsufficientScopeError(
        operation.operation_id,
        operation.scopes,
        response,
        granted if isinstance(granted, frozenset) else None,
    )
