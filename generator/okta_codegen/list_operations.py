"""Which operations list items, and the type of one item: what each list module's `parse_page` returns.

A list operation's documented success body is a JSON array, or a governance list: an object whose `data`
array holds the items and whose `_links` may hold the next page (`{"data": [...], "_links": {...}}`).
`okta_client.paginate` takes exactly these modules; the item type makes its `Pages[Item]`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty
from openapi_python_client.strings import PythonCode

ITEMS = "data"
LINKS = "_links"


@dataclass(frozen=True)
class ListShape:
    """What the endpoint template writes for one list operation."""

    item_type: str
    """The Python type of one item, e.g. `User`, `str`, `UserFactor | UserFactorSMS`."""
    envelope: tuple[str, str] | None
    """(models module, class) of the governance list object holding the items in `data`; None for an array."""
    imports: tuple[tuple[str, str], ...]
    """(models module, class) of each model the item type names that the module does not import yet."""


def success_property(endpoint: Any) -> Any | None:
    """The property of the first documented 2xx response with a body, as the parser reads it; None without."""
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range
        if low >= 200 and high < 300 and not isinstance(response.prop, NoneProperty):
            if response.source["return_type"] in ("str", "bytes"):
                return None  # text or binary: not items
            return response.prop
    return None


def list_shape(endpoint: Any) -> ListShape | None:
    """The shape of `endpoint`'s items when it is a list operation, else None."""
    prop = success_property(endpoint)
    envelope = None
    if isinstance(prop, ModelProperty):
        members = {p.name: p for p in (*(prop.required_properties or ()), *(prop.optional_properties or ()))}
        if LINKS not in members:
            return None
        envelope = (str(prop.class_info.module_name), str(prop.class_info.name))
        prop = members.get(ITEMS)
    if not isinstance(prop, ListProperty):
        return None
    imported = set(endpoint.relative_imports)
    missing = tuple(
        (module, name)
        for module, name in model_classes(prop.inner_property)
        if f"from ...models.{module} import {name}" not in imported
    )
    return ListShape(type_name(prop.inner_property), envelope, missing)


def type_name(prop: Any) -> str:
    """The annotation the templates write for `prop` (okta_macros.jinja's `type_of`, without free-form fields)."""
    if isinstance(prop, ModelProperty | EnumProperty):
        return str(prop.class_info.name)
    if isinstance(prop, ListProperty):
        return f"list[{type_name(prop.inner_property)}]"
    if isinstance(prop, UnionProperty):
        return " | ".join(type_name(inner) for inner in prop.inner_properties)
    if isinstance(prop, NoneProperty):
        return "None"
    if isinstance(prop, FileProperty):
        return "bytes"
    if isinstance(prop, UuidProperty):
        return "str"
    base = prop.get_base_type_string()
    return base.as_unembedded_code() if isinstance(base, PythonCode) else str(base)


def model_classes(prop: Any) -> list[tuple[str, str]]:
    """(models module, class) of each model or enum `prop`'s type names, in order, once each."""
    if isinstance(prop, ModelProperty | EnumProperty):
        return [(str(prop.class_info.module_name), str(prop.class_info.name))]
    inner: list[Any] = []
    if isinstance(prop, ListProperty):
        inner = [prop.inner_property]
    elif isinstance(prop, UnionProperty):
        inner = list(prop.inner_properties)
    return list(dict.fromkeys(found for p in inner for found in model_classes(p)))


def list_shapes(data: Any) -> dict[str, ListShape]:
    """Per endpoint (by its Python name), the shape of its items; list operations only."""
    return {
        str(endpoint.name): shape
        for collection in data.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        if (shape := list_shape(endpoint)) is not None
    }
