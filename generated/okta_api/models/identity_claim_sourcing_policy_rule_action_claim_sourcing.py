from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh as _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh,
)
from .identity_claim_sourcing_policy_rule_action_claim_sourcing_redirect_type import (
    IdentityClaimSourcingPolicyRuleActionClaimSourcingRedirectType,
)

if TYPE_CHECKING:
    from typing import Self

    from .identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh import (
        IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh,
    )


@_attrs_define(kw_only=True)
class IdentityClaimSourcingPolicyRuleActionClaimSourcing(OktaModel):
    """Specifies the settings for the identity claims sourcing policy rule

    Attributes:
        redirect_type (`redirectType`): The redirect method that's used to select an IdP for claims sourcing during
            re-authentication. `IDP_DISCOVERY` is the only supported value and routes through the
            org's IdP discovery policy.
        refresh: Specifies how identity claims are refreshed from the IdP when re-authentication occurs
    """

    _json_names: ClassVar[dict[str, str]] = {
        "redirectType": "redirect_type",
        "refresh": "refresh",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "redirect_type": "enum",
        "refresh": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "redirect_type": lambda d: (
            _convert.parse_enum(IdentityClaimSourcingPolicyRuleActionClaimSourcingRedirectType, v)
            if (v := d.get("redirectType", UNSET)).__class__ is str
            else v
        ),
        "refresh": lambda d: (
            _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh.from_json(
                v
            )
            if (v := d.get("refresh", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, IdentityClaimSourcingPolicyRuleActionClaimSourcing._json_names
        ),
    }

    redirect_type: IdentityClaimSourcingPolicyRuleActionClaimSourcingRedirectType | None | Unset
    refresh: IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.redirect_type is not UNSET:
            d["redirectType"] = self.redirect_type
        if self.refresh is not UNSET:
            d["refresh"] = _convert.dump_model(self.refresh, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.redirect_type = (
            _convert.parse_enum(IdentityClaimSourcingPolicyRuleActionClaimSourcingRedirectType, v)
            if (v := d.pop("redirectType", UNSET)).__class__ is str
            else v
        )
        obj.refresh = (
            _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh.from_dict(
                v
            )
            if (v := d.pop("refresh", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh,
                v,
            )
        )
        obj.additional_properties = d
        return obj
