from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import app_config as _app_config
from .group_push_mapping_status_upsert import GroupPushMappingStatusUpsert

if TYPE_CHECKING:
    from typing import Self

    from .app_config import AppConfig


@_attrs_define(kw_only=True)
class CreateGroupPushMappingRequest(OktaModel):
    """An Okta `CreateGroupPushMappingRequest`.

    Attributes:
        source_group_id (`sourceGroupId`): The ID of the source group for the group push mapping
        app_config (`appConfig`): Additional app configuration for group push mappings. Currently only required for Active
            Directory.
        status: The status of the group push mapping
        target_group_id (`targetGroupId`): The ID of the existing target group for the group push mapping. This is used to link to an
            existing group. Required if `targetGroupName` is not provided.
        target_group_name (`targetGroupName`): The name of the target group for the group push mapping. This is used when creating a new
            downstream group. If the group already exists, it links to the existing group. Required if
            `targetGroupId` is not provided.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "sourceGroupId": "source_group_id",
        "appConfig": "app_config",
        "status": "status",
        "targetGroupId": "target_group_id",
        "targetGroupName": "target_group_name",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "source_group_id": "str",
        "app_config": "model",
        "status": "enum",
        "target_group_id": "str",
        "target_group_name": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "source_group_id": "sourceGroupId",
        "app_config": lambda d: (
            _app_config.AppConfig.from_json(v)
            if (v := d.get("appConfig", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_config.AppConfig, v)
        ),
        "status": lambda d: (
            _convert.parse_enum(GroupPushMappingStatusUpsert, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "target_group_id": "targetGroupId",
        "target_group_name": "targetGroupName",
        "additional_properties": lambda d: _convert.undeclared(d, CreateGroupPushMappingRequest._json_names),
    }

    source_group_id: str | None | Unset
    app_config: AppConfig | None | Unset = UNSET
    status: GroupPushMappingStatusUpsert | None | Unset = UNSET
    target_group_id: str | None | Unset = UNSET
    target_group_name: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.source_group_id is not UNSET:
            d["sourceGroupId"] = self.source_group_id
        if self.app_config is not UNSET:
            d["appConfig"] = _convert.dump_model(self.app_config, omit_read_only)
        if self.status is not UNSET:
            d["status"] = self.status
        if self.target_group_id is not UNSET:
            d["targetGroupId"] = self.target_group_id
        if self.target_group_name is not UNSET:
            d["targetGroupName"] = self.target_group_name
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.source_group_id = d.pop("sourceGroupId", UNSET)
        obj.app_config = (
            _app_config.AppConfig.from_dict(v)
            if (v := d.pop("appConfig", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_app_config.AppConfig, v)
        )
        obj.status = (
            _convert.parse_enum(GroupPushMappingStatusUpsert, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.target_group_id = d.pop("targetGroupId", UNSET)
        obj.target_group_name = d.pop("targetGroupName", UNSET)
        obj.additional_properties = d
        return obj
