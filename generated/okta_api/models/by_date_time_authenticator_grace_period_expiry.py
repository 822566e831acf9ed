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
class ByDateTimeAuthenticatorGracePeriodExpiry(EnrollmentPolicyAuthenticatorGracePeriod):
    """An Okta `ByDateTimeAuthenticatorGracePeriodExpiry`.

    Attributes:
        type_ (`type`): EnrollmentPolicyAuthenticatorGracePeriodType
        expiry: The expiry date for a `BY_DATE_TIME` grace period type. Valid format:
            `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`

            For example, `2025-01-01T18:30:45.000Z`
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "expiry": "expiry",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "expiry": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: (
            _convert.parse_enum(EnrollmentPolicyAuthenticatorGracePeriodType, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "expiry": "expiry",
        "additional_properties": lambda d: _convert.undeclared(d, ByDateTimeAuthenticatorGracePeriodExpiry._json_names),
    }

    type_: EnrollmentPolicyAuthenticatorGracePeriodType | None | Unset = EnrollmentPolicyAuthenticatorGracePeriodType(
        "BY_DATE_TIME"
    )
    expiry: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.expiry is not UNSET:
            d["expiry"] = self.expiry
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
        obj.expiry = d.pop("expiry", UNSET)
        obj.additional_properties = d
        return obj
