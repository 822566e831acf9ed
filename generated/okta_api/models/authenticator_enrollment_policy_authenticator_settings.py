from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import (
    authenticator_enrollment_policy_authenticator_settings_constraints as _authenticator_enrollment_policy_authenticator_settings_constraints,
)
from . import (
    authenticator_enrollment_policy_authenticator_settings_enroll as _authenticator_enrollment_policy_authenticator_settings_enroll,
)
from .authenticator_enrollment_policy_authenticator_type import AuthenticatorEnrollmentPolicyAuthenticatorType

if TYPE_CHECKING:
    from typing import Self

    from .authenticator_enrollment_policy_authenticator_settings_constraints import (
        AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints,
    )
    from .authenticator_enrollment_policy_authenticator_settings_enroll import (
        AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll,
    )


@_attrs_define(kw_only=True)
class AuthenticatorEnrollmentPolicyAuthenticatorSettings(OktaModel):
    """An Okta `AuthenticatorEnrollmentPolicyAuthenticatorSettings`.

    Attributes:
        constraints: Constraints for the authenticator
        enroll: Enrollment requirements for the authenticator
        id: The authenticator ID for `custom_app`, `custom_otp` or `external_idp`. Use this property
            to select a specific `custom_app`, `custom_otp` or `external_idp` authenticator.
        key: A label that identifies the authenticator
    """

    _json_names: ClassVar[dict[str, str]] = {
        "constraints": "constraints",
        "enroll": "enroll",
        "id": "id",
        "key": "key",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "constraints": "model",
        "enroll": "model",
        "id": "str",
        "key": "enum",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "constraints": lambda d: (
            _authenticator_enrollment_policy_authenticator_settings_constraints.AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints.from_json(
                v
            )
            if (v := d.get("constraints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_enrollment_policy_authenticator_settings_constraints.AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints,
                v,
            )
        ),
        "enroll": lambda d: (
            _authenticator_enrollment_policy_authenticator_settings_enroll.AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll.from_json(
                v
            )
            if (v := d.get("enroll", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_enrollment_policy_authenticator_settings_enroll.AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll,
                v,
            )
        ),
        "id": "id",
        "key": lambda d: (
            _convert.parse_enum(AuthenticatorEnrollmentPolicyAuthenticatorType, v)
            if (v := d.get("key", UNSET)).__class__ is str
            else v
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, AuthenticatorEnrollmentPolicyAuthenticatorSettings._json_names
        ),
    }

    constraints: AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints | None | Unset = UNSET
    enroll: AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll | None | Unset = UNSET
    id: str | None | Unset = UNSET
    key: AuthenticatorEnrollmentPolicyAuthenticatorType | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.constraints is not UNSET:
            d["constraints"] = _convert.dump_model(self.constraints, omit_read_only)
        if self.enroll is not UNSET:
            d["enroll"] = _convert.dump_model(self.enroll, omit_read_only)
        if self.id is not UNSET:
            d["id"] = self.id
        if self.key is not UNSET:
            d["key"] = self.key
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.constraints = (
            _authenticator_enrollment_policy_authenticator_settings_constraints.AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints.from_dict(
                v
            )
            if (v := d.pop("constraints", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_enrollment_policy_authenticator_settings_constraints.AuthenticatorEnrollmentPolicyAuthenticatorSettingsConstraints,
                v,
            )
        )
        obj.enroll = (
            _authenticator_enrollment_policy_authenticator_settings_enroll.AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll.from_dict(
                v
            )
            if (v := d.pop("enroll", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _authenticator_enrollment_policy_authenticator_settings_enroll.AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll,
                v,
            )
        )
        obj.id = d.pop("id", UNSET)
        obj.key = (
            _convert.parse_enum(AuthenticatorEnrollmentPolicyAuthenticatorType, v)
            if (v := d.pop("key", UNSET)).__class__ is str
            else v
        )
        obj.additional_properties = d
        return obj
