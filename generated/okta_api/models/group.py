from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import group_embedded as _group_embedded
from . import group_links as _group_links
from . import okta_active_directory_group_profile as _okta_active_directory_group_profile
from . import okta_user_group_profile as _okta_user_group_profile
from .group_type import GroupType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .group_embedded import GroupEmbedded
    from .group_links import GroupLinks
    from .okta_active_directory_group_profile import OktaActiveDirectoryGroupProfile
    from .okta_user_group_profile import OktaUserGroupProfile


@_attrs_define(kw_only=True)
class Group(OktaModel):
    """An Okta `Group`.

    Attributes:
        created (read-only, never sent): Timestamp when the group was created
        id (read-only, never sent): Unique ID for the group
        last_membership_updated (`lastMembershipUpdated`, read-only, never sent): Timestamp when the groups memberships were last updated
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the group's profile was last updated
        object_class (`objectClass`, read-only, never sent): Determines the group's `profile`
        profile: OktaUserGroupProfile | OktaActiveDirectoryGroupProfile
        type_ (`type`): Determines how a group's profile and memberships are managed
        field_embedded (`_embedded`, read-only, never sent): Embedded resources related to the group
        field_links (`_links`, read-only, never sent): [Discoverable
            resources](https://developer.okta.com/docs/api/openapi/okta-management/management/group/listgroups#group/listgroups/t=response&c=200&path=_links/source)
            related to the group
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "lastMembershipUpdated": "last_membership_updated",
        "lastUpdated": "last_updated",
        "objectClass": "object_class",
        "profile": "profile",
        "type": "type_",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "last_membership_updated": "datetime",
        "last_updated": "datetime",
        "object_class": "list:str",
        "profile": "any",
        "type_": "enum",
        "field_embedded": "model",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "id": "id",
        "last_membership_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastMembershipUpdated", UNSET)).__class__ is str else v
        ),
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "object_class": "objectClass",
        "profile": lambda d: _convert.parse_union(
            (
                _okta_user_group_profile.OktaUserGroupProfile,
                _okta_active_directory_group_profile.OktaActiveDirectoryGroupProfile,
            ),
            d.get("profile", UNSET),
        ),
        "type_": lambda d: _convert.parse_enum(GroupType, v) if (v := d.get("type", UNSET)).__class__ is str else v,
        "field_embedded": lambda d: (
            _group_embedded.GroupEmbedded.from_json(v)
            if (v := d.get("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_embedded.GroupEmbedded, v)
        ),
        "field_links": lambda d: (
            _group_links.GroupLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_links.GroupLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, Group._json_names),
    }

    created: datetime.datetime | None | Unset = UNSET
    id: str | None | Unset = UNSET
    last_membership_updated: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    object_class: list[str] | None | Unset = UNSET
    profile: OktaUserGroupProfile | OktaActiveDirectoryGroupProfile | None | Unset = UNSET
    type_: GroupType | None | Unset = UNSET
    field_embedded: GroupEmbedded | None | Unset = UNSET
    field_links: GroupLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
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
            d["profile"] = _convert.dump_value(self.profile, omit_read_only)
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = _convert.dump_model(self.field_embedded, omit_read_only)
        if self.field_links is not UNSET and not omit_read_only:
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
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.id = d.pop("id", UNSET)
        obj.last_membership_updated = (
            _convert.parse_datetime_text(v) if (v := d.pop("lastMembershipUpdated", UNSET)).__class__ is str else v
        )
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.object_class = d.pop("objectClass", UNSET)
        obj.profile = _convert.parse_union(
            (
                _okta_user_group_profile.OktaUserGroupProfile,
                _okta_active_directory_group_profile.OktaActiveDirectoryGroupProfile,
            ),
            d.pop("profile", UNSET),
        )
        obj.type_ = _convert.parse_enum(GroupType, v) if (v := d.pop("type", UNSET)).__class__ is str else v
        obj.field_embedded = (
            _group_embedded.GroupEmbedded.from_dict(v)
            if (v := d.pop("_embedded", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_embedded.GroupEmbedded, v)
        )
        obj.field_links = (
            _group_links.GroupLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_links.GroupLinks, v)
        )
        obj.additional_properties = d
        return obj
