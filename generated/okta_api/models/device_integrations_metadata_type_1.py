from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .device_integrations_metadata_type_1_type import DeviceIntegrationsMetadataType1Type

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class DeviceIntegrationsMetadataType1(OktaModel):
    """An Okta `DeviceIntegrationsMetadataType1`.

    Attributes:
        type_ (`type`): DeviceIntegrationsMetadataType1Type
        provider: str
        enrollment_url (`enrollmentUrl`): str
        idp_id (`idpId`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "provider": "provider",
        "enrollmentUrl": "enrollment_url",
        "idpId": "idp_id",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "provider": "str",
        "enrollment_url": "str",
        "idp_id": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: (
            _convert.parse_enum(DeviceIntegrationsMetadataType1Type, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "provider": "provider",
        "enrollment_url": "enrollmentUrl",
        "idp_id": "idpId",
        "additional_properties": lambda d: _convert.undeclared(d, DeviceIntegrationsMetadataType1._json_names),
    }

    type_: DeviceIntegrationsMetadataType1Type | None | Unset
    provider: str | None | Unset
    enrollment_url: str | None | Unset
    idp_id: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.provider is not UNSET:
            d["provider"] = self.provider
        if self.enrollment_url is not UNSET:
            d["enrollmentUrl"] = self.enrollment_url
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
            _convert.parse_enum(DeviceIntegrationsMetadataType1Type, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.provider = d.pop("provider", UNSET)
        obj.enrollment_url = d.pop("enrollmentUrl", UNSET)
        obj.idp_id = d.pop("idpId", UNSET)
        obj.additional_properties = d
        return obj
