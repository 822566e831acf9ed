from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class UserFactorPushProfile(OktaModel):
    """An Okta `UserFactorPushProfile`.

    Attributes:
        credential_id (`credentialId`): ID for the factor credential
        device_token (`deviceToken`): Token used to identify the device
        device_type (`deviceType`): Type of device
        name: Name of the device
        platform: OS version of the associated device
        version: Installed version of Okta Verify
    """

    _json_names: ClassVar[dict[str, str]] = {
        "credentialId": "credential_id",
        "deviceToken": "device_token",
        "deviceType": "device_type",
        "name": "name",
        "platform": "platform",
        "version": "version",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "credential_id": "str",
        "device_token": "str",
        "device_type": "str",
        "name": "str",
        "platform": "str",
        "version": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "credential_id": ("credentialId", None),
        "device_token": ("deviceToken", None),
        "device_type": ("deviceType", None),
        "name": ("name", None),
        "platform": ("platform", None),
        "version": ("version", None),
    }

    credential_id: str | None = _attrs_field(init=False)
    device_token: str | None = _attrs_field(init=False)
    device_type: str | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    platform: str | None = _attrs_field(init=False)
    version: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        credential_id: str | None | Unset = UNSET,
        device_token: str | None | Unset = UNSET,
        device_type: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        platform: str | None | Unset = UNSET,
        version: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if credential_id is not UNSET:
            _set_field(self, "credential_id", credential_id)
        if device_token is not UNSET:
            _set_field(self, "device_token", device_token)
        if device_type is not UNSET:
            _set_field(self, "device_type", device_type)
        if name is not UNSET:
            _set_field(self, "name", name)
        if platform is not UNSET:
            _set_field(self, "platform", platform)
        if version is not UNSET:
            _set_field(self, "version", version)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("credential_id", UNSET)) is not UNSET:
            d["credentialId"] = v
        if (v := values.get("device_token", UNSET)) is not UNSET:
            d["deviceToken"] = v
        if (v := values.get("device_type", UNSET)) is not UNSET:
            d["deviceType"] = v
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("platform", UNSET)) is not UNSET:
            d["platform"] = v
        if (v := values.get("version", UNSET)) is not UNSET:
            d["version"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("credentialId", UNSET)) is not UNSET:
            obj.credential_id = v
        if (v := d.pop("deviceToken", UNSET)) is not UNSET:
            obj.device_token = v
        if (v := d.pop("deviceType", UNSET)) is not UNSET:
            obj.device_type = v
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("platform", UNSET)) is not UNSET:
            obj.platform = v
        if (v := d.pop("version", UNSET)) is not UNSET:
            obj.version = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
