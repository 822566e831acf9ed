"""The fallback for specs that declare no OAuth 2.0 scopes: scopes derived from the path.

Okta's specs before 2023 (2.x, the 3.0.0 OAS 3 tag) give every operation `api_token` security only,
though Okta takes OAuth 2.0 tokens carrying its documented `okta.<resource>.<read|manage>` scopes on
those paths. For such a document (one where no operation on a path of `SCOPE_RULES` declares an
OAuth 2.0 scope) the scope is derived from the path's resource and the method: `read` for GET and
HEAD, `manage` for everything else. Our own fragments (the governance API) declare their scopes, so
they do not switch the fallback off; a document that documents scopes itself never uses it.
"""

from __future__ import annotations

import re

from . import Document
from .multi_operation import EXTENSION as MULTI
from .multi_operation import METHODS

READ_METHODS = frozenset({"get", "head"})

# Okta's documented resources, by the path that serves them. First match wins, so sub-resources that
# carry their own scope come before their parents.
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


def fallback_applies(document: Document, scheme_types: dict[str, str]) -> bool:
    """Whether no operation on a path `SCOPE_RULES` covers names an OAuth 2.0 scheme with a scope."""
    for path, item in (document.get("paths") or {}).items():
        if not any(pattern.search(path) for pattern, _ in SCOPE_RULES):
            continue
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            for target in (operation, *(operation.get(MULTI) or []), document):
                for requirement in target.get("security") or []:
                    if isinstance(requirement, dict) and any(
                        scheme_types.get(scheme) == "oauth2" and scopes for scheme, scopes in requirement.items()
                    ):
                        return False
    return True


def fallback_scopes(path: str, method: str) -> list[str]:
    """`okta.<resource>.<read|manage>` for the first rule matching `path`; empty outside every rule."""
    for pattern, resource in SCOPE_RULES:
        if pattern.search(path):
            return [f"okta.{resource}.{'read' if method in READ_METHODS else 'manage'}"]
    return []
