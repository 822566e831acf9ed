from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


_parse_redirect_type = _convert.enum_parser(IdentityClaimSourcingPolicyRuleActionClaimSourcingRedirectType)


def _parse_refresh(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh.from_json(
                v
            )
            if lazy
            else _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "redirect_type": ("redirectType", _parse_redirect_type),
        "refresh": ("refresh", _parse_refresh),
    }

    redirect_type: IdentityClaimSourcingPolicyRuleActionClaimSourcingRedirectType | None = _attrs_field(init=False)
    refresh: IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        redirect_type: IdentityClaimSourcingPolicyRuleActionClaimSourcingRedirectType | None | Unset,
        refresh: IdentityClaimSourcingPolicyRuleActionClaimSourcingRefresh | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if redirect_type is not UNSET:
            _set_field(self, "redirect_type", redirect_type)
        if refresh is not UNSET:
            _set_field(self, "refresh", refresh)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("redirect_type", UNSET)) is not UNSET:
            d["redirectType"] = v
        if (v := values.get("refresh", UNSET)) is not UNSET:
            d["refresh"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("redirectType", UNSET)) is not UNSET:
            obj.redirect_type = _parse_redirect_type(v, False)
        if (v := d.pop("refresh", UNSET)) is not UNSET:
            obj.refresh = _parse_refresh(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
