from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


_parse_status = _convert.enum_parser(MyAccessRequestStatus)


def _parse_requested_by(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _governance_principal.GovernancePrincipal.from_json(v)
            if lazy
            else _governance_principal.GovernancePrincipal.from_dict(v)
        )
    return _convert.parse_model(_governance_principal.GovernancePrincipal, v)


def _parse_requested_for(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _governance_target_principal.GovernanceTargetPrincipal.from_json(v)
            if lazy
            else _governance_target_principal.GovernanceTargetPrincipal.from_dict(v)
        )
    return _convert.parse_model(_governance_target_principal.GovernanceTargetPrincipal, v)


def _parse_requested(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _governance_requested_resource.GovernanceRequestedResource.from_json(v)
            if lazy
            else _governance_requested_resource.GovernanceRequestedResource.from_dict(v)
        )
    return _convert.parse_model(_governance_requested_resource.GovernanceRequestedResource, v)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _my_access_request_links.MyAccessRequestLinks.from_json(v)
            if lazy
            else _my_access_request_links.MyAccessRequestLinks.from_dict(v)
        )
    return _convert.parse_model(_my_access_request_links.MyAccessRequestLinks, v)


_parse_grant_status = _convert.enum_parser(MyAccessRequestGrantStatus)

_parse_revocation_status = _convert.enum_parser(MyAccessRequestRevocationStatus)


def _parse_requester_field_values(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _requester_field_value.RequesterFieldValue.from_json
        if lazy
        else _requester_field_value.RequesterFieldValue.from_dict,
        v,
    )


def _parse_request_approval(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _governance_request_approval.GovernanceRequestApproval.from_json(v)
            if lazy
            else _governance_request_approval.GovernanceRequestApproval.from_dict(v)
        )
    return _convert.parse_model(_governance_request_approval.GovernanceRequestApproval, v)


