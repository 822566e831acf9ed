from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import token_pay_load_data_context_policy_rule as _token_pay_load_data_context_policy_rule

if TYPE_CHECKING:
    from typing import Self

    from .token_pay_load_data_context_policy_rule import TokenPayLoadDataContextPolicyRule


@_attrs_define(kw_only=True)
class TokenPayLoadDataContextPolicy(OktaModel):
    """The authorization server policy used to mint the token

    Attributes:
        id: The unique identifier for the policy
        rule: The authorization server policy rule used to mint the token
    """

    _json_names: ClassVar[dict[str, str]] = {
        "id": "id",
        "rule": "rule",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "id": "str",
        "rule": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "id": "id",
        "rule": lambda d: (
            _token_pay_load_data_context_policy_rule.TokenPayLoadDataContextPolicyRule.from_json(v)
            if (v := d.get("rule", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_pay_load_data_context_policy_rule.TokenPayLoadDataContextPolicyRule, v)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, TokenPayLoadDataContextPolicy._json_names),
    }

    id: str | None | Unset = UNSET
    rule: TokenPayLoadDataContextPolicyRule | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.id is not UNSET:
            d["id"] = self.id
        if self.rule is not UNSET:
            d["rule"] = _convert.dump_model(self.rule, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.id = d.pop("id", UNSET)
        obj.rule = (
            _token_pay_load_data_context_policy_rule.TokenPayLoadDataContextPolicyRule.from_dict(v)
            if (v := d.pop("rule", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(_token_pay_load_data_context_policy_rule.TokenPayLoadDataContextPolicyRule, v)
        )
        obj.additional_properties = d
        return obj
