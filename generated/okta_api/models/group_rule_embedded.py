from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group_rule_embedded_group_id_to_group_name_map as _group_rule_embedded_group_id_to_group_name_map

if TYPE_CHECKING:
    from typing import Self

    from .group_rule_embedded_group_id_to_group_name_map import GroupRuleEmbeddedGroupIdToGroupNameMap


@_attrs_define(kw_only=True)
class GroupRuleEmbedded(OktaModel):
    """This object appears with embedded resources related to the group rule if you use the `expand` query
    parameter

    Attributes:
        group_id_to_group_name_map (`groupIdToGroupNameMap`, read-only, never sent): A mapping of group IDs to group names
    """

    _json_names: ClassVar[dict[str, str]] = {
        "groupIdToGroupNameMap": "group_id_to_group_name_map",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "group_id_to_group_name_map": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "group_id_to_group_name_map": lambda d: (
            _group_rule_embedded_group_id_to_group_name_map.GroupRuleEmbeddedGroupIdToGroupNameMap.from_json(v)
            if (v := d.get("groupIdToGroupNameMap", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _group_rule_embedded_group_id_to_group_name_map.GroupRuleEmbeddedGroupIdToGroupNameMap, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GroupRuleEmbedded._json_names),
    }

    group_id_to_group_name_map: GroupRuleEmbeddedGroupIdToGroupNameMap | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.group_id_to_group_name_map is not UNSET and not omit_read_only:
            d["groupIdToGroupNameMap"] = _convert.dump_model(self.group_id_to_group_name_map, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.group_id_to_group_name_map = (
            _group_rule_embedded_group_id_to_group_name_map.GroupRuleEmbeddedGroupIdToGroupNameMap.from_dict(v)
            if (v := d.pop("groupIdToGroupNameMap", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _group_rule_embedded_group_id_to_group_name_map.GroupRuleEmbeddedGroupIdToGroupNameMap, v
            )
        )
        obj.additional_properties = d
        return obj