def _parse_risk_assessment(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _governance_risk_assessment.GovernanceRiskAssessment.from_json(v)
            if lazy
            else _governance_risk_assessment.GovernanceRiskAssessment.from_dict(v)
        )
    return _convert.parse_model(_governance_risk_assessment.GovernanceRiskAssessment, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "id": ("id", None),
        "created": ("created", _convert.parse_datetime),
        "created_by": ("createdBy", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "last_updated_by": ("lastUpdatedBy", None),
        "status": ("status", _parse_status),
        "requested_by": ("requestedBy", _parse_requested_by),
        "requested_for": ("requestedFor", _parse_requested_for),
        "requested": ("requested", _parse_requested),
        "field_links": ("_links", _parse_field_links),
        "resolved": ("resolved", _convert.parse_datetime),
        "grant_status": ("grantStatus", _parse_grant_status),
        "granted": ("granted", _convert.parse_datetime),
        "revocation_status": ("revocationStatus", _parse_revocation_status),
        "revoked": ("revoked", _convert.parse_datetime),
        "revocation_scheduled": ("revocationScheduled", _convert.parse_datetime),
        "access_duration": ("accessDuration", None),
        "requester_field_values": ("requesterFieldValues", _parse_requester_field_values),
        "request_approval": ("requestApproval", _parse_request_approval),
        "risk_assessment": ("riskAssessment", _parse_risk_assessment),
    }

    id: str | None = _attrs_field(init=False)
    created: datetime.datetime | None = _attrs_field(init=False)
    created_by: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    last_updated_by: str | None = _attrs_field(init=False)
    status: MyAccessRequestStatus | None = _attrs_field(init=False)
    requested_by: GovernancePrincipal | None = _attrs_field(init=False)
    requested_for: GovernanceTargetPrincipal | None = _attrs_field(init=False)
    requested: GovernanceRequestedResource | None = _attrs_field(init=False)
    field_links: MyAccessRequestLinks | None = _attrs_field(init=False)
    resolved: datetime.datetime | None = _attrs_field(init=False)
    grant_status: MyAccessRequestGrantStatus | None = _attrs_field(init=False)
    granted: datetime.datetime | None = _attrs_field(init=False)
    revocation_status: MyAccessRequestRevocationStatus | None = _attrs_field(init=False)
    revoked: datetime.datetime | None = _attrs_field(init=False)
    revocation_scheduled: datetime.datetime | None = _attrs_field(init=False)
    access_duration: str | None = _attrs_field(init=False)
    requester_field_values: list[RequesterFieldValue] | None = _attrs_field(init=False)
    request_approval: GovernanceRequestApproval | None = _attrs_field(init=False)
    risk_assessment: GovernanceRiskAssessment | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        id: str | None | Unset,
        created: datetime.datetime | None | Unset,
        created_by: str | None | Unset,
        last_updated: datetime.datetime | None | Unset,
        last_updated_by: str | None | Unset,
        status: MyAccessRequestStatus | None | Unset,
        requested_by: GovernancePrincipal | None | Unset,
        requested_for: GovernanceTargetPrincipal | None | Unset,
        requested: GovernanceRequestedResource | None | Unset,
        field_links: MyAccessRequestLinks | None | Unset,
        resolved: datetime.datetime | None | Unset = UNSET,
        grant_status: MyAccessRequestGrantStatus | None | Unset = UNSET,
        granted: datetime.datetime | None | Unset = UNSET,
        revocation_status: MyAccessRequestRevocationStatus | None | Unset = UNSET,
        revoked: datetime.datetime | None | Unset = UNSET,
        revocation_scheduled: datetime.datetime | None | Unset = UNSET,
        access_duration: str | None | Unset = UNSET,
        requester_field_values: list[RequesterFieldValue] | None | Unset = UNSET,
        request_approval: GovernanceRequestApproval | None | Unset = UNSET,
        risk_assessment: GovernanceRiskAssessment | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if id is not UNSET:
            _set_field(self, "id", id)
        if created is not UNSET:
            _set_field(self, "created", created)
        if created_by is not UNSET:
            _set_field(self, "created_by", created_by)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if last_updated_by is not UNSET:
            _set_field(self, "last_updated_by", last_updated_by)
        if status is not UNSET:
            _set_field(self, "status", status)
        if requested_by is not UNSET:
            _set_field(self, "requested_by", requested_by)
        if requested_for is not UNSET:
            _set_field(self, "requested_for", requested_for)
        if requested is not UNSET:
            _set_field(self, "requested", requested)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if resolved is not UNSET:
            _set_field(self, "resolved", resolved)
        if grant_status is not UNSET:
            _set_field(self, "grant_status", grant_status)
        if granted is not UNSET:
            _set_field(self, "granted", granted)
        if revocation_status is not UNSET:
            _set_field(self, "revocation_status", revocation_status)
        if revoked is not UNSET:
            _set_field(self, "revoked", revoked)
        if revocation_scheduled is not UNSET:
            _set_field(self, "revocation_scheduled", revocation_scheduled)
        if access_duration is not UNSET:
            _set_field(self, "access_duration", access_duration)
        if requester_field_values is not UNSET:
            _set_field(self, "requester_field_values", requester_field_values)
        if request_approval is not UNSET:
            _set_field(self, "request_approval", request_approval)
        if risk_assessment is not UNSET:
            _set_field(self, "risk_assessment", risk_assessment)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("created_by", UNSET)) is not UNSET and not omit_read_only:
            d["createdBy"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("last_updated_by", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdatedBy"] = v
        if (v := values.get("status", UNSET)) is not UNSET and not omit_read_only:
            d["status"] = v
        if (v := values.get("requested_by", UNSET)) is not UNSET:
            d["requestedBy"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("requested_for", UNSET)) is not UNSET:
            d["requestedFor"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("requested", UNSET)) is not UNSET:
            d["requested"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("resolved", UNSET)) is not UNSET and not omit_read_only:
            d["resolved"] = _convert.dump_datetime(v)
        if (v := values.get("grant_status", UNSET)) is not UNSET and not omit_read_only:
            d["grantStatus"] = v
        if (v := values.get("granted", UNSET)) is not UNSET and not omit_read_only:
            d["granted"] = _convert.dump_datetime(v)
        if (v := values.get("revocation_status", UNSET)) is not UNSET and not omit_read_only:
            d["revocationStatus"] = v
        if (v := values.get("revoked", UNSET)) is not UNSET and not omit_read_only:
            d["revoked"] = _convert.dump_datetime(v)
        if (v := values.get("revocation_scheduled", UNSET)) is not UNSET and not omit_read_only:
            d["revocationScheduled"] = _convert.dump_datetime(v)
        if (v := values.get("access_duration", UNSET)) is not UNSET and not omit_read_only:
            d["accessDuration"] = v
        if (v := values.get("requester_field_values", UNSET)) is not UNSET:
            d["requesterFieldValues"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("request_approval", UNSET)) is not UNSET:
            d["requestApproval"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("risk_assessment", UNSET)) is not UNSET:
            d["riskAssessment"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("createdBy", UNSET)) is not UNSET:
            obj.created_by = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("lastUpdatedBy", UNSET)) is not UNSET:
            obj.last_updated_by = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("requestedBy", UNSET)) is not UNSET:
            obj.requested_by = _parse_requested_by(v, False)
        if (v := d.pop("requestedFor", UNSET)) is not UNSET:
            obj.requested_for = _parse_requested_for(v, False)
        if (v := d.pop("requested", UNSET)) is not UNSET:
            obj.requested = _parse_requested(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("resolved", UNSET)) is not UNSET:
            obj.resolved = _convert.parse_datetime(v, False)
        if (v := d.pop("grantStatus", UNSET)) is not UNSET:
            obj.grant_status = _parse_grant_status(v, False)
        if (v := d.pop("granted", UNSET)) is not UNSET:
            obj.granted = _convert.parse_datetime(v, False)
        if (v := d.pop("revocationStatus", UNSET)) is not UNSET:
            obj.revocation_status = _parse_revocation_status(v, False)
        if (v := d.pop("revoked", UNSET)) is not UNSET:
            obj.revoked = _convert.parse_datetime(v, False)
        if (v := d.pop("revocationScheduled", UNSET)) is not UNSET:
            obj.revocation_scheduled = _convert.parse_datetime(v, False)
        if (v := d.pop("accessDuration", UNSET)) is not UNSET:
            obj.access_duration = v
        if (v := d.pop("requesterFieldValues", UNSET)) is not UNSET:
            obj.requester_field_values = _parse_requester_field_values(v, False)
        if (v := d.pop("requestApproval", UNSET)) is not UNSET:
            obj.request_approval = _parse_request_approval(v, False)
        if (v := d.pop("riskAssessment", UNSET)) is not UNSET:
            obj.risk_assessment = _parse_risk_assessment(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
