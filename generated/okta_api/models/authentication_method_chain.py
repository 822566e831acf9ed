from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import authentication_method as _authentication_method
from . import authentication_method_chain_next_item as _authentication_method_chain_next_item

if TYPE_CHECKING:
    from typing import Self

    from .authentication_method import AuthenticationMethod
    from .authentication_method_chain_next_item import AuthenticationMethodChainNextItem


@_attrs_define(kw_only=True)
class AuthenticationMethodChain(OktaModel):
    """An Okta `AuthenticationMethodChain`.

    Attributes:
        authentication_methods (`authenticationMethods`): list[AuthenticationMethod]
        next_ (`next`): The next steps of the authentication method chain. This is an array of
            `AuthenticationMethodChain`. Only supports one item in the array.
        reauthenticate_in (`reauthenticateIn`): Specifies how often the user is prompted for authentication using duration format for the
            time period.
            For example, `PT2H30M` for two and a half hours. This parameter can't be set at the same
            time as the `reauthenticateIn` property on the `verificationMethod`.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticationMethods": "authentication_methods",
        "next": "next_",
        "reauthenticateIn": "reauthenticate_in",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authentication_methods": "list:model",
        "next_": "list:model",
        "reauthenticate_in": "str",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authentication_methods": lambda d: _convert.parse_model_list(
            _authentication_method.AuthenticationMethod.from_json, d.get("authenticationMethods", UNSET)
        ),
        "next_": lambda d: _convert.parse_model_list(
            _authentication_method_chain_next_item.AuthenticationMethodChainNextItem.from_json, d.get("next", UNSET)
        ),
        "reauthenticate_in": "reauthenticateIn",
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticationMethodChain._json_names),
    }

    authentication_methods: list[AuthenticationMethod] | None | Unset = UNSET
    next_: list[AuthenticationMethodChainNextItem] | None | Unset = UNSET
    reauthenticate_in: str | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authentication_methods is not UNSET:
            d["authenticationMethods"] = _convert.dump_model_list(self.authentication_methods, omit_read_only)
        if self.next_ is not UNSET:
            d["next"] = _convert.dump_model_list(self.next_, omit_read_only)
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
        obj.authentication_methods = _convert.parse_model_list(
            _authentication_method.AuthenticationMethod.from_dict, d.pop("authenticationMethods", UNSET)
        )
        obj.next_ = _convert.parse_model_list(
            _authentication_method_chain_next_item.AuthenticationMethodChainNextItem.from_dict, d.pop("next", UNSET)
        )
        obj.reauthenticate_in = d.pop("reauthenticateIn", UNSET)
        obj.additional_properties = d
        return obj
