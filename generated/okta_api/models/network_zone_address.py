from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .network_zone_address_type import NetworkZoneAddressType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class NetworkZoneAddress(OktaModel):
    """Specifies the value of an IP address expressed using either `range` or `CIDR` form.

    Attributes:
        type_ (`type`): Format of the IP addresses
        value: Value in CIDR/range form, depending on the `type` specified
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "value": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: (
            _convert.parse_enum(NetworkZoneAddressType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "value": "value",
        "additional_properties": lambda d: _convert.undeclared(d, NetworkZoneAddress._json_names),
    }

    type_: NetworkZoneAddressType | None | Unset = UNSET
    value: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.value is not UNSET:
            d["value"] = self.value
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.type_ = (
            _convert.parse_enum(NetworkZoneAddressType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.value = d.pop("value", UNSET)
        obj.additional_properties = d
        return obj
