"""Which operations list items, and the type of one item: what each list module's `parse_page` returns.

A list operation's documented success body is a JSON array, or a governance list: an object whose `data`
array holds the items and whose `_links` may hold the next page (`{"data": [...], "_links": {...}}`).
`okta_client.paginate` takes exactly these modules; the item type makes its `Pages[Item]`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .property_code import class_refs, is_list, is_model, is_none, type_of

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
        if low >= 200 and high < 300 and not is_none(response.prop):
            if response.source["return_type"] in ("str", "bytes"):
                return None  # text or binary: not items
            return response.prop
    return None


def list_shape(endpoint: Any) -> ListShape | None:
    """The shape of `endpoint`'s items when it is a list operation, else None."""
    prop: Any = success_property(endpoint)  # a property, or None (which no is_* check accepts)
    envelope = None
    if is_model(prop):
        members = {p.name: p for p in (*(prop.required_properties or ()), *(prop.optional_properties or ()))}
        if LINKS not in members:
            return None
        envelope = (str(prop.class_info.module_name), str(prop.class_info.name))
        prop = members.get(ITEMS)
    if not is_list(prop):
        return None
    imported = set(endpoint.relative_imports)
    missing = tuple(
        (ref.module, ref.name)
        for ref in class_refs([prop.inner_property])
        if f"from ...models.{ref.module} import {ref.name}" not in imported
    )
    return ListShape(type_of(prop.inner_property), envelope, missing)


def list_shapes(data: Any) -> dict[str, ListShape]:
    """Per endpoint (by its Python name), the shape of its items; list operations only."""
    return {
        str(endpoint.name): shape
        for collection in data.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        if (shape := list_shape(endpoint)) is not None
    }
