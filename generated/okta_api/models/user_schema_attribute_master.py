from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import user_schema_attribute_master_priority as _user_schema_attribute_master_priority
from .user_schema_attribute_master_type import UserSchemaAttributeMasterType

if TYPE_CHECKING:
    from typing import Self

    from .user_schema_attribute_master_priority import UserSchemaAttributeMasterPriority


@_attrs_define(kw_only=True)
class UserSchemaAttributeMaster(OktaModel):
    """An Okta `UserSchemaAttributeMaster`.

    Attributes:
        priority: list[UserSchemaAttributeMasterPriority]
        type_ (`type`): UserSchemaAttributeMasterType
    """

    _json_names: ClassVar[dict[str, str]] = {
        "priority": "priority",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "priority": "list:model",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "priority": lambda d: _convert.parse_model_list(
            _user_schema_attribute_master_priority.UserSchemaAttributeMasterPriority.from_json, d.get("priority", UNSET)
        ),
        "type_": lambda d: (
            _convert.parse_enum(UserSchemaAttributeMasterType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserSchemaAttributeMaster._json_names),
    }

    priority: list[UserSchemaAttributeMasterPriority] | None | Unset = UNSET
    type_: UserSchemaAttributeMasterType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.priority is not UNSET:
            d["priority"] = _convert.dump_model_list(self.priority, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.priority = _convert.parse_model_list(
            _user_schema_attribute_master_priority.UserSchemaAttributeMasterPriority.from_dict, d.pop("priority", UNSET)
        )
        obj.type_ = (
            _convert.parse_enum(UserSchemaAttributeMasterType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
