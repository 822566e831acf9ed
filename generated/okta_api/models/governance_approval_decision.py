from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .governance_approval_decision_type import GovernanceApprovalDecisionType

if TYPE_CHECKING:
    import datetime
    from typing import Self


@_attrs_define(kw_only=True)
class GovernanceApprovalDecision(OktaModel):
    """One decision taken on a request.

    Attributes:
        decider_id (`deciderId`): Okta user id of the decider.
        decision: What one decider decided.
        decided: When the decision was taken.
        decider_name (`deciderName`): Okta username of the decider.
        original_decider_id (`originalDeciderId`): Okta user id of the original decider, when someone else decided for them.
        original_decider_full_name (`originalDeciderFullName`): Full name of the original decider.
        original_decider_email (`originalDeciderEmail`): Email of the original decider.
        decider_delegated (`deciderDelegated`): Whether a delegate of the decider decided.
        decider_escalated (`deciderEscalated`): Whether the decision was escalated to this decider.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "deciderId": "decider_id",
        "decision": "decision",
        "decided": "decided",
        "deciderName": "decider_name",
        "originalDeciderId": "original_decider_id",
        "originalDeciderFullName": "original_decider_full_name",
        "originalDeciderEmail": "original_decider_email",
        "deciderDelegated": "decider_delegated",
        "deciderEscalated": "decider_escalated",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "decider_id": "str",
        "decision": "enum",
        "decided": "datetime",
        "decider_name": "str",
        "original_decider_id": "str",
        "original_decider_full_name": "str",
        "original_decider_email": "str",
        "decider_delegated": "bool",
        "decider_escalated": "bool",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "decider_id": "deciderId",
        "decision": lambda d: (
            _convert.parse_enum(GovernanceApprovalDecisionType, v)
            if (v := d.get("decision", UNSET)).__class__ is str
            else v
        ),
        "decided": lambda d: _convert.parse_datetime_text(v) if (v := d.get("decided", UNSET)).__class__ is str else v,
        "decider_name": "deciderName",
        "original_decider_id": "originalDeciderId",
        "original_decider_full_name": "originalDeciderFullName",
        "original_decider_email": "originalDeciderEmail",
        "decider_delegated": "deciderDelegated",
        "decider_escalated": "deciderEscalated",
        "additional_properties": lambda d: _convert.undeclared(d, GovernanceApprovalDecision._json_names),
    }

    decider_id: str | None | Unset
    decision: GovernanceApprovalDecisionType | None | Unset
    decided: datetime.datetime | None | Unset
    decider_name: str | None | Unset = UNSET
    original_decider_id: str | None | Unset = UNSET
    original_decider_full_name: str | None | Unset = UNSET
    original_decider_email: str | None | Unset = UNSET
    decider_delegated: bool | None | Unset = UNSET
    decider_escalated: bool | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.decider_id is not UNSET:
            d["deciderId"] = self.decider_id
        if self.decision is not UNSET:
            d["decision"] = self.decision
        if self.decided is not UNSET:
            d["decided"] = _convert.dump_datetime(self.decided)
        if self.decider_name is not UNSET:
            d["deciderName"] = self.decider_name
        if self.original_decider_id is not UNSET:
            d["originalDeciderId"] = self.original_decider_id
        if self.original_decider_full_name is not UNSET:
            d["originalDeciderFullName"] = self.original_decider_full_name
        if self.original_decider_email is not UNSET:
            d["originalDeciderEmail"] = self.original_decider_email
        if self.decider_delegated is not UNSET:
            d["deciderDelegated"] = self.decider_delegated
        if self.decider_escalated is not UNSET:
            d["deciderEscalated"] = self.decider_escalated
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.decider_id = d.pop("deciderId", UNSET)
        obj.decision = (
            _convert.parse_enum(GovernanceApprovalDecisionType, v)
            if (v := d.pop("decision", UNSET)).__class__ is str
            else v
        )
        obj.decided = _convert.parse_datetime_text(v) if (v := d.pop("decided", UNSET)).__class__ is str else v
        obj.decider_name = d.pop("deciderName", UNSET)
        obj.original_decider_id = d.pop("originalDeciderId", UNSET)
        obj.original_decider_full_name = d.pop("originalDeciderFullName", UNSET)
        obj.original_decider_email = d.pop("originalDeciderEmail", UNSET)
        obj.decider_delegated = d.pop("deciderDelegated", UNSET)
        obj.decider_escalated = d.pop("deciderEscalated", UNSET)
        obj.additional_properties = d
        return obj
