from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .device_integrations_metadata_type_2_type import DeviceIntegrationsMetadataType2Type

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class DeviceIntegrationsMetadataType2(OktaModel):
    """An Okta `DeviceIntegrationsMetadataType2`.

    Attributes:
        type_ (`type`): DeviceIntegrationsMetadataType2Type
        idp_id (`idpId`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "idpId": "idp_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "idp_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: (
            _convert.parse_enum(DeviceIntegrationsMetadataType2Type, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "idp_id": "idpId",
        "additional_properties": lambda d: _convert.undeclared(d, DeviceIntegrationsMetadataType2._json_names),
    }

    type_: DeviceIntegrationsMetadataType2Type | None | Unset
    idp_id: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.idp_id is not UNSET:
            d["idpId"] = self.idp_id
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
            _convert.parse_enum(DeviceIntegrationsMetadataType2Type, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.idp_id = d.pop("idpId", UNSET)
        obj.additional_properties = d
        return obj
