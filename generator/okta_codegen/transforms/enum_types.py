"""Give an enum of strings declared `type: object` the type its values have.

Okta's spec declares ProfileMappingPropertyPushStatus, UserSchemaAttributeScope and
UserSchemaAttributeUnion as objects whose enum values are strings; validators and mock servers then
reject every real value.
"""

from __future__ import annotations

from ..hookspecs import hookimpl
from ..refs import walk
from . import Document, SpecTransform


def fix_string_enum_types(document: Document, source: str) -> None:
    for _, node in walk(document):
        if (
            isinstance(node, dict)
            and node.get("type") == "object"
            and isinstance(node.get("enum"), list)
            and node["enum"]
            and all(isinstance(value, str) for value in node["enum"])
        ):
            node["type"] = "string"


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform("enum_types", 32, fix_string_enum_types)]
