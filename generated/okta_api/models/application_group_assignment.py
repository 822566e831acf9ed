from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import application_group_assignment_links as _application_group_assignment_links
from . import group_assignment_profile as _group_assignment_profile

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .application_group_assignment_links import ApplicationGroupAssignmentLinks
    from .group_assignment_profile import GroupAssignmentProfile


@_attrs_define(kw_only=True)
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
        "id": "id",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "priority": "priority",
        "profile": lambda d: (
            _group_assignment_profile.GroupAssignmentProfile.from_json(v)
            if (v := d.get("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_assignment_profile.GroupAssignmentProfile, v)
        ),
        "field_embedded": "_embedded",
        "field_links": lambda d: (
            _application_group_assignment_links.ApplicationGroupAssignmentLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_group_assignment_links.ApplicationGroupAssignmentLinks, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, ApplicationGroupAssignment._json_names),
    }

    id: str | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    priority: int | None | Unset = UNSET
    profile: GroupAssignmentProfile | None | Unset = UNSET
    field_embedded: dict[str, Any] | None | Unset = UNSET
    field_links: ApplicationGroupAssignmentLinks | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.priority is not UNSET:
            d["priority"] = self.priority
        if self.profile is not UNSET:
            d["profile"] = _convert.dump_model(self.profile, omit_read_only)
        if self.field_embedded is not UNSET and not omit_read_only:
            d["_embedded"] = self.field_embedded
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
        obj.id = d.pop("id", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.priority = d.pop("priority", UNSET)
        obj.profile = (
            _group_assignment_profile.GroupAssignmentProfile.from_dict(v)
            if (v := d.pop("profile", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_group_assignment_profile.GroupAssignmentProfile, v)
        )
        obj.field_embedded = d.pop("_embedded", UNSET)
        obj.field_links = (
            _application_group_assignment_links.ApplicationGroupAssignmentLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_application_group_assignment_links.ApplicationGroupAssignmentLinks, v)
        )
        obj.additional_properties = d
        return obj
