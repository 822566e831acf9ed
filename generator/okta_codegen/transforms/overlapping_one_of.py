"""Turn a `oneOf` whose alternatives all accept the same objects into the `anyOf` it means.

Okta writes `oneOf` over open objects with no required properties (e.g. an SMS, call or email
factor's `{passCode}`): `{}`, and any value built only from properties they share, is valid under
several alternatives, so no request can satisfy "exactly one" and validators reject every one. The
union the client builds is the same; only the validation keyword changes.
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
        if not isinstance(alternatives, list) or "discriminator" in node:
            continue
        open_ones = sum(1 for member in alternatives if _accepts_empty_object(document, member))
        if open_ones >= 2:
            node["anyOf"] = node.pop("oneOf")
            report_repair(NAME, source, f"{at}/oneOf", f"{open_ones} alternatives accept every object: anyOf")


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
