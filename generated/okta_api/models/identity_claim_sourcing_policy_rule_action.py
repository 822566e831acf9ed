from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from . import (
    identity_claim_sourcing_policy_rule_action_claim_sourcing as _identity_claim_sourcing_policy_rule_action_claim_sourcing,
)

if TYPE_CHECKING:
    from typing import Self

    from .identity_claim_sourcing_policy_rule_action_claim_sourcing import (
        IdentityClaimSourcingPolicyRuleActionClaimSourcing,
    )


def _parse_claim_sourcing(v: Any, lazy: bool) -> Any:
    if v.__class__ is dict:
        return (
            _identity_claim_sourcing_policy_rule_action_claim_sourcing.IdentityClaimSourcingPolicyRuleActionClaimSourcing.from_json(
                v
            )
            if lazy
            else _identity_claim_sourcing_policy_rule_action_claim_sourcing.IdentityClaimSourcingPolicyRuleActionClaimSourcing.from_dict(
                v
            )
        )
    return _convert.parse_model(
        _identity_claim_sourcing_policy_rule_action_claim_sourcing.IdentityClaimSourcingPolicyRuleActionClaimSourcing, v
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "claim_sourcing": ("claimSourcing", _parse_claim_sourcing),
    }

    claim_sourcing: IdentityClaimSourcingPolicyRuleActionClaimSourcing | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        claim_sourcing: IdentityClaimSourcingPolicyRuleActionClaimSourcing | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if claim_sourcing is not UNSET:
            _set_field(self, "claim_sourcing", claim_sourcing)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("claim_sourcing", UNSET)) is not UNSET:
            d["claimSourcing"] = _convert.dump_model(v, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("claimSourcing", UNSET)) is not UNSET:
            obj.claim_sourcing = _parse_claim_sourcing(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
