"""Walk the parts of a spec that are its description, not the sample data it carries.

`example`, `examples`, `default`, `enum` and `const` hold JSON values: a `$ref` or a `type` key
inside one is data (Okta's user-schema examples quote `$ref: '#/definitions/base'` as the API returns
it), never a reference or a schema to rewrite. Under `properties` and the other name maps the same
words are names (a property called `default`) and are walked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..refs import escape

DATA_KEYWORDS = frozenset({"example", "examples", "default", "enum", "const"})
# Maps whose keys are names chosen by the spec's author, not keywords.
NAME_MAPS = frozenset({"properties", "patternProperties", "definitions", "mapping", "schemas", "paths", "responses"})


def walk_description(node: Any, at: str = "") -> Iterator[tuple[str, Any]]:
    """Yield (pointer, value) for `node` and everything below it but data values, parents first."""
    for found_at, found, _ in _walk(node, at, False):
        yield found_at, found


def keyword_objects(node: Any, at: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield (pointer, object) for every object of the description whose keys are keywords, not names.

    A `properties` map with a property called `default` is not a schema with a default.
    """
    for found_at, found, in_name_map in _walk(node, at, False):
        if isinstance(found, dict) and not in_name_map:
            yield found_at, found


def _walk(node: Any, at: str, in_name_map: bool) -> Iterator[tuple[str, Any, bool]]:
    yield at, node, in_name_map
    if isinstance(node, dict):
        for key, value in node.items():
            if not in_name_map and key in DATA_KEYWORDS:
                continue
            yield from _walk(value, f"{at}/{escape(str(key))}", not in_name_map and key in NAME_MAPS)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{at}/{index}", False)
