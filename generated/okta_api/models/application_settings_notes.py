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
class ApplicationSettingsNotes(OktaModel):
    """App notes visible to either the admin or end user

    Attributes:
        admin: An app message that's visible to admins
        enduser: A message that's visible in the End-User Dashboard
    """

    _json_names: ClassVar[dict[str, str]] = {
        "admin": "admin",
        "enduser": "enduser",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "admin": "str",
        "enduser": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "admin": "admin",
        "enduser": "enduser",
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationSettingsNotes._json_names),
    }

    admin: str | None | Unset = UNSET
    enduser: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.admin is not UNSET:
            d["admin"] = self.admin
        if self.enduser is not UNSET:
            d["enduser"] = self.enduser
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.admin = d.pop("admin", UNSET)
        obj.enduser = d.pop("enduser", UNSET)
        obj.additional_properties = d
        return obj
