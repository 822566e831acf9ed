"""Drop an example whose data holds a `$ref` that resolves to nothing, saying so on stderr.

Okta's user-schema examples quote the API's own JSON Schema, `$ref: '#/definitions/base'` included:
data, but every `$ref` walker (Prism's ref parser among them) follows it and fails on the whole
document. Such an example goes (an example component also from every `examples` map naming it);
examples whose `$ref`s resolve, and all other data, stay as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..hookspecs import hookimpl
from ..refs import escape, pointer, resolve, walk
from . import Document, SpecTransform
from .repairs import report_repair
from .spec_walk import keyword_objects

NAME = "example_refs"
EXAMPLES = "#/components/examples/"


def drop_examples_with_dangling_refs(document: Document, source: str) -> None:
    components = document.get("components") or {}
    named = components.get("examples") or {}
    dropped: set[str] = set()
    for name in list(named):
        example = named[name]
        ref = _dangling(document, example.get("value") if isinstance(example, dict) else None)
        if ref is not None:
            del named[name]
            dropped.add(EXAMPLES + escape(name))
            report_repair(
                NAME, source, pointer("components", "examples", name), f"dropped: its value holds $ref {ref!r}"
            )
    for at, node in list(_holders(document)):
        if "example" in node:
            ref = _dangling(document, node["example"])
            if ref is not None:
                del node["example"]
                report_repair(NAME, source, f"{at}/example", f"dropped: its value holds $ref {ref!r}")
        examples = node.get("examples")
        if not isinstance(examples, dict):
            continue
        for name in list(examples):
            entry = examples[name]
            ref = entry.get("$ref") if isinstance(entry, dict) else None
            if ref in dropped:
                del examples[name]
                report_repair(NAME, source, f"{at}{pointer('examples', name)}", f"dropped with {ref!r}")
                continue
            inner = _dangling(document, entry.get("value") if isinstance(entry, dict) and ref is None else None)
            if inner is not None:
                del examples[name]
                report_repair(
                    NAME, source, f"{at}{pointer('examples', name)}", f"dropped: its value holds $ref {inner!r}"
                )
        if not examples:
            del node["examples"]


def _holders(document: Document) -> Iterator[tuple[str, dict[str, Any]]]:
    """Objects that may carry `example` or `examples`: schemas, media types, parameters, headers."""
    for at, node in keyword_objects(document):
        if "example" in node or "examples" in node:
            yield at, node


def _dangling(document: Document, value: Any) -> str | None:
    """The first `$ref` inside example data that resolves to nothing, if any."""
    if value is None:
        return None
    for _, node in walk(value):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            try:
                resolve(document, node["$ref"])
            except KeyError:
                return str(node["$ref"])
    return None


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform(NAME, 11, drop_examples_with_dangling_refs)]
