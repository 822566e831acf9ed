from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
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


_parse_redirect_type = _convert.enum_parser(IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshRedirectType)


def _parse_filter_(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter.from_json(
                v
            )
            if lazy
            else _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _identity_claim_sourcing_policy_rule_action_claim_sourcing_refresh_filter.IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "redirect_type": ("redirectType", _parse_redirect_type),
        "filter_": ("filter", _parse_filter_),
    }

    redirect_type: IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshRedirectType | None = _attrs_field(
        init=False
    )
    filter_: IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        redirect_type: IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshRedirectType | None | Unset,
        filter_: IdentityClaimSourcingPolicyRuleActionClaimSourcingRefreshFilter | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if redirect_type is not UNSET:
            _set_field(self, "redirect_type", redirect_type)
        if filter_ is not UNSET:
            _set_field(self, "filter_", filter_)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("redirect_type", UNSET)) is not UNSET:
            d["redirectType"] = v
        if (v := values.get("filter_", UNSET)) is not UNSET:
            d["filter"] = _convert.dump_model(v, omit_read_only)
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
        if (v := d.pop("filter", UNSET)) is not UNSET:
            obj.filter_ = _parse_filter_(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
