from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, OktaModel, _set_field
from ..types import UNSET, Unset
from .authentication_method_hardware_protection import AuthenticationMethodHardwareProtection
from .authentication_method_phishing_resistant import AuthenticationMethodPhishingResistant
from .authentication_method_user_verification import AuthenticationMethodUserVerification
from .authentication_method_user_verification_methods_item import AuthenticationMethodUserVerificationMethodsItem

if TYPE_CHECKING:
    from typing import Self


_parse_hardware_protection = _convert.enum_parser(AuthenticationMethodHardwareProtection)

_parse_phishing_resistant = _convert.enum_parser(AuthenticationMethodPhishingResistant)

_parse_user_verification = _convert.enum_parser(AuthenticationMethodUserVerification)


def _parse_user_verification_methods(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(AuthenticationMethodUserVerificationMethodsItem, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "key": ("key", None),
        "method": ("method", None),
        "hardware_protection": ("hardwareProtection", _parse_hardware_protection),
        "id": ("id", None),
        "phishing_resistant": ("phishingResistant", _parse_phishing_resistant),
        "user_verification": ("userVerification", _parse_user_verification),
        "user_verification_methods": ("userVerificationMethods", _parse_user_verification_methods),
    }

    key: str | None = _attrs_field(init=False)
    method: str | None = _attrs_field(init=False)
    hardware_protection: AuthenticationMethodHardwareProtection | None = _attrs_field(init=False)
    id: str | None = _attrs_field(init=False)
    phishing_resistant: AuthenticationMethodPhishingResistant | None = _attrs_field(init=False)
    user_verification: AuthenticationMethodUserVerification | None = _attrs_field(init=False)
    user_verification_methods: list[AuthenticationMethodUserVerificationMethodsItem] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        key: str | None | Unset,
        method: str | None | Unset,
        hardware_protection: AuthenticationMethodHardwareProtection | None | Unset = UNSET,
        id: str | None | Unset = UNSET,
        phishing_resistant: AuthenticationMethodPhishingResistant | None | Unset = UNSET,
        user_verification: AuthenticationMethodUserVerification | None | Unset = UNSET,
        user_verification_methods: list[AuthenticationMethodUserVerificationMethodsItem] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if key is not UNSET:
            _set_field(self, "key", key)
        if method is not UNSET:
            _set_field(self, "method", method)
        if hardware_protection is not UNSET:
            _set_field(self, "hardware_protection", hardware_protection)
        if id is not UNSET:
            _set_field(self, "id", id)
        if phishing_resistant is not UNSET:
            _set_field(self, "phishing_resistant", phishing_resistant)
        if user_verification is not UNSET:
            _set_field(self, "user_verification", user_verification)
        if user_verification_methods is not UNSET:
            _set_field(self, "user_verification_methods", user_verification_methods)
        _set_field(self, "additional_properties", {} if additional_properties is None else additional_properties)
        _set_field(self, "_okta_json", None)

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        values = self._values()
        d: dict[str, Any] = {}
        if (v := values.get("key", UNSET)) is not UNSET:
            d["key"] = v
        if (v := values.get("method", UNSET)) is not UNSET:
            d["method"] = v
        if (v := values.get("hardware_protection", UNSET)) is not UNSET:
            d["hardwareProtection"] = v
        if (v := values.get("id", UNSET)) is not UNSET:
            d["id"] = v
        if (v := values.get("phishing_resistant", UNSET)) is not UNSET:
            d["phishingResistant"] = v
        if (v := values.get("user_verification", UNSET)) is not UNSET:
            d["userVerification"] = v
        if (v := values.get("user_verification_methods", UNSET)) is not UNSET:
            d["userVerificationMethods"] = v
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field. Absent keys store nothing.
        if (v := d.pop("key", UNSET)) is not UNSET:
            obj.key = v
        if (v := d.pop("method", UNSET)) is not UNSET:
            obj.method = v
        if (v := d.pop("hardwareProtection", UNSET)) is not UNSET:
            obj.hardware_protection = _parse_hardware_protection(v, False)
        if (v := d.pop("id", UNSET)) is not UNSET:
            obj.id = v
        if (v := d.pop("phishingResistant", UNSET)) is not UNSET:
            obj.phishing_resistant = _parse_phishing_resistant(v, False)
        if (v := d.pop("userVerification", UNSET)) is not UNSET:
            obj.user_verification = _parse_user_verification(v, False)
        if (v := d.pop("userVerificationMethods", UNSET)) is not UNSET:
            obj.user_verification_methods = _parse_user_verification_methods(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
