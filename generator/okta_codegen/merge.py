"""Merge our own OpenAPI fragments into the upstream document, refusing any collision.

The one exception is a security scheme of the same name and type as upstream's: both describe the same
credential (Okta's `oauth2`), so the fragment's scopes join upstream's instead of colliding.
"""

from __future__ import annotations

import copy
from typing import Any

from .errors import SpecError
from .refs import pointer
from .transforms.multi_operation import EXTENSION as MULTI
from .transforms.multi_operation import METHODS

COMPONENT_KINDS = ("schemas", "parameters", "responses", "requestBodies", "headers", "examples", "securitySchemes")


def merge_fragment(upstream: dict[str, Any], fragment: dict[str, Any], fragment_source: str) -> None:
    """Add the fragment's paths, components and tags to `upstream`, in place."""
    taken = operation_ids(upstream)
    for path, item in (fragment.get("paths") or {}).items():
        if path in upstream.setdefault("paths", {}):
            raise SpecError(fragment_source, pointer("paths", path), "path already defined by the upstream spec")
        for method, operation_id in operation_ids_of(item):
            if operation_id in taken:
                at = pointer("paths", path, method, "operationId")
                raise SpecError(fragment_source, at, f"operationId {operation_id!r} already used upstream")
            taken.add(operation_id)
        upstream["paths"][path] = copy.deepcopy(item)
    for kind in COMPONENT_KINDS:
        theirs = (fragment.get("components") or {}).get(kind) or {}
        ours = upstream.setdefault("components", {}).setdefault(kind, {})
        for name, value in theirs.items():
            if kind == "securitySchemes" and name in ours:
                merge_security_scheme(ours[name], value, fragment_source, pointer("components", kind, name))
                continue
            if name in ours:
                raise SpecError(
                    fragment_source, pointer("components", kind, name), f"{kind[:-1]} name already used upstream"
                )
            ours[name] = copy.deepcopy(value)
    known_tags = {tag.get("name") for tag in upstream.get("tags", [])}
    for tag in fragment.get("tags") or []:
        if tag.get("name") not in known_tags:
            upstream.setdefault("tags", []).append(copy.deepcopy(tag))


def merge_security_scheme(upstream: Any, fragment: Any, fragment_source: str, at: str) -> None:
    """Unite a fragment's scheme with upstream's of the same type: scopes per flow, flows only we have.

    Upstream's URLs and description stay: the fragment adds to the credential, never redefines it.
    """
    if not isinstance(upstream, dict) or not isinstance(fragment, dict):
        raise SpecError(fragment_source, at, "a securityScheme must be a mapping")
    if upstream.get("type") != fragment.get("type"):
        raise SpecError(
            fragment_source,
            at,
            f"securityScheme name already used upstream with type {upstream.get('type')!r},"
            f" not {fragment.get('type')!r}",
        )
    if fragment.get("type") != "oauth2":
        differing = sorted(k for k in {*upstream, *fragment} - {"description"} if upstream.get(k) != fragment.get(k))
        if differing:
            raise SpecError(fragment_source, at, f"securityScheme differs from upstream's in {', '.join(differing)}")
        return
    flows = upstream.setdefault("flows", {})
    for flow_kind, flow in (fragment.get("flows") or {}).items():
        if not isinstance(flow, dict):
            raise SpecError(fragment_source, f"{at}{pointer('flows', flow_kind)}", "a flow must be a mapping")
        if flow_kind not in flows:
            flows[flow_kind] = copy.deepcopy(flow)
            continue
        scopes = flows[flow_kind].setdefault("scopes", {})
        for scope, description in (flow.get("scopes") or {}).items():
            scopes.setdefault(scope, description)


def operation_ids(document: dict[str, Any]) -> set[str]:
    return {
        operation_id for item in (document.get("paths") or {}).values() for _, operation_id in operation_ids_of(item)
    }


def operation_ids_of(item: dict[str, Any]) -> list[tuple[str, str]]:
    found = []
    for method in METHODS:
        operation = item.get(method)
        if not isinstance(operation, dict):
            continue
        if isinstance(operation.get("operationId"), str):
            found.append((method, operation["operationId"]))
        for alternative in operation.get(MULTI) or []:
            if isinstance(alternative, dict) and isinstance(alternative.get("operationId"), str):
                found.append((method, alternative["operationId"]))
    return found
