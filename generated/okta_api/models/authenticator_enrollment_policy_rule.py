from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import authenticator_enrollment_policy_rule_actions as _authenticator_enrollment_policy_rule_actions
from . import authenticator_enrollment_policy_rule_conditions as _authenticator_enrollment_policy_rule_conditions
from . import policy_links as _policy_links
from .lifecycle_status import LifecycleStatus
from .policy_rule import PolicyRule
from .policy_rule_type import PolicyRuleType

if TYPE_CHECKING:
    import datetime
    from typing import Self

    from .authenticator_enrollment_policy_rule_actions import AuthenticatorEnrollmentPolicyRuleActions
    from .authenticator_enrollment_policy_rule_conditions import AuthenticatorEnrollmentPolicyRuleConditions
    from .policy_links import PolicyLinks


_parse_status = _convert.enum_parser(LifecycleStatus)

_parse_type_ = _convert.enum_parser(PolicyRuleType)


def _parse_field_links(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return _policy_links.PolicyLinks.from_json(v) if lazy else _policy_links.PolicyLinks.from_dict(v)
    return _convert.parse_model(_policy_links.PolicyLinks, v)


def _parse_actions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authenticator_enrollment_policy_rule_actions.AuthenticatorEnrollmentPolicyRuleActions.from_json(v)
            if lazy
            else _authenticator_enrollment_policy_rule_actions.AuthenticatorEnrollmentPolicyRuleActions.from_dict(v)
        )
    return _convert.parse_model(
        _authenticator_enrollment_policy_rule_actions.AuthenticatorEnrollmentPolicyRuleActions, v
    )


def _parse_conditions(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _authenticator_enrollment_policy_rule_conditions.AuthenticatorEnrollmentPolicyRuleConditions.from_json(v)
            if lazy
            else _authenticator_enrollment_policy_rule_conditions.AuthenticatorEnrollmentPolicyRuleConditions.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _authenticator_enrollment_policy_rule_conditions.AuthenticatorEnrollmentPolicyRuleConditions, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class AuthenticatorEnrollmentPolicyRule(PolicyRule):
    """An Okta `AuthenticatorEnrollmentPolicyRule`.

    Attributes:
        created (read-only, never sent): Timestamp when the rule was created
        id (read-only, never sent): Identifier for the rule
        last_updated (`lastUpdated`, read-only, never sent): Timestamp when the rule was last modified
        name: Name of the rule
        priority: Priority of the rule
        status: LifecycleStatus
        system: Specifies whether Okta created the policy rule (`system=true`). You can't delete policy
            rules that have `system` set to `true`.
        type_ (`type`): Rule type
        field_links (`_links`, read-only, never sent): PolicyLinks
        actions: AuthenticatorEnrollmentPolicyRuleActions
        conditions: Specifies conditions that must be met during policy evaluation to apply the rule. All
            policy conditions and conditions for at least one rule must be met to apply the settings
            specified in the policy and the associated rule.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "id": "id",
        "lastUpdated": "last_updated",
        "name": "name",
        "priority": "priority",
        "status": "status",
        "system": "system",
        "type": "type_",
        "_links": "field_links",
        "actions": "actions",
        "conditions": "conditions",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "created": "datetime",
        "id": "str",
        "last_updated": "datetime",
        "name": "str",
        "priority": "int",
        "status": "enum",
        "system": "bool",
        "type_": "enum",
        "field_links": "model",
        "actions": "model",
        "conditions": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "created": ("created", _convert.parse_datetime),
        "id": ("id", None),
        "last_updated": ("lastUpdated", _convert.parse_datetime),
        "name": ("name", None),
        "priority": ("priority", None),
        "status": ("status", _parse_status),
        "system": ("system", None),
        "type_": ("type", _parse_type_),
        "field_links": ("_links", _parse_field_links),
        "actions": ("actions", _parse_actions),
        "conditions": ("conditions", _parse_conditions),
    }

    created: datetime.datetime | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    last_updated: datetime.datetime | None = _attrs_field(init=False)
    name: str | None = _attrs_field(init=False)
    priority: int | None = _attrs_field(init=False)
    status: LifecycleStatus | None = _attrs_field(init=False)
    system: bool | None = _attrs_field(init=False)
    type_: PolicyRuleType | None = _attrs_field(init=False)
    field_links: PolicyLinks | None = _attrs_field(init=False)
    actions: AuthenticatorEnrollmentPolicyRuleActions | None = _attrs_field(init=False)
    conditions: AuthenticatorEnrollmentPolicyRuleConditions | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        created: datetime.datetime | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        last_updated: datetime.datetime | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        priority: int | None | Unset = UNSET,
        status: LifecycleStatus | None | Unset = UNSET,
        system: bool | None | Unset = UNSET,
        type_: PolicyRuleType | None | Unset = PolicyRuleType("MFA_ENROLL"),
        field_links: PolicyLinks | None | Unset = UNSET,
        actions: AuthenticatorEnrollmentPolicyRuleActions | None | Unset = UNSET,
        conditions: AuthenticatorEnrollmentPolicyRuleConditions | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if created is not UNSET:
            _set_field(self, "created", created)
        if id is not UNSET:
            _set_field(self, "id", id)
        if last_updated is not UNSET:
            _set_field(self, "last_updated", last_updated)
        if name is not UNSET:
            _set_field(self, "name", name)
        if priority is not UNSET:
            _set_field(self, "priority", priority)
        if status is not UNSET:
            _set_field(self, "status", status)
        if system is not UNSET:
            _set_field(self, "system", system)
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if field_links is not UNSET:
            _set_field(self, "field_links", field_links)
        if actions is not UNSET:
            _set_field(self, "actions", actions)
        if conditions is not UNSET:
            _set_field(self, "conditions", conditions)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("created", UNSET)) is not UNSET and not omit_read_only:
            d["created"] = _convert.dump_datetime(v)
        if (v := values.get("id", UNSET)) is not UNSET and not omit_read_only:
            d["id"] = v
        if (v := values.get("last_updated", UNSET)) is not UNSET and not omit_read_only:
            d["lastUpdated"] = _convert.dump_datetime(v)
        if (v := values.get("name", UNSET)) is not UNSET:
            d["name"] = v
        if (v := values.get("priority", UNSET)) is not UNSET:
            d["priority"] = v
        if (v := values.get("status", UNSET)) is not UNSET:
            d["status"] = v
        if (v := values.get("system", UNSET)) is not UNSET:
            d["system"] = v
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("field_links", UNSET)) is not UNSET and not omit_read_only:
            d["_links"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("actions", UNSET)) is not UNSET:
            d["actions"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("conditions", UNSET)) is not UNSET:
            d["conditions"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("created", UNSET)) is not UNSET:
            obj.created = _convert.parse_datetime(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("lastUpdated", UNSET)) is not UNSET:
            obj.last_updated = _convert.parse_datetime(v, False)
        if (v := d.pop("name", UNSET)) is not UNSET:
            obj.name = v
        if (v := d.pop("priority", UNSET)) is not UNSET:
            obj.priority = v
        if (v := d.pop("status", UNSET)) is not UNSET:
            obj.status = _parse_status(v, False)
        if (v := d.pop("system", UNSET)) is not UNSET:
            obj.system = v
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("_links", UNSET)) is not UNSET:
            obj.field_links = _parse_field_links(v, False)
        if (v := d.pop("actions", UNSET)) is not UNSET:
            obj.actions = _parse_actions(v, False)
        if (v := d.pop("conditions", UNSET)) is not UNSET:
            obj.conditions = _parse_conditions(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
