from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import application_group_assignment_links as _application_group_assignment_links
from . import group_assignment_profile as _group_assignment_profile

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .application_group_assignment_links import ApplicationGroupAssignmentLinks
    from .group_assignment_profile import GroupAssignmentProfile


def _parse_profile(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _group_assignment_profile.GroupAssignmentProfile.from_json(v)
            if lazy
            else _group_assignment_profile.GroupAssignmentProfile.from_dict(v)
        )
    return _convert.parse_model(_group_assignment_profile.GroupAssignmentProfile, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _application_group_assignment_links.ApplicationGroupAssignmentLinks.from_json(v)
            if lazy
            else _application_group_assignment_links.ApplicationGroupAssignmentLinks.from_dict(v)
        )
    return _convert.parse_model(_application_group_assignment_links.ApplicationGroupAssignmentLinks, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class ApplicationGroupAssignment(OktaModel):
    """Application Group Assignment

    The Application Group object that defines a group of users' app-specific profile and credentials for
    an app

    Attributes:
        id (read-only, never sent): ID of the group
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the object was last updated
        priority: Priority assigned to the group. If an app has more than one group assigned to the same
            user, then the group with the higher priority has its profile applied to the [application
            user](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/applicationusers).
            If a priority value isn't specified, then the next highest priority is assigned by
            default.
            See [Assign attribute group
            priority](https://help.okta.com/okta_help.htm?type=oie&id=ext-usgp-app-group-priority) and
            the [sample priority use
            case](https://help.okta.com/okta_help.htm?type=oie&id=ext-usgp-combine-values-use).
        profile: Specifies the profile properties applied to [application
            users](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/applicationusers)
            that are assigned to the app through group membership.
            Some reference properties are imported from the target app and can't be configured. See
            [profile](https://developer.okta.com/docs/api/openapi/okta-management/management/user/getuser#user/getuser/t=response&c=200&path=profile).
        field_embedded (`_embedded`, read-only, never sent): Embedded resource related to the Application Group using the [JSON Hypertext Application
            Language](https://datatracker.ietf.org/doc/html/draft-kelly-json-hal-06) specification.
            If the `expand=group` query parameter is specified, then the group object is embedded.
            If the `expand=metadata` query parameter is specified, then the group assignment metadata
            is embedded.
        field_links (`_links`, read-only, never sent): ApplicationGroupAssignmentLinks
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "lastUpdated": "last_updated",
        "priority": "priority",
        "profile": "profile",
        "_embedded": "field_embedded",
        "_links": "field_links",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "last_updated": "datetime",
        "priority": "int",
        "profile": "model",
        "field_embedded": "dict",
        "field_links": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "priority": ("priority", None),
        "profile": ("profile", _parse_profile),
        "field_embedded": ("_embedded", None),
        "field_links": ("_links", _parse_field_links),
    }

    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    priority: int | None = _attrs_field(init=False)
    profile: GroupAssignmentProfile | None = _attrs_field(init=False)
    field_embedded: dict[str, Any] | None = _attrs_field(init=False)
    field_links: ApplicationGroupAssignmentLinks | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        priority: int | None | Unset = UNSET,
        profile: GroupAssignmentProfile | None | Unset = UNSET,
        field_embedded: dict[str, Any] | None | Unset = UNSET,
        field_links: ApplicationGroupAssignmentLinks | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if priority is not UNSET:
            _set_field(self, "priority", priority)
        if profile is not UNSET:
            _set_field(self, "profile", profile)
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
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("priority", UNSET)) is not UNSET:
            d["priority"] = v
        if (v := values.get("profile", UNSET)) is not UNSET:
            d["profile"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("field_embedded", UNSET)) is not UNSET and not omit_read_only:
            d["_embedded"] = v
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
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("priority", UNSET)) is not UNSET:
            obj.priority = v
        if (v := d.pop("profile", UNSET)) is not UNSET:
            obj.profile = _parse_profile(v, False)
        if (v := d.pop("_embedded", UNSET)) is not UNSET:
            obj.field_embedded = v
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
