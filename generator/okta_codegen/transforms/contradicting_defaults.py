"""Drop a schema `default` that its own schema rejects, saying so on stderr.

Okta's 2.15.0 spec gives `PasswordPolicyPasswordSettingsComplexity.excludeAttributes`, an array of
strings, `default: 1`; the 2026 spec gives date-time fields `default: Assigned` and non-nullable
strings `default: null`. OpenAPI validators reject such a document, and no client could send those
values. A default its schema rejects says nothing usable, so it is removed; every other default stays.
"""

from __future__ import annotations

from typing import Any

from openapi_schema_validator import OAS30Validator, oas30_format_checker

from ..hookspecs import hookimpl
from . import Document, SpecTransform
from .repairs import report_repair
from .spec_walk import keyword_objects

NAME = "contradicting_defaults"

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
    components = document.get("components") or {}
    for at, node in keyword_objects(document):
        if "default" in node and "schema" not in node:  # a parameter's default is its schema's
            problem = violation(node, components)
            if problem is not None:
                report_repair(NAME, source, f"{at}/default", f"default {node.pop('default')!r} dropped: {problem}")


def violation(schema: dict[str, Any], components: dict[str, Any]) -> str | None:
    """Why the schema rejects its own default, or None when it accepts it."""
    value = schema["default"]
    if contradicts(value, schema.get("type")):
        return f"not of type {schema['type']}"
    own = {key: item for key, item in schema.items() if key != "default"}
    # The components travel along so `$ref`s inside the schema resolve against the document.
    validator = OAS30Validator({**own, "components": components}, format_checker=oas30_format_checker)
    error = next(iter(validator.iter_errors(value)), None)
    return None if error is None else error.message


def contradicts(value: Any, declared: Any) -> bool:
    """True when `value` cannot be an instance of the OpenAPI type `declared` (null never contradicts)."""
    if value is None or not isinstance(declared, str) or declared not in ACCEPTED:
        return False
    if isinstance(value, bool) and declared != "boolean":
        return True
    return not isinstance(value, ACCEPTED[declared])


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform(NAME, 35, drop_contradicting_defaults)]
