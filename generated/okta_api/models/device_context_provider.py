from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .device_context_provider_key import DeviceContextProviderKey
from .device_context_provider_user_identification import DeviceContextProviderUserIdentification

if TYPE_CHECKING:
    from typing import Self


_parse_key = _convert.enum_parser(DeviceContextProviderKey)

_parse_user_identification = _convert.enum_parser(DeviceContextProviderUserIdentification)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "key": ("key", _parse_key),
        "id": ("id", None),
        "user_identification": ("userIdentification", _parse_user_identification),
    }

    key: DeviceContextProviderKey | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    user_identification: DeviceContextProviderUserIdentification | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        key: DeviceContextProviderKey | None | Unset,
        id: str | None | Unset = UNSET,
        user_identification: DeviceContextProviderUserIdentification | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if key is not UNSET:
            _set_field(self, "key", key)
        if id is not UNSET:
            _set_field(self, "id", id)
        if user_identification is not UNSET:
            _set_field(self, "user_identification", user_identification)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("key", UNSET)) is not UNSET:
            d["key"] = v
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("user_identification", UNSET)) is not UNSET:
            d["userIdentification"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("key", UNSET)) is not UNSET:
            obj.key = _parse_key(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("userIdentification", UNSET)) is not UNSET:
            obj.user_identification = _parse_user_identification(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
