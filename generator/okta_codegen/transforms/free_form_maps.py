"""Make Okta's free-form maps (`profile`, `_links`, `_embedded`) accept any JSON value.

The spec declares their values as `{type: object, properties: {}}`; real values are strings, lists,
numbers and nulls too. `additionalProperties: {}` says what Okta means.
"""

from __future__ import annotations

from ..hookspecs import hookimpl
from ..refs import walk
from . import Document, SpecTransform


def widen_free_form_maps(document: Document, source: str) -> None:
    for _, node in walk(document):
        if isinstance(node, dict) and _is_empty_object_schema(node.get("additionalProperties")):
            node["additionalProperties"] = {}


def _is_empty_object_schema(value: object) -> bool:
    return (
        isinstance(value, dict)
        and value.get("type") == "object"
        and not value.get("properties")
        and set(value) <= {"type", "properties"}
    )


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform("free_form_maps", 30, widen_free_form_maps)]
