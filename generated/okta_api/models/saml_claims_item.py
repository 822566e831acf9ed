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
class SamlClaimsItem(OktaModel):
    """An Okta `SamlClaimsItem`.

    Attributes:
        name: The attribute name
        values: The Okta values inserted in the attribute statement
    """

    _json_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "values": "values",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "name": "str",
        "values": "list:str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "name": "name",
        "values": "values",
        "additional_properties": lambda d: _convert.undeclared(d, SamlClaimsItem._json_names),
    }

    name: str | None | Unset = UNSET
    values: list[str] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.name is not UNSET:
            d["name"] = self.name
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
        obj.name = d.pop("name", UNSET)
        obj.values = d.pop("values", UNSET)
        obj.additional_properties = d
        return obj
