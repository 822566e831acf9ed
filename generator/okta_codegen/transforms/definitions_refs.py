"""Rewrite Swagger-2 leftovers `#/definitions/X` to `#/components/schemas/X`.

Okta's converter left them in vendor extensions (`x-okta-parent`, discriminator mappings,
`x-okta-multi-operation`), where no OpenAPI 3 tool can resolve them.
"""

from __future__ import annotations

from typing import Any

from ..hookspecs import hookimpl
from ..refs import SCHEMAS
from . import Document, SpecTransform

SWAGGER2 = "#/definitions/"


def rewrite_definitions_refs(document: Document, source: str) -> None:
    _rewrite(document)


def _rewrite(node: Any) -> Any:
    if isinstance(node, str) and node.startswith(SWAGGER2):
        return SCHEMAS + node[len(SWAGGER2) :]
    if isinstance(node, dict):
        for key, value in node.items():
            node[key] = _rewrite(value)
    elif isinstance(node, list):
        node[:] = [_rewrite(value) for value in node]
    return node


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform("definitions_refs", 10, rewrite_definitions_refs)]
