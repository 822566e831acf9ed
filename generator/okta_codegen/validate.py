"""Check the normalized, merged document before any code is generated from it."""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from .errors import SpecError
from .merge import operation_ids_of
from .refs import pointer, resolve
from .transforms.spec_walk import walk_description


def validate_document(document: dict[str, Any], source: str) -> None:
    """Raise SpecError for a dangling ref, a duplicate operationId or an invalid OpenAPI document."""
    for at, ref in dangling_refs(document):
        raise SpecError(source, at, f"$ref {ref!r} resolves to nothing")
    check_unique_operation_ids(document, source)
    try:
        validate(document)
    except OpenAPIValidationError as exc:
        at = "/" + "/".join(str(part) for part in exc.absolute_path) if getattr(exc, "absolute_path", None) else ""
        raise SpecError(source, at, f"not valid OpenAPI: {exc.message}") from exc


def dangling_refs(document: dict[str, Any]) -> list[tuple[str, str]]:
    """(pointer, ref) for every `$ref`, and every ref-valued vendor extension, that points nowhere."""
    missing = []
    for at, node in walk_description(document):  # example data may quote a `$ref` as the API returns it
        if isinstance(node, str) and node.startswith("#/") and (at.endswith("/$ref") or "/x-" in at):
            try:
                resolve(document, node)
            except KeyError:
                missing.append((at, node))
    return missing


def check_unique_operation_ids(document: dict[str, Any], source: str) -> None:
    seen: dict[str, str] = {}
    for path, item in (document.get("paths") or {}).items():
        for method, operation_id in operation_ids_of(item):
            at = pointer("paths", path, method)
            if operation_id in seen:
                raise SpecError(source, at, f"duplicate operationId {operation_id!r} (first at {seen[operation_id]})")
            seen[operation_id] = at
