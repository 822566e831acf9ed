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
class Office365ProvisioningSettings(OktaModel):
    """Microsoft Office 365 provisioning settings

    Settings required for the Microsoft Office 365 provisioning connection

    Attributes:
        admin_password (`adminPassword`): Microsoft Office 365 global administrator password
        admin_username (`adminUsername`): Microsoft Office 365 global administrator username
    """

    _json_names: ClassVar[dict[str, str]] = {
        "adminPassword": "admin_password",
        "adminUsername": "admin_username",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "admin_password": "str",
        "admin_username": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "admin_password": "adminPassword",
        "admin_username": "adminUsername",
        "additional_properties": lambda d: _convert.undeclared(d, Office365ProvisioningSettings._json_names),
    }

    admin_password: str | None | Unset
    admin_username: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.admin_password is not UNSET:
            d["adminPassword"] = self.admin_password
        if self.admin_username is not UNSET:
            d["adminUsername"] = self.admin_username
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.admin_password = d.pop("adminPassword", UNSET)
        obj.admin_username = d.pop("adminUsername", UNSET)
        obj.additional_properties = d
        return obj
