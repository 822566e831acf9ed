from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import app_config as _app_config
from .group_push_mapping_status_upsert import GroupPushMappingStatusUpsert

if TYPE_CHECKING:
    from typing import Self

    from .app_config import AppConfig


def _parse_app_config(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _app_config.AppConfig.from_json(v) if lazy else _app_config.AppConfig.from_dict(v)
    return _convert.parse_model(_app_config.AppConfig, v)


_parse_status = _convert.enum_parser(GroupPushMappingStatusUpsert)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "source_group_id": ("sourceGroupId", None),
        "app_config": ("appConfig", _parse_app_config),
        "status": ("status", _parse_status),
        "target_group_id": ("targetGroupId", None),
        "target_group_name": ("targetGroupName", None),
    }

    source_group_id: str | None = _attrs_field(init=False)
    app_config: AppConfig | None = _attrs_field(init=False)
    status: GroupPushMappingStatusUpsert | None = _attrs_field(init=False)
    target_group_id: str | None = _attrs_field(init=False)
    target_group_name: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        source_group_id: str | None | Unset,
        app_config: AppConfig | None | Unset = UNSET,
        status: GroupPushMappingStatusUpsert | None | Unset = UNSET,
        target_group_id: str | None | Unset = UNSET,
        target_group_name: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if source_group_id is not UNSET:
            _set_field(self, "source_group_id", source_group_id)
        if app_config is not UNSET:
            _set_field(self, "app_config", app_config)
        if status is not UNSET:
            _set_field(self, "status", status)
        if target_group_id is not UNSET:
            _set_field(self, "target_group_id", target_group_id)
        if target_group_name is not UNSET:
            _set_field(self, "target_group_name", target_group_name)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("source_group_id", UNSET)) is not UNSET:
            d["sourceGroupId"] = v
        if (v := values.get("app_config", UNSET)) is not UNSET:
            d["appConfig"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("target_group_id", UNSET)) is not UNSET:
            d["targetGroupId"] = v
        if (v := values.get("target_group_name", UNSET)) is not UNSET:
            d["targetGroupName"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("sourceGroupId", UNSET)) is not UNSET:
            obj.source_group_id = v
        if (v := d.pop("appConfig", UNSET)) is not UNSET:
            obj.app_config = _parse_app_config(v, False)
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("targetGroupId", UNSET)) is not UNSET:
            obj.target_group_id = v
        if (v := d.pop("targetGroupName", UNSET)) is not UNSET:
            obj.target_group_name = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
