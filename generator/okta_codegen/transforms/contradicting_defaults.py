"""Drop a schema `default` that contradicts the schema's own `type`.

Okta's 2.15.0 spec gives `PasswordPolicyPasswordSettingsComplexity.excludeAttributes`, an array of
strings, `default: 1`; OpenAPI validators reject the document, and no client could send that value.
A default of the wrong JSON type says nothing usable, so it is removed; every other default stays.
"""

from __future__ import annotations

from typing import Any

from ..hookspecs import hookimpl
from ..refs import walk
from . import Document, SpecTransform

# JSON types a default may have for each OpenAPI `type` (bool is not an integer here, unlike Python).
ACCEPTED: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def drop_contradicting_defaults(document: Document, source: str) -> None:
    for _, node in walk(document):
        if isinstance(node, dict) and "default" in node and contradicts(node["default"], node.get("type")):
            del node["default"]


def contradicts(value: Any, declared: Any) -> bool:
    """True when `value` cannot be an instance of the OpenAPI type `declared` (null never contradicts)."""
    if value is None or not isinstance(declared, str) or declared not in ACCEPTED:
        return False
    if isinstance(value, bool) and declared != "boolean":
        return True
    return not isinstance(value, ACCEPTED[declared])


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform("contradicting_defaults", 35, drop_contradicting_defaults)]
