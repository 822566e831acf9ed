"""Drop a `required` name that no part of its object declares, saying so on stderr.

Okta's 2026 `ProfileMappingRequest` requires `expression` and `pushStatus`, which belong to the
properties of each mapped attribute, not to the request: validators (openapi-core, Prism) then
refuse every real request. An object that accepts additional properties may require undeclared
names, so those are left alone, as are composed schemas whose members say what they declare.
"""

from __future__ import annotations

from typing import Any

from ..hookspecs import hookimpl
from ..refs import resolve
from . import Document, SpecTransform
from .repairs import report_repair
from .spec_walk import keyword_objects

NAME = "required_undeclared"


def drop_undeclared_required(document: Document, source: str) -> None:
    for at, node in keyword_objects(document.get("components") or {}, "/components"):
        required = node.get("required")
        if not isinstance(required, list) or not isinstance(node.get("properties"), dict):
            continue
        declared = _declared(document, node, set())
        if declared is None:
            continue
        missing = [name for name in required if name not in declared]
        if missing:
            node["required"] = [name for name in required if name in declared]
            if not node["required"]:
                del node["required"]
            for name in missing:
                report_repair(NAME, source, f"{at}/required", f"{name!r} is required but declared nowhere: dropped")


def _declared(document: Document, node: Any, seen: set[int]) -> set[str] | None:
    """The property names `node` declares, or None when it may hold any (additional properties)."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        try:
            node = resolve(document, node["$ref"])
        except KeyError:
            return None
    if not isinstance(node, dict) or id(node) in seen:
        return set()
    seen.add(id(node))
    extra = node.get("additionalProperties")
    if extra is not None and extra is not False:
        return None
    names = set(node.get("properties") or {})
    for key in ("allOf", "oneOf", "anyOf"):
        for member in node.get(key) or []:
            more = _declared(document, member, seen)
            if more is None:
                return None
            names |= more
    return names


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform(NAME, 57, drop_undeclared_required)]
