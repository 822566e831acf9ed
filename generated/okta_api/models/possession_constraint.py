from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField
from ..types import UNSET, Unset
from . import authentication_method_object as _authentication_method_object
from .access_policy_constraint import AccessPolicyConstraint
from .access_policy_constraint_methods import AccessPolicyConstraintMethods
from .access_policy_constraint_types import AccessPolicyConstraintTypes
from .possession_constraint_device_bound import PossessionConstraintDeviceBound
from .possession_constraint_hardware_protection import PossessionConstraintHardwareProtection
from .possession_constraint_phishing_resistant import PossessionConstraintPhishingResistant
from .possession_constraint_user_presence import PossessionConstraintUserPresence
from .possession_constraint_user_verification import PossessionConstraintUserVerification
from .possession_constraint_user_verification_methods_item import PossessionConstraintUserVerificationMethodsItem

if TYPE_CHECKING:
    from typing import Self

    from .authentication_method_object import AuthenticationMethodObject


@_attrs_define(kw_only=True)
class PossessionConstraint(AccessPolicyConstraint):
    """An Okta `PossessionConstraint`.

    Attributes:
        authentication_methods (`authenticationMethods`): This property specifies the precise authenticator and method for authentication.
            <x-lifecycle class="oie"></x-lifecycle>
        excluded_authentication_methods (`excludedAuthenticationMethods`): This property specifies the precise authenticator and method to exclude from
            authentication. <x-lifecycle class="oie"></x-lifecycle>
        methods: The authenticator methods that are permitted
        reauthenticate_in (`reauthenticateIn`): The duration after which the user must re-authenticate regardless of user activity. This
            re-authentication interval overrides the Verification Method object's `reauthenticateIn`
            interval. The supported values use ISO 8601 period format for recurring time intervals
            (for example, `PT1H`).
        required: This property indicates whether the knowledge or possession factor is required by the
            assurance. It's optional in the request, but is always returned in the response. By
            default, this field is `true`. If the knowledge or possession constraint has values for
            `excludedAuthenticationMethods` the `required` value is false. <x-lifecycle
            class="oie"></x-lifecycle>
        types: The authenticator types that are permitted
        device_bound (`deviceBound`): Indicates if device-bound Factors are required. This property is only set for `POSSESSION`
            constraints.
        hardware_protection (`hardwareProtection`): Indicates if any secrets or private keys used during authentication must be hardware
            protected and not exportable. This property is only set for `POSSESSION` constraints.
        phishing_resistant (`phishingResistant`): Indicates if phishing-resistant Factors are required. This property is only set for
            `POSSESSION` constraints.
        user_presence (`userPresence`): Indicates if the user needs to approve an Okta Verify prompt or provide biometrics (meets
            NIST AAL2 requirements). This property is only set for `POSSESSION` constraints.
        user_verification (`userVerification`): Indicates the user interaction requirement (PIN or biometrics) to ensure verification of a
            possession factor
        user_verification_methods (`userVerificationMethods`): Indicates which methods can be used for user verification. `userVerificationMethods` can
            only be used when `userVerification` is `REQUIRED`. `BIOMETRICS` is currently the only
            supported method.
    """

    _json_names: ClassVar[dict[str, str]] = {
        "authenticationMethods": "authentication_methods",
        "excludedAuthenticationMethods": "excluded_authentication_methods",
        "methods": "methods",
        "reauthenticateIn": "reauthenticate_in",
        "required": "required",
        "types": "types",
        "deviceBound": "device_bound",
        "hardwareProtection": "hardware_protection",
        "phishingResistant": "phishing_resistant",
        "userPresence": "user_presence",
        "userVerification": "user_verification",
        "userVerificationMethods": "user_verification_methods",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "authentication_methods": "list:model",
        "excluded_authentication_methods": "any",
        "methods": "list:enum",
        "reauthenticate_in": "str",
        "required": "bool",
        "types": "list:enum",
        "device_bound": "enum",
        "hardware_protection": "enum",
        "phishing_resistant": "enum",
        "user_presence": "enum",
        "user_verification": "enum",
        "user_verification_methods": "list:enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "authentication_methods": lambda d: _convert.parse_model_list(
            _authentication_method_object.AuthenticationMethodObject.from_json, d.get("authenticationMethods", UNSET)
        ),
        "excluded_authentication_methods": "excludedAuthenticationMethods",
        "methods": lambda d: _convert.parse_enum_list(AccessPolicyConstraintMethods, d.get("methods", UNSET)),
        "reauthenticate_in": "reauthenticateIn",
        "required": "required",
        "types": lambda d: _convert.parse_enum_list(AccessPolicyConstraintTypes, d.get("types", UNSET)),
        "device_bound": lambda d: (
            _convert.parse_enum(PossessionConstraintDeviceBound, v)
            if (v := d.get("deviceBound", UNSET)).__class__ is str
            else v
        ),
        "hardware_protection": lambda d: (
            _convert.parse_enum(PossessionConstraintHardwareProtection, v)
            if (v := d.get("hardwareProtection", UNSET)).__class__ is str
            else v
        ),
        "phishing_resistant": lambda d: (
            _convert.parse_enum(PossessionConstraintPhishingResistant, v)
            if (v := d.get("phishingResistant", UNSET)).__class__ is str
            else v
        ),
        "user_presence": lambda d: (
            _convert.parse_enum(PossessionConstraintUserPresence, v)
            if (v := d.get("userPresence", UNSET)).__class__ is str
            else v
        ),
        "user_verification": lambda d: (
            _convert.parse_enum(PossessionConstraintUserVerification, v)
            if (v := d.get("userVerification", UNSET)).__class__ is str
            else v
        ),
        "user_verification_methods": lambda d: _convert.parse_enum_list(
            PossessionConstraintUserVerificationMethodsItem, d.get("userVerificationMethods", UNSET)
        ),
        "additional_properties": lambda d: _convert.undeclared(d, PossessionConstraint._json_names),
    }

    authentication_methods: list[AuthenticationMethodObject] | None | Unset = UNSET
    excluded_authentication_methods: Any | None | Unset = UNSET
    methods: list[AccessPolicyConstraintMethods] | None | Unset = UNSET
    reauthenticate_in: str | None | Unset = UNSET
    required: bool | None | Unset = UNSET
    types: list[AccessPolicyConstraintTypes] | None | Unset = UNSET
    device_bound: PossessionConstraintDeviceBound | None | Unset = UNSET
    hardware_protection: PossessionConstraintHardwareProtection | None | Unset = UNSET
    phishing_resistant: PossessionConstraintPhishingResistant | None | Unset = UNSET
    user_presence: PossessionConstraintUserPresence | None | Unset = UNSET
    user_verification: PossessionConstraintUserVerification | None | Unset = UNSET
    user_verification_methods: list[PossessionConstraintUserVerificationMethodsItem] | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.authentication_methods is not UNSET:
            d["authenticationMethods"] = _convert.dump_model_list(self.authentication_methods, omit_read_only)
        if self.excluded_authentication_methods is not UNSET:
            d["excludedAuthenticationMethods"] = self.excluded_authentication_methods
        if self.methods is not UNSET:
            d["methods"] = self.methods
        if self.reauthenticate_in is not UNSET:
            d["reauthenticateIn"] = self.reauthenticate_in
        if self.required is not UNSET:
            d["required"] = self.required
        if self.types is not UNSET:
            d["types"] = self.types
        if self.device_bound is not UNSET:
            d["deviceBound"] = self.device_bound
        if self.hardware_protection is not UNSET:
            d["hardwareProtection"] = self.hardware_protection
        if self.phishing_resistant is not UNSET:
            d["phishingResistant"] = self.phishing_resistant
        if self.user_presence is not UNSET:
            d["userPresence"] = self.user_presence
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
        obj.authentication_methods = _convert.parse_model_list(
            _authentication_method_object.AuthenticationMethodObject.from_dict, d.pop("authenticationMethods", UNSET)
        )
        obj.excluded_authentication_methods = d.pop("excludedAuthenticationMethods", UNSET)
        obj.methods = _convert.parse_enum_list(AccessPolicyConstraintMethods, d.pop("methods", UNSET))
        obj.reauthenticate_in = d.pop("reauthenticateIn", UNSET)
        obj.required = d.pop("required", UNSET)
        obj.types = _convert.parse_enum_list(AccessPolicyConstraintTypes, d.pop("types", UNSET))
        obj.device_bound = (
            _convert.parse_enum(PossessionConstraintDeviceBound, v)
            if (v := d.pop("deviceBound", UNSET)).__class__ is str
            else v
        )
        obj.hardware_protection = (
            _convert.parse_enum(PossessionConstraintHardwareProtection, v)
            if (v := d.pop("hardwareProtection", UNSET)).__class__ is str
            else v
        )
        obj.phishing_resistant = (
            _convert.parse_enum(PossessionConstraintPhishingResistant, v)
            if (v := d.pop("phishingResistant", UNSET)).__class__ is str
            else v
        )
        obj.user_presence = (
            _convert.parse_enum(PossessionConstraintUserPresence, v)
            if (v := d.pop("userPresence", UNSET)).__class__ is str
            else v
        )
        obj.user_verification = (
            _convert.parse_enum(PossessionConstraintUserVerification, v)
            if (v := d.pop("userVerification", UNSET)).__class__ is str
            else v
        )
        obj.user_verification_methods = _convert.parse_enum_list(
            PossessionConstraintUserVerificationMethodsItem, d.pop("userVerificationMethods", UNSET)
        )
        obj.additional_properties = d
        return obj
