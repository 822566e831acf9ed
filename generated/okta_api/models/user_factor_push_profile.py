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
        "credential_id": "credentialId",
        "device_token": "deviceToken",
        "device_type": "deviceType",
        "name": "name",
        "platform": "platform",
        "version": "version",
        "additional_properties": lambda d: _convert.undeclared(d, UserFactorPushProfile._json_names),
    }

    credential_id: str | None | Unset = UNSET
    device_token: str | None | Unset = UNSET
    device_type: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    platform: str | None | Unset = UNSET
    version: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.credential_id is not UNSET:
            d["credentialId"] = self.credential_id
        if self.device_token is not UNSET:
            d["deviceToken"] = self.device_token
        if self.device_type is not UNSET:
            d["deviceType"] = self.device_type
        if self.name is not UNSET:
            d["name"] = self.name
        if self.platform is not UNSET:
            d["platform"] = self.platform
        if self.version is not UNSET:
            d["version"] = self.version
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.credential_id = d.pop("credentialId", UNSET)
        obj.device_token = d.pop("deviceToken", UNSET)
        obj.device_type = d.pop("deviceType", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.platform = d.pop("platform", UNSET)
        obj.version = d.pop("version", UNSET)
        obj.additional_properties = d
        return obj
