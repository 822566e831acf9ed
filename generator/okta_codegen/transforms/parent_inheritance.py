"""Give every `x-okta-parent` child all of its ancestors' properties.

Okta's spec lists only what a child adds (AccessPolicy lists nothing at all). The child's schema
becomes complete: the parent's properties first, then its own, which win over inherited ones except
where the child's is an empty `{type: object}` placeholder or only annotates (`{example: sms}`).
`x-okta-parent` stays, so the generated class subclasses its parent. A parent's inline enum or object
is first moved to a named schema (`Application.status` -> `ApplicationStatus`) so parent and children
share one type.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ..errors import SpecError
from ..hookspecs import hookimpl
from ..refs import pointer, resolve, schema_ref
from . import Document, SpecTransform

EXTENSION = "x-okta-parent"


def normalize_parent_inheritance(document: Document, source: str) -> None:
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    done: set[str] = set()
    for name in list(schemas):
        _complete(document, schemas, name, source, done, ())


def _complete(
    document: Document, schemas: dict[str, Any], name: str, source: str, done: set[str], chain: tuple[str, ...]
) -> dict[str, Any]:
    schema: dict[str, Any] = schemas[name]
    if name in done:
        return schema
    at = pointer("components", "schemas", name, EXTENSION)
    if name in chain:
        raise SpecError(source, at, f"x-okta-parent cycle: {' -> '.join((*chain, name))}")
    parent_ref = schema.get(EXTENSION)
    if parent_ref is not None:
        if not isinstance(parent_ref, str):
            raise SpecError(source, at, "x-okta-parent must be a $ref string")
        try:
            resolve(document, parent_ref)
        except KeyError:
            raise SpecError(source, at, f"parent {parent_ref!r} points at nothing") from None
        parent_name = parent_ref.rsplit("/", 1)[-1]
        parent = _complete(document, schemas, parent_name, source, done, (*chain, name))
        if "type" not in parent and "allOf" not in parent:
            # A parent written as a bare `{}` (ApplicationSettingsApplication in 2.15.0) is still a class to subclass.
            parent["type"] = "object"
        _hoist_inline_types(schemas, parent_name, parent)
        _inherit(schema, parent)
    done.add(name)
    return schema


def _inherit(child: dict[str, Any], parent: dict[str, Any]) -> None:
    own = child.get("properties") or {}
    merged = copy.deepcopy(parent.get("properties") or {})
    for key, value in own.items():
        if key in merged and _is_placeholder(value):
            continue
        if key in merged and _only_annotates(value):
            # `factorType: {example: sms}` in UserFactorSMS documents the inherited field, not a new type.
            merged[key] = {**merged[key], **value} if "$ref" not in merged[key] else merged[key]
            continue
        merged[key] = value
    child["type"] = "object"
    child["properties"] = merged
    required = list(parent.get("required") or []) + [
        r for r in child.get("required") or [] if r not in (parent.get("required") or [])
    ]
    if required:
        child["required"] = required


def _hoist_inline_types(schemas: dict[str, Any], owner: str, schema: dict[str, Any]) -> None:
    for prop_name, prop in (schema.get("properties") or {}).items():
        holder, key = (
            (prop, "items")
            if isinstance(prop, dict) and prop.get("type") == "array"
            else (schema["properties"], prop_name)
        )
        inline = holder.get(key) if isinstance(holder, dict) else None
        if not isinstance(inline, dict) or not ("enum" in inline or inline.get("properties")):
            continue
        hoisted = owner + "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", prop_name) if part)
        if hoisted in schemas and schemas[hoisted] != inline:
            continue  # the name is taken by something else: leave this one inline
        kept = {k: inline.pop(k) for k in ("readOnly", "description") if k in inline and key != "items"}
        schemas[hoisted] = inline
        holder[key] = {"$ref": schema_ref(hoisted)}
        if kept.get("readOnly"):
            # readOnly beside a $ref is ignored by OpenAPI 3.0; allOf carries it.
            holder[key] = {"allOf": [{"$ref": schema_ref(hoisted)}], **kept}
        elif kept:
            holder[key] = {"allOf": [{"$ref": schema_ref(hoisted)}], **kept}


# Keywords that give a schema its type; a property schema without any of them only annotates.
TYPING_KEYWORDS = frozenset({"type", "$ref", "allOf", "oneOf", "anyOf", "properties", "items", "enum", "format"})


def _only_annotates(schema: Any) -> bool:
    return isinstance(schema, dict) and not TYPING_KEYWORDS & set(schema)


def _is_placeholder(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type") == "object"
        and not schema.get("properties")
        and "additionalProperties" not in schema
    )


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform("parent_inheritance", 50, normalize_parent_inheritance)]
