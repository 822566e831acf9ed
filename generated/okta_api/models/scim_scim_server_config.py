from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import scim_scim_server_config_change_password as _scim_scim_server_config_change_password
from . import scim_scim_server_config_patch as _scim_scim_server_config_patch

if TYPE_CHECKING:
    from typing import Self

    from .scim_scim_server_config_change_password import ScimScimServerConfigChangePassword
    from .scim_scim_server_config_patch import ScimScimServerConfigPatch


def _parse_patch(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _scim_scim_server_config_patch.ScimScimServerConfigPatch.from_json(v)
            if lazy
            else _scim_scim_server_config_patch.ScimScimServerConfigPatch.from_dict(v)
        )
    return _convert.parse_model(_scim_scim_server_config_patch.ScimScimServerConfigPatch, v)


def _parse_change_password(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _scim_scim_server_config_change_password.ScimScimServerConfigChangePassword.from_json(v)
            if lazy
            else _scim_scim_server_config_change_password.ScimScimServerConfigChangePassword.from_dict(v)
        )
    return _convert.parse_model(_scim_scim_server_config_change_password.ScimScimServerConfigChangePassword, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "patch": ("patch", _parse_patch),
        "change_password": ("changePassword", _parse_change_password),
    }

    patch: ScimScimServerConfigPatch | None = _attrs_field(init=False)
    change_password: ScimScimServerConfigChangePassword | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        patch: ScimScimServerConfigPatch | None | Unset = UNSET,
        change_password: ScimScimServerConfigChangePassword | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if patch is not UNSET:
            _set_field(self, "patch", patch)
        if change_password is not UNSET:
            _set_field(self, "change_password", change_password)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("patch", UNSET)) is not UNSET:
            d["patch"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("change_password", UNSET)) is not UNSET:
            d["changePassword"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("patch", UNSET)) is not UNSET:
            obj.patch = _parse_patch(v, False)
        if (v := d.pop("changePassword", UNSET)) is not UNSET:
            obj.change_password = _parse_change_password(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
