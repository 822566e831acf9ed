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
class DevicePostureIdP(OktaModel):
    """<x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle></x-lifecycle-container>Device Posture
    IdP provider

    Attributes:
        compliant: Indicates whether the device is compliant according to the custom IDP
        managed: Indicates whether the device is managed according to the custom IDP
    """

    _json_names: ClassVar[dict[str, str]] = {
        "compliant": "compliant",
        "managed": "managed",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "compliant": "bool",
        "managed": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "compliant": "compliant",
        "managed": "managed",
        "additional_properties": lambda d: _convert.undeclared(d, DevicePostureIdP._json_names),
    }

    compliant: bool | None | Unset = UNSET
    managed: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.compliant is not UNSET:
            d["compliant"] = self.compliant
        if self.managed is not UNSET:
            d["managed"] = self.managed
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.compliant = d.pop("compliant", UNSET)
        obj.managed = d.pop("managed", UNSET)
        obj.additional_properties = d
        return obj
