from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import governance_principal as _governance_principal
from . import governance_requested_resource as _governance_requested_resource
from . import my_access_request_links as _my_access_request_links
from . import requester_field_value as _requester_field_value
from .my_access_request_status import MyAccessRequestStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .governance_principal import GovernancePrincipal
    from .governance_requested_resource import GovernanceRequestedResource
    from .my_access_request_links import MyAccessRequestLinks
    from .requester_field_value import RequesterFieldValue


@_attrs_define(kw_only=True)
class MyAccessRequest(OktaModel):
    """An access request for a catalog entry.

    Attributes:
        id (read-only, never sent): Request id.
        created (read-only, never sent): When the request was created.
        created_by (`createdBy`, read-only, never sent): Okta user id of the creator.
        last_updated (`lastUpdated`, read-only, never sent): When the request last changed.
        last_updated_by (`lastUpdatedBy`, read-only, never sent): Okta user id of whoever last changed the request.
        status (read-only, never sent): Processing state of an access request.
        requested_by (`requestedBy`): The user who made, or is the subject of, a request.
        requested_for (`requestedFor`): The user who made, or is the subject of, a request.
        requested: What a request asks for.
        field_links (`_links`, read-only, never sent): Links of a request. `approvalSequence` and `approvalCondition` appear once the request has
            been matched to a request condition.
        resolved (read-only, never sent): When the request was resolved; null while open.
        access_duration (`accessDuration`, read-only, never sent): Granted access duration (ISO 8601), if time-limited.
        requester_field_values (`requesterFieldValues`): Values given for the requester fields.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "created": "created",
        "createdBy": "created_by",
        "lastUpdated": "last_updated",
        "lastUpdatedBy": "last_updated_by",
        "status": "status",
        "requestedBy": "requested_by",
        "requestedFor": "requested_for",
        "requested": "requested",
        "_links": "field_links",
        "resolved": "resolved",
        "accessDuration": "access_duration",
        "requesterFieldValues": "requester_field_values",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "created": "datetime",
        "created_by": "str",
        "last_updated": "datetime",
        "last_updated_by": "str",
        "status": "enum",
        "requested_by": "model",
        "requested_for": "model",
        "requested": "model",
        "field_links": "model",
        "resolved": "datetime",
        "access_duration": "str",
        "requester_field_values": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "created": lambda d: _convert.parse_datetime_text(v) if (v := d.get("created", UNSET)).__class__ is str else v,
        "created_by": "createdBy",
        "last_updated": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("lastUpdated", UNSET)).__class__ is str else v
        ),
        "last_updated_by": "lastUpdatedBy",
        "status": lambda d: (
            _convert.parse_enum(MyAccessRequestStatus, v) if (v := d.get("status", UNSET)).__class__ is str else v
        ),
        "requested_by": lambda d: (
            _governance_principal.GovernancePrincipal.from_json(v)
            if (v := d.get("requestedBy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_principal.GovernancePrincipal, v)
        ),
        "requested_for": lambda d: (
            _governance_principal.GovernancePrincipal.from_json(v)
            if (v := d.get("requestedFor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_principal.GovernancePrincipal, v)
        ),
        "requested": lambda d: (
            _governance_requested_resource.GovernanceRequestedResource.from_json(v)
            if (v := d.get("requested", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_requested_resource.GovernanceRequestedResource, v)
        ),
        "field_links": lambda d: (
            _my_access_request_links.MyAccessRequestLinks.from_json(v)
            if (v := d.get("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_my_access_request_links.MyAccessRequestLinks, v)
        ),
        "resolved": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("resolved", UNSET)).__class__ is str else v
        ),
        "access_duration": "accessDuration",
        "requester_field_values": lambda d: _convert.parse_model_list(
            _requester_field_value.RequesterFieldValue.from_json, d.get("requesterFieldValues", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, MyAccessRequest._json_names),
    }

    id: str | None | Unset
    created: datetime.datetime | None | Unset
    created_by: str | None | Unset
    last_updated: datetime.datetime | None | Unset
    last_updated_by: str | None | Unset
    status: MyAccessRequestStatus | None | Unset
    requested_by: GovernancePrincipal | None | Unset
    requested_for: GovernancePrincipal | None | Unset
    requested: GovernanceRequestedResource | None | Unset
    field_links: MyAccessRequestLinks | None | Unset
    resolved: datetime.datetime | None | Unset = UNSET
    access_duration: str | None | Unset = UNSET
    requester_field_values: list[RequesterFieldValue] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET and not omit_read_only:
            d["id"] = self.id
        if self.created is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(self.created)
        if self.created_by is not UNSET and not omit_read_only:
            d["createdBy"] = self.created_by
        if self.last_updated is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(self.last_updated)
        if self.last_updated_by is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = self.last_updated_by
        if self.status is not UNSET and not omit_read_only:
            d["status"] = self.status
        if self.requested_by is not UNSET:
            d["requestedBy"] = _convert.dump_model(self.requested_by, omit_read_only)
        if self.requested_for is not UNSET:
            d["requestedFor"] = _convert.dump_model(self.requested_for, omit_read_only)
        if self.requested is not UNSET:
            d["requested"] = _convert.dump_model(self.requested, omit_read_only)
        if self.field_links is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(self.field_links, omit_read_only)
        if self.resolved is not UNSET and not omit_read_only:
            d["resolved"] = _convert.dump_datetime(self.resolved)
        if self.access_duration is not UNSET and not omit_read_only:
            d["accessDuration"] = self.access_duration
        if self.requester_field_values is not UNSET:
            d["requesterFieldValues"] = _convert.dump_model_list(self.requester_field_values, omit_read_only)
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
        obj.created = _convert.parse_datetime_text(v) if (v := d.pop("created", UNSET)).__class__ is str else v
        obj.created_by = d.pop("createdBy", UNSET)
        obj.last_updated = _convert.parse_datetime_text(v) if (v := d.pop("lastUpdated", UNSET)).__class__ is str else v
        obj.last_updated_by = d.pop("lastUpdatedBy", UNSET)
        obj.status = (
            _convert.parse_enum(MyAccessRequestStatus, v) if (v := d.pop("status", UNSET)).__class__ is str else v
        )
        obj.requested_by = (
            _governance_principal.GovernancePrincipal.from_dict(v)
            if (v := d.pop("requestedBy", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_principal.GovernancePrincipal, v)
        )
        obj.requested_for = (
            _governance_principal.GovernancePrincipal.from_dict(v)
            if (v := d.pop("requestedFor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_principal.GovernancePrincipal, v)
        )
        obj.requested = (
            _governance_requested_resource.GovernanceRequestedResource.from_dict(v)
            if (v := d.pop("requested", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_requested_resource.GovernanceRequestedResource, v)
        )
        obj.field_links = (
            _my_access_request_links.MyAccessRequestLinks.from_dict(v)
            if (v := d.pop("_links", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_my_access_request_links.MyAccessRequestLinks, v)
        )
        obj.resolved = _convert.parse_datetime_text(v) if (v := d.pop("resolved", UNSET)).__class__ is str else v
        obj.access_duration = d.pop("accessDuration", UNSET)
        obj.requester_field_values = _convert.parse_model_list(
            _requester_field_value.RequesterFieldValue.from_dict, d.pop("requesterFieldValues", UNSET)
        )
        obj.additional_properties = d
        return obj
