from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import governance_approval_decision as _governance_approval_decision
from .governance_approval_provider_type import GovernanceApprovalProviderType
from .governance_request_approval_status import GovernanceRequestApprovalStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .governance_approval_decision import GovernanceApprovalDecision


@_attrs_define(kw_only=True)
class GovernanceRequestApproval(OktaModel):
    """How a request was approved, and by whom.

    Attributes:
        type_ (`type`): Kind of approval system.
        provider_name (`providerName`): Name of the approval system, such as Okta Access Requests or ServiceNow.
        provider_description (`providerDescription`): Description of the approval system.
        external_request_id (`externalRequestId`): Id of the request in an external approval system.
        permalink_id (`permalinkId`): Persistent id that always leads to the request.
        status: The approval system's decision.
        decided: When the approval decision was taken.
        decisions: The decisions taken.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "providerName": "provider_name",
        "providerDescription": "provider_description",
        "externalRequestId": "external_request_id",
        "permalinkId": "permalink_id",
        "status": "status",
        "decided": "decided",
        "decisions": "decisions",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "provider_name": "str",
        "provider_description": "str",
        "external_request_id": "str",
        "permalink_id": "int",
        "status": "enum",
        "decided": "datetime",
        "decisions": "list:model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: (
            _convert.parse_enum(GovernanceApprovalProviderType, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "provider_name": "providerName",
        "provider_description": "providerDescription",
        "external_request_id": "externalRequestId",
        "permalink_id": "permalinkId",
        "status": lambda d: (
            _convert.parse_enum(GovernanceRequestApprovalStatus, v)
            if (v := d.get("status", UNSET)).__class__ is str
            else v
        ),
        "decided": lambda d: _convert.parse_datetime_text(v) if (v := d.get("decided", UNSET)).__class__ is str else v,
        "decisions": lambda d: _convert.parse_model_list(
            _governance_approval_decision.GovernanceApprovalDecision.from_json, d.get("decisions", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, GovernanceRequestApproval._json_names),
    }

    type_: GovernanceApprovalProviderType | None | Unset
    provider_name: str | None | Unset
    provider_description: str | None | Unset = UNSET
    external_request_id: str | None | Unset = UNSET
    permalink_id: int | None | Unset = UNSET
    status: GovernanceRequestApprovalStatus | None | Unset = UNSET
    decided: datetime.datetime | None | Unset = UNSET
    decisions: list[GovernanceApprovalDecision] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.provider_name is not UNSET:
            d["providerName"] = self.provider_name
        if self.provider_description is not UNSET:
            d["providerDescription"] = self.provider_description
        if self.external_request_id is not UNSET:
            d["externalRequestId"] = self.external_request_id
        if self.permalink_id is not UNSET:
            d["permalinkId"] = self.permalink_id
        if self.status is not UNSET:
            d["status"] = self.status
        if self.decided is not UNSET:
            d["decided"] = _convert.dump_datetime(self.decided)
        if self.decisions is not UNSET:
            d["decisions"] = _convert.dump_model_list(self.decisions, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.type_ = (
            _convert.parse_enum(GovernanceApprovalProviderType, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.provider_name = d.pop("providerName", UNSET)
        obj.provider_description = d.pop("providerDescription", UNSET)
        obj.external_request_id = d.pop("externalRequestId", UNSET)
        obj.permalink_id = d.pop("permalinkId", UNSET)
        obj.status = (
            _convert.parse_enum(GovernanceRequestApprovalStatus, v)
            if (v := d.pop("status", UNSET)).__class__ is str
            else v
        )
        obj.decided = _convert.parse_datetime_text(v) if (v := d.pop("decided", UNSET)).__class__ is str else v
        obj.decisions = _convert.parse_model_list(
            _governance_approval_decision.GovernanceApprovalDecision.from_dict, d.pop("decisions", UNSET)
        )
        obj.additional_properties = d
        return obj
