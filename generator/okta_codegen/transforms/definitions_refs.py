"""Rewrite Swagger-2 leftovers `#/definitions/X` to `#/components/schemas/X`.

Okta's converter left them in vendor extensions (`x-okta-parent`, discriminator mappings,
`x-okta-multi-operation`), where no OpenAPI 3 tool can resolve them. Example and default data is
left as written: a `$ref` there is a value the API returns, not a reference.
"""

from __future__ import annotations

from typing import Any

from ..hookspecs import hookimpl
from ..refs import SCHEMAS
from . import Document, SpecTransform
from .spec_walk import walk_description

SWAGGER2 = "#/definitions/"


def rewrite_definitions_refs(document: Document, source: str) -> None:
    for _, node in walk_description(document):
        if isinstance(node, dict):
            for key, value in node.items():
                node[key] = _rewritten(value)
        elif isinstance(node, list):
            node[:] = [_rewritten(value) for value in node]


def _rewritten(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(SWAGGER2):
        return SCHEMAS + value[len(SWAGGER2) :]
    return value


@hookimpl
def okta_codegen_spec_transforms() -> list[SpecTransform]:
    return [SpecTransform("definitions_refs", 10, rewrite_definitions_refs)]
