from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import governance_approval_decision as _governance_approval_decision
from .governance_approval_provider_type import GovernanceApprovalProviderType
from .governance_request_approval_status import GovernanceRequestApprovalStatus

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .governance_approval_decision import GovernanceApprovalDecision


_parse_type_ = _convert.enum_parser(GovernanceApprovalProviderType)

_parse_status = _convert.enum_parser(GovernanceRequestApprovalStatus)


def _parse_decisions(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _governance_approval_decision.GovernanceApprovalDecision.from_json
        if lazy
        else _governance_approval_decision.GovernanceApprovalDecision.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "type_": ("type", _parse_type_),
        "provider_name": ("providerName", None),
        "provider_description": ("providerDescription", None),
        "external_request_id": ("externalRequestId", None),
        "permalink_id": ("permalinkId", None),
        "status": ("status", _parse_status),
        "decided": ("decided", _convert.parse_datetime),
        "decisions": ("decisions", _parse_decisions),
    }

    type_: GovernanceApprovalProviderType | None = _attrs_field(init=False)
    provider_name: str | None = _attrs_field(init=False)
    provider_description: str | None = _attrs_field(init=False)
    external_request_id: str | None = _attrs_field(init=False)
    permalink_id: int | None = _attrs_field(init=False)
    status: GovernanceRequestApprovalStatus | None = _attrs_field(init=False)
    decided: datetime.datetime | None = _attrs_field(init=False)
    decisions: list[GovernanceApprovalDecision] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        type_: GovernanceApprovalProviderType | None | Unset,
        provider_name: str | None | Unset,
        provider_description: str | None | Unset = UNSET,
        external_request_id: str | None | Unset = UNSET,
        permalink_id: int | None | Unset = UNSET,
        status: GovernanceRequestApprovalStatus | None | Unset = UNSET,
        decided: datetime.datetime | None | Unset = UNSET,
        decisions: list[GovernanceApprovalDecision] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if provider_name is not UNSET:
            _set_field(self, "provider_name", provider_name)
        if provider_description is not UNSET:
            _set_field(self, "provider_description", provider_description)
        if external_request_id is not UNSET:
            _set_field(self, "external_request_id", external_request_id)
        if permalink_id is not UNSET:
            _set_field(self, "permalink_id", permalink_id)
        if status is not UNSET:
            _set_field(self, "status", status)
        if decided is not UNSET:
            _set_field(self, "decided", decided)
        if decisions is not UNSET:
            _set_field(self, "decisions", decisions)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("provider_name", UNSET)) is not UNSET:
            d["providerName"] = v
        if (v := values.get("provider_description", UNSET)) is not UNSET:
            d["providerDescription"] = v
        if (v := values.get("external_request_id", UNSET)) is not UNSET:
            d["externalRequestId"] = v
        if (v := values.get("permalink_id", UNSET)) is not UNSET:
            d["permalinkId"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("decided", UNSET)) is not UNSET:
            d["decided"] = _convert.dump_datetime(v)
        if (v := values.get("decisions", UNSET)) is not UNSET:
            d["decisions"] = _convert.dump_model_list(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("providerName", UNSET)) is not UNSET:
            obj.provider_name = v
        if (v := d.pop("providerDescription", UNSET)) is not UNSET:
            obj.provider_description = v
        if (v := d.pop("externalRequestId", UNSET)) is not UNSET:
            obj.external_request_id = v
        if (v := d.pop("permalinkId", UNSET)) is not UNSET:
            obj.permalink_id = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("decided", UNSET)) is not UNSET:
            obj.decided = _convert.parse_datetime(v, False)
        if (v := d.pop("decisions", UNSET)) is not UNSET:
            obj.decisions = _parse_decisions(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
