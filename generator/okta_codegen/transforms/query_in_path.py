"""Move query strings out of path keys (`/expire_password?tempPassword=true`) into operations.

OpenAPI paths cannot carry a query, so no router matches them. Operations whose keys differ only
by their query become alternatives (`x-okta-multi-operation`) of one operation on the bare path;
each keeps its operationId and records its fixed query values in `x-okta-fixed-query`, which the
generated function sends itself. The base operation declares those query parameters, so a mock
server accepts every alternative.
"""

from __future__ import annotations

import copy
from typing import Any
from urllib.parse import parse_qsl

from ..errors import SpecError
from ..hookspecs import hookimpl
from ..refs import pointer
from . import Document, SpecTransform
from .multi_operation import EXTENSION as MULTI
from .multi_operation import METHODS

FIXED_QUERY = "x-okta-fixed-query"


def move_query_out_of_paths(document: Document, source: str) -> None:
    paths: dict[str, Any] = document.get("paths") or {}
    for key in [key for key in paths if "?" in key]:
        bare, query = key.split("?", 1)
        item = paths.pop(key)
        fixed = dict(parse_qsl(query, keep_blank_values=True))
        target = paths.setdefault(bare, {k: v for k, v in item.items() if k not in METHODS})
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                _add_alternative(target, method, operation, fixed, source, pointer("paths", key, method))


def _add_alternative(
    target: dict[str, Any], method: str, operation: dict[str, Any], fixed: dict[str, str], source: str, at: str
) -> None:
    if MULTI in operation:
        raise SpecError(source, at, "a path with a query string cannot also be a multi-operation")
    alternative = {**copy.deepcopy(operation), FIXED_QUERY: fixed}
    base = target.get(method)
    if base is None:
        base = {k: copy.deepcopy(v) for k, v in operation.items() if k not in ("operationId", "parameters")}
        base["parameters"] = [p for p in operation.get("parameters", []) if p.get("in") != "query"]
        base[MULTI] = []
        target[method] = base
    elif MULTI not in base:
        raise SpecError(source, at, "the bare path already has this operation")
    base[MULTI].append(alternative)
    declared = {p.get("name") for p in base["parameters"] if p.get("in") == "query"}
    for name in fixed:
        if name not in declared:
            base["parameters"].append({"name": name, "in": "query", "schema": {"type": "string"}})


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform("query_in_path", 25, move_query_out_of_paths)]
