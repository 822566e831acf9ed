"""Where each operation of an older client went in a newer one: the table code written against the old client needs.

An operation is matched by operationId, else by method and path (path parameter names ignored, since
Okta renames them between releases, `{userId}` -> `{id}`), provided exactly one new operation is there.
Only operations whose import path changes are listed; one with no counterpart is listed as removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .api_diff import Operation, operations_of

PATH_PARAMETER = re.compile(r"\{[^}]*\}")


@dataclass(frozen=True)
class Move:
    """One operation's old import path and its new one (None: no counterpart)."""

    old: str
    new: str | None
    endpoint: str


def endpoint_shape(operation: Operation) -> str:
    """`GET /api/v1/users/{}`: method and path with the path parameters' names left out."""
    return f"{operation.method.upper()} {PATH_PARAMETER.sub('{}', operation.path)}"


def operation_moves(old_document: dict[str, Any], new_document: dict[str, Any]) -> list[Move]:
    """Every old operation whose module or function name differs in the new document, sorted by old name."""
    old, new = operations_of(old_document), operations_of(new_document)
    at: dict[str, list[Operation]] = {}
    for operation in new.values():
        at.setdefault(endpoint_shape(operation), []).append(operation)
    moves: list[Move] = []
    for operation_id in sorted(old):
        before = old[operation_id]
        after = new.get(operation_id)
        if after is None:
            candidates = at.get(endpoint_shape(before), [])
            after = candidates[0] if len(candidates) == 1 else None
        if after is None:
            moves.append(Move(before.module, None, before.endpoint))
        elif after.module != before.module:
            moves.append(Move(before.module, after.module, after.endpoint))
    return sorted(moves, key=lambda move: move.old)


def render_migration(moves: list[Move], old_version: str, new_version: str) -> str:
    """A Markdown table: old import path, new import path (or "removed"), endpoint."""
    lines = [
        f"| {old_version} | {new_version} | endpoint |",
        "| --- | --- | --- |",
        *(f"| `{move.old}` | {f'`{move.new}`' if move.new else 'removed'} | {move.endpoint} |" for move in moves),
    ]
    return "\n".join(lines) + "\n"
