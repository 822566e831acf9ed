from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .device_context_provider_key import DeviceContextProviderKey
from .device_context_provider_user_identification import DeviceContextProviderUserIdentification

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class DeviceContextProvider(OktaModel):
    """An Okta `DeviceContextProvider`.

    Attributes:
        key: Identifies the type of device context provider
        id: Unique identifier for the device context provider
        user_identification (`userIdentification`): Whether or not the device context provider is used to identify the user. `IGNORE` prevents
            the device context provider from being used to authenticate the user. Identification of
            the device and device context collection happens regardless of this setting.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "key": "key",
        "id": "id",
        "userIdentification": "user_identification",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "key": "enum",
        "id": "str",
        "user_identification": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "key": lambda d: (
            _convert.parse_enum(DeviceContextProviderKey, v) if (v := d.get("key", UNSET)).__class__ is str else v
        ),
        "id": "id",
        "user_identification": lambda d: (
            _convert.parse_enum(DeviceContextProviderUserIdentification, v)
            if (v := d.get("userIdentification", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, DeviceContextProvider._json_names),
    }

    key: DeviceContextProviderKey | None | Unset
    id: str | None | Unset = UNSET
    user_identification: DeviceContextProviderUserIdentification | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.key is not UNSET:
            d["key"] = self.key
        if self.id is not UNSET:
            d["id"] = self.id
        if self.user_identification is not UNSET:
            d["userIdentification"] = self.user_identification
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.key = _convert.parse_enum(DeviceContextProviderKey, v) if (v := d.pop("key", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.user_identification = (
            _convert.parse_enum(DeviceContextProviderUserIdentification, v)
            if (v := d.pop("userIdentification", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
