from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import access_policy_rule_application_sign_on as _access_policy_rule_application_sign_on
from .policy_rule_actions import PolicyRuleActions

if TYPE_CHECKING:
    from typing import Self

    from .access_policy_rule_application_sign_on import AccessPolicyRuleApplicationSignOn


@_attrs_define(kw_only=True)
class AccessPolicyRuleActions(PolicyRuleActions):
    """An Okta `AccessPolicyRuleActions`.

    Attributes:
        app_sign_on (`appSignOn`): Specifies the results when a user attempts to sign in
    """

    _json_names: ClassVar[dict[str, str]] = {
        "appSignOn": "app_sign_on",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "app_sign_on": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "app_sign_on": lambda d: (
            _access_policy_rule_application_sign_on.AccessPolicyRuleApplicationSignOn.from_json(v)
            if (v := d.get("appSignOn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_access_policy_rule_application_sign_on.AccessPolicyRuleApplicationSignOn, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AccessPolicyRuleActions._json_names),
    }

    app_sign_on: AccessPolicyRuleApplicationSignOn | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.app_sign_on is not UNSET:
            d["appSignOn"] = _convert.dump_model(self.app_sign_on, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.app_sign_on = (
            _access_policy_rule_application_sign_on.AccessPolicyRuleApplicationSignOn.from_dict(v)
            if (v := d.pop("appSignOn", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_access_policy_rule_application_sign_on.AccessPolicyRuleApplicationSignOn, v)
        )
        obj.additional_properties = d
        return obj
