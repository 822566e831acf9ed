from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import source_links as _source_links

if TYPE_CHECKING:
    from typing import Self

    from .source_links import SourceLinks


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _source_links.SourceLinks.from_json(v) if lazy else _source_links.SourceLinks.from_dict(v)
    return _convert.parse_model(_source_links.SourceLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ProfileMappingTarget(OktaModel):
    """The parameter is the target of a profile mapping and is a valid [JSON Schema Draft
    4](https://datatracker.ietf.org/doc/html/draft-zyp-json-schema-04) document with the following
    properties. The data type can be an app instance or an Okta object.

     > **Note:** If the target is Okta and the UserTypes feature isn't enabled, then the target `_links`
    only has a link to the schema.

    Attributes:
        id (read-only, never sent): Unique identifier for the application instance or UserType
        name (read-only, never sent): Variable name of the application instance or name of the referenced userType
        type_ (`type`, read-only, never sent): Type of user referenced in the mapping
        field_links (`_links`): SourceLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "type": "type_",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "type_": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": ("id", None),
        "name": ("name", None),
        "type_": ("type", None),
        "field_links": ("_links", _parse_field_links),
    }

    id: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    type_: str | None = _attrs_field(init=False)
    field_links: SourceLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        type_: str | None | Unset = UNSET,
        field_links: SourceLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if name is not UNSET:
            _set_field(self, "name", name)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("name", UNSET)) is not UNSET and not omit_read_only:
            d["name"] = v
        if (v := values.get("type_", UNSET)) is not UNSET and not omit_read_only:
            d["type"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
