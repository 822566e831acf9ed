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
class ClientPrivilegesSetting(OktaModel):
    """The org setting that assigns the super admin role by default to a public client app

    Attributes:
        client_privileges_setting (`clientPrivilegesSetting`): If true, assigns the super admin role by default to new public client apps
    """

    _json_names: ClassVar[dict[str, str]] = {
        "clientPrivilegesSetting": "client_privileges_setting",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "client_privileges_setting": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "client_privileges_setting": "clientPrivilegesSetting",
        "additional_properties": lambda d: _convert.undeclared(d, ClientPrivilegesSetting._json_names),
    }

    client_privileges_setting: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.client_privileges_setting is not UNSET:
            d["clientPrivilegesSetting"] = self.client_privileges_setting
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.client_privileges_setting = d.pop("clientPrivilegesSetting", UNSET)
        obj.additional_properties = d
        return obj
