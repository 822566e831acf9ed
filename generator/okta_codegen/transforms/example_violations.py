"""Drop a request or response example that its own schema rejects, saying so on stderr.

Okta's 2026 spec has about two hundred: `null` in fields not marked nullable, `P30D` against a
pattern no duration matches, objects missing required fields. A mock server serving them (Prism, in
the contract tests) answers with what the spec itself calls invalid; without them it builds answers
from the schema. Example components stay (another operation may use them validly): the media type
stops referring to the one its schema rejects.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from openapi_schema_validator import OAS30Validator, oas30_format_checker

from ..hookspecs import hookimpl
from ..refs import pointer, resolve
from . import Document, SpecTransform
from .multi_operation import METHODS
from .repairs import report_repair

NAME = "example_violations"


def drop_example_violations(document: Document, source: str) -> None:
    components = document.get("components") or {}
    for at, media in media_types(document):
        schema = media.get("schema")
        if not isinstance(schema, dict):
            continue
        validator = OAS30Validator({**schema, "components": components}, format_checker=oas30_format_checker)
        if "example" in media:
            problem = _problem(validator, media["example"])
            if problem is not None:
                del media["example"]
                report_repair(NAME, source, f"{at}/example", f"dropped: its schema rejects it ({problem})")
        examples = media.get("examples")
        if not isinstance(examples, dict):
            continue
        for name in list(examples):
            value = _value(document, examples[name])
            problem = None if value is _MISSING else _problem(validator, value)
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


_MISSING = object()


def _value(document: Document, example: Any) -> Any:
    if isinstance(example, dict) and isinstance(example.get("$ref"), str):
        try:
            example = resolve(document, example["$ref"])
        except KeyError:
            return _MISSING  # a dangling reference is validation's to report
    return example.get("value", _MISSING) if isinstance(example, dict) else _MISSING


def _problem(validator: OAS30Validator, value: Any) -> str | None:
    error = next(iter(validator.iter_errors(value)), None)
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path)
    message = error.message if len(error.message) <= 100 else error.message[:99] + "…"  # it may quote a whole object
    return f"at /{where}: {message}" if where else message


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform(NAME, 60, drop_example_violations)]
