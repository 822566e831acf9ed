from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import okta_support_case_impersonation as _okta_support_case_impersonation
from . import okta_support_case_self_assigned as _okta_support_case_self_assigned

if TYPE_CHECKING:
    from typing import Self

    from .okta_support_case_impersonation import OktaSupportCaseImpersonation
    from .okta_support_case_self_assigned import OktaSupportCaseSelfAssigned


def _parse_impersonation(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _okta_support_case_impersonation.OktaSupportCaseImpersonation.from_json(v)
            if lazy
            else _okta_support_case_impersonation.OktaSupportCaseImpersonation.from_dict(v)
        )
    return _convert.parse_model(_okta_support_case_impersonation.OktaSupportCaseImpersonation, v)


def _parse_self_assigned(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _okta_support_case_self_assigned.OktaSupportCaseSelfAssigned.from_json(v)
            if lazy
            else _okta_support_case_self_assigned.OktaSupportCaseSelfAssigned.from_dict(v)
        )
    return _convert.parse_model(_okta_support_case_self_assigned.OktaSupportCaseSelfAssigned, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "case_number": ("caseNumber", None),
        "impersonation": ("impersonation", _parse_impersonation),
        "self_assigned": ("selfAssigned", _parse_self_assigned),
        "subject": ("subject", None),
    }

    case_number: str | None = _attrs_field(init=False)
    impersonation: OktaSupportCaseImpersonation | None = _attrs_field(init=False)
    self_assigned: OktaSupportCaseSelfAssigned | None = _attrs_field(init=False)
    subject: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        case_number: str | None | Unset = UNSET,
        impersonation: OktaSupportCaseImpersonation | None | Unset = UNSET,
        self_assigned: OktaSupportCaseSelfAssigned | None | Unset = UNSET,
        subject: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if case_number is not UNSET:
            _set_field(self, "case_number", case_number)
        if impersonation is not UNSET:
            _set_field(self, "impersonation", impersonation)
        if self_assigned is not UNSET:
            _set_field(self, "self_assigned", self_assigned)
        if subject is not UNSET:
            _set_field(self, "subject", subject)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("case_number", UNSET)) is not UNSET and not omit_read_only:
            d["caseNumber"] = v
        if (v := values.get("impersonation", UNSET)) is not UNSET:
            d["impersonation"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("self_assigned", UNSET)) is not UNSET:
            d["selfAssigned"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("subject", UNSET)) is not UNSET and not omit_read_only:
            d["subject"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("caseNumber", UNSET)) is not UNSET:
            obj.case_number = v
        if (v := d.pop("impersonation", UNSET)) is not UNSET:
            obj.impersonation = _parse_impersonation(v, False)
        if (v := d.pop("selfAssigned", UNSET)) is not UNSET:
            obj.self_assigned = _parse_self_assigned(v, False)
        if (v := d.pop("subject", UNSET)) is not UNSET:
            obj.subject = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
