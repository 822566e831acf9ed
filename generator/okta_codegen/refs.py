"""JSON pointers and local `$ref` resolution over plain spec data."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

SCHEMAS = "#/components/schemas/"


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def pointer(*tokens: str | int) -> str:
    return "".join("/" + escape(str(token)) for token in tokens)


def walk(node: Any, at: str = "") -> Iterator[tuple[str, Any]]:
    """Yield (pointer, value) for `node` and everything below it, parents first."""
    yield at, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{at}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{at}/{index}")


def resolve(document: dict[str, Any], ref: str) -> Any:
    """Return what a local reference (`#/a/b`) points at; KeyError when it points nowhere."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    node: Any = document
    for token in ref[1:].split("/")[1:]:
        key = unescape(token)
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise KeyError(ref)
    return node


def schema_name(ref: str) -> str:
    """`#/components/schemas/User` -> `User`."""
    if not ref.startswith(SCHEMAS):
        raise ValueError(f"not a component schema reference: {ref}")
    return unescape(ref[len(SCHEMAS) :])


def schema_ref(name: str) -> str:
    return SCHEMAS + escape(name)
