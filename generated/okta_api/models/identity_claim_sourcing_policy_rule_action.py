from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    identity_claim_sourcing_policy_rule_action_claim_sourcing as _identity_claim_sourcing_policy_rule_action_claim_sourcing,
)

if TYPE_CHECKING:
    from typing import Self

    from .identity_claim_sourcing_policy_rule_action_claim_sourcing import (
        IdentityClaimSourcingPolicyRuleActionClaimSourcing,
    )


@_attrs_define(kw_only=True)
class IdentityClaimSourcingPolicyRuleAction(OktaModel):
    """<x-lifecycle-container><x-lifecycle class="ea"></x-lifecycle> <x-lifecycle
    class="oie"></x-lifecycle></x-lifecycle-container>Specifies actions to be taken, or operations that
    may be allowed, if the rule conditions are satisfied

    Attributes:
        claim_sourcing (`claimSourcing`): Specifies the settings for the identity claims sourcing policy rule
    """

    _json_names: ClassVar[dict[str, str]] = {
        "claimSourcing": "claim_sourcing",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "claim_sourcing": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "claim_sourcing": lambda d: (
            _identity_claim_sourcing_policy_rule_action_claim_sourcing.IdentityClaimSourcingPolicyRuleActionClaimSourcing.from_json(
                v
            )
            if (v := d.get("claimSourcing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _identity_claim_sourcing_policy_rule_action_claim_sourcing.IdentityClaimSourcingPolicyRuleActionClaimSourcing,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdentityClaimSourcingPolicyRuleAction._json_names),
    }

    claim_sourcing: IdentityClaimSourcingPolicyRuleActionClaimSourcing | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.claim_sourcing is not UNSET:
            d["claimSourcing"] = _convert.dump_model(self.claim_sourcing, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.claim_sourcing = (
            _identity_claim_sourcing_policy_rule_action_claim_sourcing.IdentityClaimSourcingPolicyRuleActionClaimSourcing.from_dict(
                v
            )
            if (v := d.pop("claimSourcing", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _identity_claim_sourcing_policy_rule_action_claim_sourcing.IdentityClaimSourcingPolicyRuleActionClaimSourcing,
                v,
            )
        )
        obj.additional_properties = d
        return obj
