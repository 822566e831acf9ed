from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import idp_policy_rule_action_idp as _idp_policy_rule_action_idp

if TYPE_CHECKING:
    from typing import Self

    from .idp_policy_rule_action_idp import IdpPolicyRuleActionIdp


@_attrs_define(kw_only=True)
class IdpPolicyRuleAction(OktaModel):
    """Specifies where to route users when they are attempting to sign in to your org, if the rule
    conditions are satisfied. You can add up to 10 providers to a single `idp` policy action.

    Attributes:
        idp: Specifies IdP settings
    """

    _json_names: ClassVar[dict[str, str]] = {
        "idp": "idp",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "idp": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "idp": lambda d: (
            _idp_policy_rule_action_idp.IdpPolicyRuleActionIdp.from_json(v)
            if (v := d.get("idp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idp_policy_rule_action_idp.IdpPolicyRuleActionIdp, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, IdpPolicyRuleAction._json_names),
    }

    idp: IdpPolicyRuleActionIdp | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.idp is not UNSET:
            d["idp"] = _convert.dump_model(self.idp, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.idp = (
            _idp_policy_rule_action_idp.IdpPolicyRuleActionIdp.from_dict(v)
            if (v := d.pop("idp", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_idp_policy_rule_action_idp.IdpPolicyRuleActionIdp, v)
        )
        obj.additional_properties = d
        return obj
