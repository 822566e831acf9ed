from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


def _parse_inactivity(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _inactivity_policy_rule_condition.InactivityPolicyRuleCondition.from_json(v)
            if lazy
            else _inactivity_policy_rule_condition.InactivityPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_inactivity_policy_rule_condition.InactivityPolicyRuleCondition, v)


def _parse_lifecycle_expiration(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _lifecycle_expiration_policy_rule_condition.LifecycleExpirationPolicyRuleCondition.from_json(v)
            if lazy
            else _lifecycle_expiration_policy_rule_condition.LifecycleExpirationPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_lifecycle_expiration_policy_rule_condition.LifecycleExpirationPolicyRuleCondition, v)


def _parse_password_expiration(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _password_expiration_policy_rule_condition.PasswordExpirationPolicyRuleCondition.from_json(v)
            if lazy
            else _password_expiration_policy_rule_condition.PasswordExpirationPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_password_expiration_policy_rule_condition.PasswordExpirationPolicyRuleCondition, v)


def _parse_user_lifecycle_attribute(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _user_lifecycle_attribute_policy_rule_condition.UserLifecycleAttributePolicyRuleCondition.from_json(v)
            if lazy
            else _user_lifecycle_attribute_policy_rule_condition.UserLifecycleAttributePolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(
        _user_lifecycle_attribute_policy_rule_condition.UserLifecycleAttributePolicyRuleCondition, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "exclude": ("exclude", None),
        "inactivity": ("inactivity", _parse_inactivity),
        "include": ("include", None),
        "lifecycle_expiration": ("lifecycleExpiration", _parse_lifecycle_expiration),
        "password_expiration": ("passwordExpiration", _parse_password_expiration),
        "user_lifecycle_attribute": ("userLifecycleAttribute", _parse_user_lifecycle_attribute),
    }

    exclude: list[str] | None = _attrs_field(init=False)
    inactivity: InactivityPolicyRuleCondition | None = _attrs_field(init=False)
    include: list[str] | None = _attrs_field(init=False)
    lifecycle_expiration: LifecycleExpirationPolicyRuleCondition | None = _attrs_field(init=False)
    password_expiration: PasswordExpirationPolicyRuleCondition | None = _attrs_field(init=False)
    user_lifecycle_attribute: UserLifecycleAttributePolicyRuleCondition | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        exclude: list[str] | None | Unset = UNSET,
        inactivity: InactivityPolicyRuleCondition | None | Unset = UNSET,
        include: list[str] | None | Unset = UNSET,
        lifecycle_expiration: LifecycleExpirationPolicyRuleCondition | None | Unset = UNSET,
        password_expiration: PasswordExpirationPolicyRuleCondition | None | Unset = UNSET,
        user_lifecycle_attribute: UserLifecycleAttributePolicyRuleCondition | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if exclude is not UNSET:
            _set_field(self, "exclude", exclude)
        if inactivity is not UNSET:
            _set_field(self, "inactivity", inactivity)
        if include is not UNSET:
            _set_field(self, "include", include)
        if lifecycle_expiration is not UNSET:
            _set_field(self, "lifecycle_expiration", lifecycle_expiration)
        if password_expiration is not UNSET:
            _set_field(self, "password_expiration", password_expiration)
        if user_lifecycle_attribute is not UNSET:
            _set_field(self, "user_lifecycle_attribute", user_lifecycle_attribute)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("exclude", UNSET)) is not UNSET:
            d["exclude"] = v
        if (v := values.get("inactivity", UNSET)) is not UNSET:
            d["inactivity"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("include", UNSET)) is not UNSET:
            d["include"] = v
        if (v := values.get("lifecycle_expiration", UNSET)) is not UNSET:
            d["lifecycleExpiration"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("password_expiration", UNSET)) is not UNSET:
            d["passwordExpiration"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("user_lifecycle_attribute", UNSET)) is not UNSET:
            d["userLifecycleAttribute"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("exclude", UNSET)) is not UNSET:
            obj.exclude = v
        if (v := d.pop("inactivity", UNSET)) is not UNSET:
            obj.inactivity = _parse_inactivity(v, False)
        if (v := d.pop("include", UNSET)) is not UNSET:
            obj.include = v
        if (v := d.pop("lifecycleExpiration", UNSET)) is not UNSET:
            obj.lifecycle_expiration = _parse_lifecycle_expiration(v, False)
        if (v := d.pop("passwordExpiration", UNSET)) is not UNSET:
            obj.password_expiration = _parse_password_expiration(v, False)
        if (v := d.pop("userLifecycleAttribute", UNSET)) is not UNSET:
            obj.user_lifecycle_attribute = _parse_user_lifecycle_attribute(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
