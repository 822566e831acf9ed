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
class UserTypePutRequest(OktaModel):
    """An Okta `UserTypePutRequest`.

    Attributes:
        description: The human-readable description of the user type
        display_name (`displayName`): The human-readable name of the user type
        name: The name of the existing type
    """

    _json_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "displayName": "display_name",
        "name": "name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "description": "str",
        "display_name": "str",
        "name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "description": "description",
        "display_name": "displayName",
        "name": "name",
        "additional_properties": lambda d: _convert.undeclared(d, UserTypePutRequest._json_names),
    }

    description: str | None | Unset
    display_name: str | None | Unset
    name: str | None | Unset

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.description is not UNSET:
            d["description"] = self.description
        if self.display_name is not UNSET:
            d["displayName"] = self.display_name
        if self.name is not UNSET:
            d["name"] = self.name
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.description = d.pop("description", UNSET)
        obj.display_name = d.pop("displayName", UNSET)
        obj.name = d.pop("name", UNSET)
        obj.additional_properties = d
        return obj
