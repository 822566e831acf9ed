from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import governance_principal as _governance_principal
from . import governance_request_approval as _governance_request_approval
from . import governance_requested_resource as _governance_requested_resource
from . import governance_risk_assessment as _governance_risk_assessment
from . import governance_target_principal as _governance_target_principal
from . import my_access_request_links as _my_access_request_links
from . import requester_field_value as _requester_field_value
from .my_access_request_grant_status import MyAccessRequestGrantStatus
from .my_access_request_revocation_status import MyAccessRequestRevocationStatus
from .my_access_request_status import MyAccessRequestStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .governance_principal import GovernancePrincipal
    from .governance_request_approval import GovernanceRequestApproval
    from .governance_requested_resource import GovernanceRequestedResource
    from .governance_risk_assessment import GovernanceRiskAssessment
    from .governance_target_principal import GovernanceTargetPrincipal
    from .my_access_request_links import MyAccessRequestLinks
    from .requester_field_value import RequesterFieldValue


@_attrs_define(kw_only=True)
class MyAccessRequest(OktaModel):
    """An access request for a catalog entry: the state of its approval (`status`) and of granting the
    access (`grantStatus`).

    Attributes:
        id (read-only, never sent): Request id.
        created (read-only, never sent): When the request was created.
        created_by (`createdBy`, read-only, never sent): Okta user id of the creator.
        last_updated (`lastUpdated`, read-only, never sent): When the request last changed.
        last_updated_by (`lastUpdatedBy`, read-only, never sent): Okta user id of whoever last changed the request.
        status (read-only, never sent): Status of an access request.
        requested_by (`requestedBy`): The principal who made a request.
        requested_for (`requestedFor`): The user a request is for.
        requested: What a request asks for.
        field_links (`_links`, read-only, never sent): Links of a request. `approvalSequence` and `approvalCondition` appear once the request has
            been matched to a request condition.
        resolved (read-only, never sent): When the request was resolved; null while open, and null again if it is reopened.
        grant_status (`grantStatus`, read-only, never sent): Grant status of a request: whether the approved access was granted (`GRANTED`), could not
            be (`FAILED`) or needs granting by hand (`MANUAL_REQUIRED`).
        granted (read-only, never sent): When the approved access was granted; set only once `status` is `APPROVED`.
        revocation_status (`revocationStatus`, read-only, never sent): Whether the granted access was revoked.
        revoked (read-only, never sent): When the granted access was revoked.
        revocation_scheduled (`revocationScheduled`, read-only, never sent): When granted, time-limited access is scheduled to be revoked.
        access_duration (`accessDuration`, read-only, never sent): How long access lasts once granted (ISO 8601 duration of one unit: D, H or M); null when
            not time-limited.
        requester_field_values (`requesterFieldValues`): Values given for the requester fields.
        request_approval (`requestApproval`): How a request was approved, and by whom.
        risk_assessment (`riskAssessment`): Separation-of-duties assessment of a request: whether submitting is allowed or restricted,
            and the rules behind possible conflicts.
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
        "grantStatus": "grant_status",
        "granted": "granted",
        "revocationStatus": "revocation_status",
        "revoked": "revoked",
        "revocationScheduled": "revocation_scheduled",
        "accessDuration": "access_duration",
        "requesterFieldValues": "requester_field_values",
        "requestApproval": "request_approval",
        "riskAssessment": "risk_assessment",
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
        "grant_status": "enum",
        "granted": "datetime",
        "revocation_status": "enum",
        "revoked": "datetime",
        "revocation_scheduled": "datetime",
        "access_duration": "str",
        "requester_field_values": "list:model",
        "request_approval": "model",
        "risk_assessment": "model",
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
            _governance_target_principal.GovernanceTargetPrincipal.from_json(v)
            if (v := d.get("requestedFor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_target_principal.GovernanceTargetPrincipal, v)
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
        "grant_status": lambda d: (
            _convert.parse_enum(MyAccessRequestGrantStatus, v)
            if (v := d.get("grantStatus", UNSET)).__class__ is str
            else v
        ),
        "granted": lambda d: _convert.parse_datetime_text(v) if (v := d.get("granted", UNSET)).__class__ is str else v,
        "revocation_status": lambda d: (
            _convert.parse_enum(MyAccessRequestRevocationStatus, v)
            if (v := d.get("revocationStatus", UNSET)).__class__ is str
            else v
        ),
        "revoked": lambda d: _convert.parse_datetime_text(v) if (v := d.get("revoked", UNSET)).__class__ is str else v,
        "revocation_scheduled": lambda d: (
            _convert.parse_datetime_text(v) if (v := d.get("revocationScheduled", UNSET)).__class__ is str else v
        ),
        "access_duration": "accessDuration",
        "requester_field_values": lambda d: _convert.parse_model_list(
            _requester_field_value.RequesterFieldValue.from_json, d.get("requesterFieldValues", UNSET)
        ),
        "request_approval": lambda d: (
            _governance_request_approval.GovernanceRequestApproval.from_json(v)
            if (v := d.get("requestApproval", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_request_approval.GovernanceRequestApproval, v)
        ),
        "risk_assessment": lambda d: (
            _governance_risk_assessment.GovernanceRiskAssessment.from_json(v)
            if (v := d.get("riskAssessment", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_risk_assessment.GovernanceRiskAssessment, v)
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
    requested_for: GovernanceTargetPrincipal | None | Unset
    requested: GovernanceRequestedResource | None | Unset
    field_links: MyAccessRequestLinks | None | Unset
    resolved: datetime.datetime | None | Unset = UNSET
    grant_status: MyAccessRequestGrantStatus | None | Unset = UNSET
    granted: datetime.datetime | None | Unset = UNSET
    revocation_status: MyAccessRequestRevocationStatus | None | Unset = UNSET
    revoked: datetime.datetime | None | Unset = UNSET
    revocation_scheduled: datetime.datetime | None | Unset = UNSET
    access_duration: str | None | Unset = UNSET
    requester_field_values: list[RequesterFieldValue] | None | Unset = UNSET
    request_approval: GovernanceRequestApproval | None | Unset = UNSET
    risk_assessment: GovernanceRiskAssessment | None | Unset = UNSET

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
        if self.grant_status is not UNSET and not omit_read_only:
            d["grantStatus"] = self.grant_status
        if self.granted is not UNSET and not omit_read_only:
            d["granted"] = _convert.dump_datetime(self.granted)
        if self.revocation_status is not UNSET and not omit_read_only:
            d["revocationStatus"] = self.revocation_status
        if self.revoked is not UNSET and not omit_read_only:
            d["revoked"] = _convert.dump_datetime(self.revoked)
        if self.revocation_scheduled is not UNSET and not omit_read_only:
            d["revocationScheduled"] = _convert.dump_datetime(self.revocation_scheduled)
        if self.access_duration is not UNSET and not omit_read_only:
            d["accessDuration"] = self.access_duration
        if self.requester_field_values is not UNSET:
            d["requesterFieldValues"] = _convert.dump_model_list(self.requester_field_values, omit_read_only)
        if self.request_approval is not UNSET:
            d["requestApproval"] = _convert.dump_model(self.request_approval, omit_read_only)
        if self.risk_assessment is not UNSET:
            d["riskAssessment"] = _convert.dump_model(self.risk_assessment, omit_read_only)
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
            _governance_target_principal.GovernanceTargetPrincipal.from_dict(v)
            if (v := d.pop("requestedFor", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_target_principal.GovernanceTargetPrincipal, v)
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
        obj.grant_status = (
            _convert.parse_enum(MyAccessRequestGrantStatus, v)
            if (v := d.pop("grantStatus", UNSET)).__class__ is str
            else v
        )
        obj.granted = _convert.parse_datetime_text(v) if (v := d.pop("granted", UNSET)).__class__ is str else v
        obj.revocation_status = (
            _convert.parse_enum(MyAccessRequestRevocationStatus, v)
            if (v := d.pop("revocationStatus", UNSET)).__class__ is str
            else v
        )
        obj.revoked = _convert.parse_datetime_text(v) if (v := d.pop("revoked", UNSET)).__class__ is str else v
        obj.revocation_scheduled = (
            _convert.parse_datetime_text(v) if (v := d.pop("revocationScheduled", UNSET)).__class__ is str else v
        )
        obj.access_duration = d.pop("accessDuration", UNSET)
        obj.requester_field_values = _convert.parse_model_list(
            _requester_field_value.RequesterFieldValue.from_dict, d.pop("requesterFieldValues", UNSET)
        )
        obj.request_approval = (
            _governance_request_approval.GovernanceRequestApproval.from_dict(v)
            if (v := d.pop("requestApproval", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_request_approval.GovernanceRequestApproval, v)
        )
        obj.risk_assessment = (
            _governance_risk_assessment.GovernanceRiskAssessment.from_dict(v)
            if (v := d.pop("riskAssessment", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_governance_risk_assessment.GovernanceRiskAssessment, v)
        )
        obj.additional_properties = d
        return obj
