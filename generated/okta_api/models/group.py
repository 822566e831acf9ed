from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_profile(v: Any, lazy: bool) -> Any:
    return _convert.parse_union(
        (
            _okta_user_group_profile.OktaUserGroupProfile,
            _okta_active_directory_group_profile.OktaActiveDirectoryGroupProfile,
        ),
        v,
    )


_parse_type_ = _convert.enum_parser(GroupType)


def _parse_field_embedded(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _group_embedded.GroupEmbedded.from_json(v) if lazy else _group_embedded.GroupEmbedded.from_dict(v)
    return _convert.parse_model(_group_embedded.GroupEmbedded, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _group_links.GroupLinks.from_json(v) if lazy else _group_links.GroupLinks.from_dict(v)
    return _convert.parse_model(_group_links.GroupLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_membership_updated": ("lastMembershipUpdated", _convert.parse_datetime),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "object_class": ("objectClass", None),
        "profile": ("profile", _parse_profile),
        "type_": ("type", _parse_type_),
        "field_embedded": ("_embedded", _parse_field_embedded),
        "field_links": ("_links", _parse_field_links),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_membership_updated: datetime.datetime | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    object_class: list[str] | None = _attrs_field(init=False)
    profile: OktaUserGroupProfile | OktaActiveDirectoryGroupProfile | None = _attrs_field(init=False)
    type_: GroupType | None = _attrs_field(init=False)
    field_embedded: GroupEmbedded | None = _attrs_field(init=False)
    field_links: GroupLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_membership_updated: datetime.datetime | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        object_class: list[str] | None | Unset = UNSET,
        profile: OktaUserGroupProfile | OktaActiveDirectoryGroupProfile | None | Unset = UNSET,
        type_: GroupType | None | Unset = UNSET,
        field_embedded: GroupEmbedded | None | Unset = UNSET,
        field_links: GroupLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_membership_updated is not UNSET:
            _set_field(self, "last_membership_updated", last_membership_updated)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if object_class is not UNSET:
            _set_field(self, "object_class", object_class)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if field_embedded is not UNSET:
            _set_field(self, "field_embedded", field_embedded)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_membership_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastMembershipUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("object_class", UNSET)) is not UNSET and not omit_read_only:
            d["objectClass"] = v
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_value(v, omit_read_only)
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("field_embedded", UNSET)) is not UNSET and not omit_read_only:
            d["_embedded"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
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
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastMembershipUpdated", UNSET)) is not UNSET:
            obj.last_membership_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("objectClass", UNSET)) is not UNSET:
            obj.object_class = v
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = _parse_field_embedded(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
