"""Request paths built from an operation's path template, each parameter filling exactly one segment."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from urllib.parse import quote, unquote

from ._arguments import InvalidArgument
from .types import Operation

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
# Values made only of these need no encoding and cannot be a dot segment: the usual Okta id takes this path.
_PLAIN = re.compile(r"[A-Za-z0-9_~-]+")
_DOT_SEGMENTS = frozenset({".", ".."})
_SEPARATORS = ("/", "\\")
# Control characters and line or paragraph separators: no id has one, and some servers split on them.
_REFUSED_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})
# A value still changing after this many percent-decodings is refused rather than decoded on (each pass is linear).
_MAX_DECODINGS = 3


def build_path(operation: Operation, values: Mapping[str, object]) -> str:
    """`operation.path` with each `{name}` replaced by `values[name]`, percent-encoded as UTF-8.

    Raises InvalidArgument naming the operation and the parameter when a value could leave its segment.
    """

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        return encode_segment(operation.operation_id, name, values[name])

    return _PLACEHOLDER.sub(fill, operation.path)


def encode_segment(operation_id: str, name: str, value: object) -> str:
    """`value` percent-encoded as one path segment, or InvalidArgument when it cannot stay one."""
    text = str(value)
    if _PLAIN.fullmatch(text):
        return text
    problem = segment_problem(text)
    if problem is not None:
        # The message shows what is wrong, never the value: an id from outside input may carry anything.
        raise InvalidArgument(
            f"{operation_id}: path parameter {name} {problem}; it must fill exactly one path segment (nothing was sent)"
        )
    return quote(text, safe="")


def segment_problem(text: str) -> str | None:
    """Why `text` could leave its path segment (a dot segment, a separator, a control character,
    at any depth of percent-decoding or after Unicode compatibility folding), or None."""
    if not text:
        return "is empty"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "is not encodable as UTF-8 (it holds a lone surrogate)"
    seen, decodings = text, 0
    while True:
        problem = _plain_problem(seen)
        if problem is not None:
            return problem if decodings == 0 else f"{problem} after percent-decoding"
        decoded = unquote(seen)
        if decoded == seen:
            return None
        if decodings == _MAX_DECODINGS:
            return f"is percent-encoded more than {_MAX_DECODINGS} times over"
        seen, decodings = decoded, decodings + 1


def _plain_problem(text: str) -> str | None:
    """What is wrong with `text` read as it stands, or None."""
    for folded, form in enumerate((text, unicodedata.normalize("NFKC", text))):
        # Servers such as Tomcat read `..;x` as `..`: what precedes a `;` counts as the segment.
        head = form.split(";", 1)[0].strip()
        if head in _DOT_SEGMENTS:
            return f"{'folds to' if folded else 'is'} {head!r}, a dot segment"
        for separator in _SEPARATORS:
            if separator in form:
                return f"{'folds to a string containing' if folded else 'contains'} {separator!r}"
    for character in text:
        if unicodedata.category(character) in _REFUSED_CATEGORIES:
            return f"contains U+{ord(character):04X}, a control or line-break character"
    return None


__all__ = ["build_path", "encode_segment", "segment_problem"]
