"""Drop a request, response or schema example that its own schema rejects, saying so on stderr.

Okta's 2026 spec has about two hundred: `null` in fields not marked nullable, `P30D` against a
pattern no duration matches, objects missing required fields, `"ACTIVE"` as the example of an object
schema, `https://{yourOktaDomain}/...` as a URI. A mock server serving them (Prism, in the contract
tests) answers with what the spec itself calls invalid; without them it builds answers from the
schema. Example components stay (another operation may use them validly): the media type stops
referring to the one its schema rejects. Discriminators are followed (`example_validator`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..hookspecs import hookimpl
from ..refs import pointer, resolve
from . import Document, SpecTransform
from .example_validator import example_validator
from .multi_operation import METHODS
from .repairs import report_repair
from .spec_walk import keyword_objects

NAME = "example_violations"


# Keywords that make an object a schema (the others holding an `example` are media types and parameters).
SCHEMA_KEYWORDS = frozenset({"type", "properties", "items", "$ref", "allOf", "oneOf", "anyOf", "enum", "format"})


def drop_example_violations(document: Document, source: str) -> None:
    _drop_media_examples(document, source)
    _drop_schema_examples(document, source)


def _drop_schema_examples(document: Document, source: str) -> None:
    """A schema's own `example` (what a mock server samples when no media example is left)."""
    components = document.get("components") or {}
    for at, node in list(keyword_objects(document)):
        if "example" not in node or "schema" in node or not SCHEMA_KEYWORDS & node.keys():
            continue
        schema = {key: value for key, value in node.items() if key != "example"}
        problem = _problem(example_validator(schema, components), node["example"])
        if problem is not None:
            del node["example"]
            report_repair(NAME, source, f"{at}/example", f"dropped: its schema rejects it ({problem})")


def _drop_media_examples(document: Document, source: str) -> None:
    components = document.get("components") or {}
    for at, media in media_types(document):
        schema = media.get("schema")
        if not isinstance(schema, dict):
            continue
        validator = example_validator(schema, components)
        if "example" in media:
            problem = _problem(validator, media["example"])
            if problem is not None:
                del media["example"]
                report_repair(NAME, source, f"{at}/example", f"dropped: its schema rejects it ({problem})")
        examples = media.get("examples")
        if not isinstance(examples, dict):
            continue
        for name in list(examples):
            value = example_data(document, examples[name])
            problem = None if value is MISSING else _problem(validator, value)
            if problem is not None:
                del examples[name]
                report_repair(
                    NAME, source, f"{at}{pointer('examples', name)}", f"dropped: its schema rejects it ({problem})"
                )
        if not examples:
            del media["examples"]


def media_types(document: Document) -> Iterator[tuple[str, dict[str, Any]]]:
    """(pointer, media type object) of every request body and response, in document order."""
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            body = operation.get("requestBody")
            if isinstance(body, dict):
                yield from _content(body, pointer("paths", path, method, "requestBody"))
            for status, response in (operation.get("responses") or {}).items():
                if isinstance(response, dict):
                    yield from _content(response, pointer("paths", path, method, "responses", status))
    components = document.get("components") or {}
    for kind in ("requestBodies", "responses"):
        for name, holder in (components.get(kind) or {}).items():
            if isinstance(holder, dict):
                yield from _content(holder, pointer("components", kind, name))


def _content(holder: dict[str, Any], at: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for media_type, media in (holder.get("content") or {}).items():
        if isinstance(media, dict):
            yield f"{at}{pointer('content', media_type)}", media


MISSING = object()
"""What `example_data` gives for an example without a value (or a dangling reference)."""


def example_data(document: Document, example: Any) -> Any:
    if isinstance(example, dict) and isinstance(example.get("$ref"), str):
        try:
            example = resolve(document, example["$ref"])
        except KeyError:
            return MISSING  # a dangling reference is validation's to report
    return example.get("value", MISSING) if isinstance(example, dict) else MISSING


def _problem(validator: Any, value: Any) -> str | None:
    # The first error by path, not by jsonschema's order: it walks some keywords (additionalProperties) in
    # set order, which changes with the process's hash seed, and the printed line must not.
    error = min(validator.iter_errors(value), key=_error_order, default=None)
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path)
    message = error.message if len(error.message) <= 100 else error.message[:99] + "…"  # it may quote a whole object
    return f"at /{where}: {message}" if where else message


def _error_order(error: Any) -> tuple[list[str], str]:
    return [str(part) for part in error.absolute_path], error.message


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform(NAME, 60, drop_example_violations)]
