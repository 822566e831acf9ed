from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .device_integrations_metadata_type_0_type import DeviceIntegrationsMetadataType0Type

if TYPE_CHECKING:
    from typing import Self


_parse_type_ = _convert.enum_parser(DeviceIntegrationsMetadataType0Type)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "type_": ("type", _parse_type_),
        "service_account_name": ("serviceAccountName", None),
        "service_account_email": ("serviceAccountEmail", None),
    }

    type_: DeviceIntegrationsMetadataType0Type | None = _attrs_field(init=False)
    service_account_name: str | None = _attrs_field(init=False)
    service_account_email: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        type_: DeviceIntegrationsMetadataType0Type | None | Unset,
        service_account_name: str | None | Unset,
        service_account_email: str | None | Unset,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if service_account_name is not UNSET:
            _set_field(self, "service_account_name", service_account_name)
        if service_account_email is not UNSET:
            _set_field(self, "service_account_email", service_account_email)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("service_account_name", UNSET)) is not UNSET:
            d["serviceAccountName"] = v
        if (v := values.get("service_account_email", UNSET)) is not UNSET:
            d["serviceAccountEmail"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("serviceAccountName", UNSET)) is not UNSET:
            obj.service_account_name = v
        if (v := d.pop("serviceAccountEmail", UNSET)) is not UNSET:
            obj.service_account_email = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
