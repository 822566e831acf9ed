"""Drop repeated values from an enum, keeping the first.

Okta's 2026 spec lists `BY_DATE_TIME` twice in one enum; openapi-python-client refuses to make a
class with two members of one name, and JSON Schema calls for unique enum values.
"""

from __future__ import annotations

import json
from typing import Any

from ..hookspecs import hookimpl
from . import Document, SpecTransform
from .repairs import report_repair
from .spec_walk import keyword_objects

NAME = "enum_duplicates"


def drop_duplicate_enum_values(document: Document, source: str) -> None:
    for at, node in keyword_objects(document):
        if isinstance(node.get("enum"), list):
            unique, repeated = _split(node["enum"])
            if repeated:
                node["enum"] = unique
                for value in repeated:
                    report_repair(NAME, source, f"{at}/enum", f"enum value {value!r} listed more than once: kept once")


def _split(values: list[Any]) -> tuple[list[Any], list[Any]]:
    unique: list[Any] = []
    seen: set[str] = set()
    repeated: list[Any] = []
    for value in values:
        key = json.dumps(value, sort_keys=True)  # values may be unhashable (objects) or 1 vs True
        if key in seen:
            repeated.append(value)
        else:
            seen.add(key)
            unique.append(value)
    return unique, repeated


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform(NAME, 12, drop_duplicate_enum_values)]
