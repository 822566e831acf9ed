"""Record the OAuth 2.0 scope each operation needs, as `x-okta-scopes` on the operation.

Scopes an operation declares under an `oauth2` security requirement win. Otherwise the scope is
derived from the path's resource (`SCOPE_RULES`, Okta's documented `okta.<resource>.*` scopes) and
the method: `read` for GET and HEAD, `manage` for everything else. An operation outside every
documented resource gets an empty list, meaning "none documented".
"""

from __future__ import annotations

import re
from typing import Any

from ..hookspecs import hookimpl
from . import Document, SpecTransform
from .multi_operation import EXTENSION as MULTI
from .multi_operation import METHODS

SCOPES = "x-okta-scopes"
READ_METHODS = frozenset({"get", "head"})

# First match wins, so sub-resources that carry their own scope come before their parents.
SCOPE_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), resource)
    for pattern, resource in (
        (r"^/api/v1/(users|groups)/[^/]+/roles(/|$)", "roles"),
        (r"^/api/v1/roles(/|$)", "roles"),
        (r"^/api/v1/meta/schemas/user/linkedObjects(/|$)", "linkedObjects"),
        (r"^/api/v1/meta/schemas(/|$)", "schemas"),
        (r"^/api/v1/org/factors(/|$)", "factors"),
        (r"^/api/v1/users(/|$)", "users"),
        (r"^/api/v1/groups(/|$)", "groups"),
        (r"^/api/v1/apps(/|$)", "apps"),
        (r"^/api/v1/authorizationServers(/|$)", "authorizationServers"),
        (r"^/oauth2/v1/clients(/|$)", "clients"),
        (r"^/api/v1/devices(/|$)", "devices"),
        (r"^/api/v1/domains(/|$)", "domains"),
        (r"^/api/v1/eventHooks(/|$)", "eventHooks"),
        (r"^/api/v1/inlineHooks(/|$)", "inlineHooks"),
        (r"^/api/v1/idps(/|$)", "idps"),
        (r"^/api/v1/logs(/|$)", "logs"),
        (r"^/api/v1/policies(/|$)", "policies"),
        (r"^/api/v1/sessions(/|$)", "sessions"),
        (r"^/api/v1/templates(/|$)", "templates"),
        (r"^/api/v1/trustedOrigins(/|$)", "trustedOrigins"),
    )
)


def record_operation_scopes(document: Document, source: str) -> None:
    for path, path_item in document.get("paths", {}).items():
        for method in METHODS:
            operation = path_item.get(method)
            if not isinstance(operation, dict):
                continue
            for target in (operation, *operation.get(MULTI, [])):
                target[SCOPES] = required_scopes(path, method, target)


def required_scopes(path: str, method: str, operation: dict[str, Any]) -> list[str]:
    declared = sorted(
        {
            scope
            for requirement in operation.get("security") or []
            for scheme, scopes in requirement.items()
            if scheme == "oauth2"
            for scope in scopes
        }
    )
    if declared:
        return declared
    for pattern, resource in SCOPE_RULES:
        if pattern.search(path):
            return [f"okta.{resource}.{'read' if method in READ_METHODS else 'manage'}"]
    return []


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform("operation_scopes", 70, record_operation_scopes)]
