from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import authenticator_identity as _authenticator_identity
from .authenticator_method_constraint_method import AuthenticatorMethodConstraintMethod

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_identity import AuthenticatorIdentity


@_attrs_define(kw_only=True)
class AuthenticatorMethodConstraint(OktaModel):
    """Limits the authenticators that can be used for a given method. Currently, only the `otp` method
    supports constraints, and Google authenticator (key : 'google_otp') is the only allowed
    authenticator.

    Attributes:
        allowed_authenticators (`allowedAuthenticators`): list[AuthenticatorIdentity]
        method: AuthenticatorMethodConstraintMethod
    """

    _json_names: ClassVar[dict[str, str]] = {
        "allowedAuthenticators": "allowed_authenticators",
        "method": "method",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "allowed_authenticators": "list:model",
        "method": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "allowed_authenticators": lambda d: _convert.parse_model_list(
            _authenticator_identity.AuthenticatorIdentity.from_json, d.get("allowedAuthenticators", UNSET)
        ),
        "method": lambda d: (
            _convert.parse_enum(AuthenticatorMethodConstraintMethod, v)
            if (v := d.get("method", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorMethodConstraint._json_names),
    }

    allowed_authenticators: list[AuthenticatorIdentity] | None | Unset = UNSET
    method: AuthenticatorMethodConstraintMethod | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.allowed_authenticators is not UNSET:
            d["allowedAuthenticators"] = _convert.dump_model_list(self.allowed_authenticators, omit_read_only)
        if self.method is not UNSET:
            d["method"] = self.method
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.allowed_authenticators = _convert.parse_model_list(
            _authenticator_identity.AuthenticatorIdentity.from_dict, d.pop("allowedAuthenticators", UNSET)
        )
        obj.method = (
            _convert.parse_enum(AuthenticatorMethodConstraintMethod, v)
            if (v := d.pop("method", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
