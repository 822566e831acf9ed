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
    yaml = YAML(typ="safe", pure=False)
    yaml.Constructor = _BoundedConstructor
    try:
        text = data.decode("utf-8")
        document = yaml.load(io.StringIO(text))
    except UnicodeDecodeError as exc:
        raise SpecError(source, "", f"not UTF-8 text: {exc}") from exc
    except YAMLError as exc:
        raise SpecError(source, "", f"not valid YAML or JSON{_where(exc)}: {exc}") from exc
    except _RefusedAt as exc:
        raise SpecError(source, exc.pointer, exc.message) from None
    if not isinstance(document, dict):
        raise SpecError(source, "", f"expected a mapping at the top, found {type(document).__name__}")
    return document


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

    Each distinct node is visited once (aliases share nodes), so the check costs what the document writes out.
    """
    parents: dict[int, tuple[Node, str]] = {}  # first parent and the pointer token that leads from it
    try:
        _check_sizes(root, parents)
    except _Refused as refused:
        at = _pointer_of(refused.node, parents)
        mark = refused.node.start_mark
        raise _RefusedAt(at, f"{refused.message} (line {mark.line + 1}, column {mark.column + 1})") from None


def _check_sizes(root: Node, parents: dict[int, tuple[Node, str]]) -> None:
    """Compute each node's expanded size and depth, without recursion; _Refused at the first one too big."""
    written = _count_distinct(root, parents)
    limit = 2 * written + ALIAS_SLACK
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    visiting: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        children = _children(node)
        if children_done:
            visiting.discard(key)
            size[key] = 1 + sum(size[id(child)] for _, child in children)
            depth[key] = 1 + max((depth[id(child)] for _, child in children), default=0)
            if size[key] > limit:
                raise _Refused(
                    node,
                    f"YAML aliases expand this to more than {limit:,} nodes, but the document writes out only"
                    f" {written:,}: refusing it as an alias bomb",
                )
            if depth[key] > MAX_DEPTH:
                raise _Refused(node, f"nested more than {MAX_DEPTH} levels deep")
            continue
        if key in size:
            continue
        if key in visiting:
            raise _Refused(node, "a YAML alias refers to a node that contains it: the data would be infinite")
        visiting.add(key)
        stack.append((node, True))
        stack.extend((child, False) for _, child in children)


def _count_distinct(root: Node, parents: dict[int, tuple[Node, str]]) -> int:
    """Count distinct nodes and record each one's first parent, for pointers in error messages."""
    seen = {id(root)}
    stack = [root]
    while stack:
        node = stack.pop()
        for token, child in _children(node):
            if id(child) not in seen:
                seen.add(id(child))
                parents[id(child)] = (node, token)
                stack.append(child)
    return len(seen)


def _children(node: Node) -> list[tuple[str, Node]]:
    """(pointer token, child) pairs; a mapping's keys count as nodes too, under their own token."""
    if isinstance(node, SequenceNode):
        return [(str(index), child) for index, child in enumerate(node.value)]
    if isinstance(node, MappingNode):
        pairs: list[tuple[str, Node]] = []
        for key, value in node.value:
            token = escape(str(key.value)) if isinstance(key.value, str) else "?"
            pairs.extend(((token, key), (token, value)))
        return pairs
    return []


def _pointer_of(node: Node, parents: dict[int, tuple[Node, str]]) -> str:
    tokens: list[str] = []
    while id(node) in parents:
        node, token = parents[id(node)]
        tokens.append(token)
    return "".join("/" + token for token in reversed(tokens))


def _where(exc: YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return ""
    return f" at line {mark.line + 1}, column {mark.column + 1}"
