from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import okta_support_case_impersonation as _okta_support_case_impersonation
from . import okta_support_case_self_assigned as _okta_support_case_self_assigned

if TYPE_CHECKING:
    from typing import Self

    from .okta_support_case_impersonation import OktaSupportCaseImpersonation
    from .okta_support_case_self_assigned import OktaSupportCaseSelfAssigned


@_attrs_define(kw_only=True)
class OktaSupportCase(OktaModel):
    """An Okta `OktaSupportCase`.

    Attributes:
        case_number (`caseNumber`, read-only, never sent): Okta Support case number
        impersonation: Allows the Okta Support team to sign in to your org as an admin and troubleshoot issues
        self_assigned (`selfAssigned`): Customer allows Okta Support access to self-assigned cases. Support cases are
            self-assigned when an Okta Support team member creates and assigns the case to themselves.
        subject (read-only, never sent): Subject of the support case
    """

    _json_names: ClassVar[dict[str, str]] = {
        "caseNumber": "case_number",
        "impersonation": "impersonation",
        "selfAssigned": "self_assigned",
        "subject": "subject",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "case_number": "str",
        "impersonation": "model",
        "self_assigned": "model",
        "subject": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "case_number": "caseNumber",
        "impersonation": lambda d: (
            _okta_support_case_impersonation.OktaSupportCaseImpersonation.from_json(v)
            if (v := d.get("impersonation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_support_case_impersonation.OktaSupportCaseImpersonation, v)
        ),
        "self_assigned": lambda d: (
            _okta_support_case_self_assigned.OktaSupportCaseSelfAssigned.from_json(v)
            if (v := d.get("selfAssigned", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_support_case_self_assigned.OktaSupportCaseSelfAssigned, v)
        ),
        "subject": "subject",
        "additional_properties": lambda d: _convert.undeclared(d, OktaSupportCase._json_names),
    }

    case_number: str | None | Unset = UNSET
    impersonation: OktaSupportCaseImpersonation | None | Unset = UNSET
    self_assigned: OktaSupportCaseSelfAssigned | None | Unset = UNSET
    subject: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.case_number is not UNSET and not omit_read_only:
            d["caseNumber"] = self.case_number
        if self.impersonation is not UNSET:
            d["impersonation"] = _convert.dump_model(self.impersonation, omit_read_only)
        if self.self_assigned is not UNSET:
            d["selfAssigned"] = _convert.dump_model(self.self_assigned, omit_read_only)
        if self.subject is not UNSET and not omit_read_only:
            d["subject"] = self.subject
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.case_number = d.pop("caseNumber", UNSET)
        obj.impersonation = (
            _okta_support_case_impersonation.OktaSupportCaseImpersonation.from_dict(v)
            if (v := d.pop("impersonation", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_support_case_impersonation.OktaSupportCaseImpersonation, v)
        )
        obj.self_assigned = (
            _okta_support_case_self_assigned.OktaSupportCaseSelfAssigned.from_dict(v)
            if (v := d.pop("selfAssigned", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_okta_support_case_self_assigned.OktaSupportCaseSelfAssigned, v)
        )
        obj.subject = d.pop("subject", UNSET)
        obj.additional_properties = d
        return obj
