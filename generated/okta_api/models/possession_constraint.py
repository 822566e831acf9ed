from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _convert
from .._model import JsonField, _set_field
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


def _parse_authentication_methods(v: Any, lazy: bool) -> Any:
    return _convert.parse_model_list(
        _authentication_method_object.AuthenticationMethodObject.from_json
        if lazy
        else _authentication_method_object.AuthenticationMethodObject.from_dict,
        v,
    )


def _parse_methods(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(AccessPolicyConstraintMethods, v)


def _parse_types(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(AccessPolicyConstraintTypes, v)


_parse_device_bound = _convert.enum_parser(PossessionConstraintDeviceBound)

_parse_hardware_protection = _convert.enum_parser(PossessionConstraintHardwareProtection)

_parse_phishing_resistant = _convert.enum_parser(PossessionConstraintPhishingResistant)

_parse_user_presence = _convert.enum_parser(PossessionConstraintUserPresence)

_parse_user_verification = _convert.enum_parser(PossessionConstraintUserVerification)


def _parse_user_verification_methods(v: Any, lazy: bool) -> Any:
    return _convert.parse_enum_list(PossessionConstraintUserVerificationMethodsItem, v)


@_attrs_define(kw_only=True, init=False, getstate_setstate=False)
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
        "authentication_methods": ("authenticationMethods", _parse_authentication_methods),
        "excluded_authentication_methods": ("excludedAuthenticationMethods", None),
        "methods": ("methods", _parse_methods),
        "reauthenticate_in": ("reauthenticateIn", None),
        "required": ("required", None),
        "types": ("types", _parse_types),
        "device_bound": ("deviceBound", _parse_device_bound),
        "hardware_protection": ("hardwareProtection", _parse_hardware_protection),
        "phishing_resistant": ("phishingResistant", _parse_phishing_resistant),
        "user_presence": ("userPresence", _parse_user_presence),
        "user_verification": ("userVerification", _parse_user_verification),
        "user_verification_methods": ("userVerificationMethods", _parse_user_verification_methods),
    }

    authentication_methods: list[AuthenticationMethodObject] | None = _attrs_field(init=False)
    excluded_authentication_methods: Any | None = _attrs_field(init=False)
    methods: list[AccessPolicyConstraintMethods] | None = _attrs_field(init=False)
    reauthenticate_in: str | None = _attrs_field(init=False)
    required: bool | None = _attrs_field(init=False)
    types: list[AccessPolicyConstraintTypes] | None = _attrs_field(init=False)
    device_bound: PossessionConstraintDeviceBound | None = _attrs_field(init=False)
    hardware_protection: PossessionConstraintHardwareProtection | None = _attrs_field(init=False)
    phishing_resistant: PossessionConstraintPhishingResistant | None = _attrs_field(init=False)
    user_presence: PossessionConstraintUserPresence | None = _attrs_field(init=False)
    user_verification: PossessionConstraintUserVerification | None = _attrs_field(init=False)
    user_verification_methods: list[PossessionConstraintUserVerificationMethodsItem] | None = _attrs_field(init=False)

    def __init__(
        self,
        *,
        authentication_methods: list[AuthenticationMethodObject] | None | Unset = UNSET,
        excluded_authentication_methods: Any | None | Unset = UNSET,
        methods: list[AccessPolicyConstraintMethods] | None | Unset = UNSET,
        reauthenticate_in: str | None | Unset = UNSET,
        required: bool | None | Unset = UNSET,
        types: list[AccessPolicyConstraintTypes] | None | Unset = UNSET,
        device_bound: PossessionConstraintDeviceBound | None | Unset = UNSET,
        hardware_protection: PossessionConstraintHardwareProtection | None | Unset = UNSET,
        phishing_resistant: PossessionConstraintPhishingResistant | None | Unset = UNSET,
        user_presence: PossessionConstraintUserPresence | None | Unset = UNSET,
        user_verification: PossessionConstraintUserVerification | None | Unset = UNSET,
        user_verification_methods: list[PossessionConstraintUserVerificationMethodsItem] | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        """Only the fields given are set (and sent); the others are absent. `None` is sent as null."""
        if authentication_methods is not UNSET:
            _set_field(self, "authentication_methods", authentication_methods)
        if excluded_authentication_methods is not UNSET:
            _set_field(self, "excluded_authentication_methods", excluded_authentication_methods)
        if methods is not UNSET:
            _set_field(self, "methods", methods)
        if reauthenticate_in is not UNSET:
            _set_field(self, "reauthenticate_in", reauthenticate_in)
        if required is not UNSET:
            _set_field(self, "required", required)
        if types is not UNSET:
            _set_field(self, "types", types)
        if device_bound is not UNSET:
            _set_field(self, "device_bound", device_bound)
        if hardware_protection is not UNSET:
            _set_field(self, "hardware_protection", hardware_protection)
        if phishing_resistant is not UNSET:
            _set_field(self, "phishing_resistant", phishing_resistant)
        if user_presence is not UNSET:
            _set_field(self, "user_presence", user_presence)
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
        if (v := values.get("authentication_methods", UNSET)) is not UNSET:
            d["authenticationMethods"] = _convert.dump_model_list(v, omit_read_only)
        if (v := values.get("excluded_authentication_methods", UNSET)) is not UNSET:
            d["excludedAuthenticationMethods"] = v
        if (v := values.get("methods", UNSET)) is not UNSET:
            d["methods"] = v
        if (v := values.get("reauthenticate_in", UNSET)) is not UNSET:
            d["reauthenticateIn"] = v
        if (v := values.get("required", UNSET)) is not UNSET:
            d["required"] = v
        if (v := values.get("types", UNSET)) is not UNSET:
            d["types"] = v
        if (v := values.get("device_bound", UNSET)) is not UNSET:
            d["deviceBound"] = v
        if (v := values.get("hardware_protection", UNSET)) is not UNSET:
            d["hardwareProtection"] = v
        if (v := values.get("phishing_resistant", UNSET)) is not UNSET:
            d["phishingResistant"] = v
        if (v := values.get("user_presence", UNSET)) is not UNSET:
            d["userPresence"] = v
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
        if (v := d.pop("authenticationMethods", UNSET)) is not UNSET:
            obj.authentication_methods = _parse_authentication_methods(v, False)
        if (v := d.pop("excludedAuthenticationMethods", UNSET)) is not UNSET:
            obj.excluded_authentication_methods = v
        if (v := d.pop("methods", UNSET)) is not UNSET:
            obj.methods = _parse_methods(v, False)
        if (v := d.pop("reauthenticateIn", UNSET)) is not UNSET:
            obj.reauthenticate_in = v
        if (v := d.pop("required", UNSET)) is not UNSET:
            obj.required = v
        if (v := d.pop("types", UNSET)) is not UNSET:
            obj.types = _parse_types(v, False)
        if (v := d.pop("deviceBound", UNSET)) is not UNSET:
            obj.device_bound = _parse_device_bound(v, False)
        if (v := d.pop("hardwareProtection", UNSET)) is not UNSET:
            obj.hardware_protection = _parse_hardware_protection(v, False)
        if (v := d.pop("phishingResistant", UNSET)) is not UNSET:
            obj.phishing_resistant = _parse_phishing_resistant(v, False)
        if (v := d.pop("userPresence", UNSET)) is not UNSET:
            obj.user_presence = _parse_user_presence(v, False)
        if (v := d.pop("userVerification", UNSET)) is not UNSET:
            obj.user_verification = _parse_user_verification(v, False)
        if (v := d.pop("userVerificationMethods", UNSET)) is not UNSET:
            obj.user_verification_methods = _parse_user_verification_methods(v, False)
        obj.additional_properties = d
        obj._okta_json = None  # type: ignore[misc, unused-ignore]  # mypy misses some base classes' slot
        return obj
