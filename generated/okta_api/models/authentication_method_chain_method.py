from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
from ..types import UNSET, Unset
from . import authentication_method_chain as _authentication_method_chain
from .policy_rule_verification_method_type import PolicyRuleVerificationMethodType
from .verification_method import VerificationMethod

if TYPE_CHECKING:
    from typing import Self

    from .authentication_method_chain import AuthenticationMethodChain


_parse_type_ = _convert.enum_parser(PolicyRuleVerificationMethodType)


def _parse_chains(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _authentication_method_chain.AuthenticationMethodChain.from_json
        if lazy
        else _authentication_method_chain.AuthenticationMethodChain.from_dict,
        v,
    )


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "type_": ("type", _parse_type_),
        "chains": ("chains", _parse_chains),
        "reauthenticate_in": ("reauthenticateIn", None),
    }

    type_: PolicyRuleVerificationMethodType | None = _attrs_field(init=False)
    chains: list[AuthenticationMethodChain] | None = _attrs_field(init=False)
    reauthenticate_in: str | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        type_: PolicyRuleVerificationMethodType | None | Unset = PolicyRuleVerificationMethodType("AUTH_METHOD_CHAIN"),
        chains: list[AuthenticationMethodChain] | None | Unset = UNSET,
        reauthenticate_in: str | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if type_ is not UNSET:
            _set_field(self, "type_", type_)
        if chains is not UNSET:
            _set_field(self, "chains", chains)
        if reauthenticate_in is not UNSET:
            _set_field(self, "reauthenticate_in", reauthenticate_in)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("type_", UNSET)) is not UNSET:
            d["type"] = v
        if (v := values.get("chains", UNSET)) is not UNSET:
            d["chains"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("reauthenticate_in", UNSET)) is not UNSET:
            d["reauthenticateIn"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("type", UNSET)) is not UNSET:
            obj.type_ = _parse_type_(v, False)
        if (v := d.pop("chains", UNSET)) is not UNSET:
            obj.chains = _parse_chains(v, False)
        if (v := d.pop("reauthenticateIn", UNSET)) is not UNSET:
            obj.reauthenticate_in = v
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
