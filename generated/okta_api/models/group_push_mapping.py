from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import group_push_mapping_links as _group_push_mapping_links
from .group_push_mapping_status import GroupPushMappingStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .group_push_mapping_links import GroupPushMappingLinks


_parse_status = _convert.enum_parser(GroupPushMappingStatus)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_push_mapping_links.GroupPushMappingLinks.from_json(v)
            if lazy
            else _group_push_mapping_links.GroupPushMappingLinks.from_dict(v)
        )
    return _convert.parse_model(_group_push_mapping_links.GroupPushMappingLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class GroupPushMapping(OktaModel):
    """An Okta `GroupPushMapping`.

    Attributes:
        app_config (`appConfig`, read-only, never sent): dict[str, Any]
        created (read-only, never sent): Timestamp when the group push mapping was created
        error_summary (`errorSummary`, read-only, never sent): The error message summary if the latest push failed
        id (read-only, never sent): The ID of the group push mapping
        last_push (`lastPush`, read-only, never sent): Timestamp when the group push mapping was pushed
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the group push mapping was last updated
        source_group_id (`sourceGroupId`, read-only, never sent): The ID of the source group for the group push mapping
        status (read-only, never sent): The status of the group push mapping
        target_group_id (`targetGroupId`, read-only, never sent): The ID of the target group for the group push mapping
        field_links (`_links`): Discoverable resources related to the group push mapping
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appConfig": "app_config",
        "created": "created",
        "errorSummary": "error_summary",
        "id": "id",
        "lastPush": "last_push",
        "lastUpdated": "last_updated",
        "sourceGroupId": "source_group_id",
        "status": "status",
        "targetGroupId": "target_group_id",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app_config": "dict",
        "created": "datetime",
        "error_summary": "str",
        "id": "str",
        "last_push": "datetime",
        "last_updated": "datetime",
        "source_group_id": "str",
        "status": "enum",
        "target_group_id": "str",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app_config": ("appConfig", None),
        "created": ("created", _convert.parse_datetime),
        "error_summary": ("errorSummary", None),
        "id": ("id", None),
        "last_push": ("lastPush", _convert.parse_datetime),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "source_group_id": ("sourceGroupId", None),
        "status": ("status", _parse_status),
        "target_group_id": ("targetGroupId", None),
        "field_links": ("_links", _parse_field_links),
    }

    app_config: dict[str, Any] | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    error_summary: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_push: datetime.datetime | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    source_group_id: str | None = _attrs_field(init=False)
    status: GroupPushMappingStatus | None = _attrs_field(init=False)
    target_group_id: str | None = _attrs_field(init=False)
    field_links: GroupPushMappingLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        app_config: dict[str, Any] | None | Unset = UNSET,
        created: datetime.datetime | None | Unset = UNSET,
        error_summary: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_push: datetime.datetime | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        source_group_id: str | None | Unset = UNSET,
        status: GroupPushMappingStatus | None | Unset = UNSET,
        target_group_id: str | None | Unset = UNSET,
        field_links: GroupPushMappingLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if app_config is not UNSET:
            _set_field(self, "app_config", app_config)
        if created is not UNSET:
            _set_field(self, "created", created)
        if error_summary is not UNSET:
            _set_field(self, "error_summary", error_summary)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_push is not UNSET:
            _set_field(self, "last_push", last_push)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if source_group_id is not UNSET:
            _set_field(self, "source_group_id", source_group_id)
        if status is not UNSET:
            _set_field(self, "status", status)
        if target_group_id is not UNSET:
            _set_field(self, "target_group_id", target_group_id)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("app_config", UNSET)) is not UNSET and not omit_read_only:
            d["appConfig"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("error_summary", UNSET)) is not UNSET and not omit_read_only:
            d["errorSummary"] = v
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_push", UNSET)) is not UNSET and not omit_read_only:
            d["lastPush"] = _convert.dump_datetime(v)
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("source_group_id", UNSET)) is not UNSET and not omit_read_only:
            d["sourceGroupId"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("target_group_id", UNSET)) is not UNSET and not omit_read_only:
            d["targetGroupId"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("appConfig", UNSET)) is not UNSET:
            obj.app_config = v
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("errorSummary", UNSET)) is not UNSET:
            obj.error_summary = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastPush", UNSET)) is not UNSET:
            obj.last_push = _convert.parse_datetime(v, False)
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("sourceGroupId", UNSET)) is not UNSET:
            obj.source_group_id = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("targetGroupId", UNSET)) is not UNSET:
            obj.target_group_id = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
