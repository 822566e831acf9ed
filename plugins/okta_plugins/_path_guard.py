"""The last check that a request still goes to the endpoint its operation names.

Generated code refuses path parameters that could leave their segment; this check runs again on the
path httpx will send (dot segments already removed), after the ``okta_prepare_request`` hooks and
before credentials are added, so neither a missed value nor a hook can move a call to another
endpoint past the scope check, which trusts the declared operation.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import unquote

import httpx

from ._errors import OperationPathError
from .types import Operation

_PLACEHOLDER = re.compile(r"(\{[^{}]+\})")
_DOT_SEGMENTS = frozenset({".", ".."})


@functools.lru_cache(maxsize=2048)
def _segments(template: str) -> tuple[tuple[str, re.Pattern[str] | None], ...]:
    """Each segment of ``template`` as (text, pattern); pattern is None for a literal segment."""
    # Query-in-path templates keep their fixed query out of the path (transforms/query_in_path.py).
    bare = template.split("?", 1)[0]
    result: list[tuple[str, re.Pattern[str] | None]] = []
    for segment in bare.split("/")[1:]:
        pieces = _PLACEHOLDER.split(segment)
        if len(pieces) == 1:
            result.append((segment, None))
        else:
            regex = "".join(r"[^/\\]+" if i % 2 else re.escape(piece) for i, piece in enumerate(pieces))
            result.append((segment, re.compile(regex)))
    return tuple(result)


# A parameter segment the slow path would accept for sure: nothing to decode, no `;`, not `.` or `..`.
_PLAIN_PARAMETER = r"(?!\.{1,2}(?:/|$))[^/%;\\\s]+"


@functools.lru_cache(maxsize=2048)
def _plain_path(template: str, base: str) -> re.Pattern[str]:
    """A pattern that accepts at once the usual request path of ``template`` under ``base``; a path
    it does not accept is judged segment by segment (every request pays this check)."""
    pieces = _PLACEHOLDER.split(template.split("?", 1)[0])
    return re.compile(
        re.escape(base) + "".join(_PLAIN_PARAMETER if i % 2 else re.escape(p) for i, p in enumerate(pieces))
    )


def _parameter_problem(decoded: str) -> str | None:
    """Why a segment filled by a path parameter could name another endpoint, or None."""
    if not decoded:
        return "is empty"
    # Servers such as Tomcat read `..;x` as `..`.
    if decoded.split(";", 1)[0].strip() in _DOT_SEGMENTS:
        return "is a dot segment"
    if "/" in decoded or "\\" in decoded:
        return "holds a path separator once decoded"
    return None


def path_mismatch(operation: Operation, url: httpx.URL, base_path: str) -> str | None:
    """Why ``url``'s path, relative to ``base_path``, does not match ``operation.path``, or None."""
    path = url.raw_path.split(b"?", 1)[0].decode("ascii", errors="replace")
    base = base_path.rstrip("/")
    if _plain_path(operation.path, base).fullmatch(path):
        return None
    return segment_mismatch(operation.path, path, base)


def segment_mismatch(template: str, path: str, base: str) -> str | None:
    """Why ``path`` (percent-encoded, no query), under ``base`` (no trailing ``/``), does not match
    ``template`` segment for segment, or None."""
    if not path.startswith(base + "/"):
        return f"it is not under the org URL path {base or '/'}"
    actual = path[len(base) :].split("/")[1:]
    expected = _segments(template)
    if len(actual) != len(expected):
        return f"it has {len(actual)} segments where the template has {len(expected)}"
    for number, ((text, pattern), raw) in enumerate(zip(expected, actual, strict=True), start=1):
        decoded = unquote(raw)
        if pattern is None:
            if decoded != text:
                return f"segment {number} is not {text!r}"
            continue
        problem = _parameter_problem(decoded)
        if problem is None and not pattern.fullmatch(decoded):
            problem = "does not have the template's form"
        if problem is not None:
            return f"segment {number}, {text}, {problem}"
    return None


def check_operation_path(operation: Operation | None, url: httpx.URL, base_path: str) -> None:
    """Raise ``OperationPathError`` when ``url`` does not go where ``operation`` says; no operation, no check."""
    if operation is None:
        return
    reason = path_mismatch(operation, url, base_path)
    if reason is not None:
        raise OperationPathError(operation.operation_id, operation.path, reason)
