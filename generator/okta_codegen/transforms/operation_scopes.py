"""Record who may call each operation: `x-okta-auth` (the credential kinds) and `x-okta-scopes`.

The source is the operation's `security`, else the document's top-level `security` (OpenAPI's own
inheritance). Requirements are alternatives (any one suffices); the schemes inside one requirement
are all needed. Each alternative becomes a kind named after the schemes' *types*, so that scheme
names (`api_token`, `apiToken`, a renamed fragment scheme) do not matter: `apiKey`, `http`,
`oauth2` (`openIdConnect` counts as `oauth2`), `mutualTLS`, several joined by `+`, and `none` for
an empty requirement (no credential needed).

`x-okta-scopes` lists the scopes an OAuth 2.0 token needs, all of them. When several alternatives
take OAuth 2.0 tokens it lists the scopes common to all of them: a token without one of those can
call the operation no way at all, which is what a local check may refuse. `x-okta-no-scope-required:
true` means none. A document that declares no OAuth 2.0 scope for Okta's core resources (Okta's
specs before 2023) gets them from `scopes_fallback` instead, which says where it applies.
"""

from __future__ import annotations

from typing import Any

from ..errors import SpecError
from ..hookspecs import hookimpl
from ..refs import escape, pointer
from . import Document, SpecTransform
from .multi_operation import EXTENSION as MULTI
from .multi_operation import METHODS
from .scopes_fallback import fallback_applies, fallback_scopes

SCOPES = "x-okta-scopes"
AUTH = "x-okta-auth"
NO_SCOPE_REQUIRED = "x-okta-no-scope-required"
OAUTH_TYPES = frozenset({"oauth2", "openIdConnect"})
NONE = "none"


def record_operation_scopes(document: Document, source: str) -> None:
    types = scheme_types(document)
    fallback = fallback_applies(document, types)
    for path, path_item in (document.get("paths") or {}).items():
        for method in METHODS:
            operation = path_item.get(method)
            if not isinstance(operation, dict):
                continue
            for index, target in enumerate((operation, *(operation.get(MULTI) or []))):
                at = pointer("paths", path, method, *((MULTI, index - 1) if index else ()))
                target[AUTH], target[SCOPES] = operation_access(
                    document, path, method, target, types, fallback, source, at
                )


def operation_access(
    document: Document,
    path: str,
    method: str,
    operation: dict[str, Any],
    types: dict[str, str],
    fallback: bool,
    source: str,
    at: str,
) -> tuple[list[str], list[str]]:
    """The credential kinds `operation` takes and the scopes an OAuth 2.0 token needs for it."""
    requirements = _requirements(document, operation, source, at)
    kinds = credential_kinds(requirements, types, source, at)
    if operation.get(NO_SCOPE_REQUIRED) is True:
        return kinds, []
    scopes = declared_scopes(requirements, types)
    if scopes is None and fallback:
        scopes = fallback_scopes(path, method)
        if scopes and "oauth2" not in kinds:
            kinds = [*kinds, "oauth2"]  # Okta takes OAuth 2.0 tokens there; its old specs did not say so
    return kinds, scopes or []


def scheme_types(document: Document) -> dict[str, str]:
    """Security scheme name -> its `type`, `openIdConnect` counted as `oauth2`."""
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    types = {}
    for name, scheme in schemes.items():
        kind = scheme.get("type") if isinstance(scheme, dict) else None
        if isinstance(kind, str):
            types[name] = "oauth2" if kind in OAUTH_TYPES else kind
    return types


def _requirements(document: Document, operation: dict[str, Any], source: str, at: str) -> list[dict[str, Any]]:
    if "security" in operation:
        security, where = operation["security"], f"{at}/security"
    else:
        security, where = document.get("security"), "/security"
    if security is None:
        return []
    if not isinstance(security, list) or not all(isinstance(r, dict) for r in security):
        raise SpecError(source, where, "security must be a list of requirement objects")
    for index, requirement in enumerate(security):
        for scheme, scopes in requirement.items():
            if not isinstance(scopes, list) or not all(isinstance(scope, str) for scope in scopes):
                raise SpecError(source, f"{where}/{index}/{escape(scheme)}", "expected a list of scopes")
    # An empty list is "no credential needed", as much as a list holding `{}`.
    return security if security else [{}]


def credential_kinds(requirements: list[dict[str, Any]], types: dict[str, str], source: str, at: str) -> list[str]:
    """Each alternative's kind (`apiKey`, `oauth2`, `none`, `apiKey+oauth2`, ...), in spec order, once."""
    kinds: list[str] = []
    for requirement in requirements:
        for scheme in requirement:
            if scheme not in types:
                raise SpecError(source, f"{at}/security", f"security scheme {scheme!r} is not in components")
        kind = "+".join(sorted({types[scheme] for scheme in requirement})) or NONE
        if kind not in kinds:
            kinds.append(kind)
    return kinds


def declared_scopes(requirements: list[dict[str, Any]], types: dict[str, str]) -> list[str] | None:
    """Scopes every OAuth 2.0 alternative needs; `None` when no alternative declares any OAuth 2.0 scope."""
    oauth = [
        {scope for scheme, scopes in requirement.items() if types.get(scheme) == "oauth2" for scope in scopes}
        for requirement in requirements
        if any(types.get(scheme) == "oauth2" for scheme in requirement)
    ]
    if not any(oauth):
        return None
    return sorted(set.intersection(*oauth))


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform("operation_scopes", 70, record_operation_scopes)]
