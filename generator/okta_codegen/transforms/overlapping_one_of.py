"""Turn a `oneOf` whose alternatives all accept the same objects into the `anyOf` it means.

Okta writes `oneOf` over open objects with no required properties (e.g. an SMS, call or email
factor's `{passCode}`): `{}`, and any value built only from properties they share, is valid under
several alternatives, so no request can satisfy "exactly one" and validators reject every one. The
union the client builds is the same; only the validation keyword changes.

A `oneOf` with a discriminator whose alternatives all take the same discriminator values (StandardRole
and CustomRole both have `type: RoleType`) is the same case for any validator that ignores the
discriminator, as Prism's does: every role assignment matches both. The discriminator keeps picking
exactly one alternative under `anyOf`.
"""

from __future__ import annotations

from typing import Any

from ..hookspecs import hookimpl
from ..refs import is_local, resolve
from . import Document, SpecTransform
from .repairs import report_repair
from .spec_walk import keyword_objects

NAME = "overlapping_one_of"


def relax_overlapping_one_of(document: Document, source: str) -> None:
    for at, node in keyword_objects(document):
        alternatives = node.get("oneOf")
        if not isinstance(alternatives, list):
            continue
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict):
            shared = _shared_discriminator_value(document, alternatives, discriminator)
            if shared is not None:
                node["anyOf"] = node.pop("oneOf")
                value, count = shared
                report_repair(
                    NAME, source, f"{at}/oneOf", f"{count} alternatives take discriminator value {value!r}: anyOf"
                )
            continue
        open_ones = sum(1 for member in alternatives if _accepts_empty_object(document, member))
        if open_ones >= 2:
            node["anyOf"] = node.pop("oneOf")
            report_repair(NAME, source, f"{at}/oneOf", f"{open_ones} alternatives accept every object: anyOf")


def _shared_discriminator_value(
    document: Document, alternatives: list[Any], discriminator: dict[str, Any]
) -> tuple[str, int] | None:
    """A mapped discriminator value that two or more alternatives' own property accepts, with their count."""
    name = discriminator.get("propertyName")
    accepted = [_property_values(document, member, name) for member in alternatives]
    for value in discriminator.get("mapping") or {}:
        count = sum(1 for values in accepted if values is None or value in values)
        if count >= 2:
            return str(value), count
    return None


def _property_values(document: Document, schema: Any, name: Any) -> frozenset[str] | None:
    """The values an alternative's property `name` accepts: its enum, or None for any (refs followed)."""
    prop = (_followed(document, schema).get("properties") or {}).get(name)
    if prop is None:
        return frozenset()  # undeclared: an open object takes any value, but only the declared ones count
    enum = _followed(document, prop).get("enum")
    return frozenset(str(value) for value in enum) if isinstance(enum, list) else None


def _followed(document: Document, schema: Any) -> dict[str, Any]:
    seen = 0
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and is_local(schema["$ref"]) and seen < 20:
        schema = resolve(document, schema["$ref"])
        seen += 1
    return schema if isinstance(schema, dict) else {}


def _accepts_empty_object(document: Document, schema: Any) -> bool:
    """Whether `{}` is valid under `schema`: an object schema that requires nothing (refs followed)."""
    seen = 0
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and is_local(schema["$ref"]) and seen < 20:
        schema = resolve(document, schema["$ref"])
        seen += 1
    if not isinstance(schema, dict) or schema.get("type", "object") != "object":
        return False
    if not ("properties" in schema or schema.get("type") == "object"):
        return False
    restricting = ("required", "minProperties", "allOf", "oneOf", "anyOf", "not", "enum")
    return not any(schema.get(key) for key in restricting) and schema.get("additionalProperties") is not False


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform(NAME, 56, relax_overlapping_one_of)]
