from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import scim_scim_server_config_change_password as _scim_scim_server_config_change_password
from . import scim_scim_server_config_patch as _scim_scim_server_config_patch

if TYPE_CHECKING:
    from typing import Self

    from .scim_scim_server_config_change_password import ScimScimServerConfigChangePassword
    from .scim_scim_server_config_patch import ScimScimServerConfigPatch


@_attrs_define(kw_only=True)
class ScimScimServerConfig(OktaModel):
    """SCIM server schema configuration

    Attributes:
        patch: PATCH operation options
        change_password (`changePassword`): Password change options
    """

    _json_names: ClassVar[dict[str, str]] = {
        "patch": "patch",
        "changePassword": "change_password",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "patch": "model",
        "change_password": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "patch": lambda d: (
            _scim_scim_server_config_patch.ScimScimServerConfigPatch.from_json(v)
            if (v := d.get("patch", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scim_scim_server_config_patch.ScimScimServerConfigPatch, v)
        ),
        "change_password": lambda d: (
            _scim_scim_server_config_change_password.ScimScimServerConfigChangePassword.from_json(v)
            if (v := d.get("changePassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scim_scim_server_config_change_password.ScimScimServerConfigChangePassword, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ScimScimServerConfig._json_names),
    }

    patch: ScimScimServerConfigPatch | None | Unset = UNSET
    change_password: ScimScimServerConfigChangePassword | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.patch is not UNSET:
            d["patch"] = _convert.dump_model(self.patch, omit_read_only)
        if self.change_password is not UNSET:
            d["changePassword"] = _convert.dump_model(self.change_password, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.patch = (
            _scim_scim_server_config_patch.ScimScimServerConfigPatch.from_dict(v)
            if (v := d.pop("patch", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scim_scim_server_config_patch.ScimScimServerConfigPatch, v)
        )
        obj.change_password = (
            _scim_scim_server_config_change_password.ScimScimServerConfigChangePassword.from_dict(v)
            if (v := d.pop("changePassword", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_scim_scim_server_config_change_password.ScimScimServerConfigChangePassword, v)
        )
        obj.additional_properties = d
        return obj
