from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import href_object as _href_object

if TYPE_CHECKING:
    from typing import Self

    from .href_object import HrefObject


@_attrs_define(kw_only=True)
class BundleEntitlementLinks(OktaModel):
    """Link relations available

    Attributes:
        values: HrefObject
    """

    _json_names: ClassVar[dict[str, str]] = {
        "values": "values",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "values": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "values": lambda d: (
            _href_object.HrefObject.from_json(v)
            if (v := d.get("values", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, BundleEntitlementLinks._json_names),
    }

    values: HrefObject | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.values is not UNSET:
            d["values"] = _convert.dump_model(self.values, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.values = (
            _href_object.HrefObject.from_dict(v)
            if (v := d.pop("values", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_href_object.HrefObject, v)
        )
        obj.additional_properties = d
        return obj
