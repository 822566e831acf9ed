from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .device_integrations_metadata_type_0_type import DeviceIntegrationsMetadataType0Type

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class DeviceIntegrationsMetadataType0(OktaModel):
    """An Okta `DeviceIntegrationsMetadataType0`.

    Attributes:
        type_ (`type`): DeviceIntegrationsMetadataType0Type
        service_account_name (`serviceAccountName`): str
        service_account_email (`serviceAccountEmail`): str
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "serviceAccountName": "service_account_name",
        "serviceAccountEmail": "service_account_email",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "service_account_name": "str",
        "service_account_email": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: (
            _convert.parse_enum(DeviceIntegrationsMetadataType0Type, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "service_account_name": "serviceAccountName",
        "service_account_email": "serviceAccountEmail",
        "additional_properties": lambda d: _convert.undeclared(d, DeviceIntegrationsMetadataType0._json_names),
    }

    type_: DeviceIntegrationsMetadataType0Type | None | Unset
    service_account_name: str | None | Unset
    service_account_email: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.service_account_name is not UNSET:
            d["serviceAccountName"] = self.service_account_name
        if self.service_account_email is not UNSET:
            d["serviceAccountEmail"] = self.service_account_email
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
            _convert.parse_enum(DeviceIntegrationsMetadataType0Type, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.service_account_name = d.pop("serviceAccountName", UNSET)
        obj.service_account_email = d.pop("serviceAccountEmail", UNSET)
        obj.additional_properties = d
        return obj
