from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from .authentication_method_hardware_protection import AuthenticationMethodHardwareProtection
from .authentication_method_phishing_resistant import AuthenticationMethodPhishingResistant
from .authentication_method_user_verification import AuthenticationMethodUserVerification
from .authentication_method_user_verification_methods_item import AuthenticationMethodUserVerificationMethodsItem

if TYPE_CHECKING:
    from typing import Self


@_attrs_define(kw_only=True)
class AuthenticationMethod(OktaModel):
    """An Okta `AuthenticationMethod`.

    Attributes:
        key: A label that identifies the authenticator
        method: Specifies the method used for the authenticator
        hardware_protection (`hardwareProtection`): Indicates if any secrets or private keys used during authentication must be hardware
            protected and not exportable. This property is only set for `POSSESSION` constraints.
        id: An ID that identifies the authenticator
        phishing_resistant (`phishingResistant`): Indicates if phishing-resistant Factors are required. This property is only set for
            `POSSESSION` constraints
        user_verification (`userVerification`): Indicates if a user is required to be verified with a verification method.
        user_verification_methods (`userVerificationMethods`): Indicates which methods can be used for user verification. `userVerificationMethods` can
            only be used when `userVerification` is `REQUIRED`. `BIOMETRICS` is currently the only
            supported method.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "key": "key",
        "method": "method",
        "hardwareProtection": "hardware_protection",
        "id": "id",
        "phishingResistant": "phishing_resistant",
        "userVerification": "user_verification",
        "userVerificationMethods": "user_verification_methods",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "key": "str",
        "method": "str",
        "hardware_protection": "enum",
        "id": "str",
        "phishing_resistant": "enum",
        "user_verification": "enum",
        "user_verification_methods": "list:enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "key": "key",
        "method": "method",
        "hardware_protection": lambda d: (
            _convert.parse_enum(AuthenticationMethodHardwareProtection, v)
            if (v := d.get("hardwareProtection", UNSET)).__class__ is str
            else v
        ),
        "id": "id",
        "phishing_resistant": lambda d: (
            _convert.parse_enum(AuthenticationMethodPhishingResistant, v)
            if (v := d.get("phishingResistant", UNSET)).__class__ is str
            else v
        ),
        "user_verification": lambda d: (
            _convert.parse_enum(AuthenticationMethodUserVerification, v)
            if (v := d.get("userVerification", UNSET)).__class__ is str
            else v
        ),
        "user_verification_methods": lambda d: _convert.parse_enum_list(
            AuthenticationMethodUserVerificationMethodsItem, d.get("userVerificationMethods", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, AuthenticationMethod._json_names),
    }

    key: str | None | Unset
    method: str | None | Unset
    hardware_protection: AuthenticationMethodHardwareProtection | None | Unset = UNSET
    id: str | None | Unset = UNSET
    phishing_resistant: AuthenticationMethodPhishingResistant | None | Unset = UNSET
    user_verification: AuthenticationMethodUserVerification | None | Unset = UNSET
    user_verification_methods: list[AuthenticationMethodUserVerificationMethodsItem] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.key is not UNSET:
            d["key"] = self.key
        if self.method is not UNSET:
            d["method"] = self.method
        if self.hardware_protection is not UNSET:
            d["hardwareProtection"] = self.hardware_protection
        if self.id is not UNSET:
            d["id"] = self.id
        if self.phishing_resistant is not UNSET:
            d["phishingResistant"] = self.phishing_resistant
        if self.user_verification is not UNSET:
            d["userVerification"] = self.user_verification
        if self.user_verification_methods is not UNSET:
            d["userVerificationMethods"] = self.user_verification_methods
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.key = d.pop("key", UNSET)
        obj.method = d.pop("method", UNSET)
        obj.hardware_protection = (
            _convert.parse_enum(AuthenticationMethodHardwareProtection, v)
            if (v := d.pop("hardwareProtection", UNSET)).__class__ is str
            else v
        )
        obj.id = d.pop("id", UNSET)
        obj.phishing_resistant = (
            _convert.parse_enum(AuthenticationMethodPhishingResistant, v)
            if (v := d.pop("phishingResistant", UNSET)).__class__ is str
            else v
        )
        obj.user_verification = (
            _convert.parse_enum(AuthenticationMethodUserVerification, v)
            if (v := d.pop("userVerification", UNSET)).__class__ is str
            else v
        )
        obj.user_verification_methods = _convert.parse_enum_list(
            AuthenticationMethodUserVerificationMethodsItem, d.pop("userVerificationMethods", UNSET)
        )
        obj.additional_properties = d
        return obj
