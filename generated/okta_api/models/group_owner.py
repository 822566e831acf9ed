from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .group_owner_origin_type import GroupOwnerOriginType
from .group_owner_type import GroupOwnerType

if TYPE_CHECKING:
    import datetime
    from typing import Self


_parse_origin_type = _convert.enum_parser(GroupOwnerOriginType)

_parse_type_ = _convert.enum_parser(GroupOwnerType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "display_name": ("displayName", None),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "origin_id": ("originId", None),
        "origin_type": ("originType", _parse_origin_type),
        "resolved": ("resolved", None),
        "type_": ("type", _parse_type_),
    }

    display_name: str | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    origin_id: str | None = _attrs_field(init=False)
    origin_type: GroupOwnerOriginType | None = _attrs_field(init=False)
    resolved: bool | None = _attrs_field(init=False)
    type_: GroupOwnerType | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        display_name: str | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        origin_id: str | None | Unset = UNSET,
        origin_type: GroupOwnerOriginType | None | Unset = UNSET,
        resolved: bool | None | Unset = UNSET,
        type_: GroupOwnerType | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if display_name is not UNSET:
            _set_field(self, "display_name", display_name)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if origin_id is not UNSET:
            _set_field(self, "origin_id", origin_id)
        if origin_type is not UNSET:
            _set_field(self, "origin_type", origin_type)
        if resolved is not UNSET:
            _set_field(self, "resolved", resolved)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("display_name", UNSET)) is not UNSET and not omit_read_only:
            d["displayName"] = v
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("origin_id", UNSET)) is not UNSET:
            d["originId"] = v
        if (v := values.get("origin_type", UNSET)) is not UNSET:
            d["originType"] = v
        if (v := values.get("resolved", UNSET)) is not UNSET:
            d["resolved"] = v
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
        if (v := d.pop("displayName", UNSET)) is not UNSET:
            obj.display_name = v
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("originId", UNSET)) is not UNSET:
            obj.origin_id = v
        if (v := d.pop("originType", UNSET)) is not UNSET:
            obj.origin_type = _parse_origin_type(v, False)
        if (v := d.pop("resolved", UNSET)) is not UNSET:
            obj.resolved = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
