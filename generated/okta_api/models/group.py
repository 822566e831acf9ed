from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group_profile as _group_profile
from .group_type import GroupType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .group_profile import GroupProfile


@_attrs_define(kw_only=True)
class Group(OktaModel):
    """An Okta `Group`.

    Attributes:
        field_embedded (`_embedded`, read-only, never sent): dict[str, Any]
        field_links (`_links`, read-only, never sent): dict[str, Any]
        created (read-only, never sent): datetime.datetime
        id (read-only, never sent): str
        last_membership_updated (`lastMembershipUpdated`, read-only, never sent): datetime.datetime
        last_updated (`lastUpdated`, read-only, never sent): datetime.datetime
        object_class (`objectClass`, read-only, never sent): list[str]
        profile: GroupProfile
        type_ (`type`): GroupType
    """

    _json_names: ClassVar[dict[str, str]] = {
        "_embedded": "field_embedded",
        "_links": "field_links",
        "created": "created",
        "id": "id",
        "lastMembershipUpdated": "last_membership_updated",
        "lastUpdated": "last_updated",
        "objectClass": "object_class",
        "profile": "profile",
        "type": "type_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "field_embedded": "dict",
        "field_links": "dict",
        "created": "datetime",
        "id": "str",
        "last_membership_updated": "datetime",
        "last_updated": "datetime",
        "object_class": "list:str",
        "profile": "model",
        "type_": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "field_embedded": "_embedded",
        "field_links": "_links",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_membership_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastMembershipUpdated", UNSET)).__class__ is str else v
        ),
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "object_class": "objectClass",
        "profile": lambda d: (
            _group_profile.GroupProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_profile.GroupProfile, v)
        ),
        "type_": lambda d: _convert.parse_enum(GroupType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "additional_properties": lambda d: _convert.undeclared(d, Group._json_names),
    }

    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: dict[str, Any] | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_membership_updated: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    object_class: list[str] | None | Unset = UNSET
    profile: GroupProfile | None | Unset = UNSET
    type_: GroupType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = self.field_links
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_membership_updated is not UNSET and not omit_read_only:
            d["lastMembershipUpdated"] = _convert.dump_datetime(self.last_membership_updated)
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.object_class is not UNSET and not omit_read_only:
            d["objectClass"] = self.object_class
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
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
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = d.pop("_links", UNSET)
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_membership_updated = (
            _convert.parse_datetime_text(v) if (v := d.pop("lastMembershipUpdated", UNSET)).__class__ is str else v
        )
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.object_class = d.pop("objectClass", UNSET)
        obj.profile = (
            _group_profile.GroupProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_profile.GroupProfile, v)
        )
        obj.type_ = _convert.parse_enum(GroupType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
