from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import identity_provider_policy_rule_condition as _identity_provider_policy_rule_condition
from . import policy_network_condition as _policy_network_condition
from . import policy_people_condition as _policy_people_condition
from . import policy_rule_auth_context_condition as _policy_rule_auth_context_condition

if TYPE_CHECKING:
    from typing import Self

    from .identity_provider_policy_rule_condition import IdentityProviderPolicyRuleCondition
    from .policy_network_condition import PolicyNetworkCondition
    from .policy_people_condition import PolicyPeopleCondition
    from .policy_rule_auth_context_condition import PolicyRuleAuthContextCondition


def _parse_auth_context(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_rule_auth_context_condition.PolicyRuleAuthContextCondition.from_json(v)
            if lazy
            else _policy_rule_auth_context_condition.PolicyRuleAuthContextCondition.from_dict(v)
        )
    return _convert.parse_model(_policy_rule_auth_context_condition.PolicyRuleAuthContextCondition, v)


def _parse_identity_provider(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition.from_json(v)
            if lazy
            else _identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition.from_dict(v)
        )
    return _convert.parse_model(_identity_provider_policy_rule_condition.IdentityProviderPolicyRuleCondition, v)


def _parse_network(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_network_condition.PolicyNetworkCondition.from_json(v)
            if lazy
            else _policy_network_condition.PolicyNetworkCondition.from_dict(v)
        )
    return _convert.parse_model(_policy_network_condition.PolicyNetworkCondition, v)


def _parse_people(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _policy_people_condition.PolicyPeopleCondition.from_json(v)
            if lazy
            else _policy_people_condition.PolicyPeopleCondition.from_dict(v)
        )
    return _convert.parse_model(_policy_people_condition.PolicyPeopleCondition, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
class OktaSignOnPolicyRuleConditions(OktaModel):
    """An Okta `OktaSignOnPolicyRuleConditions`.

    Attributes:
        auth_context (`authContext`): Specifies an authentication entry point
        identity_provider (`identityProvider`): Specifies the IdP that's used to sign in
        network: Specifies a network selection mode and a set of network zones to be included or excluded.
            If the connection parameter's data type is `ZONE`, one of the `include` or `exclude`
            arrays is required. Specific zone IDs to include or exclude are enumerated in the
            respective arrays.
        people: Specifies the users and groups that are included or excluded by the policy rule
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authContext": "auth_context",
        "identityProvider": "identity_provider",
        "network": "network",
        "people": "people",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "auth_context": "model",
        "identity_provider": "model",
        "network": "model",
        "people": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "auth_context": ("authContext", _parse_auth_context),
        "identity_provider": ("identityProvider", _parse_identity_provider),
        "network": ("network", _parse_network),
        "people": ("people", _parse_people),
    }

    auth_context: PolicyRuleAuthContextCondition | None = _attrs_field(init=False)
    identity_provider: IdentityProviderPolicyRuleCondition | None = _attrs_field(init=False)
    network: PolicyNetworkCondition | None = _attrs_field(init=False)
    people: PolicyPeopleCondition | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        auth_context: PolicyRuleAuthContextCondition | None | Unset = UNSET,
        identity_provider: IdentityProviderPolicyRuleCondition | None | Unset = UNSET,
        network: PolicyNetworkCondition | None | Unset = UNSET,
        people: PolicyPeopleCondition | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if auth_context is not UNSET:
            _set_field(self, "auth_context", auth_context)
        if identity_provider is not UNSET:
            _set_field(self, "identity_provider", identity_provider)
        if network is not UNSET:
            _set_field(self, "network", network)
        if people is not UNSET:
            _set_field(self, "people", people)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("auth_context", UNSET)) is not UNSET:
            d["authContext"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("identity_provider", UNSET)) is not UNSET:
            d["identityProvider"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("network", UNSET)) is not UNSET:
            d["network"] = _convert.dump_model(v, omit_read_only)
        if (v := values.get("people", UNSET)) is not UNSET:
            d["people"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("authContext", UNSET)) is not UNSET:
            obj.auth_context = _parse_auth_context(v, False)
        if (v := d.pop("identityProvider", UNSET)) is not UNSET:
            obj.identity_provider = _parse_identity_provider(v, False)
        if (v := d.pop("network", UNSET)) is not UNSET:
            obj.network = _parse_network(v, False)
        if (v := d.pop("people", UNSET)) is not UNSET:
            obj.people = _parse_people(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
