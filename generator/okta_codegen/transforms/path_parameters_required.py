"""Mark every path parameter `required: true`, as OpenAPI demands of them.

Okta's 2026 spec declares `/api/v1/hook-keys/{id}`'s `id` without `required`; validators reject the
document, and a path parameter cannot be left out anyway (the URL would not exist).
"""

from __future__ import annotations

from typing import Any

from ..hookspecs import hookimpl
from ..refs import pointer
from . import Document, SpecTransform
from .multi_operation import EXTENSION as MULTI
from .multi_operation import METHODS
from .repairs import report_repair

NAME = "path_parameters_required"


def require_path_parameters(document: Document, source: str) -> None:
    for name, parameter in (document.get("components", {}).get("parameters") or {}).items():
        _require(parameter, pointer("components", "parameters", name), source)
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        _require_all(item.get("parameters"), pointer("paths", path, "parameters"), source)
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            _require_all(operation.get("parameters"), pointer("paths", path, method, "parameters"), source)
            for index, alternative in enumerate(operation.get(MULTI) or []):
                if isinstance(alternative, dict):
                    at = pointer("paths", path, method, MULTI, index, "parameters")
                    _require_all(alternative.get("parameters"), at, source)


def _require_all(parameters: Any, at: str, source: str) -> None:
    for index, parameter in enumerate(parameters if isinstance(parameters, list) else []):
        _require(parameter, f"{at}/{index}", source)


def _require(parameter: Any, at: str, source: str) -> None:
    if isinstance(parameter, dict) and parameter.get("in") == "path" and parameter.get("required") is not True:
        was = "without required" if "required" not in parameter else f"with required: {parameter['required']!r}"
        parameter["required"] = True
        report_repair(NAME, source, at, f"path parameter {parameter.get('name')!r} {was}: now required")


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform(NAME, 12, require_path_parameters)]
