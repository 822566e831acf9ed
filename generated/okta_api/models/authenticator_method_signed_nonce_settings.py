from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .authenticator_method_algorithm import AuthenticatorMethodAlgorithm
from .push_method_key_protection import PushMethodKeyProtection
from .show_sign_in_with_ov import ShowSignInWithOV

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class AuthenticatorMethodSignedNonceSettings(OktaModel):
    """An Okta `AuthenticatorMethodSignedNonceSettings`.

    Attributes:
        algorithms: list[AuthenticatorMethodAlgorithm]
        key_protection (`keyProtection`): Indicates whether you must use a hardware key store
        show_sign_in_with_ov (`showSignInWithOV`): Controls whether to show the Sign in with Okta Verify button on the Sign-In Widget
    """

    _json_names: ClassVar[dict[str, str]] = {
        "algorithms": "algorithms",
        "keyProtection": "key_protection",
        "showSignInWithOV": "show_sign_in_with_ov",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "algorithms": "list:enum",
        "key_protection": "enum",
        "show_sign_in_with_ov": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "algorithms": lambda d: _convert.parse_enum_list(AuthenticatorMethodAlgorithm, d.get("algorithms", UNSET)),
        "key_protection": lambda d: (
            _convert.parse_enum(PushMethodKeyProtection, v)
            if (v := d.get("keyProtection", UNSET)).__class__ is str
            else v
        ),
        "show_sign_in_with_ov": lambda d: (
            _convert.parse_enum(ShowSignInWithOV, v) if (v := d.get("showSignInWithOV", UNSET)).__class__ is str else v
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticatorMethodSignedNonceSettings._json_names),
    }

    algorithms: list[AuthenticatorMethodAlgorithm] | None | Unset = UNSET
    key_protection: PushMethodKeyProtection | None | Unset = UNSET
    show_sign_in_with_ov: ShowSignInWithOV | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.algorithms is not UNSET:
            d["algorithms"] = self.algorithms
        if self.key_protection is not UNSET:
            d["keyProtection"] = self.key_protection
        if self.show_sign_in_with_ov is not UNSET:
            d["showSignInWithOV"] = self.show_sign_in_with_ov
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.algorithms = _convert.parse_enum_list(AuthenticatorMethodAlgorithm, d.pop("algorithms", UNSET))
        obj.key_protection = (
            _convert.parse_enum(PushMethodKeyProtection, v)
            if (v := d.pop("keyProtection", UNSET)).__class__ is str
            else v
        )
        obj.show_sign_in_with_ov = (
            _convert.parse_enum(ShowSignInWithOV, v) if (v := d.pop("showSignInWithOV", UNSET)).__class__ is str else v
        )
        obj.additional_properties = d
        return obj
