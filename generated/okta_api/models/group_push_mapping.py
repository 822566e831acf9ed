from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group_push_mapping_links as _group_push_mapping_links
from .group_push_mapping_status import GroupPushMappingStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .group_push_mapping_links import GroupPushMappingLinks


@_attrs_define(kw_only=True)
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
        "app_config": "appConfig",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "error_summary": "errorSummary",
        "id": "id",
        "last_push": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastPush", UNSET)).__class__ is str else v
        ),
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "source_group_id": "sourceGroupId",
        "status": lambda d: (
            _convert.parse_enum(GroupPushMappingStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "target_group_id": "targetGroupId",
        "field_links": lambda d: (
            _group_push_mapping_links.GroupPushMappingLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_push_mapping_links.GroupPushMappingLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GroupPushMapping._json_names),
    }

    app_config: dict[str, Any] | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    error_summary: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_push: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    source_group_id: str | None | Unset = UNSET
    status: GroupPushMappingStatus | None | Unset = UNSET
    target_group_id: str | None | Unset = UNSET
    field_links: GroupPushMappingLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app_config is not UNSET and not omit_read_only:
            d["appConfig"] = self.app_config
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.error_summary is not UNSET and not omit_read_only:
            d["errorSummary"] = self.error_summary
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_push is not UNSET and not omit_read_only:
            d["lastPush"] = _convert.dump_datetime(self.last_push)
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.source_group_id is not UNSET and not omit_read_only:
            d["sourceGroupId"] = self.source_group_id
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.target_group_id is not UNSET and not omit_read_only:
            d["targetGroupId"] = self.target_group_id
        if self.field_links is not UNSET:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app_config = d.pop("appConfig", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.error_summary = d.pop("errorSummary", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_push = _convert.parse_datetime_text(v) if (v := d.pop("lastPush", UNSET)).__class__ is str else v
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.source_group_id = d.pop("sourceGroupId", UNSET)
        obj.status = (
            _convert.parse_enum(GroupPushMappingStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.target_group_id = d.pop("targetGroupId", UNSET)
        obj.field_links = (
            _group_push_mapping_links.GroupPushMappingLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_push_mapping_links.GroupPushMappingLinks, v)
        )
        obj.additional_properties = d
        return obj
