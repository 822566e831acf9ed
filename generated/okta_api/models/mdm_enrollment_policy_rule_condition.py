from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .mdm_enrollment_policy_enrollment import MDMEnrollmentPolicyEnrollment

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class MDMEnrollmentPolicyRuleCondition(OktaModel):
    """An Okta `MDMEnrollmentPolicyRuleCondition`.

    Attributes:
        block_non_safe_android (`blockNonSafeAndroid`): bool
        enrollment: MDMEnrollmentPolicyEnrollment
    """

    _json_names: ClassVar[dict[str, str]] = {
        "blockNonSafeAndroid": "block_non_safe_android",
        "enrollment": "enrollment",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "block_non_safe_android": "bool",
        "enrollment": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "block_non_safe_android": "blockNonSafeAndroid",
        "enrollment": lambda d: (
            _convert.parse_enum(MDMEnrollmentPolicyEnrollment, v)
            if (v := d.get("enrollment", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, MDMEnrollmentPolicyRuleCondition._json_names),
    }

    block_non_safe_android: bool | None | Unset = UNSET
    enrollment: MDMEnrollmentPolicyEnrollment | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.block_non_safe_android is not UNSET:
            d["blockNonSafeAndroid"] = self.block_non_safe_android
        if self.enrollment is not UNSET:
            d["enrollment"] = self.enrollment
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.block_non_safe_android = d.pop("blockNonSafeAndroid", UNSET)
        obj.enrollment = (
            _convert.parse_enum(MDMEnrollmentPolicyEnrollment, v)
            if (v := d.pop("enrollment", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
