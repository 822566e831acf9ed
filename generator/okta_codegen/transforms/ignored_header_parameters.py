"""Drop header parameters named Accept, Content-Type or Authorization, as OpenAPI says to ignore them.

OAS 3.0.3 (Parameter Object): such a definition "SHALL be ignored"; the media types and the security
scheme say those headers. Okta's 2026 `listUsers` and `getUser` declare a `Content-Type` header
parameter: generated as an argument it would let a caller send a GET a content type of any text
(a mock server stopped on one). Each dropped parameter is printed.
"""

from __future__ import annotations

from typing import Any

from ..hookspecs import hookimpl
from ..refs import pointer, resolve
from . import Document, SpecTransform
from .multi_operation import EXTENSION as MULTI
from .multi_operation import METHODS
from .repairs import report_repair

NAME = "ignored_header_parameters"
IGNORED = frozenset({"accept", "content-type", "authorization"})


def drop_ignored_header_parameters(document: Document, source: str) -> None:
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        _drop(document, item, pointer("paths", path), source)
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                _drop(document, operation, pointer("paths", path, method), source)
                for index, alternative in enumerate(operation.get(MULTI) or []):
                    if isinstance(alternative, dict):
                        _drop(document, alternative, pointer("paths", path, method, MULTI, index), source)


def _drop(document: Document, holder: dict[str, Any], at: str, source: str) -> None:
    parameters = holder.get("parameters")
    if not isinstance(parameters, list):
        return
    kept = []
    for index, parameter in enumerate(parameters):
        target = _resolved(document, parameter)
        if target.get("in") == "header" and str(target.get("name", "")).lower() in IGNORED:
            report_repair(
                NAME,
                source,
                f"{at}/parameters/{index}",
                f"header parameter {target['name']!r} ignored, as OpenAPI says",
            )
        else:
            kept.append(parameter)
    if len(kept) != len(parameters):
        holder["parameters"] = kept


def _resolved(document: Document, parameter: Any) -> dict[str, Any]:
    if isinstance(parameter, dict) and isinstance(parameter.get("$ref"), str):
        try:
            parameter = resolve(document, parameter["$ref"])
        except KeyError:
            return {}
    return parameter if isinstance(parameter, dict) else {}


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform(NAME, 12, drop_ignored_header_parameters)]
