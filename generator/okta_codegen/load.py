"""Read a YAML or JSON document into plain Python data, refusing alias bombs and absurd nesting."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode

from .errors import SpecError
from .refs import escape

# Every walker (references, transforms, validation, json.dumps) sees aliases expanded, so an alias costs the
# size of what it repeats. Aliases may add as many nodes as the document writes out, plus this slack; an
# alias bomb (ten aliases of ten aliases of ...) multiplies instead, and is refused before it is built.
ALIAS_SLACK = 100_000
# Far deeper than any OpenAPI document nests, far below where recursive walkers would fail.
MAX_DEPTH = 200


class _Refused(Exception):
    """A node graph the loader will not build: `node` is where, `message` says why."""

    def __init__(self, node: Node, message: str) -> None:
        super().__init__(message)
        self.node = node
        self.message = message


class _BoundedConstructor(SafeConstructor):
    """ruamel's safe constructor, after checking the composed node graph's expanded size and depth."""

    def construct_document(self, node: Node) -> Any:
        check_node_graph(node)
        return super().construct_document(node)


def load_document(data: bytes, source: str) -> dict[str, Any]:
    """Parse `data` (YAML, of which JSON is a subset) and insist on a mapping at the top."""
    try:
        text = data.decode("utf-8")
        document = _parse(text)
    except UnicodeDecodeError as exc:
        raise SpecError(source, "", f"not UTF-8 text: {exc}") from exc
    except YAMLError as exc:
        raise SpecError(source, "", f"not valid YAML or JSON{_where(exc)}: {exc}") from exc
    except _RefusedAt as exc:
        raise SpecError(source, exc.pointer, exc.message) from None
    if not isinstance(document, dict):
        raise SpecError(source, "", f"expected a mapping at the top, found {type(document).__name__}")
    return document


def yaml_loader(pure: bool = False) -> YAML:
    """A safe YAML 1.2 loader with our bounds; its parser is ruamel.yaml.clib's C one when installed (4x faster)."""
    yaml = YAML(typ="safe", pure=pure)
    yaml.Constructor = _BoundedConstructor
    return yaml


def _parse(text: str) -> Any:
    """The document in `text`, as the pure-Python parser reads it, by the C parser when that one can."""
    fast = yaml_loader()
    try:
        return fast.load(io.StringIO(text))
    except YAMLError:
        pure = yaml_loader(pure=True)
        if fast.Parser is pure.Parser:
            raise
    # libyaml refuses some YAML 1.2 that the Python parser reads (`[12:30:00]`): that one decides, and reports.
    return pure.load(io.StringIO(text))


def load_file(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpecError(str(path), "", f"cannot read: {exc}") from exc
    return load_document(data, str(path))


class _RefusedAt(Exception):
    """`_Refused`, located by JSON pointer and line."""

    def __init__(self, pointer: str, message: str) -> None:
        super().__init__(message)
        self.pointer = pointer
        self.message = message


def check_node_graph(root: Node) -> None:
    """Raise _RefusedAt when aliases would expand the document past its bound, loop, or it nests too deep.

    Each distinct node is measured once (aliases share nodes), so the check costs what the document writes out.
    """
    try:
        _check_sizes(root)
    except _Refused as refused:
        at = _pointer_of(refused.node, root)
        mark = refused.node.start_mark
        raise _RefusedAt(at, f"{refused.message} (line {mark.line + 1}, column {mark.column + 1})") from None


def _check_sizes(root: Node) -> None:
    """Measure every collection's expanded size and depth bottom-up, without recursion; _Refused at the first
    that is too deep, at an alias inside its own anchor, or at the smallest that passes the alias bound.

    Scalars count one and are not stored.
    """
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    collections: dict[int, Node] = {}
    written = 0  # nodes as the document writes them out, each alias one node
    visiting: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, measured_children = stack.pop()
        key = id(node)
        if measured_children:
            visiting.discard(key)
            total, deepest = 1, 0
            children = _children(node)
            for child in children:
                total += size.get(id(child), 1)
                deepest = max(deepest, depth.get(id(child), 1))
            written += 1 + sum(1 for child in children if id(child) not in size)
            size[key], depth[key], collections[key] = total, deepest + 1, node
            if deepest + 1 > MAX_DEPTH:
                raise _Refused(node, f"nested more than {MAX_DEPTH} levels deep")
            continue
        if key in size:
            continue
        if key in visiting:
            raise _Refused(node, "a YAML alias refers to a node that contains it: the data would be infinite")
        visiting.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if isinstance(child, (MappingNode, SequenceNode)))
    limit = 2 * written + ALIAS_SLACK
    if size.get(id(root), 1) > limit:
        smallest = min((key for key in size if size[key] > limit), key=size.__getitem__)
        raise _Refused(
            collections[smallest],
            f"YAML aliases expand this to {size[smallest]:,} nodes, but the whole document writes out only"
            f" {written:,}: refusing it as an alias bomb",
        )


def _children(node: Node) -> list[Node]:
    """A collection's child nodes; a mapping's keys count too."""
    if isinstance(node, MappingNode):
        return [child for pair in node.value for child in pair]
    if isinstance(node, SequenceNode):
        return list(node.value)
    return []


def _pointer_of(target: Node, root: Node) -> str:
    """The JSON pointer of `target`'s first occurrence below `root` (only for error messages)."""
    stack: list[tuple[Node, str]] = [(root, "")]
    seen: set[int] = set()
    while stack:
        node, at = stack.pop()
        if node is target:
            return at
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            stack.extend((value, f"{at}/{escape(str(key.value))}") for key, value in reversed(node.value))
        elif isinstance(node, SequenceNode):
            stack.extend((child, f"{at}/{index}") for index, child in reversed(list(enumerate(node.value))))
    return ""


def _where(exc: YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return ""
    return f" at line {mark.line + 1}, column {mark.column + 1}"
