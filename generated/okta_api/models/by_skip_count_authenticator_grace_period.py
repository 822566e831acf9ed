from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from .enrollment_policy_authenticator_grace_period import EnrollmentPolicyAuthenticatorGracePeriod
from .enrollment_policy_authenticator_grace_period_type import EnrollmentPolicyAuthenticatorGracePeriodType

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class BySkipCountAuthenticatorGracePeriod(EnrollmentPolicyAuthenticatorGracePeriod):
    """An Okta `BySkipCountAuthenticatorGracePeriod`.

    Attributes:
        type_ (`type`): EnrollmentPolicyAuthenticatorGracePeriodType
        skip_count (`skipCount`): The number of times the user can skip enrolling the corresponding authenticator before it
            becomes mandatory
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "skipCount": "skip_count",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "skip_count": "int",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: (
            _convert.parse_enum(EnrollmentPolicyAuthenticatorGracePeriodType, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "skip_count": "skipCount",
        "additional_properties": lambda d: _convert.undeclared(d, BySkipCountAuthenticatorGracePeriod._json_names),
    }

    type_: EnrollmentPolicyAuthenticatorGracePeriodType | None | Unset = EnrollmentPolicyAuthenticatorGracePeriodType(
        "BY_SKIP_COUNT"
    )
    skip_count: int | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.skip_count is not UNSET:
            d["skipCount"] = self.skip_count
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
            _convert.parse_enum(EnrollmentPolicyAuthenticatorGracePeriodType, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.skip_count = d.pop("skipCount", UNSET)
        obj.additional_properties = d
        return obj
