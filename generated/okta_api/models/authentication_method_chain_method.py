from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import authentication_method_chain as _authentication_method_chain
from .policy_rule_verification_method_type import PolicyRuleVerificationMethodType
from .verification_method import VerificationMethod

if TYPE_CHECKING:
    from typing import Self

    from .authentication_method_chain import AuthenticationMethodChain


@_attrs_define(kw_only=True)
class AuthenticationMethodChainMethod(VerificationMethod):
    """An Okta `AuthenticationMethodChainMethod`.

    Attributes:
        type_ (`type`): Verification method type
        chains: Authentication method chains. Only supports 5 items in the array. Each chain can support
            maximum 3 steps.
        reauthenticate_in (`reauthenticateIn`): Specifies how often the user is prompted for authentication using duration format for the
            time period.
            For example, `PT2H30M` for two and a half hours. Don't set this parameter if you're
            setting the `reauthenticateIn` parameter in `chains`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "type": "type_",
        "chains": "chains",
        "reauthenticateIn": "reauthenticate_in",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "type_": "enum",
        "chains": "list:model",
        "reauthenticate_in": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "type_": lambda d: (
            _convert.parse_enum(PolicyRuleVerificationMethodType, v)
            if (v := d.get("type", UNSET)).__class__ is str
            else v
        ),
        "chains": lambda d: _convert.parse_model_list(
            _authentication_method_chain.AuthenticationMethodChain.from_json, d.get("chains", UNSET)
        ),
        "reauthenticate_in": "reauthenticateIn",
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticationMethodChainMethod._json_names),
    }

    type_: PolicyRuleVerificationMethodType | None | Unset = PolicyRuleVerificationMethodType("AUTH_METHOD_CHAIN")
    chains: list[AuthenticationMethodChain] | None | Unset = UNSET
    reauthenticate_in: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.type_ is not UNSET:
            d["type"] = self.type_
        if self.chains is not UNSET:
            d["chains"] = _convert.dump_model_list(self.chains, omit_read_only)
        if self.reauthenticate_in is not UNSET:
            d["reauthenticateIn"] = self.reauthenticate_in
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.type_ = (
            _convert.parse_enum(PolicyRuleVerificationMethodType, v)
            if (v := d.pop("type", UNSET)).__class__ is str
            else v
        )
        obj.chains = _convert.parse_model_list(
            _authentication_method_chain.AuthenticationMethodChain.from_dict, d.pop("chains", UNSET)
        )
        obj.reauthenticate_in = d.pop("reauthenticateIn", UNSET)
        obj.additional_properties = d
        return obj
