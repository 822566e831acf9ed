from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .governance_approval_decision_type import GovernanceApprovalDecisionType

if TYPE_CHECKING:
    import datetime
    from typing import Self


_parse_decision = _convert.enum_parser(GovernanceApprovalDecisionType)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "decider_id": ("deciderId", None),
        "decision": ("decision", _parse_decision),
        "decided": ("decided", _convert.parse_datetime),
        "decider_name": ("deciderName", None),
        "original_decider_id": ("originalDeciderId", None),
        "original_decider_full_name": ("originalDeciderFullName", None),
        "original_decider_email": ("originalDeciderEmail", None),
        "decider_delegated": ("deciderDelegated", None),
        "decider_escalated": ("deciderEscalated", None),
    }

    decider_id: str | None = _attrs_field(init=False)
    decision: GovernanceApprovalDecisionType | None = _attrs_field(init=False)
    decided: datetime.datetime | None = _attrs_field(init=False)
    decider_name: str | None = _attrs_field(init=False)
    original_decider_id: str | None = _attrs_field(init=False)
    original_decider_full_name: str | None = _attrs_field(init=False)
    original_decider_email: str | None = _attrs_field(init=False)
    decider_delegated: bool | None = _attrs_field(init=False)
    decider_escalated: bool | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        decider_id: str | None | Unset,
        decision: GovernanceApprovalDecisionType | None | Unset,
        decided: datetime.datetime | None | Unset,
        decider_name: str | None | Unset = UNSET,
        original_decider_id: str | None | Unset = UNSET,
        original_decider_full_name: str | None | Unset = UNSET,
        original_decider_email: str | None | Unset = UNSET,
        decider_delegated: bool | None | Unset = UNSET,
        decider_escalated: bool | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if decider_id is not UNSET:
            _set_field(self, "decider_id", decider_id)
        if decision is not UNSET:
            _set_field(self, "decision", decision)
        if decided is not UNSET:
            _set_field(self, "decided", decided)
        if decider_name is not UNSET:
            _set_field(self, "decider_name", decider_name)
        if original_decider_id is not UNSET:
            _set_field(self, "original_decider_id", original_decider_id)
        if original_decider_full_name is not UNSET:
            _set_field(self, "original_decider_full_name", original_decider_full_name)
        if original_decider_email is not UNSET:
            _set_field(self, "original_decider_email", original_decider_email)
        if decider_delegated is not UNSET:
            _set_field(self, "decider_delegated", decider_delegated)
        if decider_escalated is not UNSET:
            _set_field(self, "decider_escalated", decider_escalated)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("decider_id", UNSET)) is not UNSET:
            d["deciderId"] = v
        if (v := values.get("decision", UNSET)) is not UNSET:
            d["decision"] = v
        if (v := values.get("decided", UNSET)) is not UNSET:
            d["decided"] = _convert.dump_datetime(v)
        if (v := values.get("decider_name", UNSET)) is not UNSET:
            d["deciderName"] = v
        if (v := values.get("original_decider_id", UNSET)) is not UNSET:
            d["originalDeciderId"] = v
        if (v := values.get("original_decider_full_name", UNSET)) is not UNSET:
            d["originalDeciderFullName"] = v
        if (v := values.get("original_decider_email", UNSET)) is not UNSET:
            d["originalDeciderEmail"] = v
        if (v := values.get("decider_delegated", UNSET)) is not UNSET:
            d["deciderDelegated"] = v
        if (v := values.get("decider_escalated", UNSET)) is not UNSET:
            d["deciderEscalated"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("deciderId", UNSET)) is not UNSET:
            obj.decider_id = v
        if (v := d.pop("decision", UNSET)) is not UNSET:
            obj.decision = _parse_decision(v, False)
        if (v := d.pop("decided", UNSET)) is not UNSET:
            obj.decided = _convert.parse_datetime(v, False)
        if (v := d.pop("deciderName", UNSET)) is not UNSET:
            obj.decider_name = v
        if (v := d.pop("originalDeciderId", UNSET)) is not UNSET:
            obj.original_decider_id = v
        if (v := d.pop("originalDeciderFullName", UNSET)) is not UNSET:
            obj.original_decider_full_name = v
        if (v := d.pop("originalDeciderEmail", UNSET)) is not UNSET:
            obj.original_decider_email = v
        if (v := d.pop("deciderDelegated", UNSET)) is not UNSET:
            obj.decider_delegated = v
        if (v := d.pop("deciderEscalated", UNSET)) is not UNSET:
            obj.decider_escalated = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
