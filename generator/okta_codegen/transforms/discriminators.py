"""Check discriminator mappings and widen the enums they switch on.

Both spellings count: OpenAPI's `discriminator` and Okta's older `x-openapi-v3-discriminator`.

Runs before `parent_inheritance`, so a widened enum is what the children inherit. A mapping
value that points at no schema is an error. A mapped value missing from the discriminator
property's enum (PolicyRule.type lacks ACCESS_POLICY and PROFILE_ENROLLMENT) is added, so a typed
value exists for every mapped subclass.
"""

from __future__ import annotations

from typing import Any

from ..errors import SpecError
from ..hookspecs import hookimpl
from ..refs import escape, pointer, resolve
from . import Document, SpecTransform

EXTENSION = "x-openapi-v3-discriminator"
STANDARD = "discriminator"


def discriminator_of(schema: dict[str, Any]) -> Any:
    """The schema's discriminator object, whichever spelling it uses (None without one)."""
    return schema.get(STANDARD, schema.get(EXTENSION))


def check_and_widen_discriminators(document: Document, source: str) -> None:
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    for name, schema in schemas.items():
        discriminator = discriminator_of(schema)
        if discriminator is None:
            continue
        at = pointer("components", "schemas", name, STANDARD if STANDARD in schema else EXTENSION)
        if not isinstance(discriminator, dict) or not isinstance(discriminator.get("propertyName"), str):
            raise SpecError(source, at, "a discriminator needs a string propertyName")
        mapping = discriminator.get("mapping") or {}
        for value, ref in mapping.items():
            try:
                resolve(document, ref)
            except (KeyError, TypeError):
                raise SpecError(
                    source, f"{at}/mapping/{escape(str(value))}", f"$ref {ref!r} points at nothing"
                ) from None
        if "oneOf" in schema or "anyOf" in schema:
            continue  # the property is each alternative's own
        prop = _declared_property(document, schema, discriminator["propertyName"])
        if prop is None:
            raise SpecError(source, at, f"{name} has no property {discriminator['propertyName']!r}")
        _widen(_enum_holder(document, prop), list(mapping))


def _declared_property(document: Document, schema: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The property as declared by the schema or its nearest `x-okta-parent` ancestor."""
    seen: list[int] = []
    current: Any = schema
    while isinstance(current, dict) and id(current) not in seen:
        schema = current
        seen.append(id(current))
        prop = (schema.get("properties") or {}).get(name)
        if isinstance(prop, dict):
            return prop
        parent = schema.get("x-okta-parent")
        try:
            current = resolve(document, parent) if isinstance(parent, str) else None
        except KeyError:
            return None
    return None


def _enum_holder(document: Document, prop: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in prop:
        target: dict[str, Any] = resolve(document, prop["$ref"])
        return target
    return prop


def _widen(schema: dict[str, Any], values: list[str]) -> None:
    enum = schema.get("enum")
    if isinstance(enum, list):
        enum.extend(value for value in values if value not in enum)


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform("discriminators", 45, check_and_widen_discriminators)]
