r"""Repair or drop a `pattern` that rejects every value the spec's own examples give it, saying so on stderr.

When no documented value fits a pattern, the pattern is what is wrong, not the examples. Okta's
`TimeDuration` pattern `^P(?:$)(\d+Y)?...(T(?:\d)...` had its lookaheads flattened into groups: it
matches only `P`, so every `tokenWindow: P30D` of the examples fails it, as would every duration Okta
sends, and a `oneOf` of a date-time and a duration could no longer tell them apart without it. A
group around one zero-width or one-character atom (`(?:$)`, `(?:\d)`) means nothing as a group: it is
such a lookaround, and becomes the positive or negative one that makes every documented value fit.
A pattern no such repair fixes is dropped. A pattern some example fits stays: the examples it rejects
are `example_violations`' to drop. The values are the media examples and the schemas' own `example`s,
checked as `example_violations` checks them; a value only counts against a pattern it definitely
fails (not inside a `oneOf`/`anyOf` alternative it may not be meant for).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema.validators import extend  # type: ignore[import-untyped, unused-ignore]
from openapi_schema_validator import OAS30Validator

from ..hookspecs import hookimpl
from . import Document, SpecTransform
from .example_validator import FORMAT_CHECKER, ExampleValidator
from .example_violations import MISSING, SCHEMA_KEYWORDS, example_data, media_types
from .repairs import report_repair
from .spec_walk import keyword_objects

NAME = "pattern_violations"
# `(?:` one atom `)` with no quantifier after it: `$`, `^`, an escape, a class or one plain character.
FLATTENED_LOOKAROUND = re.compile(r"\(\?:(\\.|[$^]|\[(?:\\.|[^\]])*\]|[^()\\|?*+{}\[])\)(?![?*+{])")
MAX_LOOKAROUNDS = 6
_check_pattern = OAS30Validator.VALIDATORS["pattern"]


def drop_unmatchable_patterns(document: Document, source: str) -> None:
    components = document.get("components") or {}
    fitted: dict[int, Any] = {}
    rejected: dict[int, tuple[Any, list[str]]] = {}

    # Both keep the schemas they saw alive, so that no id() is reused by another object meanwhile.
    def pattern(validator: Any, value: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
        errors = list(_check_pattern(validator, value, instance, schema))
        if isinstance(instance, str) and not errors:
            fitted[id(schema)] = schema
        yield from errors

    recording = extend(ExampleValidator, {"pattern": pattern})
    for schema, value in _documented_values(document):
        # Wrapped, not copied: the pattern's schema must be the document's own object.
        validator = recording({"allOf": [schema], "components": components}, format_checker=FORMAT_CHECKER)
        for error in validator.iter_errors(value):  # top-level errors only: not an alternative's
            if error.validator == "pattern" and isinstance(error.instance, str):
                rejected.setdefault(id(error.schema), (error.schema, []))[1].append(error.instance)
    for at, node in keyword_objects(document):
        if isinstance(node.get("pattern"), str) and id(node) in rejected and id(node) not in fitted:
            _repair(node, rejected[id(node)][1], source, f"{at}/pattern")


def _repair(node: dict[str, Any], values: list[str], source: str, at: str) -> None:
    broken = node["pattern"]
    repaired = restored_lookarounds(broken, values)
    if repaired is not None:
        node["pattern"] = repaired
        report_repair(NAME, source, at, f"{broken!r} fits no example value (e.g. {values[0]!r}): {repaired!r}")
    else:
        del node["pattern"]
        report_repair(NAME, source, at, f"dropped: {broken!r} fits no example value (e.g. {values[0]!r})")


def restored_lookarounds(pattern: str, values: list[str]) -> str | None:
    """`pattern` with its one-atom groups made lookaheads (`=` tried before `!`) so that every value fits."""
    groups = list(FLATTENED_LOOKAROUND.finditer(pattern))
    if not groups or len(groups) > MAX_LOOKAROUNDS:
        return None
    for kinds in itertools.product("=!", repeat=len(groups)):
        parts, end = [], 0
        for group, kind in zip(groups, kinds, strict=True):
            parts.append(f"{pattern[end : group.start()]}(?{kind}{group.group(1)})")
            end = group.end()
        candidate = "".join(parts) + pattern[end:]
        try:
            compiled = re.compile(candidate)
        except re.error:
            continue
        if all(compiled.search(value) for value in values):
            return candidate
    return None


def _documented_values(document: Document) -> Iterator[tuple[dict[str, Any], Any]]:
    """(schema, value) for every media example and every schema's own `example`."""
    for _, media in media_types(document):
        schema = media.get("schema")
        if not isinstance(schema, dict):
            continue
        if "example" in media:
            yield schema, media["example"]
        examples = media.get("examples")
        for example in (examples if isinstance(examples, dict) else {}).values():
            value = example_data(document, example)
            if value is not MISSING:
                yield schema, value
    for _, node in keyword_objects(document):
        if "example" in node and "schema" not in node and SCHEMA_KEYWORDS & node.keys():
            yield node, node["example"]


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform(NAME, 59, drop_unmatchable_patterns)]
