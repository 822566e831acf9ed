from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class SamlAttributeStatement(OktaModel):
    """An Okta `SamlAttributeStatement`.

    Attributes:
        filter_type (`filterType`): str
        filter_value (`filterValue`): str
        name: str
        namespace: str
        type_ (`type`): str
        values: list[str]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "filterType": "filter_type",
        "filterValue": "filter_value",
        "name": "name",
        "namespace": "namespace",
        "type": "type_",
        "values": "values",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "filter_type": "str",
        "filter_value": "str",
        "name": "str",
        "namespace": "str",
        "type_": "str",
        "values": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "filter_type": "filterType",
        "filter_value": "filterValue",
        "name": "name",
        "namespace": "namespace",
        "type_": "type",
        "values": "values",
        "additional_properties": lambda d: _convert.undeclared(d, SamlAttributeStatement._json_names),
    }

    filter_type: str | None | Unset = UNSET
    filter_value: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    namespace: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    values: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.filter_type is not UNSET:
            d["filterType"] = self.filter_type
        if self.filter_value is not UNSET:
            d["filterValue"] = self.filter_value
        if self.name is not UNSET:
            d["name"] = self.name
        if self.namespace is not UNSET:
            d["namespace"] = self.namespace
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.values is not UNSET:
            d["values"] = self.values
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.filter_type = d.pop("filterType", UNSET)
        obj.filter_value = d.pop("filterValue", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.namespace = d.pop("namespace", UNSET)
        obj.type_ = d.pop("type", UNSET)
        obj.values = d.pop("values", UNSET)
        obj.additional_properties = d
        return obj
