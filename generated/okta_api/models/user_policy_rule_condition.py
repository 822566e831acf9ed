from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import inactivity_policy_rule_condition as _inactivity_policy_rule_condition
from . import lifecycle_expiration_policy_rule_condition as _lifecycle_expiration_policy_rule_condition
from . import password_expiration_policy_rule_condition as _password_expiration_policy_rule_condition
from . import user_lifecycle_attribute_policy_rule_condition as _user_lifecycle_attribute_policy_rule_condition

if TYPE_CHECKING:
    from typing import Self

    from .inactivity_policy_rule_condition import InactivityPolicyRuleCondition
    from .lifecycle_expiration_policy_rule_condition import LifecycleExpirationPolicyRuleCondition
    from .password_expiration_policy_rule_condition import PasswordExpirationPolicyRuleCondition
    from .user_lifecycle_attribute_policy_rule_condition import UserLifecycleAttributePolicyRuleCondition


@_attrs_define(kw_only=True)
class UserPolicyRuleCondition(OktaModel):
    """Specifies a set of Users to be included or excluded

    Attributes:
        exclude: Users to be excluded
        inactivity: InactivityPolicyRuleCondition
        include: Users to be included
        lifecycle_expiration (`lifecycleExpiration`): LifecycleExpirationPolicyRuleCondition
        password_expiration (`passwordExpiration`): PasswordExpirationPolicyRuleCondition
        user_lifecycle_attribute (`userLifecycleAttribute`): UserLifecycleAttributePolicyRuleCondition
    """

    _json_names: ClassVar[dict[str, str]] = {
        "exclude": "exclude",
        "inactivity": "inactivity",
        "include": "include",
        "lifecycleExpiration": "lifecycle_expiration",
        "passwordExpiration": "password_expiration",
        "userLifecycleAttribute": "user_lifecycle_attribute",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "exclude": "list:str",
        "inactivity": "model",
        "include": "list:str",
        "lifecycle_expiration": "model",
        "password_expiration": "model",
        "user_lifecycle_attribute": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "exclude": "exclude",
        "inactivity": lambda d: (
            _inactivity_policy_rule_condition.InactivityPolicyRuleCondition.from_json(v)
            if (v := d.get("inactivity", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inactivity_policy_rule_condition.InactivityPolicyRuleCondition, v)
        ),
        "include": "include",
        "lifecycle_expiration": lambda d: (
            _lifecycle_expiration_policy_rule_condition.LifecycleExpirationPolicyRuleCondition.from_json(v)
            if (v := d.get("lifecycleExpiration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _lifecycle_expiration_policy_rule_condition.LifecycleExpirationPolicyRuleCondition, v
            )
        ),
        "password_expiration": lambda d: (
            _password_expiration_policy_rule_condition.PasswordExpirationPolicyRuleCondition.from_json(v)
            if (v := d.get("passwordExpiration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_expiration_policy_rule_condition.PasswordExpirationPolicyRuleCondition, v
            )
        ),
        "user_lifecycle_attribute": lambda d: (
            _user_lifecycle_attribute_policy_rule_condition.UserLifecycleAttributePolicyRuleCondition.from_json(v)
            if (v := d.get("userLifecycleAttribute", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _user_lifecycle_attribute_policy_rule_condition.UserLifecycleAttributePolicyRuleCondition, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, UserPolicyRuleCondition._json_names),
    }

    exclude: list[str] | None | Unset = UNSET
    inactivity: InactivityPolicyRuleCondition | None | Unset = UNSET
    include: list[str] | None | Unset = UNSET
    lifecycle_expiration: LifecycleExpirationPolicyRuleCondition | None | Unset = UNSET
    password_expiration: PasswordExpirationPolicyRuleCondition | None | Unset = UNSET
    user_lifecycle_attribute: UserLifecycleAttributePolicyRuleCondition | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.exclude is not UNSET:
            d["exclude"] = self.exclude
        if self.inactivity is not UNSET:
            d["inactivity"] = _convert.dump_model(self.inactivity, omit_read_only)
        if self.include is not UNSET:
            d["include"] = self.include
        if self.lifecycle_expiration is not UNSET:
            d["lifecycleExpiration"] = _convert.dump_model(self.lifecycle_expiration, omit_read_only)
        if self.password_expiration is not UNSET:
            d["passwordExpiration"] = _convert.dump_model(self.password_expiration, omit_read_only)
        if self.user_lifecycle_attribute is not UNSET:
            d["userLifecycleAttribute"] = _convert.dump_model(self.user_lifecycle_attribute, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.exclude = d.pop("exclude", UNSET)
        obj.inactivity = (
            _inactivity_policy_rule_condition.InactivityPolicyRuleCondition.from_dict(v)
            if (v := d.pop("inactivity", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_inactivity_policy_rule_condition.InactivityPolicyRuleCondition, v)
        )
        obj.include = d.pop("include", UNSET)
        obj.lifecycle_expiration = (
            _lifecycle_expiration_policy_rule_condition.LifecycleExpirationPolicyRuleCondition.from_dict(v)
            if (v := d.pop("lifecycleExpiration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _lifecycle_expiration_policy_rule_condition.LifecycleExpirationPolicyRuleCondition, v
            )
        )
        obj.password_expiration = (
            _password_expiration_policy_rule_condition.PasswordExpirationPolicyRuleCondition.from_dict(v)
            if (v := d.pop("passwordExpiration", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _password_expiration_policy_rule_condition.PasswordExpirationPolicyRuleCondition, v
            )
        )
        obj.user_lifecycle_attribute = (
            _user_lifecycle_attribute_policy_rule_condition.UserLifecycleAttributePolicyRuleCondition.from_dict(v)
            if (v := d.pop("userLifecycleAttribute", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _user_lifecycle_attribute_policy_rule_condition.UserLifecycleAttributePolicyRuleCondition, v
            )
        )
        obj.additional_properties = d
        return obj
