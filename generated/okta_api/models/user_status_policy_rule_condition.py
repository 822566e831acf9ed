from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .policy_user_status import PolicyUserStatus

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class UserStatusPolicyRuleCondition(OktaModel):
    """An Okta `UserStatusPolicyRuleCondition`.

    Attributes:
        value: PolicyUserStatus
    """

    _json_names: ClassVar[dict[str, str]] = {
        "value": "value",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "value": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "value": lambda d: (
            _convert.parse_enum(PolicyUserStatus, v) if (v := d.get("value", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserStatusPolicyRuleCondition._json_names),
    }

    value: PolicyUserStatus | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.value is not UNSET:
            d["value"] = self.value
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.value = _convert.parse_enum(PolicyUserStatus, v) if (v := d.pop("value", UNSET)).__class__ is str else v
        obj.additional_properties = d
        return obj
