from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import user_schema_attribute_master_priority as _user_schema_attribute_master_priority
from .user_schema_attribute_master_type import UserSchemaAttributeMasterType

if TYPE_CHECKING:
    from typing import Self

    from .user_schema_attribute_master_priority import UserSchemaAttributeMasterPriority


def _parse_priority(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _user_schema_attribute_master_priority.UserSchemaAttributeMasterPriority.from_json
        if lazy
        else _user_schema_attribute_master_priority.UserSchemaAttributeMasterPriority.from_dict,
        v,
    )


_parse_type_ = _convert.enum_parser(UserSchemaAttributeMasterType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "priority": ("priority", _parse_priority),
        "type_": ("type", _parse_type_),
    }

    priority: list[UserSchemaAttributeMasterPriority] | None = _attrs_field(init=False)
    type_: UserSchemaAttributeMasterType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        priority: list[UserSchemaAttributeMasterPriority] | None | Unset = UNSET,
        type_: UserSchemaAttributeMasterType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if priority is not UNSET:
            _set_field(self, "priority", priority)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("priority", UNSET)) is not UNSET:
            d["priority"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("priority", UNSET)) is not UNSET:
            obj.priority = _parse_priority(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
