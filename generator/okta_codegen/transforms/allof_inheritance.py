"""Turn a component schema's `allOf` into one object: a subclass of its parent, or a flat model.

OAS 3 specs say `Child: {allOf: [{$ref: Parent}, {properties: ...}]}` where Okta's older specs
said `x-okta-parent: Parent`. The parent is the `$ref` member whose discriminator maps to the child,
else the first member when it is a `$ref`; the schema gets `x-okta-parent` (so `parent_inheritance`
completes it and the generated class subclasses the parent) and the other members' properties and
`required` as its own. A schema that also says `x-okta-parent` keeps that parent. Without a parent
every member is flattened into the schema. Members are read in order, the later winning, then the
schema's own keywords. An `allOf` with a member that is not an object schema (a constrained string,
say) is left for openapi-python-client.
"""

from __future__ import annotations

import copy
from typing import Any

from ..errors import SpecError
from ..hookspecs import hookimpl
from ..refs import pointer, resolve, schema_name
from . import Document, SpecTransform
from .discriminators import discriminator_of
from .parent_inheritance import EXTENSION as PARENT

NAME = "allof_inheritance"
# Keywords of a schema that is not a plain object: its member cannot be merged as properties.
NOT_OBJECT = frozenset({"items", "enum", "oneOf", "anyOf", "allOf", "not", "format", "pattern", "minimum", "maximum"})


def inherit_from_all_of(document: Document, source: str) -> None:
    schemas: dict[str, Any] = document.get("components", {}).get("schemas") or {}
    done: set[str] = set()
    for name in list(schemas):
        _flatten(document, schemas, name, source, done, ())


def _flatten(
    document: Document, schemas: dict[str, Any], name: str, source: str, done: set[str], chain: tuple[str, ...]
) -> None:
    schema = schemas.get(name)
    if name in done or not isinstance(schema, dict) or not isinstance(schema.get("allOf"), list):
        done.add(name)
        return
    at = pointer("components", "schemas", name, "allOf")
    if name in chain:
        raise SpecError(source, at, f"allOf cycle: {' -> '.join((*chain, name))}")
    members = schema["allOf"]
    resolved = [
        _member(document, schemas, member, source, done, (*chain, name), f"{at}/{index}")
        for index, member in enumerate(members)
    ]
    if not all(_is_object(member) for member in resolved):
        done.add(name)
        return
    parent_index = _parent_index(schemas, name, members, schema.get(PARENT))
    merged: dict[str, Any] = {}
    required: list[str] = []
    for index, member in enumerate(resolved):
        if index == parent_index:
            continue
        merged.update(copy.deepcopy(member.get("properties") or {}))
        required += [r for r in member.get("required") or [] if r not in required]
        if "additionalProperties" in member:
            schema.setdefault("additionalProperties", copy.deepcopy(member["additionalProperties"]))
    merged.update(schema.get("properties") or {})
    required += [r for r in schema.get("required") or [] if r not in required]
    del schema["allOf"]
    schema["type"] = "object"
    schema["properties"] = merged
    if required:
        schema["required"] = required
    if parent_index is not None:
        schema[PARENT] = members[parent_index]["$ref"]
    done.add(name)


def _member(
    document: Document,
    schemas: dict[str, Any],
    member: Any,
    source: str,
    done: set[str],
    chain: tuple[str, ...],
    at: str,
) -> Any:
    if not isinstance(member, dict) or "$ref" not in member:
        return member
    ref = member["$ref"]
    try:
        name = schema_name(ref)
        _flatten(document, schemas, name, source, done, chain)
        return resolve(document, ref)
    except (KeyError, ValueError):
        raise SpecError(source, f"{at}/$ref", f"$ref {ref!r} is not a component schema") from None


def _is_object(member: Any) -> bool:
    return isinstance(member, dict) and member.get("type", "object") == "object" and not NOT_OBJECT & set(member)


def _parent_index(schemas: dict[str, Any], name: str, members: list[Any], declared: Any) -> int | None:
    """The member that is the parent: the declared `x-okta-parent`, the one mapping to us, or the first."""
    refs = [(i, m["$ref"]) for i, m in enumerate(members) if isinstance(m, dict) and isinstance(m.get("$ref"), str)]
    if declared is not None:
        return next((index for index, ref in refs if ref == declared), None)
    for index, ref in refs:
        discriminator = discriminator_of(schemas.get(schema_name(ref)) or {})
        mapped = (discriminator or {}).get("mapping") or {}
        if any(isinstance(target, str) and schema_name(target) == name for target in mapped.values()):
            return index
    return 0 if refs and refs[0][0] == 0 else None


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform(NAME, 38, inherit_from_all_of)]
