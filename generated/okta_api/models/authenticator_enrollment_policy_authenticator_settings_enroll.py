from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define

from .. import _convert
from .._model import JsonField, OktaModel
from ..types import UNSET, Unset
from . import enrollment_policy_authenticator_grace_period as _enrollment_policy_authenticator_grace_period
from .authenticator_enrollment_policy_authenticator_status import AuthenticatorEnrollmentPolicyAuthenticatorStatus

if TYPE_CHECKING:
    from typing import Self

    from .enrollment_policy_authenticator_grace_period import EnrollmentPolicyAuthenticatorGracePeriod


@_attrs_define(kw_only=True)
class AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll(OktaModel):
    """Enrollment requirements for the authenticator

    Attributes:
        self_ (`self`): Requirements for the user-initiated enrollment
        auto_enroll (`autoEnroll`): <x-lifecycle-container><x-lifecycle
            class="ea"></x-lifecycle></x-lifecycle-container><x-lifecycle class="oie"></x-lifecycle>
            Controls whether the email authenticator is automatically enrolled for users during
            sign-up, user account creation, or if the user's profile email address is changed or
            updated.

            * `true` or `null`: The email authenticator is auto-enrolled. This is the default behavior
            for the email authenticator in Identity Engine.
            * `false`: The email authenticator auto-enrollment is skipped. Users see email as an
            optional authenticator during enrollment and can choose to skip it.

            > **Note:** `autoEnroll` can only be set to `false` when
            [`self`](https://developer.okta.com/docs/api/openapi/okta-management/management/tags/policy/other/createpolicy#other/createpolicy/t=request&path=&d=1/settings/authenticators/enroll/self)
            is `OPTIONAL` or `NOT_ALLOWED`. This property is only available if the Email
            auto-enrollment and recovery control [self-service
            EA](https://developer.okta.com/docs/api/openapi/okta-management/guides/release-lifecycle/#early-access-ea)
            feature is enabled.
        grace_period (`gracePeriod`): Specifies the [grace
            period](https://developer.okta.com/docs/concepts/policies/#authenticator-enrollment-policies)
            configuration for completing an authenticator enrollment or setup
    """

    _json_names: ClassVar[dict[str, str]] = {
        "self": "self_",
        "autoEnroll": "auto_enroll",
        "gracePeriod": "grace_period",
    }
    _field_kinds: ClassVar[dict[str, str]] = {
        "self_": "enum",
        "auto_enroll": "bool",
        "grace_period": "model",
    }
    _json_fields: ClassVar[dict[str, JsonField]] = {
        "self_": lambda d: (
            _convert.parse_enum(AuthenticatorEnrollmentPolicyAuthenticatorStatus, v)
            if (v := d.get("self", UNSET)).__class__ is str
            else v
        ),
        "auto_enroll": "autoEnroll",
        "grace_period": lambda d: (
            _enrollment_policy_authenticator_grace_period.EnrollmentPolicyAuthenticatorGracePeriod.from_json(v)
            if (v := d.get("gracePeriod", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _enrollment_policy_authenticator_grace_period.EnrollmentPolicyAuthenticatorGracePeriod, v
            )
        ),
        "additional_properties": lambda d: _convert.undeclared(
            d, AuthenticatorEnrollmentPolicyAuthenticatorSettingsEnroll._json_names
        ),
    }

    self_: AuthenticatorEnrollmentPolicyAuthenticatorStatus | None | Unset = UNSET
    auto_enroll: bool | None | Unset = UNSET
    grace_period: EnrollmentPolicyAuthenticatorGracePeriod | None | Unset = UNSET

    def to_dict(self, *, omit_read_only: bool = False) -> dict[str, Any]:
        """This object as JSON-ready data; `omit_read_only` leaves out what only Okta sets."""
        self.materialize()
        d: dict[str, Any] = {}
        if self.self_ is not UNSET:
            d["self"] = self.self_
        if self.auto_enroll is not UNSET:
            d["autoEnroll"] = self.auto_enroll
        if self.grace_period is not UNSET:
            d["gracePeriod"] = _convert.dump_model(self.grace_period, omit_read_only)
        if self.additional_properties:
            d.update(self.additional_properties)
        return d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from JSON data; unknown keys are kept in `additional_properties`."""
        d = src_dict.copy() if src_dict.__class__ is dict else _convert.as_mapping(cls, src_dict)
        obj = cls.__new__(cls)
        # Slot stores, not keyword arguments to __init__: less than half the cost a field.
        obj.self_ = (
            _convert.parse_enum(AuthenticatorEnrollmentPolicyAuthenticatorStatus, v)
            if (v := d.pop("self", UNSET)).__class__ is str
            else v
        )
        obj.auto_enroll = d.pop("autoEnroll", UNSET)
        obj.grace_period = (
            _enrollment_policy_authenticator_grace_period.EnrollmentPolicyAuthenticatorGracePeriod.from_dict(v)
            if (v := d.pop("gracePeriod", UNSET)).__class__ is dict
            else v
            if v is UNSET
            else _convert.parse_model(
                _enrollment_policy_authenticator_grace_period.EnrollmentPolicyAuthenticatorGracePeriod, v
            )
        )
        obj.additional_properties = d
        return obj
