from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter as _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter,
)
from .identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_redirect_type import (
    IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshRedirectType,
)

if TYPE_CHECKING:
    from typing import Self

    from .identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter import (
        IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter,
    )


@_attrs_define(kw_only=True)
class IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh(OktaModel):
    """Specifies how identity claims are refreshed from the IdP when re-authentication occurs

    Attributes:
        redirect_type (`redirectType`): The redirect type for re-authentication. You can set it to `NONE` (re-authentication to
            the IdP isn't allowed) or `FIXED` (users re-authenticate with the most recently active SSO
            IdP).
        filter_ (`filter`): Filter which IdPs are available to use for re-authentication
    """

    _json_names: ClassVar[dict[str, str]] = {
        "redirectType": "redirect_type",
        "filter": "filter_",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "redirect_type": "enum",
        "filter_": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "redirect_type": lambda d: (
            _convert.parse_enum(IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshRedirectType, v)
            if (v := d.get("redirectType", UNSET)).__class__ is str
            else v
        ),
        "filter_": lambda d: (
            _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter.from_json(
                v
            )
            if (v := d.get("filter", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter,
                v,
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh._json_names
        ),
    }

    redirect_type: IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshRedirectType | None | Unset
    filter_: IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.redirect_type is not UNSET:
            d["redirectType"] = self.redirect_type
        if self.filter_ is not UNSET:
            d["filter"] = _convert.dump_model(self.filter_, omit_read_only)
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
            _convert.parse_enum(IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshRedirectType, v)
            if (v := d.pop("redirectType", UNSET)).__class__ is str
            else v
        )
        obj.filter_ = (
            _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter.from_dict(
                v
            )
            if (v := d.pop("filter", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter,
                v,
            )
        )
        obj.additional_properties = d
        return obj
