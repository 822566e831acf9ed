"""Mark an object with declared properties that says `additionalProperties: true` as extensible.

Okta's older specs said `x-okta-extensible: true` (UserProfile: custom profile attributes); its
current spec says the standard `additionalProperties: true`. Either way the generated class reads and
writes undeclared attributes by name (`profile.employeeStartDate`), kept in `additional_properties`.
Runs after the inheritance transforms, so a profile built by `allOf` counts its inherited fields.
"""

from __future__ import annotations

from typing import Any

from ..hookspecs import hookimpl
from . import Document, SpecTransform

EXTENSION = "x-okta-extensible"


def mark_extensible_objects(document: Document, source: str) -> None:
    schemas: dict[str, Any] = document.get("components", {}).get("schemas") or {}
    for schema in schemas.values():
        if isinstance(schema, dict) and schema.get("additionalProperties") is True and schema.get("properties"):
            schema.setdefault(EXTENSION, True)


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform("extensible_objects", 55, mark_extensible_objects)]
