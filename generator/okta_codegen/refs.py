"""JSON pointers, and the references of an OpenAPI document: where they are and what they point at."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

SCHEMAS = "#/components/schemas/"

# Keywords whose value is instance data (an example, a default, allowed values), never a schema: a `$ref` in it
# is text, not a reference.
DATA_KEYWORDS = frozenset({"example", "default", "enum", "const"})
# Keywords whose value maps names chosen by the spec's author to objects: their keys are names, not keywords.
NAME_MAPS = frozenset(
    {
        "callbacks",
        "content",
        "definitions",
        "$defs",
        "dependentSchemas",
        "encoding",
        "headers",
        "links",
        "parameters",
        "pathItems",
        "paths",
        "patternProperties",
        "properties",
        "requestBodies",
        "responses",
        "schemas",
        "securitySchemes",
        "variables",
        "webhooks",
    }
)
# The standard discriminator, and the extension Okta's Swagger 2 specs carry it in: mapping values are references.
DISCRIMINATORS = frozenset({"discriminator", "x-openapi-v3-discriminator"})
# Vendor extensions whose string value is itself a reference.
REF_EXTENSIONS = frozenset({"x-okta-parent"})


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


@dataclass(frozen=True)
class Reference:
    """One reference in a document: where it is written, what it says, and how (`$ref`, mapping, extension)."""

    at: str
    target: str
    kind: str


def references(document: Any) -> list[Reference]:
    """Every reference the document makes, in document order, skipping example, default and enum data.

    A reference is a string `$ref`, a discriminator mapping value, or a ref-valued vendor extension; data
    (`example`, `default`, `enum`, an Example Object's `value`) only looks like one.
    """
    found: list[Reference] = []
    _collect(document, "", "keywords", found, [])
    return found


def data_holding_refs(document: Any) -> list[tuple[dict[str, Any], str]]:
    """(holder, keyword) for each example, default or enum value with a `$ref` key inside: data that tools which
    resolve references as they read (the OpenAPI validator) would mistake for references."""
    data: list[tuple[dict[str, Any], str]] = []
    _collect(document, "", "keywords", [], data)
    return data


def _collect(node: Any, at: str, context: str, found: list[Reference], data: list[tuple[dict[str, Any], str]]) -> None:
    """Add the references below `node`; `context` says what its keys are: keywords, author-chosen names, or
    the keywords of an Example Object."""
    if isinstance(node, list):
        for index, value in enumerate(node):
            _collect(value, f"{at}/{index}", "keywords", found, data)
        return
    if not isinstance(node, dict):
        return
    for key, value in node.items():
        here = f"{at}/{escape(str(key))}"
        if context == "names":
            _collect(value, here, "keywords", found, data)
        elif key == "$ref" and isinstance(value, str):
            found.append(Reference(here, value, "$ref"))
        elif key in REF_EXTENSIONS and isinstance(value, str):
            found.append(Reference(here, value, key))
        elif key in DATA_KEYWORDS or (context == "example" and key == "value"):
            if _has_ref_key(value):
                data.append((node, key))
        elif key == "examples":
            # OpenAPI's map of Example Objects, or JSON Schema's list of example values (data).
            if isinstance(value, dict):
                for name, example in value.items():
                    _collect(example, f"{here}/{escape(str(name))}", "example", found, data)
        elif key in DISCRIMINATORS and isinstance(value, dict):
            found.extend(_mapping_references(value, here))
        elif key in NAME_MAPS and isinstance(value, dict):
            _collect(value, here, "names", found, data)
        else:
            _collect(value, here, "keywords", found, data)


def _has_ref_key(value: Any) -> bool:
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "$ref" in node:
                return True
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


def _mapping_references(discriminator: dict[str, Any], at: str) -> Iterator[Reference]:
    mapping = discriminator.get("mapping")
    if isinstance(mapping, dict):
        for value, target in mapping.items():
            if isinstance(target, str):
                yield Reference(f"{at}/mapping/{escape(str(value))}", target, "mapping")


def is_local(ref: str) -> bool:
    """True for a reference into the same document (`#/...`); anything else names another file or a URL."""
    return ref.startswith("#/")


def resolve(document: dict[str, Any], ref: str) -> Any:
    """Return what a local reference (`#/a/b`) points at; KeyError when it points nowhere."""
    if not is_local(ref):
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


def literal_pointer(document: dict[str, Any], tokens: Iterable[Any]) -> str:
    """The pointer to where a path that passes through `$ref`s really leads, each reference followed.

    Tools that read a document through its references (the OpenAPI validator) report such paths: `/paths/~1a/get/
    responses/200/content/application~1json/schema/properties/x` becomes `/components/schemas/A/properties/x`.
    """
    at: list[str] = []
    node: Any = document
    for token in tokens:
        followed: set[str] = set()
        while isinstance(node, dict) and token != "$ref" and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in followed or not is_local(ref):
                break
            followed.add(ref)
            try:
                node = resolve(document, ref)
            except KeyError:
                break
            at = ref[2:].split("/")
        if isinstance(node, dict):
            node = node.get(str(token))
        elif isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node):
            node = node[token]
        else:
            node = None
        at.append(escape(str(token)))
    return "".join("/" + token for token in at)


def schema_name(ref: str) -> str:
    """`#/components/schemas/User` -> `User`."""
    if not ref.startswith(SCHEMAS):
        raise ValueError(f"not a component schema reference: {ref}")
    return unescape(ref[len(SCHEMAS) :])


def schema_ref(name: str) -> str:
    return SCHEMAS + escape(name)
