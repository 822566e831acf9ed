from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_schema_properties_profile_item as _user_schema_properties_profile_item

if TYPE_CHECKING:
    from typing import Self

    from .user_schema_properties_profile_item import UserSchemaPropertiesProfileItem


@_attrs_define(kw_only=True)
class UserSchemaPropertiesProfile(OktaModel):
    """An Okta `UserSchemaPropertiesProfile`.

    Attributes:
        all_of (`allOf`): list[UserSchemaPropertiesProfileItem]
    """

    _json_names: ClassVar[dict[str, str]] = {
        "allOf": "all_of",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "all_of": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "all_of": lambda d: _convert.parse_model_list(
            _user_schema_properties_profile_item.UserSchemaPropertiesProfileItem.from_json, d.get("allOf", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserSchemaPropertiesProfile._json_names),
    }

    all_of: list[UserSchemaPropertiesProfileItem] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.all_of is not UNSET:
            d["allOf"] = _convert.dump_model_list(self.all_of, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.all_of = _convert.parse_model_list(
            _user_schema_properties_profile_item.UserSchemaPropertiesProfileItem.from_dict, d.pop("allOf", UNSET)
        )
        obj.additional_properties = d
        return obj
