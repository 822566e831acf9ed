from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .group_owner_origin_type import GroupOwnerOriginType
from .group_owner_type import GroupOwnerType

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class GroupOwner(OktaModel):
    """An Okta `GroupOwner`.

    Attributes:
        display_name (`displayName`, read-only, never sent): The display name of the group owner
        id: The `id` of the group owner
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the group owner was last updated
        origin_id (`originId`): The ID of the app instance if the `originType` is `APPLICATION`. This value is `NULL` if
            `originType` is `OKTA_DIRECTORY`.
        origin_type (`originType`): The source where group ownership is managed
        resolved: If `originType`is APPLICATION, this parameter is set to `FALSE` until the owner's
            `originId` is reconciled with an associated Okta ID.
        type_ (`type`): The entity type of the owner
    """

    _json_names: ClassVar[dict[str, str]] = {
        "displayName": "display_name",
        "id": "id",
        "lastUpdated": "last_updated",
        "originId": "origin_id",
        "originType": "origin_type",
        "resolved": "resolved",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "display_name": "str",
        "id": "str",
        "last_updated": "datetime",
        "origin_id": "str",
        "origin_type": "enum",
        "resolved": "bool",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "display_name": "displayName",
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "origin_id": "originId",
        "origin_type": lambda d: (
            _convert.parse_enum(GroupOwnerOriginType, v) if (v := d.get("originType", UNSET)).__class__ is str else v
        ),
        "resolved": "resolved",
        "type_": lambda d: (
            _convert.parse_enum(GroupOwnerType, v) if (v := d.get("type", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GroupOwner._json_names),
    }

    display_name: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    origin_id: str | None | Unset = UNSET
    origin_type: GroupOwnerOriginType | None | Unset = UNSET
    resolved: bool | None | Unset = UNSET
    type_: GroupOwnerType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.display_name is not UNSET and not omit_read_only:
            d["displayName"] = self.display_name
        if self.id is not UNSET:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.origin_id is not UNSET:
            d["originId"] = self.origin_id
        if self.origin_type is not UNSET:
            d["originType"] = self.origin_type
        if self.resolved is not UNSET:
            d["resolved"] = self.resolved
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
        obj.display_name = d.pop("displayName", UNSET)
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.origin_id = d.pop("originId", UNSET)
        obj.origin_type = (
            _convert.parse_enum(GroupOwnerOriginType, v) if (v := d.pop("originType", UNSET)).__class__ is str else v
        )
        obj.resolved = d.pop("resolved", UNSET)
        obj.type_ = _convert.parse_enum(GroupOwnerType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
