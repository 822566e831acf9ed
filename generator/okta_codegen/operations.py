"""Walk the operations a document generates: multi-operation alternatives stand in for their base."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from .transforms.multi_operation import EXTENSION as MULTI
from .transforms.multi_operation import METHODS


class GeneratedOperation(NamedTuple):
    path: str
    method: str
    path_item: dict[str, Any]
    base: dict[str, Any]  # the operation object under the path item
    operation: dict[str, Any]  # `base` itself, or one of its alternatives


def generated_operations(document: dict[str, Any]) -> Iterator[GeneratedOperation]:
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            base = item.get(method)
            if isinstance(base, dict):
                for operation in base.get(MULTI) or [base]:
                    yield GeneratedOperation(path, method, item, base, operation)
