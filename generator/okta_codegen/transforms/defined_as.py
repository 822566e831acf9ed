"""Give each concrete subclass the fixed values that identify it, as defaults.

`x-okta-defined-as: {name: bookmark}` means a BookmarkApplication's `name` is always "bookmark",
and the parent's discriminator mapping (`BOOKMARK -> BookmarkApplication`) fixes its `signOnMode`.
Both are recorded in `x-okta-defaults` so the generated class fills them in; the child's own
`name` placeholder (`{type: object}`) becomes the string it really is.
"""

from __future__ import annotations

from typing import Any

from ..hookspecs import hookimpl
from ..refs import SCHEMAS, schema_name
from . import Document, SpecTransform
from .discriminators import discriminator_of

DEFAULTS = "x-okta-defaults"


def apply_defined_as(document: Document, source: str) -> None:
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    fixed = _discriminator_defaults(schemas)
    for name, schema in schemas.items():
        defaults = dict(fixed.get(name) or {})
        for field, value in (schema.get("x-okta-defined-as") or {}).items():
            defaults[field] = value
            schema.setdefault("properties", {})[field] = {"type": "string", "default": value}
        if defaults:
            schema[DEFAULTS] = defaults
    # Defaults flow down: SwaThreeFieldApplication is a BROWSER_PLUGIN because its parent is.
    for name in schemas:
        inherited = _inherited_defaults(schemas, name, set())
        if inherited:
            schemas[name][DEFAULTS] = inherited


def _discriminator_defaults(schemas: dict[str, Any]) -> dict[str, dict[str, str]]:
    """For each schema, the discriminator values that map to it alone, by property name."""
    values: dict[tuple[str, str], list[str]] = {}
    for parent in schemas.values():
        discriminator = discriminator_of(parent)
        if not isinstance(discriminator, dict):
            continue
        for value, ref in (discriminator.get("mapping") or {}).items():
            if isinstance(ref, str) and ref.startswith(SCHEMAS):
                values.setdefault((schema_name(ref), discriminator["propertyName"]), []).append(value)
    found: dict[str, dict[str, str]] = {}
    for (name, prop), mapped in values.items():
        if len(mapped) == 1:
            found.setdefault(name, {})[prop] = mapped[0]
    return found


def _inherited_defaults(schemas: dict[str, Any], name: str, seen: set[str]) -> dict[str, Any]:
    schema = schemas.get(name)
    if schema is None or name in seen:
        return {}
    seen.add(name)
    parent_ref = schema.get("x-okta-parent")
    inherited = _inherited_defaults(schemas, schema_name(parent_ref), seen) if isinstance(parent_ref, str) else {}
    return {**inherited, **(schema.get(DEFAULTS) or {})}


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform("defined_as", 40, apply_defined_as)]
